package cloudscan.core.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NetworkRuleTest {

  private static final ResourceRef SG =
      new ResourceRef(Cloud.AWS, "111122223333", "ap-northeast-1", "security-group", "sg-1");

  private static NetworkRule rule(String protocol, String ports, String... sources) {
    return new NetworkRule(SG, "r1", Direction.INBOUND, RuleAction.ALLOW, Protocol.parse(protocol),
        ports.isEmpty() ? List.of() : PortRange.parseList(ports),
        List.of(sources).stream().map(Peer::parse).toList(), null, List.of());
  }

  @ParameterizedTest(name = "{0}/{1} matches tcp/22={2}, udp/22={3}")
  @CsvSource({
      "tcp, 22, true, false",
      "tcp, '20-30', true, false",
      "tcp, '80,443', false, false",
      "tcp, '*', true, false",
      "udp, 22, false, true",
      "-1, '-1', true, true",
      "*, 443, false, false",
      "icmp, '', false, false"})
  void matches_matrix(String protocol, String ports, boolean tcp22, boolean udp22) {
    NetworkRule r = rule(protocol, ports, "0.0.0.0/0");
    assertThat(r.matches(Protocol.TCP, 22)).isEqualTo(tcp22);
    assertThat(r.matches(Protocol.UDP, 22)).isEqualTo(udp22);
  }

  @Test
  void portCarryingRuleWithoutPorts_isRejected_neverReadAsAllPorts() {
    assertThatThrownBy(() -> rule("tcp", "", "0.0.0.0/0")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("port ranges");
  }

  @ParameterizedTest(name = "{0}/{1} → {2}")
  @CsvSource({
      "tcp, '22,3389', 'tcp/22,3389'",
      "tcp, '*', tcp/all",
      "tcp, '0-32767,32768-65535', tcp/all",
      "-1, '-1', all",
      "*, 443, any/443",
      "icmp, '', icmp"})
  void portsLabel_matrix(String protocol, String ports, String label) {
    assertThat(rule(protocol, ports, "0.0.0.0/0").portsLabel()).isEqualTo(label);
  }

  @Test
  void sourcesLabel_writesPeersAsInTheSnapshot() {
    assertThat(rule("tcp", "443", "10.0.0.0/8", "tag:AzureCloud", "list:pl-1", "group:sg-2").sourcesLabel())
        .isEqualTo("10.0.0.0/8,tag:AzureCloud,list:pl-1,group:sg-2");
  }

  @Test
  void allowsInbound_onlyForInboundAllow() {
    NetworkRule deny = new NetworkRule(SG, "r2", Direction.INBOUND, RuleAction.DENY, Protocol.TCP,
        List.of(PortRange.single(22)), List.of(Peer.of(Cidr.ANY)), 100, List.of());
    NetworkRule egress = new NetworkRule(SG, "r3", Direction.OUTBOUND, RuleAction.ALLOW, Protocol.TCP,
        List.of(PortRange.single(22)), List.of(Peer.of(Cidr.ANY)), null, List.of());
    assertThat(rule("tcp", "22", "*").allowsInbound()).isTrue();
    assertThat(deny.allowsInbound()).isFalse();
    assertThat(egress.allowsInbound()).isFalse();
  }
}
