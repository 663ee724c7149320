package cloudscan.core.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Strict reading of user files (catalog, waivers, attestations): unknown fields, wrong types,
 * missing values and truncation all become an {@link InputException} naming file, line and field.
 */
public final class InputFiles {

  /** The problem of a file in Shift_JIS or any other encoding but UTF-8. */
  public static final String NOT_UTF8 = "the file is not UTF-8 text (Shift_JIS or another encoding?): save it as UTF-8";

  private InputFiles() { }

  public static ObjectMapper strictJson() {
    return configure(JsonMapper.builder()).build();
  }

  public static ObjectMapper strictYaml() {
    return configure(YAMLMapper.builder()).build();
  }

  private static <M extends ObjectMapper, B extends com.fasterxml.jackson.databind.cfg.MapperBuilder<M, B>>
      B configure(B builder) {
    return builder
        .addModule(new JavaTimeModule())
        .addModule(new com.fasterxml.jackson.databind.module.SimpleModule("strict-dates")
            .addDeserializer(java.time.LocalDate.class, new StrictLocalDate()))
        .enable(com.fasterxml.jackson.databind.MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
  }

  /**
   * Dates only as {@code YYYY-MM-DD} text: Jackson's own reader also takes {@code [2029, 9, 14]}
   * and a bare number (days since 1970), which in a user's file are mistakes, not dates.
   */
  static final class StrictLocalDate
      extends com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer<java.time.LocalDate> {

    private static final long serialVersionUID = 1L;

    StrictLocalDate() {
      super(java.time.LocalDate.class);
    }

    @Override
    public java.time.LocalDate deserialize(JsonParser p, com.fasterxml.jackson.databind.DeserializationContext ctxt)
        throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return (java.time.LocalDate) ctxt.handleUnexpectedToken(java.time.LocalDate.class, p);
      }
      String text = p.getText().trim();
      try {
        return java.time.LocalDate.parse(text);
      } catch (java.time.format.DateTimeParseException e) {
        return (java.time.LocalDate) ctxt.handleWeirdStringValue(java.time.LocalDate.class, text,
            "expected YYYY-MM-DD");
      }
    }
  }

  /** Reads {@code in} as {@code type}; any parse or mapping error names the file, line and field. */
  public static <T> T read(ObjectMapper mapper, InputStream in, String file, Class<T> type)
      throws InputException {
    byte[] content = new byte[0];
    try {
      content = in.readAllBytes();
      requireUtf8(content, file);
      T value = mapper.readValue(content, type);
      if (value == null) {
        throw new InputException(file, 1, 0, "", "the file is empty");
      }
      return value;
    } catch (JsonProcessingException e) {
      InputException ie = translate(file, e);
      boolean yaml = mapper.getFactory() instanceof YAMLFactory;
      if (yaml && !(e instanceof JsonMappingException)) {
        int tabLine = tabLine(content, ie.line());
        if (tabLine > 0) {
          throw new InputException(file, tabLine, 0, "", "a tab character: YAML indents with spaces only; "
              + "replace the tab with spaces", e);
        }
      }
      if (e instanceof UnrecognizedPropertyException && !ie.field().isEmpty()) {
        // Records are built once their object ends, so Jackson places the error there: point
        // at the unknown field itself instead.
        int line = lineOf(content, mapper.getFactory() instanceof YAMLFactory, ie.field());
        if (line > 0 && line != ie.line()) {
          throw new InputException(file, line, 0, ie.field(), ie.problem(), e);
        }
      }
      throw ie;
    } catch (IOException e) {
      throw new InputException(file, 0, 0, "", "cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Rejects bytes that are not UTF-8 (a file saved as Shift_JIS, say) with the line of the first
   * bad byte, instead of a decoder's exception.
   */
  public static void requireUtf8(byte[] content, String file) throws InputException {
    java.nio.charset.CharsetDecoder d = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(content);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(Math.min(content.length + 1, 1 << 16));
    while (true) {
      java.nio.charset.CoderResult r = d.decode(in, out, true);
      if (r.isError()) {
        int line = 1;
        for (int i = 0; i < in.position(); i++) {
          if (content[i] == '\n') {
            line++;
          }
        }
        throw new InputException(file, line, 0, "", NOT_UTF8);
      }
      if (r.isUnderflow()) {
        return;
      }
      out.clear();
    }
  }

  /**
   * The line holding a tab character at or before {@code near} (YAML errors point at the token
   * after it), or 0 when the file has none there.
   */
  static int tabLine(byte[] content, int near) {
    int line = 1;
    int found = 0;
    for (byte b : content) {
      if (b == '\t' && (found == 0 || near <= 0 || line <= near)) {
        found = near > 0 && line > near && found > 0 ? found : line;
      }
      if (b == '\n') {
        line++;
      }
    }
    return found;
  }

  /**
   * Binds each element of a list on its own, so one bad entry does not hide the next: a problem
   * in element {@code i} goes to {@code problems}, named {@code listPath[i].field} with its line,
   * and that element comes back null.
   */
  public static <T> List<T> readEach(ObjectMapper mapper, List<JsonNode> nodes, byte[] content, String file,
      String listPath, Class<T> type, InputProblems.Collector problems) {
    boolean yaml = mapper.getFactory() instanceof YAMLFactory;
    List<T> out = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      String prefix = listPath + "[" + i + "]";
      try {
        out.add(mapper.treeToValue(nodes.get(i), type));
      } catch (JsonProcessingException e) {
        InputException ie = translate(file, e);
        String field = ie.field().isEmpty() ? prefix : prefix + "." + ie.field();
        problems.add(new InputException(file, lineOf(content, yaml, field), 0, field, ie.problem(), e));
        out.add(null);
      }
    }
    return out;
  }

  /** Turns a Jackson error into a one-line, user-facing {@link InputException}. */
  public static InputException translate(String file, JsonProcessingException e) {
    JsonLocation loc = e.getLocation();
    int line = loc == null ? 0 : loc.getLineNr();
    int col = loc == null ? 0 : loc.getColumnNr();
    String field = "";
    if (e instanceof JsonMappingException m) {
      field = path(m);
    }
    String problem;
    if (e instanceof UnrecognizedPropertyException u) {
      problem = "unknown field '" + u.getPropertyName() + "' (expected one of "
          + u.getKnownPropertyIds().stream().map(Object::toString).sorted()
              .collect(Collectors.joining(", ")) + ")";
    } else if (e instanceof InvalidFormatException f) {
      problem = "value '" + f.getValue() + "' is not a valid " + simple(f.getTargetType())
          + hint(f.getTargetType());
    } else if (e instanceof MismatchedInputException mi && mi.getTargetType() != null) {
      String orig = mi.getOriginalMessage();
      problem = orig.contains("Missing required creator property") || orig.contains("Missing creator property")
          || orig.contains("Null value for creator")
          ? "is required but missing"
          : orig.contains("No content to map") || orig.contains("end-of-input")
              ? "the file ends too early (truncated?)"
              : "expected " + simple(mi.getTargetType()) + hint(mi.getTargetType());
    } else {
      String orig = e.getOriginalMessage();
      problem = orig.contains("end-of-input") || orig.contains("Unexpected end")
          ? "the file ends too early (truncated?)"
          : orig.contains("Invalid UTF-8") || orig.contains("Invalid UTF8")
              ? NOT_UTF8 : "malformed: " + firstLine(orig);
    }
    if (e.getCause() instanceof IllegalArgumentException iae && !(e instanceof InvalidFormatException)) {
      problem = iae.getMessage();
    }
    return new InputException(file, line, col, field, problem, e);
  }

  private static String path(JsonMappingException m) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : m.getPath()) {
      if (r.getFieldName() != null) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static String simple(Class<?> t) {
    if (t == null) {
      return "value";
    }
    if (t.isEnum()) {
      return "value";
    }
    if (t == java.time.LocalDate.class) {
      return "date";
    }
    if (t == java.util.List.class || t.isArray()) {
      return "list";
    }
    if (t == String.class) {
      return "text";
    }
    if (t == int.class || t == Integer.class || t == long.class || t == Long.class) {
      return "number";
    }
    if (t == boolean.class || t == Boolean.class) {
      return "true/false";
    }
    return t.isRecord() ? "object" : t.getSimpleName();
  }

  private static String hint(Class<?> t) {
    if (t != null && t.isEnum()) {
      return " (expected one of " + java.util.Arrays.stream(t.getEnumConstants()).map(Object::toString)
          .collect(Collectors.joining(", ")) + ")";
    }
    if (t == java.time.LocalDate.class) {
      return " (expected YYYY-MM-DD)";
    }
    return "";
  }

  private static String firstLine(String s) {
    int nl = s == null ? -1 : s.indexOf('\n');
    return nl < 0 ? String.valueOf(s) : s.substring(0, nl);
  }

  /**
   * Finds the line of a field path such as {@code sections[1].items[3].id} in a JSON or YAML
   * document, for errors found after parsing (duplicates, unknown references); for a missing
   * field, the line of the nearest enclosing object. Returns 0 if nothing matches.
   */
  public static int lineOf(byte[] content, boolean yaml, String path) {
    // A missing field has no line of its own: fall back to the object that should hold it.
    for (String p = path; !p.isEmpty(); p = parentOf(p)) {
      int line = exactLineOf(content, yaml, p);
      if (line > 0) {
        return line;
      }
    }
    return 0;
  }

  private static String parentOf(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut <= 0 ? "" : path.substring(0, cut);
  }

  private static int exactLineOf(byte[] content, boolean yaml, String path) {
    JsonFactory f = yaml ? new YAMLFactory() : new JsonFactory();
    try (JsonParser p = f.createParser(content)) {
      Deque<String> stack = new ArrayDeque<>();
      Deque<Integer> index = new ArrayDeque<>();
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME) {
          continue;
        }
        String here = current(p, stack, index);
        if (here.equals(path)) {
          return p.currentLocation().getLineNr();
        }
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          stack.push(here);
          index.push(t == JsonToken.START_ARRAY ? 0 : -1);
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          stack.pop();
          index.pop();
          bump(index);
        } else {
          bump(index);
        }
      }
    } catch (IOException e) {
      return 0;
    }
    return 0;
  }

  private static String current(JsonParser p, Deque<String> stack, Deque<Integer> index) {
    String parent = stack.isEmpty() ? "" : stack.peek();
    if (index.isEmpty()) {
      return parent;
    }
    int i = index.peek();
    if (i >= 0) {
      return parent + "[" + i + "]";
    }
    String name = p.getParsingContext().getCurrentName();
    if (p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY) {
      name = p.getParsingContext().getParent().getCurrentName();
    }
    return parent.isEmpty() ? String.valueOf(name) : parent + "." + name;
  }

  private static void bump(Deque<Integer> index) {
    if (!index.isEmpty() && index.peek() >= 0) {
      index.push(index.pop() + 1);
    }
  }
}
