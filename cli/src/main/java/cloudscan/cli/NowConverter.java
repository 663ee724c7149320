package cloudscan.cli;

import cloudscan.core.engine.Evaluator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --now}: a plain date {@code YYYY-MM-DD} is the start of that day in Japan (Asia/Tokyo),
 * as dates in waivers.yaml and attestations.yaml are the city's calendar days; or an ISO-8601
 * time with a zone ({@code 2026-04-01T00:00:00Z}, {@code 2026-04-01T09:00:00+09:00}).
 */
final class NowConverter implements ITypeConverter<Instant> {

  static final String EXPECTED = "expected YYYY-MM-DD (the start of that day in Japan) or an ISO-8601 time "
      + "such as 2026-04-01T00:00:00Z";

  @Override
  public Instant convert(String value) {
    return parse(value);
  }

  static Instant parse(String value) {
    String v = value.strip();
    try {
      if (v.length() == 10) {
        return LocalDate.parse(v).atStartOfDay(Evaluator.CITY_ZONE).toInstant();
      }
      return v.endsWith("Z") || v.endsWith("z") ? Instant.parse(v.toUpperCase(java.util.Locale.ROOT))
          : OffsetDateTime.parse(v).toInstant();
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("'" + value + "' is not a date or time (" + EXPECTED + ")");
    }
  }
}
