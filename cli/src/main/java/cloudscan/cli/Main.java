package cloudscan.cli;

import cloudscan.core.Version;
import cloudscan.core.input.InputException;
import cloudscan.core.provider.ProviderException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code cloudscan} command. */
@Command(name = "cloudscan", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
    sortOptions = false, usageHelpAutoWidth = true,
    description = "Read-only scanner that judges AWS, Azure and GCP accounts against Fujisawa City's "
        + "security requirements for external (cloud) services (外部サービス利用におけるセキュリティ要件).",
    subcommands = {DemoCommand.class, ScanCommand.class, EvaluateCommand.class, ReportCommand.class,
        DiffCommand.class, RequirementsCommand.class, ChecksCommand.class, AttestCommand.class,
        ValidateCommand.class, PermissionsCommand.class, DocsCommand.class,
        CommandLine.HelpCommand.class},
    footerHeading = "%nExamples:%n",
    footer = {
        "  cloudscan demo --out demo-report",
        "  cloudscan scan --provider aws --profile city-audit --regions ap-northeast-1,ap-northeast-3",
        "  cloudscan evaluate --snapshot vendor/snapshot.json --attestations attestations.yaml",
        "  cloudscan evaluate --snapshot snapshot.json --baseline last/report.json --fail-on-new \\",
        "      --out cloudscan-out",
        "  cloudscan report --from cloudscan-out/report.json --format sarif,markdown --out ci",
        "  cloudscan diff last/report.json cloudscan-out/report.json",
        "  cloudscan requirements --lang en",
        "  cloudscan attest --template --out attestations.yaml",
        "  cloudscan validate --waivers waivers.yaml --attestations attestations.yaml",
        "",
        "Exit codes: 0 met, 1 a requirement not met (at or above --fail-on), 2 bad input or usage,",
        "3 incomplete (collection gaps), 4 only attestations/waivers expired, 5 internal error."})
public final class Main {

  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "Show debug logs and stack traces.")
  void debug(boolean on) {
    Logging.debug(on);
    debug = on;
  }

  static boolean debug;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line and returns the exit code (tests call this directly). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    debug = false;
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler((ex, a) -> {
      err.println("error: " + ex.getMessage());
      err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
      return ExitCode.BAD_INPUT;
    });
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      if (ex instanceof InputException || ex instanceof ProviderException
          || ex instanceof IllegalArgumentException) {
        err.println("error: " + ex.getMessage());
        if (debug) {
          ex.printStackTrace(err);
        }
        return ExitCode.BAD_INPUT;
      }
      err.println("internal error: " + ex);
      if (debug) {
        ex.printStackTrace(err);
      } else {
        err.println("Rerun with --debug for the stack trace.");
      }
      return ExitCode.INTERNAL;
    });
    return cl.execute(args);
  }

  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"cloudscan " + Version.get()};
    }
  }
}
