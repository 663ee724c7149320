package cloudscan.gcp.collect;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Optional;

/**
 * The parts of a Google API error body ({@code {"error": {"code", "status", "message",
 * "details": [{"@type": ".../google.rpc.ErrorInfo", "reason", "metadata"}]}}}) that tell
 * SERVICE_DISABLED from IAM_PERMISSION_DENIED. gax-httpjson leaves {@code getReason()} empty on
 * REST, so the body is parsed here.
 */
public record GoogleError(int code, String status, String message, String reason, String service,
    String consumer, String permission) {

  public static Optional<GoogleError> parse(String body) {
    if (body == null) {
      return Optional.empty();
    }
    int start = body.indexOf('{');
    if (start < 0) {
      return Optional.empty();
    }
    try {
      JsonElement root = JsonParser.parseString(body.substring(start));
      if (!root.isJsonObject()) {
        return Optional.empty();
      }
      JsonObject o0 = root.getAsJsonObject();
      // the API client's exceptions carry the inner error object itself as their content
      JsonObject e = o0.has("error") && o0.get("error").isJsonObject() ? o0.getAsJsonObject("error")
          : o0.has("code") && o0.has("message") ? o0 : null;
      if (e == null) {
        return Optional.empty();
      }
      String reason = null;
      String service = null;
      String consumer = null;
      String permission = null;
      if (e.has("details") && e.get("details").isJsonArray()) {
        for (JsonElement d : e.getAsJsonArray("details")) {
          JsonObject o = d.isJsonObject() ? d.getAsJsonObject() : new JsonObject();
          if (text(o, "@type").endsWith("google.rpc.ErrorInfo")) {
            reason = text(o, "reason");
            JsonObject meta = o.has("metadata") && o.get("metadata").isJsonObject()
                ? o.getAsJsonObject("metadata") : new JsonObject();
            service = blankToNull(text(meta, "service"));
            consumer = blankToNull(text(meta, "consumer"));
            permission = blankToNull(text(meta, "permission"));
          }
        }
      }
      if (reason == null && e.has("errors") && e.get("errors").isJsonArray() && e.getAsJsonArray("errors").size() > 0) {
        // the older JSON-API shape (Storage, Cloud SQL): errors[].reason
        reason = text(e.getAsJsonArray("errors").get(0).getAsJsonObject(), "reason");
      }
      int code = e.has("code") && e.get("code").isJsonPrimitive() ? e.get("code").getAsInt() : 0;
      return Optional.of(new GoogleError(code, blankToNull(text(e, "status")), text(e, "message"),
          blankToNull(reason), service, consumer, permission));
    } catch (RuntimeException notJson) {
      return Optional.empty();
    }
  }

  public boolean serviceDisabled() {
    return "SERVICE_DISABLED".equals(reason) || "accessNotConfigured".equals(reason)
        || (message != null && message.contains("has not been used in project") && message.contains("disabled"));
  }

  public boolean permissionDenied() {
    return code == 403 || "PERMISSION_DENIED".equals(status) || "IAM_PERMISSION_DENIED".equals(reason)
        || "forbidden".equals(reason);
  }

  private static String text(JsonObject o, String key) {
    JsonElement v = o.get(key);
    return v != null && v.isJsonPrimitive() ? v.getAsString() : "";
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
