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
import java.util.Arrays;

/**
 * The JSON mapper of the index manifest, which caches the model records (Plan, Citation,
 * DirectiveText) as their components; dates as ISO strings (the jsr310 module is not a dependency).
 * Int arrays (a plan's source offsets: one per character, mostly counting up by one) are written as
 * runs {@code {"runs":[first, length, ...]}}: as plain arrays they were two thirds of the manifest,
 * seven times the corpus size.
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
    dates.addSerializer(int[].class, new RunsSerializer());
    dates.addDeserializer(int[].class, new RunsDeserializer());
    return new ObjectMapper()
        .registerModule(dates)
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  }

  /** Writes an int array as (first value, run length) pairs of runs counting up by one. */
  private static final class RunsSerializer extends JsonSerializer<int[]> {
    @Override
    public void serialize(int[] value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeStartObject();
      gen.writeArrayFieldStart("runs");
      int i = 0;
      while (i < value.length) {
        int j = i + 1;
        while (j < value.length && value[j] == value[j - 1] + 1) j++;
        gen.writeNumber(value[i]);
        gen.writeNumber(j - i);
        i = j;
      }
      gen.writeEndArray();
      gen.writeEndObject();
    }
  }

  /** Reads runs, or a plain array as older manifests wrote it. */
  private static final class RunsDeserializer extends JsonDeserializer<int[]> {
    @Override
    public int[] deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      int[] out = new int[64];
      int n = 0;
      if (p.currentToken() == JsonToken.START_ARRAY) {
        while (p.nextToken() != JsonToken.END_ARRAY) {
          if (n == out.length) out = Arrays.copyOf(out, n * 2);
          out[n++] = p.getIntValue();
        }
        return Arrays.copyOf(out, n);
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
          int length = p.getIntValue();
          if (n + length > out.length) out = Arrays.copyOf(out, Math.max(out.length * 2, n + length));
          for (int k = 0; k < length; k++) out[n++] = first + k;
        }
      }
      return Arrays.copyOf(out, n);
    }
  }
}
