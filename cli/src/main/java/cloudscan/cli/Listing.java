package cloudscan.cli;

import cloudscan.core.check.Text;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintWriter;

/** Machine-readable listings ({@code checks --format json}, {@code requirements --format json}). */
final class Listing {

  private Listing() { }

  /** Text for people, JSON for scripts. */
  enum Format { TEXT, JSON }

  /** A text in both languages. */
  record Bi(String ja, String en) {
    static Bi of(Text t) {
      return new Bi(t.ja(), t.en());
    }
  }

  static void json(PrintWriter out, Object doc) throws JsonProcessingException {
    out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(doc));
    out.flush();
  }
}
