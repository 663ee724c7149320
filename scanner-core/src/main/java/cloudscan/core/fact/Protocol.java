package cloudscan.core.fact;

import java.util.Locale;

/** Network protocol of a rule. {@link #ALL} means every protocol (AWS -1, Azure *, GCP all). */
public enum Protocol {
  TCP, UDP, ICMP, ICMPV6, ALL, OTHER;

  /** Parses names and IANA numbers as the clouds write them: tcp, 6, -1, *, all, icmpv6, 58. */
  public static Protocol parse(String text) {
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "tcp", "6" -> TCP;
      case "udp", "17" -> UDP;
      case "icmp", "1" -> ICMP;
      case "icmpv6", "58" -> ICMPV6;
      case "-1", "*", "all", "any" -> ALL;
      default -> OTHER;
    };
  }

  /** True if the protocol carries ports (so a port range applies). */
  public boolean hasPorts() {
    return this == TCP || this == UDP || this == ALL;
  }
}
