package cloudscan.aws.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * LocalStack in a container started by Testcontainers' LocalStack module, one per test JVM. The
 * image is pinned to 4.12.0, the last community line LocalStack names for use without an auth
 * token (newer {@code latest} images require {@code LOCALSTACK_AUTH_TOKEN}). Without a Docker engine
 * the tests that need it are skipped, and the reason is printed.
 */
public final class LocalStackEmulator implements AwsEmulator {

  /** Pinned: runs without an auth token. */
  public static final String IMAGE = "localstack/localstack:4.12.0";
  /** LocalStack uses a 12-digit access key ID as the account ID: the same account as moto's. */
  private static final String ACCOUNT_KEY = MotoAws.ACCOUNT;
  private static LocalStackEmulator instance;

  private final LocalStackContainer container;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private LocalStackEmulator(LocalStackContainer container) {
    this.container = container;
  }

  public static synchronized LocalStackEmulator get() {
    if (instance == null) {
      if (!DockerClientFactory.instance().isDockerAvailable()) {
        String reason = "LocalStack selected (-D" + PROPERTY + "=localstack) but no Docker engine is available:"
            + " skipping the tests that need it. Run them on moto (the default) or on a machine with Docker.";
        System.err.println(reason);
        Assumptions.abort(reason);
      }
      LocalStackContainer c = new LocalStackContainer(DockerImageName.parse(IMAGE));
      c.start();
      Runtime.getRuntime().addShutdownHook(new Thread(c::stop, "localstack-stop"));
      instance = new LocalStackEmulator(c);
    }
    return instance;
  }

  @Override
  public String name() {
    return "localstack";
  }

  @Override
  public URI endpoint() {
    return container.getEndpoint();
  }

  /** LocalStack's state reset; a version without it keeps state (tests use distinct names). */
  @Override
  public void reset() {
    try {
      http.send(HttpRequest.newBuilder(endpoint().resolve("/_localstack/state/reset"))
          .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      throw new IllegalStateException("LocalStack reset failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String accessKeyId() {
    return ACCOUNT_KEY;
  }

  @Override
  public boolean scriptable() {
    return false;
  }

  @Override
  public void queueInspector2Findings(String account, String region, String findingsJson) {
    throw new UnsupportedOperationException("LocalStack cannot be told which Inspector findings to list");
  }

  @Override
  public void queueCostAndUsage(String answersJson) {
    throw new UnsupportedOperationException("LocalStack cannot be told what Cost Explorer answers");
  }
}
