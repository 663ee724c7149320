package cloudscan.aws.collect.iam;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.GetCredentialReportResponse;

/**
 * The IAM credential report: one CSV row per user (console password, MFA, both access keys with
 * their creation and last use) for two calls instead of four per user. AWS regenerates it at most
 * every four hours, so it can be that old: users created after {@link #generated()} are read one by
 * one, and the generation time is logged with the scan.
 */
final class CredentialReport {

  private static final int POLLS = 20;

  private final Instant generated;
  private final Map<String, Map<String, String>> byUser;

  private CredentialReport(Instant generated, Map<String, Map<String, String>> byUser) {
    this.generated = generated;
    this.byUser = byUser;
  }

  /** Asks IAM for a report (a fresh one when the last is older than four hours) and reads it. */
  static CredentialReport read(IamClient iam) {
    for (int i = 0; i < POLLS && !"COMPLETE".equals(iam.generateCredentialReport().stateAsString()); i++) {
      pause();
    }
    GetCredentialReportResponse r = iam.getCredentialReport();
    return parse(r.generatedTime(), r.content().asString(StandardCharsets.UTF_8));
  }

  static CredentialReport parse(Instant generated, String csv) {
    List<String> lines = csv.lines().filter(l -> !l.isBlank()).toList();
    String[] header = lines.get(0).split(",", -1);
    Map<String, Map<String, String>> rows = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < header.length && i < cells.length; i++) {
        row.put(header[i], cells[i]);
      }
      rows.put(row.get("user"), row);
    }
    return new CredentialReport(generated, rows);
  }

  Instant generated() {
    return generated;
  }

  /** The user's row, if the report has one (the root user is {@code <root_account>}). */
  Optional<Map<String, String>> row(String user) {
    return Optional.ofNullable(byUser.get(user));
  }

  /** {@code true}/{@code false} cells; anything else ({@code N/A}, {@code not_supported}) is not an answer. */
  static Optional<Boolean> flag(Map<String, String> row, String column) {
    String v = row.get(column);
    return "true".equals(v) ? Optional.of(true) : "false".equals(v) ? Optional.of(false) : Optional.empty();
  }

  /** ISO-8601 cells; {@code N/A} and {@code no_information} are absent. */
  static Instant time(Map<String, String> row, String column) {
    String v = row.get(column);
    if (v == null || v.isEmpty() || !Character.isDigit(v.charAt(0))) {
      return null;
    }
    return Instant.parse(v.endsWith("Z") || v.contains("+") ? v.replace("+00:00", "Z") : v + "Z");
  }

  private static void pause() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while IAM generated the credential report", e);
    }
  }
}
