package vn.cancu.index;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.LocalDate;
import vn.cancu.document.SourceOffsets;

/**
 * The JSON mapper of the index manifest, which caches the model records (Plan, Citation,
 * DirectiveText) as their components; dates as ISO strings (the jsr310 module is not a dependency).
 * A plan's source offsets are written as their runs {@code {"runs":[first, length, ...]}}: as plain
 * per-char arrays they were two thirds of the manifest, seven times the corpus size.
 */
final class CacheJson {
  private CacheJson() {}

  static ObjectMapper mapper() {
    SimpleModule dates = new SimpleModule("iso-dates");
    dates.addSerializer(
        LocalDate.class,
        new JsonSerializer<>() {
          @Override
          public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.toString());
          }
        });
    dates.addDeserializer(
        LocalDate.class,
        new JsonDeserializer<>() {
          @Override
          public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return LocalDate.parse(p.getValueAsString());
          }
        });
    dates.addSerializer(SourceOffsets.class, new RunsSerializer());
    dates.addDeserializer(SourceOffsets.class, new RunsDeserializer());
    return new ObjectMapper()
        .registerModule(dates)
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  }

  /** Writes source offsets as (first value, run length) pairs of runs counting up by one. */
  private static final class RunsSerializer extends JsonSerializer<SourceOffsets> {
    @Override
    public void serialize(SourceOffsets value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeStartObject();
      gen.writeArrayFieldStart("runs");
      for (int k = 0; k < value.runCount(); k++) {
        gen.writeNumber(value.runFirst(k));
        gen.writeNumber(value.runLength(k));
      }
      gen.writeEndArray();
      gen.writeEndObject();
    }
  }

  /** Reads runs, or a plain array as older manifests wrote it, straight into the compact form. */
  private static final class RunsDeserializer extends JsonDeserializer<SourceOffsets> {
    @Override
    public SourceOffsets deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      SourceOffsets.Builder out = new SourceOffsets.Builder();
      if (p.currentToken() == JsonToken.START_ARRAY) {
        while (p.nextToken() != JsonToken.END_ARRAY) out.addRun(p.getIntValue(), 1);
        return out.build();
      }
      while (p.nextToken() != JsonToken.END_OBJECT) {
        JsonToken value = p.nextToken();
        if (!"runs".equals(p.currentName()) || value != JsonToken.START_ARRAY) {
          p.skipChildren();
          continue;
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
          int first = p.getIntValue();
          p.nextToken();
          out.addRun(first, p.getIntValue());
        }
      }
      return out.build();
    }
  }
}
