package cloudscan.cli;

/** The documented exit codes (README "Exit codes"). */
public final class ExitCode {

  /** Every requirement in scope is met (or only advisory / attestation items are open). */
  public static final int OK = 0;
  /** A requirement is not met by a finding at or above {@code --fail-on}. */
  public static final int NOT_MET = 1;
  /** Bad input or usage: a malformed file, an unknown option, no credentials. */
  public static final int BAD_INPUT = 2;
  /** The scan is incomplete (collection gaps, UNKNOWN requirements) and --allow-incomplete is off. */
  public static final int INCOMPLETE = 3;
  /** Nothing fails, but an attestation or a waiver that mattered has expired. */
  public static final int EXPIRED = 4;
  /** An internal error (a bug): rerun with --debug and report it. */
  public static final int INTERNAL = 5;

  private ExitCode() { }
}
