package cloudscan.report.junit;

/**
 * One {@code <testcase>}: a check under a requirement, or the requirement's attestation.
 *
 * @param type    failure/error type (the severity, or what kind of attestation problem)
 * @param details the element body or system-out: one line per finding worth reading
 */
record JunitCase(String classname, String name, Outcome outcome, String message, String type,
    String details) {

  enum Outcome { PASSED, FAILURE, ERROR, SKIPPED }

  static JunitCase passed(String classname, String name, String details) {
    return new JunitCase(classname, name, Outcome.PASSED, null, null, details);
  }
}
