package cloudscan.core.catalog;

import java.util.regex.Pattern;

/** A requirement's ID as the city numbers it: {@code 1.1} … {@code 3.13}. */
public record RequirementId(String value) implements Comparable<RequirementId> {

  private static final Pattern FORM = Pattern.compile("\\d+\\.\\d+");

  public RequirementId {
    if (value == null || !FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("requirement ID '" + value + "' (expected N.M, e.g. 3.13)");
    }
  }

  public static RequirementId of(String value) {
    return new RequirementId(value);
  }

  public int section() {
    return Integer.parseInt(value.substring(0, value.indexOf('.')));
  }

  public int item() {
    return Integer.parseInt(value.substring(value.indexOf('.') + 1));
  }

  /** The city's own label, e.g. {@code ３（13）}. */
  public String labelJa() {
    return toFullWidth(Integer.toString(section())) + "（" + toFullWidth(Integer.toString(item())) + "）";
  }

  private static String toFullWidth(String digits) {
    StringBuilder sb = new StringBuilder();
    digits.chars().forEach(c -> sb.append((char) (c - '0' + '０')));
    return sb.toString();
  }

  @Override
  public int compareTo(RequirementId o) {
    int s = Integer.compare(section(), o.section());
    return s != 0 ? s : Integer.compare(item(), o.item());
  }

  @Override
  public String toString() {
    return value;
  }
}
