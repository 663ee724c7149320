package cloudscan.gcp.collect.certificatemanager;

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

/** Bodies shaped like Certificate Manager v1 {@code projects.locations.certificates.list}. */
class CertificateManagerCollectorTest {

  private static final String LIST = "/v1/projects/city-sandbox/locations/-/certificates";

  private final GcpFake fake = new GcpFake();

  @AfterEach
  void stop() {
    fake.close();
  }

  private Collected collect(String body) {
    fake.get(LIST, body);
    Collected out = new Collected();
    new CertificateManagerCollector(GcpTesting.context(fake)).collect(GcpTesting.project("city-sandbox"), out);
    return out;
  }

  private static JsonObject cert(String location, String name, String pem, boolean used) {
    JsonObject c = new JsonObject();
    c.addProperty("name", "projects/city-sandbox/locations/" + location + "/certificates/" + name);
    JsonArray san = new JsonArray();
    san.add(name + ".city.example.jp");
    c.add("sanDnsnames", san);
    if (pem != null) {
      c.addProperty("pemCertificate", pem);
      c.add("selfManaged", new JsonObject());
    } else {
      JsonObject managed = new JsonObject();
      managed.addProperty("state", "PROVISIONING");
      c.add("managed", managed);
    }
    if (used) {
      JsonArray usedBy = new JsonArray();
      JsonObject u = new JsonObject();
      u.addProperty("name", "//certificatemanager.googleapis.com/projects/city-sandbox/locations/global/certificateMaps/web/"
          + "certificateMapEntries/" + name);
      usedBy.add(u);
      c.add("usedBy", usedBy);
    }
    return c;
  }

  private static String page(JsonObject... certs) {
    JsonObject body = new JsonObject();
    JsonArray list = new JsonArray();
    for (JsonObject c : certs) {
      list.add(c);
    }
    body.add("certificates", list);
    return body.toString();
  }

  @Test
  void weakCertificateInUse_andGoodUnusedTwin_readFromTheirPem() {
    Collected out = collect(page(cert("global", "legacy", GcpFake.resource("rsa1024-sha1.pem"), true),
        cert("asia-northeast1", "modern", GcpFake.resource("ec-p256.pem"), false)));
    Certificate legacy = out.one(Certificate.class, "certificates/legacy");
    assertThat(legacy.keyAlgorithm()).isEqualTo(Known.of("RSA 1024"));
    assertThat(legacy.signatureAlgorithm().value()).contains("SHA1");
    assertThat(legacy.inUse().isUnread()).isTrue();
    assertThat(legacy.domain()).isEqualTo("legacy.city.example.jp");
    assertThat(legacy.resource().location()).isEqualTo("global");
    Certificate modern = out.one(Certificate.class, "certificates/modern");
    assertThat(modern.keyAlgorithm()).isEqualTo(Known.of("EC P-256"));
    assertThat(modern.resource().location()).isEqualTo("asia-northeast1");
  }

  @Test
  void managedCertificateNotIssuedYet_hasAnUnknownKey_neverAGoodOne() {
    Certificate c = collect(page(cert("global", "pending", null, true))).one(Certificate.class, "certificates/pending");
    assertThat(c.keyAlgorithm().isUnread()).isTrue();
    assertThat(c.signatureAlgorithm().isUnread()).isTrue();
  }

  @Test
  void unreachableLocations_areAGap_notNoCertificates() {
    JsonObject body = new JsonObject();
    body.add("certificates", new JsonArray());
    JsonArray unreachable = new JsonArray();
    unreachable.add("asia-northeast2");
    body.add("unreachable", unreachable);
    Collected out = collect(body.toString());
    assertThat(out.gaps()).singleElement().satisfies(g -> {
      assertThat(g.kinds()).containsExactly(Certificate.class);
      assertThat(g.error().getMessage()).contains("asia-northeast2");
    });
  }

  @Test
  void noCertificates_isAnAnswer() {
    Collected out = collect("{}");
    assertThat(out.all(Certificate.class)).isEmpty();
    assertThat(out.gaps()).isEmpty();
  }

  @Test
  void deniedList_isAFailedRead() {
    fake.fail(LIST, 403, GcpFake.denied("certificatemanager.certs.list"));
    assertThatThrownBy(() -> new CertificateManagerCollector(GcpTesting.context(fake))
        .collect(GcpTesting.project("city-sandbox"), new Collected())).isInstanceOf(GcpCall.GcpCallException.class);
  }
}
