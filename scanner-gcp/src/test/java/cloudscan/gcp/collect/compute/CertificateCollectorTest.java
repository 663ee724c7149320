package cloudscan.gcp.collect.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloudscan.core.fact.Certificate;
import cloudscan.core.fact.Known;
import cloudscan.gcp.collect.GcpCall;
import cloudscan.gcp.testing.Collected;
import cloudscan.gcp.testing.GcpFake;
import cloudscan.gcp.testing.GcpTesting;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CertificateCollectorTest {

  static final String C = "https://www.googleapis.com/compute/v1/projects/city-sandbox/global/";

  private final GcpFake fake = new GcpFake();

  @AfterEach
  void stop() {
    fake.close();
  }

  private static JsonObject cert(String name, String pem) {
    JsonObject c = new JsonObject();
    c.addProperty("name", name);
    c.addProperty("selfLink", C + "sslCertificates/" + name);
    if (pem != null) {
      c.addProperty("certificate", pem);
      c.addProperty("type", "SELF_MANAGED");
    } else {
      c.addProperty("type", "MANAGED");
      JsonObject managed = new JsonObject();
      JsonArray domains = new JsonArray();
      domains.add("new.example.jp");
      managed.add("domains", domains);
      managed.addProperty("status", "PROVISIONING");
      c.add("managed", managed);
    }
    return c;
  }

  private Collected collect(JsonObject... certs) {
    JsonArray list = new JsonArray();
    for (JsonObject c : certs) {
      list.add(c);
    }
    fake.get("/compute/v1/projects/city-sandbox/aggregated/sslCertificates",
        "{\"items\": {\"global\": {\"sslCertificates\": " + list + "}}}")
        .get("/compute/v1/projects/city-sandbox/aggregated/targetHttpsProxies", """
            {"items": {"global": {"targetHttpsProxies": [{"name": "web", "sslCertificates": ["%ssslCertificates/good"]}]}}}"""
            .formatted(C))
        .get("/compute/v1/projects/city-sandbox/global/targetSslProxies", "{}");
    Collected out = new Collected();
    new CertificateCollector(GcpTesting.context(fake)).collect(GcpTesting.project("city-sandbox"), out);
    return out;
  }

  @Test
  void deniedList_isAFailedRead() {
    fake.get("/compute/v1/projects/city-sandbox/aggregated/targetHttpsProxies", "{}")
        .get("/compute/v1/projects/city-sandbox/global/targetSslProxies", "{}")
        .fail("/compute/v1/projects/city-sandbox/aggregated/sslCertificates", 403, GcpFake.denied("compute.sslCertificates.list"));
    assertThatThrownBy(() -> new CertificateCollector(GcpTesting.context(fake)).collect(GcpTesting.project("city-sandbox"),
        new Collected())).isInstanceOf(GcpCall.GcpCallException.class);
  }

  @Test
  void ecP256Certificate_servedByAProxy_andAWeakUnusedOne() {
    Collected out = collect(cert("good", GcpFake.resource("ec-p256.pem")), cert("weak", GcpFake.resource("rsa1024-sha1.pem")));
    Certificate good = out.one(Certificate.class, "/sslCertificates/good");
    assertThat(good.keyAlgorithm()).isEqualTo(Known.of("EC P-256"));
    assertThat(good.signatureAlgorithm()).isEqualTo(Known.of("SHA256WITHECDSA"));
    assertThat(good.inUse()).isEqualTo(Known.of(true));
    assertThat(good.notAfter().isKnown()).isTrue();
    Certificate weak = out.one(Certificate.class, "/sslCertificates/weak");
    assertThat(weak.keyAlgorithm()).isEqualTo(Known.of("RSA 1024"));
    assertThat(weak.signatureAlgorithm()).isEqualTo(Known.of("SHA1WITHRSA"));
    assertThat(weak.inUse()).isEqualTo(Known.of(false));
  }

  @Test
  void managedCertificateNotYetIssued_isUnknown_neverStrong() {
    Certificate c = collect(cert("pending", null)).one(Certificate.class, "/sslCertificates/pending");
    assertThat(c.keyAlgorithm().isUnread()).isTrue();
    assertThat(c.signatureAlgorithm().isUnread()).isTrue();
    assertThat(c.domain()).isEqualTo("new.example.jp");
  }
}
