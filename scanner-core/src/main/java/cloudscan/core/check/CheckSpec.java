package cloudscan.core.check;

import cloudscan.core.catalog.RequirementId;
import cloudscan.core.fact.Fact;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Everything about a check except its logic: a plain value, printable and testable. Reports, SARIF
 * rules and generated docs all read it.
 *
 * @param id           stable public ID ({@code net.admin-port-open}); appears in waivers
 * @param aliases      former IDs, so old waivers still match
 * @param needs        fact kinds the check reads; a collection gap in any of them makes the
 *                     check UNKNOWN for that scope
 * @param expects      facts the check expects in every scanned account or region; the engine
 *                     turns a missing one into the expectation's verdict where a collector looked,
 *                     UNKNOWN where none did
 * @param estateWide   the check is about the whole estate (residency): a location of a scanned
 *                     account that was never examined makes it UNKNOWN (NEEDS_REVIEW with
 *                     evidence such as a region-deny guardrail), never silently fine
 */
public record CheckSpec(String id, List<String> aliases, Text title, Text remediation,
    Severity severity, List<RequirementId> requirements, List<Class<? extends Fact>> needs,
    List<Expectation> expects, boolean estateWide) {

  /** {@code <domain>.<condition>} or {@code <provider>.<service>.<condition>}, kebab-case. */
  public static final Pattern ID_FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*){1,2}");

  public CheckSpec {
    Objects.requireNonNull(id, "id");
    if (!ID_FORM.matcher(id).matches()) {
      throw new IllegalArgumentException("check ID '" + id + "' is not <domain>.<condition> in kebab-case");
    }
    aliases = List.copyOf(aliases);
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(remediation, "remediation of " + id);
    Objects.requireNonNull(severity, "severity");
    requirements = List.copyOf(requirements);
    needs = List.copyOf(needs);
    expects = List.copyOf(expects);
    if (requirements.isEmpty()) {
      throw new IllegalArgumentException("check " + id + " serves no requirement");
    }
    if (needs.isEmpty()) {
      throw new IllegalArgumentException("check " + id + " needs no fact kind");
    }
  }

  public static Builder id(String id) {
    return new Builder(id);
  }

  /** True if {@code candidate} is this check's ID or one of its former IDs. */
  public boolean answersTo(String candidate) {
    return id.equals(candidate) || aliases.contains(candidate);
  }

  public static final class Builder {
    private final String id;
    private final List<String> aliases = new ArrayList<>();
    private Text title;
    private Text remediation;
    private Severity severity;
    private final List<RequirementId> requirements = new ArrayList<>();
    private final List<Class<? extends Fact>> needs = new ArrayList<>();
    private final List<Expectation> expects = new ArrayList<>();
    private boolean estateWide;

    private Builder(String id) {
      this.id = id;
    }

    public Builder title(Text title) {
      this.title = title;
      return this;
    }

    public Builder remediation(Text remediation) {
      this.remediation = remediation;
      return this;
    }

    public Builder severity(Severity severity) {
      this.severity = severity;
      return this;
    }

    public Builder requirements(String... ids) {
      for (String r : ids) {
        requirements.add(RequirementId.of(r));
      }
      return this;
    }

    @SafeVarargs
    public final Builder needs(Class<? extends Fact>... kinds) {
      for (Class<? extends Fact> k : kinds) {
        if (!needs.contains(k)) {
          needs.add(k);
        }
      }
      return this;
    }

    /** Expects facts per scope (the engine judges where they are missing); adds their kinds to needs. */
    public Builder expects(Expectation... e) {
      for (Expectation x : e) {
        expects.add(x);
        if (!needs.contains(x.kind())) {
          needs.add(x.kind());
        }
        if (x.onlyWhere() != null && !needs.contains(x.onlyWhere())) {
          needs.add(x.onlyWhere());
        }
      }
      return this;
    }

    /** The check is about the whole estate: locations never examined keep it from passing. */
    public Builder estateWide() {
      this.estateWide = true;
      return this;
    }

    public Builder aliases(String... former) {
      aliases.addAll(List.of(former));
      return this;
    }

    public CheckSpec build() {
      return new CheckSpec(id, aliases, title, remediation, severity, requirements, needs, expects,
          estateWide);
    }
  }
}
