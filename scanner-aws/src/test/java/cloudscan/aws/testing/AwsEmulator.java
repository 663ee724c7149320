package cloudscan.aws.testing;

import java.net.URI;
import java.util.Locale;

/**
 * The AWS protocol peer a test talks to: moto_server (default, what CI runs) or LocalStack in a
 * container started by Testcontainers ({@code -Dcloudscan.aws.emulator=localstack}, needs a
 * Docker engine; skipped with the reason printed when there is none). Collector tests pin moto
 * ({@link MotoExtension}); the end-to-end tests run unchanged on either ({@link EmulatorExtension}).
 */
public interface AwsEmulator {

  /** The system property that selects the emulator for {@link EmulatorExtension} tests. */
  String PROPERTY = "cloudscan.aws.emulator";

  String name();

  URI endpoint();

  /** Forgets everything seeded so far. */
  void reset();

  /** The access key the scan signs with; LocalStack takes a 12-digit key as the account ID. */
  String accessKeyId();

  /** True if canned answers can be queued (moto: Inspector findings, Cost Explorer results). */
  boolean scriptable();

  /** Queues Inspector ListFindings answers; only where {@link #scriptable()}. */
  void queueInspector2Findings(String account, String region, String findingsJson);

  /** Queues Cost Explorer GetCostAndUsage answers; only where {@link #scriptable()}. */
  void queueCostAndUsage(String answersJson);

  /** The emulator the current test class uses (set by its extension; moto by default). */
  static AwsEmulator current() {
    return Current.emulator != null ? Current.emulator : MotoServer.get();
  }

  /** The emulator the {@link #PROPERTY} selects. */
  static AwsEmulator selected() {
    String name = System.getProperty(PROPERTY, "moto").toLowerCase(Locale.ROOT);
    return switch (name) {
      case "moto" -> MotoServer.get();
      case "localstack" -> LocalStackEmulator.get();
      default -> throw new IllegalArgumentException(PROPERTY + " must be moto or localstack, not " + name);
    };
  }

  /** Holds the emulator of the running test class. */
  final class Current {
    static volatile AwsEmulator emulator;

    private Current() { }

    static void use(AwsEmulator e) {
      emulator = e;
    }
  }
}
