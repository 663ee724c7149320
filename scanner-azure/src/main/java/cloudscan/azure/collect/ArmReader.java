package cloudscan.azure.collect;

import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.management.exception.ManagementError;
import com.azure.core.management.exception.ManagementException;
import com.azure.core.util.Context;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * GETs through a guarded pipeline for the few APIs without a served management library (Defender,
 * Data Protection, Recovery Services backup items, management groups, Lighthouse) and for Microsoft
 * Graph. Lists follow {@code nextLink} ({@code @odata.nextLink} on Graph) to the end. A non-2xx answer
 * is a {@link ManagementException} carrying the service's error code, like the libraries throw.
 */
public final class ArmReader {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_PAGES = 10_000;

  private final HttpPipeline pipeline;
  private final String base;
  private final String nextLinkField;

  ArmReader(HttpPipeline pipeline, String base, String nextLinkField) {
    this.pipeline = pipeline;
    this.base = base;
    this.nextLinkField = nextLinkField;
  }

  /** One object: {@code pathAndQuery} starts with {@code /}, e.g. {@code /subscriptions/s?api-version=…}. */
  public JsonNode get(String pathAndQuery) {
    return send(base + pathAndQuery);
  }

  /** Every element of {@code value} over all pages. */
  public List<JsonNode> list(String pathAndQuery) {
    List<JsonNode> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String url = base + pathAndQuery;
    for (int page = 0; url != null && page < MAX_PAGES; page++) {
      if (!seen.add(url)) {
        throw new IllegalStateException("the service returned the same next link twice: " + url);
      }
      JsonNode body = send(url);
      body.path("value").forEach(out::add);
      JsonNode next = body.get(nextLinkField);
      url = next == null || next.isNull() || next.asText().isBlank() ? null : next.asText();
    }
    return out;
  }

  private JsonNode send(String url) {
    try (HttpResponse response = pipeline.sendSync(new HttpRequest(HttpMethod.GET, url), Context.NONE)) {
      String body = response.getBodyAsBinaryData() == null ? "" : response.getBodyAsBinaryData().toString();
      if (response.getStatusCode() / 100 != 2) {
        throw error(response, body);
      }
      return body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException("unreadable answer from " + url, e);
    }
  }

  private static ManagementException error(HttpResponse response, String body) {
    String code = "HTTP" + response.getStatusCode();
    String message = body;
    try {
      JsonNode e = JSON.readTree(body).path("error");
      if (e.hasNonNull("code")) {
        code = e.get("code").asText();
        message = e.path("message").asText("");
      }
    } catch (IOException notJson) {
      message = body.length() > 200 ? body.substring(0, 200) : body;
    }
    return new ManagementException(code + ": " + message, response, new ManagementError(code, message));
  }

  /** Parses a JSON document (for tests and for SDK models carrying free-form JSON). */
  public static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
