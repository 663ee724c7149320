package cloudscan.gcp.collect;

import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpRequestFactory;
import com.google.api.client.http.HttpResponse;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * GET on an API's REST surface through the authenticated, guarded transport, for APIs whose Java
 * client is gRPC-only (Logging configuration, IAM admin). Answers are parsed into the API's own
 * protobuf messages (proto-JSON, unknown fields ignored); lists follow {@code nextPageToken}.
 */
public final class RestClient {

  private static final JsonFormat.Parser PARSER = JsonFormat.parser().ignoringUnknownFields();

  private final HttpRequestFactory requests;
  private final String base;

  RestClient(HttpRequestFactory requests, String base) {
    this.requests = requests;
    this.base = base;
  }

  /** Every page of a list call; {@code prototype} is the response message type. */
  public <R extends Message> List<R> pages(String path, Map<String, String> query, R prototype) {
    List<R> out = new ArrayList<>();
    String token = null;
    do {
      GenericUrl url = new GenericUrl(base + path);
      query.forEach(url::set);
      if (token != null) {
        url.set("pageToken", token);
      }
      R page = get(url, prototype);
      out.add(page);
      token = nextToken(page);
    } while (token != null && !token.isEmpty());
    return out;
  }

  @SuppressWarnings("unchecked")
  private <R extends Message> R get(GenericUrl url, R prototype) {
    try {
      HttpResponse response = requests.buildGetRequest(url).execute();
      try {
        Message.Builder b = prototype.newBuilderForType();
        PARSER.merge(response.parseAsString(), b);
        return (R) b.build();
      } finally {
        response.disconnect();
      }
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException("unexpected answer from " + url.getRawPath() + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String nextToken(Message page) {
    FieldDescriptor f = page.getDescriptorForType().findFieldByName("next_page_token");
    return f == null ? null : (String) page.getField(f);
  }
}
