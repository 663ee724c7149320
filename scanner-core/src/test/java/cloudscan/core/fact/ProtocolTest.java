package cloudscan.core.fact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProtocolTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "tcp, TCP", "Tcp, TCP", "6, TCP", "udp, UDP", "17, UDP", "icmp, ICMP", "1, ICMP",
      "icmpv6, ICMPV6", "58, ICMPV6", "-1, ALL", "*, ALL", "all, ALL", "Any, ALL",
      "esp, OTHER", "50, OTHER", "sctp, OTHER"})
  void cloudSpellings_parse(String text, Protocol expected) {
    assertThat(Protocol.parse(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} has ports={1}")
  @CsvSource({"TCP, true", "UDP, true", "ALL, true", "ICMP, false", "ICMPV6, false", "OTHER, false"})
  void hasPorts_matrix(Protocol p, boolean hasPorts) {
    assertThat(p.hasPorts()).isEqualTo(hasPorts);
  }
}
