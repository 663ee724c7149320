package cloudscan.core.snapshot;

import cloudscan.core.fact.Cidr;
import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.FactKinds;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Peer;
import cloudscan.core.fact.PortRange;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.function.Function;

/**
 * The one Jackson configuration for snapshots: facts as records (fields only, so helper methods
 * never leak into the format), tagged by {@code fact}, CIDRs, peers and port ranges as strings,
 * clouds by ID, times as ISO-8601, {@link Known} values as the value, {@code null} (not read) or
 * {@code {"notOffered": true}}. Strict on read: every field must be present, unknown fields and
 * duplicate keys are errors.
 */
public final class SnapshotCodec {

  /** The property naming a fact's kind (version 1 used {@code kind}, which some facts also have). */
  public static final String TAG = "fact";

  /** The marker of {@link Known#notOffered()}. */
  public static final String NOT_OFFERED = "notOffered";

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = TAG)
  interface FactMixin { }

  private SnapshotCodec() { }

  public static ObjectMapper mapper() {
    SimpleModule values = new SimpleModule("cloudscan-values");
    stringValue(values, Cidr.class, Cidr::toString, Cidr::parse);
    stringValue(values, Peer.class, Peer::toString, Peer::parse);
    stringValue(values, PortRange.class, PortRange::toString, PortRange::parse);
    stringValue(values, Cloud.class, Cloud::id, Cloud::fromId);
    values.addSerializer(Known.class, new KnownSerializer());
    values.addDeserializer(Known.class, new KnownDeserializer(null, null));
    ObjectMapper m = JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .addModule(values)
        .addMixIn(Fact.class, FactMixin.class)
        .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
        .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
        .visibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .build();
    FactKinds.CORE.forEach(k -> m.registerSubtypes(new NamedType(k, FactKinds.nameOf(k))));
    return m;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <T> void stringValue(SimpleModule module, Class<T> type, Function<T, String> write,
      Function<String, T> read) {
    module.addSerializer(type, new JsonSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
        gen.writeString(write.apply(value));
      }
    });
    module.addDeserializer(type, (JsonDeserializer) new JsonDeserializer<T>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
          return (T) ctxt.handleUnexpectedToken(type, p);
        }
        String text = p.getText();
        try {
          return read.apply(text);
        } catch (IllegalArgumentException e) {
          return (T) ctxt.handleWeirdStringValue(type, text, e.getMessage());
        }
      }
    });
  }

  @SuppressWarnings("rawtypes")
  private static final class KnownSerializer extends JsonSerializer<Known> {
    @Override
    public void serialize(Known k, JsonGenerator gen, SerializerProvider provider) throws IOException {
      switch (k.state()) {
        case KNOWN -> provider.defaultSerializeValue(k.value(), gen);
        case UNREAD -> gen.writeNull();
        case NOT_OFFERED -> {
          gen.writeStartObject();
          gen.writeBooleanField(NOT_OFFERED, true);
          gen.writeEndObject();
        }
        default -> throw new IllegalStateException();
      }
    }
  }

  /** Reads a {@link Known} of the declared content type; {@code null} is "not read". */
  @SuppressWarnings("rawtypes")
  private static final class KnownDeserializer extends JsonDeserializer<Known>
      implements ContextualDeserializer {

    private final JavaType content;
    private final JsonDeserializer<Object> contentDeser;

    KnownDeserializer(JavaType content, JsonDeserializer<Object> contentDeser) {
      this.content = content;
      this.contentDeser = contentDeser;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
        throws com.fasterxml.jackson.databind.JsonMappingException {
      JavaType type = property != null ? property.getType() : ctxt.getContextualType();
      JavaType inner = type.containedTypeOrUnknown(0);
      return new KnownDeserializer(inner, ctxt.findContextualValueDeserializer(inner, property));
    }

    @Override
    public Known deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.hasToken(JsonToken.START_OBJECT) && !content.isMapLikeType()) {
        JsonNode node = ctxt.readTree(p);
        if (node.size() == 1 && node.path(NOT_OFFERED).asBoolean(false)) {
          return Known.notOffered();
        }
        return (Known) ctxt.handleUnexpectedToken(Known.class, JsonToken.START_OBJECT, p,
            "expected a value, null (not read) or {\"notOffered\": true}");
      }
      if (p.hasToken(JsonToken.START_OBJECT)) {
        JsonNode node = ctxt.readTree(p);
        if (node.size() == 1 && node.path(NOT_OFFERED).isBoolean()) {
          return Known.notOffered();
        }
        JsonParser sub = node.traverse(p.getCodec());
        sub.nextToken();
        return Known.ofNullable(contentDeser.deserialize(sub, ctxt));
      }
      return Known.ofNullable(contentDeser.deserialize(p, ctxt));
    }

    @Override
    public Known getNullValue(DeserializationContext ctxt) {
      return Known.unread();
    }
  }
}
