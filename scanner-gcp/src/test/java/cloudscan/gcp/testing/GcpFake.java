package cloudscan.gcp.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;


import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A fake Google Cloud on loopback (WireMock over plain HTTP): REST paths answered with JSON bodies
 * shaped like the published discovery documents, Google-style error bodies, 429 then success.
 * Unstubbed paths answer 404 in the Google error shape.
 */
public final class GcpFake implements AutoCloseable {

  static {
    // retries in tests wait milliseconds, not seconds (read when the Backoff class loads)
    System.setProperty("cloudscan.gcp.backoffMillis", "5");
  }

  private final WireMockServer server;

  public GcpFake() {
    server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
        .containerThreads(Math.max(8, Integer.getInteger("gcpfake.threads", 16))));
    server.start();
    server.stubFor(any(urlPathMatching("/.*")).atPriority(10).willReturn(json(404,
        error(404, "NOT_FOUND", "not found in the fake", null, null, null))));
  }

  public String url() {
    return "http://127.0.0.1:" + server.port();
  }

  public WireMockServer server() {
    return server;
  }

  /** GET {@code path} (query ignored) answers {@code body}. */
  public GcpFake get(String path, String body) {
    server.stubFor(WireMock.get(urlPathEqualTo(path)).willReturn(json(200, body)));
    return this;
  }

  /** POST {@code path} answers {@code body} (getIamPolicy is a POST read). */
  public GcpFake post(String path, String body) {
    server.stubFor(WireMock.post(urlPathEqualTo(path)).willReturn(json(200, body)));
    return this;
  }

  /** A request matching {@code mapping} answers {@code body}. */
  public GcpFake stub(MappingBuilder mapping, String body) {
    server.stubFor(mapping.willReturn(json(200, body)));
    return this;
  }

  /** GET {@code path} answers the classpath resource {@code /gcp/<resource>}. */
  public GcpFake getFile(String path, String resource) {
    return get(path, resource(resource));
  }

  /** Any method on {@code path} answers {@code status} with {@code body}. */
  public GcpFake fail(String path, int status, String body) {
    server.stubFor(any(urlPathEqualTo(path)).atPriority(1).willReturn(json(status, body)));
    return this;
  }

  /** GET {@code path} answers 429 {@code times} times, then {@code body}. */
  public GcpFake throttledThen(String path, int times, String body) {
    String state = Scenario.STARTED;
    for (int i = 0; i < times; i++) {
      String next = "after-" + (i + 1);
      server.stubFor(WireMock.get(urlPathEqualTo(path)).inScenario(path).whenScenarioStateIs(state)
          .willReturn(json(429, error(429, "RESOURCE_EXHAUSTED", "Quota exceeded", "RATE_LIMIT_EXCEEDED", null, null)))
          .willSetStateTo(next));
      state = next;
    }
    server.stubFor(WireMock.get(urlPathEqualTo(path)).inScenario(path).whenScenarioStateIs(state).willReturn(json(200, body)));
    return this;
  }

  /** Requests received, in order. */
  public List<LoggedRequest> requests() {
    List<LoggedRequest> out = new java.util.ArrayList<>(server.getAllServeEvents().stream().map(e -> e.getRequest()).toList());
    java.util.Collections.reverse(out);
    return out;
  }

  public long count(String method, String pathRegex) {
    Pattern p = Pattern.compile(pathRegex);
    return requests().stream().filter(r -> r.getMethod().getName().equals(method)
        && p.matcher(r.getUrl().split("\\?")[0]).matches()).count();
  }

  /** The 403 a caller without {@code permission} gets. */
  public static String denied(String permission) {
    return error(403, "PERMISSION_DENIED", "Permission '" + permission + "' denied on resource (or it may not exist).",
        "IAM_PERMISSION_DENIED", "iam.googleapis.com", "\"permission\": \"" + permission + "\"");
  }

  /** The 403 of an API that is not enabled in {@code consumer} ({@code projects/123}). */
  public static String disabled(String service, String consumer) {
    return error(403, "PERMISSION_DENIED", service.replace(".googleapis.com", "") + " API has not been used in project "
        + consumer + " before or it is disabled. Enable it by visiting the console, then retry.",
        "SERVICE_DISABLED", "googleapis.com", "\"service\": \"" + service + "\", \"consumer\": \"" + consumer + "\"");
  }

  /** A Google API error body ({@code google.rpc.Status} with an ErrorInfo detail). */
  public static String error(int code, String status, String message, String reason, String domain, String metadata) {
    String details = reason == null ? "" : """
        , "details": [{"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "%s", "domain": "%s",
          "metadata": {%s}}]""".formatted(reason, domain == null ? "googleapis.com" : domain,
        metadata == null ? "" : metadata);
    return """
        {"error": {"code": %d, "message": "%s", "status": "%s"%s}}""".formatted(code, message, status, details);
  }

  public static String resource(String name) {
    try (InputStream in = GcpFake.class.getResourceAsStream("/gcp/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource /gcp/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=UTF-8").withBody(body);
  }

  @Override
  public void close() {
    server.stop();
  }
}
