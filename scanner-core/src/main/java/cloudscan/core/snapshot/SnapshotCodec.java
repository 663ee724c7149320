package cloudscan.core.snapshot;

import cloudscan.core.fact.Cidr;
import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.FactKinds;
import cloudscan.core.fact.PortRange;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.function.Function;

/**
 * The one Jackson configuration for snapshots: facts as records (fields only, so helper methods
 * such as {@code isExternal()} never leak into the format), tagged by {@code kind}, CIDRs and port
 * ranges as strings, clouds by ID, times as ISO-8601. Strict on read.
 */
public final class SnapshotCodec {

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
  interface FactMixin { }

  private SnapshotCodec() { }

  public static ObjectMapper mapper() {
    SimpleModule values = new SimpleModule("cloudscan-values");
    stringValue(values, Cidr.class, Cidr::toString, Cidr::parse);
    stringValue(values, PortRange.class, PortRange::toString, PortRange::parse);
    stringValue(values, Cloud.class, Cloud::id, Cloud::fromId);
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
        .build();
    FactKinds.CORE.forEach(k -> m.registerSubtypes(new NamedType(k, FactKinds.nameOf(k))));
    return m;
  }

  private static <T> void stringValue(SimpleModule module, Class<T> type, Function<T, String> write,
      Function<String, T> read) {
    module.addSerializer(type, new JsonSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
        gen.writeString(write.apply(value));
      }
    });
    module.addDeserializer(type, new JsonDeserializer<T>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String text = p.getValueAsString();
        try {
          return read.apply(text);
        } catch (IllegalArgumentException e) {
          return (T) ctxt.handleWeirdStringValue(type, text, e.getMessage());
        }
      }
    });
  }
}
