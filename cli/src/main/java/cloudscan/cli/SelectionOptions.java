package cloudscan.cli;

import cloudscan.core.check.Check;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.Severity;
import cloudscan.core.input.InputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/**
 * Which checks run (close to Prowler's {@code --checks}, {@code --excluded-checks},
 * {@code --severity}). A check left out makes every requirement it serves NOT_ASSESSED, never
 * MET, and the report lists it.
 */
public final class SelectionOptions {

  @Option(names = "--checks", paramLabel = "ID", split = ",",
      description = "Run only these checks: IDs, former IDs or globs (net.* selects the network domain, "
          + "aws.* the AWS-only checks).")
  List<String> checks = new ArrayList<>();

  @Option(names = {"--exclude-checks", "--excluded-checks"}, paramLabel = "ID", split = ",",
      description = "Do not run these checks (IDs or globs).")
  List<String> excludeChecks = new ArrayList<>();

  @Option(names = "--severity", paramLabel = "SEVERITY", split = ",",
      description = "Run only checks of these severities (critical, high, medium, low, info).")
  List<String> severity = new ArrayList<>();

  /** The checks that run and those left out. */
  record Selection(List<Check> run, List<CheckSpec> excluded, List<String> given) { }

  Selection apply(List<Check> all) throws InputException {
    List<Pattern> only = patterns(checks, "--checks", all);
    List<Pattern> not = patterns(excludeChecks, "--exclude-checks", all);
    List<Severity> sev = new ArrayList<>();
    for (String s : severity) {
      try {
        sev.add(Severity.parse(s.trim()));
      } catch (IllegalArgumentException e) {
        throw new InputException("--severity", 0, 0, "", "'" + s + "' is not a severity "
            + "(expected critical, high, medium, low or info)");
      }
    }
    List<Check> run = new ArrayList<>();
    List<CheckSpec> excluded = new ArrayList<>();
    for (Check c : all) {
      CheckSpec s = c.spec();
      boolean in = (only.isEmpty() || matches(only, s)) && !matches(not, s)
          && (sev.isEmpty() || sev.contains(s.severity()));
      if (in) {
        run.add(c);
      } else {
        excluded.add(s);
      }
    }
    List<String> given = new ArrayList<>();
    if (!checks.isEmpty()) {
      given.add("--checks " + String.join(",", checks));
    }
    if (!excludeChecks.isEmpty()) {
      given.add("--exclude-checks " + String.join(",", excludeChecks));
    }
    if (!severity.isEmpty()) {
      given.add("--severity " + String.join(",", severity).toLowerCase(Locale.ROOT));
    }
    return new Selection(run, excluded, given);
  }

  private static boolean matches(List<Pattern> ps, CheckSpec s) {
    return ps.stream().anyMatch(p -> p.matcher(s.id()).matches()
        || s.aliases().stream().anyMatch(a -> p.matcher(a).matches()));
  }

  /** Each ID or glob must match some check: a typo never silently selects nothing. */
  private static List<Pattern> patterns(List<String> ids, String option, List<Check> all) throws InputException {
    List<Pattern> out = new ArrayList<>();
    for (String raw : ids) {
      String id = raw.trim();
      Pattern p = Pattern.compile(Pattern.quote(id).replace("*", "\\E.*\\Q"));
      if (all.stream().noneMatch(c -> matches(List.of(p), c.spec()))) {
        throw new InputException(option, 0, 0, "", "'" + id + "' matches no check (see `cloudscan checks`)");
      }
      out.add(p);
    }
    return out;
  }
}
