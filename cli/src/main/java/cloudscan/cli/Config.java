package cloudscan.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/**
 * Applies a {@link ConfigFile} to a judging command: each value counts only where the same option
 * was not given on the command line (command line &gt; config file &gt; catalog and defaults).
 */
final class Config {

  private final ParseResult parsed;

  Config(CommandSpec spec) {
    this.parsed = spec.commandLine().getParseResult();
  }

  /** Sets the options the command line left open; returns the file's thresholds. */
  Map<String, String> apply(ConfigFile c, Path file, JudgingCommand cmd) {
    JudgeOptions j = cmd.judge;
    if (c.failOn() != null && !given("--fail-on")) {
      j.failOn = c.failOn();
    }
    if (c.allowIncomplete() != null && !given("--allow-incomplete")) {
      j.allowIncomplete = c.allowIncomplete();
    }
    if (c.systemName() != null && !given("--system-name")) {
      j.systemName = c.systemName();
    }
    if (c.catalog() != null && !given("--catalog")) {
      j.catalog = ConfigFile.resolve(file, c.catalog());
    }
    if (c.waivers() != null && !given("--waivers")) {
      j.waivers = ConfigFile.resolve(file, c.waivers());
    }
    if (c.attestations() != null && !given("--attestations")) {
      j.attestations = ConfigFile.resolve(file, c.attestations());
    }
    if (c.checks() != null && !given("--checks")) {
      cmd.selection.checks = new ArrayList<>(c.checks());
    }
    if (c.excludeChecks() != null && !given("--exclude-checks")) {
      cmd.selection.excludeChecks = new ArrayList<>(c.excludeChecks());
    }
    if (c.severity() != null && !given("--severity")) {
      cmd.selection.severity = new ArrayList<>(c.severity());
    }
    if (c.status() != null && !given("--status")) {
      cmd.status = new ArrayList<>(c.status());
    }
    if (c.lang() != null && !given("--lang")) {
      cmd.output.lang = c.lang();
    }
    if (c.format() != null && !given("--format")) {
      cmd.output.formats = new ArrayList<>(c.format());
    }
    if (c.out() != null && !given("--out")) {
      cmd.output.out = ConfigFile.resolve(file, c.out());
    }
    return c.thresholds() == null ? Map.of() : c.thresholds();
  }

  /** True when the option (any of its names) was on the command line. */
  private boolean given(String option) {
    return parsed != null && parsed.hasMatchedOption(option);
  }
}
