package cloudscan.aws.testing;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * One {@code moto_server} per test JVM, on a free loopback port: the real AWS protocol peer for
 * collector tests. Found on PATH; missing → the tests are skipped, or fail when {@code CI} is set.
 * Stopped by a shutdown hook when the JVM ends.
 */
public final class MotoServer implements AwsEmulator {

  private static final String INSTALL = "moto_server not found on PATH: pip install 'moto[server]'";
  private static final Duration STARTUP = Duration.ofSeconds(60);
  private static MotoServer instance;

  private final Process process;
  private final URI endpoint;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private MotoServer(Process process, URI endpoint) {
    this.process = process;
    this.endpoint = endpoint;
  }

  /** The running server, started on first use; skips (or fails in CI) when moto is not installed. */
  public static synchronized MotoServer get() {
    if (instance == null) {
      Path exe = find().orElse(null);
      if (exe == null) {
        if (System.getenv("CI") != null) {
          throw new IllegalStateException(INSTALL);
        }
        Assumptions.abort(INSTALL);
      }
      instance = start(exe);
    }
    return instance;
  }

  @Override
  public String name() {
    return "moto";
  }

  @Override
  public String accessKeyId() {
    return "testing";
  }

  @Override
  public boolean scriptable() {
    return true;
  }

  @Override
  public URI endpoint() {
    return endpoint;
  }

  /** Forgets everything seeded so far (all accounts and regions). */
  @Override
  public void reset() {
    send(HttpRequest.newBuilder(endpoint.resolve("/moto-api/reset"))
        .POST(HttpRequest.BodyPublishers.noBody()).build());
  }

  /**
   * Queues one ListFindings answer for Inspector in {@code account} and {@code region}: moto lists
   * no findings unless told, returns the queued ones verbatim (unfiltered; dates as epoch
   * seconds) to the first distinct request, and the same ones to repeats of that request.
   *
   * @param findingsJson a JSON array of Inspector findings
   */
  @Override
  public void queueInspector2Findings(String account, String region, String findingsJson) {
    String body = "{\"account_id\":\"" + account + "\",\"region\":\"" + region + "\",\"results\":["
        + findingsJson + "]}";
    send(HttpRequest.newBuilder(endpoint.resolve("/moto-api/static/inspector2/findings-results"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  /**
   * Queues GetCostAndUsage answers: moto returns each queued answer (verbatim) to one distinct
   * request, and the same one to repeats of that request.
   *
   * @param answersJson a JSON array of GetCostAndUsage responses
   */
  @Override
  public void queueCostAndUsage(String answersJson) {
    send(HttpRequest.newBuilder(endpoint.resolve("/moto-api/static/ce/cost-and-usage-results"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"results\":" + answersJson + "}")).build());
  }

  private static Optional<Path> find() {
    String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir, "moto_server");
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static MotoServer start(Path exe) {
    try {
      int port = freePort();
      Path log = Files.createTempFile("moto-server-", ".log");
      ProcessBuilder pb = new ProcessBuilder(exe.toString(), "-H", "127.0.0.1", "-p", Integer.toString(port))
          .redirectErrorStream(true)
          .redirectOutput(log.toFile());
      pb.environment().putAll(Map.of(
          "MOTO_EC2_LOAD_DEFAULT_AMIS", "false",
          "MOTO_ACM_VALIDATION_WAIT", "0"));
      pb.environment().remove("MOTO_ACCOUNT_ID");
      Process p = pb.start();
      MotoServer server = new MotoServer(p, URI.create("http://127.0.0.1:" + port));
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "moto-stop"));
      server.awaitReady(log);
      return server;
    } catch (IOException e) {
      throw new IllegalStateException("could not start moto_server: " + e.getMessage(), e);
    }
  }

  private void awaitReady(Path log) {
    long deadline = System.nanoTime() + STARTUP.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("moto_server exited at startup; see " + log);
      }
      try {
        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(endpoint.resolve("/moto-api/"))
            .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() < 500) {
          return;
        }
      } catch (IOException e) {
        sleep();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for moto_server", e);
      }
    }
    stop();
    throw new IllegalStateException("moto_server did not answer within " + STARTUP + "; see " + log);
  }

  private void send(HttpRequest request) {
    try {
      HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() / 100 != 2) {
        throw new IllegalStateException(request.uri() + " answered " + r.statusCode() + ": " + r.body());
      }
    } catch (IOException e) {
      throw new IllegalStateException(request.uri() + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private void stop() {
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
