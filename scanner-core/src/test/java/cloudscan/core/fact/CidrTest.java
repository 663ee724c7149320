package cloudscan.core.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CidrTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "10.0.0.0/8, 10.0.0.0/8",
      "10.1.2.3/8, 10.0.0.0/8",
      "203.0.113.5, 203.0.113.5/32",
      "' 192.168.1.0/24 ', 192.168.1.0/24",
      "0.0.0.0/0, 0.0.0.0/0",
      "2001:db8::/32, 2001:db8::/32",
      "2001:DB8:0:0:1::/64, 2001:db8::/64",
      "2001:db8::1, 2001:db8::1/128",
      "2001:db8:aaaa:bbbb:cccc::/72, 2001:db8:aaaa:bbbb:cc00::/72",
      "::/0, ::/0",
      "::ffff:192.0.2.0/120, ::ffff:c000:200/120",
      "*, *",
      "Internet, *",
      "Any, *"})
  void parse_normalisesAndPrints(String text, String printed) {
    assertThat(Cidr.parse(text)).hasToString(printed);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.0.0.0/0", "::/0", "*", "Internet", "any", "ALL"})
  void wholeInternet_isAnywhere(String text) {
    assertThat(Cidr.parse(text).isAnywhere()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.0.0.0/1", "10.0.0.0/8", "203.0.113.5", "2001:db8::/32", "::ffff:0:0/96"})
  void narrowerNetworks_areNotAnywhere(String text) {
    assertThat(Cidr.parse(text).isAnywhere()).isFalse();
  }

  @Test
  void ipv4Family_isKept() {
    assertThat(Cidr.parse("10.0.0.0/8").family()).isEqualTo(Cidr.Family.IPV4);
    assertThat(Cidr.parse("::ffff:10.0.0.0/104").family()).isEqualTo(Cidr.Family.IPV6);
    assertThat(Cidr.parse("0.0.0.0/0")).isEqualTo(Cidr.ANY_V4);
    assertThat(Cidr.parse("::/0")).isEqualTo(Cidr.ANY_V6);
    assertThat(Cidr.parse("*")).isEqualTo(Cidr.ANY);
  }

  @ParameterizedTest(name = "{0} contains {1} → {2}")
  @CsvSource({
      "10.0.0.0/8, 10.1.2.0/24, true",
      "10.0.0.0/8, 10.0.0.0/8, true",
      "10.1.2.0/24, 10.0.0.0/8, false",
      "10.0.0.0/8, 11.0.0.0/24, false",
      "172.16.0.0/12, 172.31.255.255, true",
      "172.16.0.0/12, 172.32.0.0, false",
      "0.0.0.0/0, 198.51.100.7, true",
      "0.0.0.0/0, 2001:db8::1, false",
      "::/0, 2001:db8::1, true",
      "::/0, 10.0.0.1, false",
      "*, 10.0.0.1, true",
      "*, 2001:db8::1, true",
      "2001:db8::/32, 2001:db8:1::/48, true",
      "2001:db8::/32, 2001:db9::/48, false",
      "2001:db8::/96, 2001:db8::1:2, true",
      "2001:db8::/96, 2001:db8::1:0:2, false",
      "fe80::/10, febf::1, true",
      "fe80::/10, fec0::1, false"})
  void contains_matrix(String outer, String inner, boolean contains) {
    assertThat(Cidr.parse(outer).contains(Cidr.parse(inner))).isEqualTo(contains);
  }

  @ParameterizedTest(name = "{0} private={1}")
  @CsvSource({
      "10.0.0.0/8, true",
      "10.20.0.0/16, true",
      "172.16.0.0/12, true",
      "172.20.1.0/24, true",
      "172.32.0.0/16, false",
      "192.168.0.0/16, true",
      "192.169.0.0/16, false",
      "100.64.0.0/10, true",
      "127.0.0.1, true",
      "169.254.169.254, true",
      "fd00::/8, true",
      "fe80::1, true",
      "::1, true",
      "8.8.8.8, false",
      "2001:db8::/32, false",
      "0.0.0.0/0, false",
      "::/0, false",
      "*, false",
      "8.0.0.0/6, false"})
  void privateRanges_matrix(String text, boolean isPrivate) {
    assertThat(Cidr.parse(text).isPrivate()).isEqualTo(isPrivate);
  }

  @ParameterizedTest(name = "{0} wide public={1}")
  @CsvSource({
      "52.0.0.0/8, true",
      "52.0.0.0/15, true",
      "52.0.0.0/16, false",
      "203.0.113.0/24, false",
      "10.0.0.0/8, false",
      "0.0.0.0/0, false",
      "::/0, false",
      "*, false",
      "2600::/16, true",
      "2001:db8::/32, false",
      "fc00::/7, false"})
  void widePublic_matrix(String text, boolean wide) {
    assertThat(Cidr.parse(text).isWidePublic(16, 32)).isEqualTo(wide);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "10.0.0", "10.0.0.256/8", "example.com", "300.1.1.1", "2001:db8:::/32",
      "Internet2"})
  void notAnAddress_failsNamingExpectedForm(String text) {
    assertThatThrownBy(() -> Cidr.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "' is not a CIDR")
        .hasMessageContaining("10.0.0.0/8");
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.0.0.0/", "10.0.0.0/x", "10.0.0.0/-1", "10.0.0.0/+8", "10.0.0.0/8/8"})
  void badPrefix_failsNamingInput(String text) {
    assertThatThrownBy(() -> Cidr.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'")
        .hasMessageContaining("prefix");
  }

  @ParameterizedTest
  @CsvSource({"10.0.0.0/33, 0..32", "2001:db8::/129, 0..128", "::ffff:10.0.0.0/200, 0..128"})
  void prefixOutOfRange_failsNamingRange(String text, String range) {
    assertThatThrownBy(() -> Cidr.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'")
        .hasMessageContaining(range);
  }
}
