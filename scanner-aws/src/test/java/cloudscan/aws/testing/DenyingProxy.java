package cloudscan.aws.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loopback HTTP proxy in front of moto that plays an IAM policy without some services: requests
 * whose SigV4 credential scope names a denied service get a 403 in that service's error shape
 * (AWS JSON {@code AccessDeniedException}, or the query-protocol XML error for EC2 and the other
 * form-encoded services); everything else is forwarded to moto unchanged.
 */
public final class DenyingProxy implements AutoCloseable {

  private static final Pattern SCOPE = Pattern.compile("Credential=[^/]+/\\d{8}/([a-z0-9-]+)/([a-z0-9-]+)/");
  /** Hop-by-hop or computed headers the JDK client sets itself (and refuses to be given). */
  private static final Set<String> NOT_FORWARDED = Set.of("connection", "content-length", "date", "expect", "from",
      "host", "upgrade", "via", "warning", "transfer-encoding", "keep-alive");

  private final HttpServer server;
  private final URI target;
  private final Set<String> denied;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final Map<String, AtomicInteger> refused = new ConcurrentHashMap<>();
  /** Regions (SigV4 scope) where every request is refused as an SCP region deny would. */
  private final java.util.Set<String> scpDeniedRegions = ConcurrentHashMap.newKeySet();
  /** JSON-protocol operations (X-Amz-Target) refused when the body contains the given text. */
  private final Map<String, String> deniedOperations = new ConcurrentHashMap<>();

  private DenyingProxy(HttpServer server, URI target, Set<String> denied) {
    this.server = server;
    this.target = target;
    this.denied = denied;
  }

  /** Starts on a free loopback port, forwarding to {@code target}, refusing the SigV4 {@code services}. */
  public static DenyingProxy start(URI target, Set<String> services) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      DenyingProxy proxy = new DenyingProxy(server, target, Set.copyOf(services));
      server.createContext("/", proxy::handle);
      server.setExecutor(Executors.newFixedThreadPool(8, r -> {
        Thread t = new Thread(r, "denying-proxy");
        t.setDaemon(true);
        return t;
      }));
      server.start();
      return proxy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Also refuses one JSON-protocol operation ({@code X-Amz-Target}, e.g. {@code TrentService.DescribeKey})
   * whose request body contains {@code bodyContains} (a key ID, a table name): one item of a list.
   */
  public DenyingProxy denyOperation(String amzTarget, String bodyContains) {
    deniedOperations.put(amzTarget, bodyContains);
    return this;
  }

  /** Refuses every request signed for {@code region} with AWS's "explicit deny in a service control policy". */
  public DenyingProxy denyRegionByScp(String region) {
    scpDeniedRegions.add(region);
    return this;
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** How many requests to {@code service} (SigV4 name) were refused. */
  public int refused(String service) {
    AtomicInteger n = refused.get(service);
    return n == null ? 0 : n.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      String service = service(exchange);
      String op = String.valueOf(exchange.getRequestHeaders().getFirst("X-Amz-Target"));
      String needle = deniedOperations.get(op);
      boolean itemDenied = needle != null && new String(body, StandardCharsets.UTF_8).contains(needle);
      if (scpDeniedRegions.contains(region(exchange))) {
        refused.computeIfAbsent(service, s -> new AtomicInteger()).incrementAndGet();
        deny(exchange, service, " with an explicit deny in a service control policy");
      } else if (denied.contains(service) || itemDenied) {
        refused.computeIfAbsent(service, s -> new AtomicInteger()).incrementAndGet();
        deny(exchange, service, " (denied by the test proxy)");
      } else {
        forward(exchange, body);
      }
    }
  }

  private static String service(HttpExchange exchange) {
    Matcher m = SCOPE.matcher(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
    return m.find() ? m.group(2) : "?";
  }

  private static String region(HttpExchange exchange) {
    Matcher m = SCOPE.matcher(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
    return m.find() ? m.group(1) : "?";
  }

  private static void deny(HttpExchange exchange, String service, String why) throws IOException {
    String contentType = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
    String message = "User: arn:aws:sts::123456789012:assumed-role/CloudscanAudit/cloudscan is not authorized"
        + " to perform: " + service + why;
    String body;
    String type;
    if (contentType.startsWith("application/x-www-form-urlencoded")) {
      type = "text/xml";
      body = "ec2".equals(service)
          ? "<Response><Errors><Error><Code>UnauthorizedOperation</Code><Message>" + message
              + "</Message></Error></Errors><RequestID>denied</RequestID></Response>"
          : "<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>" + message
              + "</Message></Error><RequestId>denied</RequestId></ErrorResponse>";
    } else {
      type = "application/json";
      exchange.getResponseHeaders().set("x-amzn-ErrorType", "AccessDeniedException");
      body = "{\"__type\":\"AccessDeniedException\",\"message\":\"" + message + "\"}";
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("x-amzn-RequestId", "denied");
    exchange.sendResponseHeaders(403, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private void forward(HttpExchange exchange, byte[] body) throws IOException {
    URI uri = target.resolve(exchange.getRequestURI().getRawPath()
        + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()));
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
        .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    exchange.getRequestHeaders().forEach((name, values) -> {
      if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
        values.forEach(v -> request.header(name, v));
      }
    });
    HttpResponse<byte[]> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    response.headers().map().forEach((name, values) -> {
      if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
        exchange.getResponseHeaders().put(name, List.copyOf(values));
      }
    });
    byte[] bytes = response.body();
    boolean noBody = "HEAD".equals(exchange.getRequestMethod()) || response.statusCode() == 204
        || response.statusCode() == 304;
    exchange.sendResponseHeaders(response.statusCode(), noBody ? -1 : bytes.length == 0 ? -1 : bytes.length);
    if (!noBody && bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
