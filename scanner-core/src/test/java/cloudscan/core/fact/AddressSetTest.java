package cloudscan.core.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressSetTest {

  private static AddressSet of(String cidrs) {
    return AddressSet.of(Arrays.stream(cidrs.split(",")).map(Cidr::parse).toList());
  }

  @ParameterizedTest(name = "{0} → internet={1}")
  @CsvSource(delimiter = '|', value = {
      "0.0.0.0/0 | true",
      "* | true",
      "0.0.0.0/1,128.0.0.0/1 | true",
      "0.0.0.0/2,64.0.0.0/2,128.0.0.0/2,192.0.0.0/2 | true",
      "0.0.0.0/1 | true",
      "0.0.0.0/2,64.0.0.0/2 | true",
      "0.0.0.0/2,0.0.0.0/2 | false",
      "0.0.0.0/2 | false",
      "52.0.0.0/8 | false",
      "10.0.0.0/8,172.16.0.0/12 | false",
      "::/0 | true",
      "::/1,8000::/1 | true",
      "2000::/3 | true",
      "2000::/4 | true",
      "2000::/5 | false",
      "fc00::/7 | false",
      "2001:db8::/32 | false"})
  void internet_isHalfOfIpv4OrHalfOfIpv6GlobalUnicast_overlapsCountedOnce(String cidrs, boolean internet) {
    assertThat(of(cidrs).isInternet()).isEqualTo(internet);
  }

  @Test
  void removeAll_takesAwayWhatAnEarlierDenyDecided() {
    AddressSet s = of("0.0.0.0/0").removeAll(of("0.0.0.0/1"));
    assertThat(s.isInternet()).isTrue(); // 128.0.0.0/1 is still half the space
    assertThat(s.removeAll(of("128.0.0.0/2")).isInternet()).isFalse();
  }

  @Test
  void intersect_keepsWhatBothLayersLetIn() {
    assertThat(of("0.0.0.0/0").intersect(of("10.0.0.0/8")).isInternet()).isFalse();
    assertThat(of("0.0.0.0/0,::/0").intersect(of("0.0.0.0/0")).isInternet()).isTrue();
    assertThat(of("10.0.0.0/8").intersect(of("192.168.0.0/16")).isEmpty()).isTrue();
  }

  @Test
  void publicSize_ignoresPrivateRanges() {
    assertThat(of("10.0.0.0/8,52.0.0.0/16").publicSizeV4()).isEqualTo(BigInteger.valueOf(65536));
    assertThat(of("fc00::/7").publicSizeV6()).isEqualTo(BigInteger.ZERO);
  }

  @Test
  void everything_onlyWhenBothFamiliesAreFull() {
    assertThat(of("0.0.0.0/0").isEverything()).isFalse();
    assertThat(of("0.0.0.0/0,::/0").isEverything()).isTrue();
    assertThat(of("*").isEverything()).isTrue();
  }
}
