package cloudscan.report.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Checks a parsed document against the records that define it: every field that is not
 * {@link Nullable} must be present and non-null (Jackson alone fills in null or zero for a field
 * that is left out).
 */
final class RequiredFields {

  private RequiredFields() { }

  /** {@code [path, problem]} of the first missing or null field, or null when there is none. */
  static String[] firstProblem(JsonNode node, Type type, String path) {
    Class<?> raw = raw(type);
    if (raw.isRecord() && node.isObject()) {
      for (RecordComponent rc : raw.getRecordComponents()) {
        String name = jsonName(rc);
        String p = path.isEmpty() ? name : path + "." + name;
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
          if (rc.isAnnotationPresent(Nullable.class)) {
            continue;
          }
          return new String[] {p, v == null ? "is required but missing" : "must not be null"};
        }
        String[] inner = firstProblem(v, rc.getGenericType(), p);
        if (inner != null) {
          return inner;
        }
      }
    } else if (List.class.isAssignableFrom(raw) && node.isArray()) {
      Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
      for (int i = 0; i < node.size(); i++) {
        String p = path + "[" + i + "]";
        if (node.get(i).isNull()) {
          return new String[] {p, "must not be null"};
        }
        String[] inner = firstProblem(node.get(i), element, p);
        if (inner != null) {
          return inner;
        }
      }
    } else if (Map.class.isAssignableFrom(raw) && node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getValue().isNull()) {
          return new String[] {path + "." + e.getKey(), "must not be null"};
        }
      }
    }
    return null;
  }

  private static Class<?> raw(Type t) {
    return t instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) t;
  }

  private static String jsonName(RecordComponent rc) {
    JsonProperty p = rc.getAccessor().getAnnotation(JsonProperty.class);
    return p != null && !p.value().isEmpty() ? p.value() : rc.getName();
  }
}
