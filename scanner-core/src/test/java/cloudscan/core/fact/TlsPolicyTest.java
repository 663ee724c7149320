package cloudscan.core.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TlsPolicyTest {

  private static final ResourceRef REF = ResourceRef.of(Cloud.AZURE, "sub", "japaneast", "t", "st-1");

  private static TlsPolicy policy(TlsVersion min, Known<List<TlsVersion>> protocols) {
    return new TlsPolicy(REF, "https://st-1", "p", min, protocols, Known.notOffered());
  }

  @Test
  void plaintextListed_isAcceptedPlaintext_andTheLowestTlsIsTheMinimum() {
    TlsPolicy p = policy(TlsVersion.TLS1_2, Known.of(List.of(TlsVersion.PLAINTEXT, TlsVersion.TLS1_2)));
    assertThat(List.of(p.acceptsPlaintext(), p.lowestProtocol())).containsExactly(true, TlsVersion.TLS1_2);
  }

  @Test
  void plaintextOnly_hasNoTlsProtocol() {
    TlsPolicy p = policy(TlsVersion.UNKNOWN, Known.of(List.of(TlsVersion.PLAINTEXT)));
    assertThat(List.of(p.acceptsPlaintext(), p.lowestProtocol())).containsExactly(true, TlsVersion.UNKNOWN);
  }

  @Test
  void minimumOnly_acceptsNoPlaintext() {
    TlsPolicy p = policy(TlsVersion.TLS1_0, Known.notOffered());
    assertThat(List.of(p.acceptsPlaintext(), p.lowestProtocol())).containsExactly(false, TlsVersion.TLS1_0);
  }

  @Test
  void parse_neverYieldsPlaintext() {
    assertThat(List.of(TlsVersion.parse("HTTP"), TlsVersion.parse("None"), TlsVersion.parse("1.0")))
        .doesNotContain(TlsVersion.PLAINTEXT);
  }
}
