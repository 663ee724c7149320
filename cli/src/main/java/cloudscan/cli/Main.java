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
        "3 incomplete (gaps, UNKNOWN, checks excluded), 4 an attestation missing or expired or a",
        "waiver expired, 5 out of memory, a write failure or an internal error."})
public final class Main {

  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "Show debug logs and stack traces.")
  void debug(boolean on) {
    Logging.debug(on);
    debug = on;
  }

  static boolean debug;

  /** Heap kept back so that running out of memory can still be reported (released first). */
  private static byte[] reserve;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line and returns the exit code (tests call this directly). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    debug = false;
    reserve = new byte[1 << 20];
    try {
      CommandLine cl = Help.configure(new CommandLine(new Main()));
      cl.setOut(out);
      cl.setErr(err);
      cl.setCaseInsensitiveEnumValuesAllowed(true);
      cl.setParameterExceptionHandler((ex, a) -> {
        err.println("error: " + ex.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
        return ExitCode.BAD_INPUT;
      });
      cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> failure(ex, err));
      return cl.execute(args);
    } catch (Throwable t) { // OutOfMemoryError and other errors escape picocli's handler
      return failure(t, err);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * The exit code and the one-line message for anything a command threw. Never 1 (which CI reads
   * as "a requirement is not met") and never a Java class name for a user's mistake.
   */
  static int failure(Throwable ex, PrintWriter err) {
    int code;
    if (ex instanceof InputException || ex instanceof ProviderException
        || ex instanceof IllegalArgumentException) {
      ex.getMessage().lines().forEach(l -> err.println("error: " + l));
      code = ExitCode.BAD_INPUT;
    } else if (ex instanceof Outputs.WriteFailure) {
      err.println("error: " + ex.getMessage() + " (exit 5)");
      code = ExitCode.INTERNAL;
    } else if (ex instanceof OutOfMemoryError) {
      reserve = null;
      err.println("error: out of memory; give Java more heap, e.g. CLOUDSCAN_JAVA_OPTS=-Xmx4g ./cloudscan ... "
          + "(nothing half-written was left) (exit 5)");
      code = ExitCode.INTERNAL;
    } else {
      err.println("internal error (a bug): " + (ex.getMessage() != null ? ex.getMessage()
          : ex.getClass().getSimpleName()) + (debug ? "" : "; rerun with --debug and report it") + " (exit 5)");
      code = ExitCode.INTERNAL;
    }
    if (debug) {
      ex.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"cloudscan " + Version.get()};
    }
  }
}
