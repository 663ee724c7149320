package cloudscan.core.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NetworkRuleTest {

  private static final ResourceRef SG =
      new ResourceRef(Cloud.AWS, "111122223333", "ap-northeast-1", "security-group", "sg-1");

  private static NetworkRule rule(String protocol, String ports, String... sources) {
    return new NetworkRule(SG, "r1", Direction.INBOUND, RuleAction.ALLOW, Protocol.parse(protocol),
        ports.isEmpty() ? List.of() : PortRange.parseList(ports),
        List.of(sources).stream().map(Cidr::parse).toList(), null, null);
  }

  @ParameterizedTest(name = "{0}/{1} opens 22={2}, all ports={3}, all traffic={4}")
  @CsvSource({
      "tcp, 22, true, false, false",
      "tcp, '20-30', true, false, false",
      "tcp, '80,443', false, false, false",
      "tcp, '*', true, true, false",
      "tcp, '0-32767,32768-65535', true, true, false",
      "tcp, '', true, true, false",
      "udp, 22, true, false, false",
      "-1, '-1', true, true, true",
      "-1, '', true, true, true",
      "*, 443, false, false, false",
      "*, '*', true, true, true",
      "icmp, '', false, false, false",
      "esp, '', false, false, false"})
  void portsMatrix(String protocol, String ports, boolean opens22, boolean allPorts, boolean allTraffic) {
    NetworkRule r = rule(protocol, ports, "0.0.0.0/0");
    assertThat(r.opens(22)).isEqualTo(opens22);
    assertThat(r.opensAllPorts()).isEqualTo(allPorts);
    assertThat(r.allowsAllTraffic()).isEqualTo(allTraffic);
  }

  @ParameterizedTest(name = "{0}/{1} → {2}")
  @CsvSource({
      "tcp, '22,3389', 'tcp/22,3389'",
      "tcp, '*', tcp/all",
      "tcp, '', tcp/all",
      "-1, '-1', all",
      "*, 443, any/443",
      "icmp, '', icmp"})
  void portsLabel_matrix(String protocol, String ports, String label) {
    assertThat(rule(protocol, ports, "0.0.0.0/0").portsLabel()).isEqualTo(label);
  }

  @Test
  void openedAmong_isSorted() {
    assertThat(rule("tcp", "1-5000", "0.0.0.0/0").openedAmong(Set.of(3389, 22, 8080)))
        .containsExactly(22, 3389);
  }

  @ParameterizedTest(name = "{0} from internet={1}")
  @CsvSource({"0.0.0.0/0, true", "::/0, true", "*, true", "Internet, true", "10.0.0.0/8, false",
      "0.0.0.0/1, true"})
  void fromInternet_matrix(String source, boolean internet) {
    assertThat(rule("tcp", "22", source).fromInternet()).isEqualTo(internet);
  }

  @Test
  void widePublicSources_skipsAnywhereAndPrivate() {
    NetworkRule r = rule("tcp", "443", "0.0.0.0/0", "10.0.0.0/8", "52.0.0.0/8", "203.0.113.0/24");
    assertThat(r.widePublicSources(16, 32)).containsExactly(Cidr.parse("52.0.0.0/8"));
    assertThat(r.sourcesLabel()).isEqualTo("0.0.0.0/0,10.0.0.0/8,52.0.0.0/8,203.0.113.0/24");
  }

  @Test
  void allowsInbound_onlyForInboundAllow() {
    NetworkRule deny = new NetworkRule(SG, "r2", Direction.INBOUND, RuleAction.DENY, Protocol.TCP,
        List.of(PortRange.single(22)), List.of(Cidr.ANY), null, 100);
    NetworkRule egress = new NetworkRule(SG, "r3", Direction.OUTBOUND, RuleAction.ALLOW, Protocol.TCP,
        List.of(PortRange.single(22)), List.of(Cidr.ANY), null, null);
    assertThat(rule("tcp", "22", "*").allowsInbound()).isTrue();
    assertThat(deny.allowsInbound()).isFalse();
    assertThat(egress.allowsInbound()).isFalse();
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0} → internet={1}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "0.0.0.0/0 | true",
      "0.0.0.0/1,128.0.0.0/1 | true",
      "0.0.0.0/1 | true",
      "::/1,8000::/1 | true",
      "52.0.0.0/8 | false",
      "10.0.0.0/8,172.16.0.0/12 | false",
      "2001:db8::/32 | false"})
  void splitHalvesOfTheInternet_countAsTheInternet(String sources, boolean internet) {
    assertThat(rule("tcp", "22", sources.split(",")).fromInternet()).isEqualTo(internet);
  }
}
