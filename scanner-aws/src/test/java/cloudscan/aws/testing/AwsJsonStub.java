package cloudscan.aws.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for an AWS JSON-protocol service (SSM, …) where moto has no implementation: a
 * loopback HTTP server on port 0 answering {@code X-Amz-Target} operations with fixture bodies,
 * per region (read from the SigV4 credential scope). Anything not stubbed gets a 400 with an
 * AWS-shaped error, so a wrong request fails loudly.
 */
public final class AwsJsonStub implements AutoCloseable {

  private static final Pattern SCOPE = Pattern.compile("Credential=[^/]+/\\d{8}/([a-z0-9-]+)/");

  private final HttpServer server;
  private final Map<String, String> answers = new ConcurrentHashMap<>();

  private AwsJsonStub(HttpServer server) {
    this.server = server;
  }

  public static AwsJsonStub start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      AwsJsonStub stub = new AwsJsonStub(server);
      server.createContext("/", stub::handle);
      server.start();
      return stub;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /**
   * Answers {@code target} (e.g. {@code AmazonSSM.DescribeInstanceInformation}, or for a REST-JSON
   * service the request path, e.g. {@code /ListIndexes}) in {@code region}.
   */
  public AwsJsonStub given(String region, String target, String fixture) {
    try (InputStream in = AwsJsonStub.class.getResourceAsStream(fixture)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + fixture);
      }
      answers.put(region + " " + target, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    exchange.getRequestBody().readAllBytes();
    String auth = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
    Matcher m = SCOPE.matcher(auth);
    String operation = exchange.getRequestHeaders().getFirst("X-Amz-Target");
    if (operation == null) { // REST-JSON services (Resource Explorer) name the operation in the path
      operation = exchange.getRequestURI().getPath();
    }
    String key = (m.find() ? m.group(1) : "?") + " " + operation;
    String body = answers.get(key);
    int status = body == null ? 400 : 200;
    if (body == null) {
      body = "{\"__type\":\"UnknownOperationException\",\"message\":\"not stubbed: " + key + "\"}";
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.1");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
