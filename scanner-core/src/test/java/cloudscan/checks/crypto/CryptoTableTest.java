package cloudscan.checks.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloudscan.checks.crypto.CryptoTable.Kind;
import cloudscan.checks.crypto.CryptoTable.Rating;
import cloudscan.checks.crypto.CryptoTable.Verdict;
import cloudscan.core.fact.Cloud;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CryptoTableTest {

  private static final String HEADER = CryptoTable.HEADER + "\n";
  private final CryptoTable table = CryptoTable.defaults();

  @Test
  void shippedTable_everyRowParses() throws IOException {
    String text;
    try (InputStream in = CryptoTable.class.getResourceAsStream(CryptoTable.RESOURCE)) {
      assertThat(in).as("resource present").isNotNull();
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    long dataLines = text.lines().map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#")).count() - 1; // minus the header
    CryptoTable parsed = CryptoTable.parse("algorithms.csv", new StringReader(text));
    assertThat(parsed.size()).isEqualTo(dataLines).isGreaterThan(150);
    assertThat(table.size()).isEqualTo(parsed.size());
  }

  @Test
  void defaults_loadedOnce() {
    assertThat(CryptoTable.defaults()).isSameAs(table);
  }

  @ParameterizedTest(name = "{0} {1} {2} → {3}")
  @CsvSource({
      "aws, key, RSA_2048, UNTIL_2030, 112, true",
      "aws, key, rsa_3072, OK, 128, true",
      "aws, key, SYMMETRIC_DEFAULT, OK, 256, true",
      "aws, key, ECC_SECG_P256K1, REVIEW, 128, false",
      "aws, key, HMAC_224, NG, , false",
      "aws, key, SM2, NG, , true",
      "aws, key, ML_DSA_44, REVIEW, , false",
      "aws, algorithm, RSAES_OAEP_SHA_1, NG, , true",
      "aws, algorithm, RSAES_OAEP_SHA_256, OK, , true",
      "aws, certificate, RSA_1024, NG, 80, true",
      "aws, certificate, ec_PRIME256V1, OK, 128, true",
      "azure, key, RSA-HSM 3072, OK, 128, true",
      "azure, key, rsa  2048, UNTIL_2030, 112, true",
      "azure, key, EC P-256K, REVIEW, 128, false",
      "azure, key, oct-HSM 256, OK, 256, true",
      "azure, algorithm, RSA-OAEP, NG, , true",
      "azure, algorithm, RSA1_5, NG, , true",
      "azure, algorithm, RSA-OAEP-256, OK, , true",
      "azure, algorithm, A256KW, REVIEW, 256, false",
      "gcp, key, GOOGLE_SYMMETRIC_ENCRYPTION, OK, 256, true",
      "gcp, key, EC_SIGN_P256_SHA256, OK, 128, true",
      "gcp, key, RSA_DECRYPT_OAEP_2048_SHA256, UNTIL_2030, 112, true",
      "gcp, key, RSA_DECRYPT_OAEP_3072_SHA1, NG, 128, true",
      "gcp, key, RSA_SIGN_RAW_PKCS1_2048, REVIEW, 112, true",
      "gcp, algorithm, RSA_DECRYPT_OAEP_3072_SHA1, NG, 128, true",
      "gcp, certificate, RSA 2048, UNTIL_2030, 112, true"})
  void knownRows_haveTheirVerdict(String cloud, String kind, String name, Verdict verdict,
      Integer strength, boolean confirmed) {
    Rating r = table.verdict(Cloud.fromId(cloud), Kind.valueOf(kind.toUpperCase()), name).orElseThrow();
    assertThat(r.verdict()).isEqualTo(verdict);
    assertThat(r.strengthBits()).isEqualTo(strength);
    assertThat(r.confirmed()).isEqualTo(confirmed);
    assertThat(r.source()).isNotBlank();
  }

  /** Every value crypto.md section 4 lists for KMS, ACM, Key Vault and Cloud KMS has a row. */
  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource({
      "aws, key, SYMMETRIC_DEFAULT", "aws, key, RSA_4096", "aws, key, ECC_NIST_P256", "aws, key, ECC_NIST_P384",
      "aws, key, ECC_NIST_P521", "aws, key, ECC_NIST_EDWARDS25519", "aws, key, HMAC_256", "aws, key, HMAC_384",
      "aws, key, HMAC_512", "aws, key, ML_DSA_65", "aws, key, ML_DSA_87", "aws, algorithm, SM2PKE",
      "aws, algorithm, SYMMETRIC_DEFAULT", "aws, algorithm, ECDH",
      "aws, certificate, RSA_2048", "aws, certificate, RSA_3072", "aws, certificate, RSA_4096",
      "aws, certificate, EC_secp384r1", "aws, certificate, EC_secp521r1",
      "azure, key, RSA 3072", "azure, key, RSA 4096", "azure, key, RSA-HSM 2048", "azure, key, RSA-HSM 4096",
      "azure, key, EC P-256", "azure, key, EC P-384", "azure, key, EC P-521", "azure, key, EC-HSM P-256K",
      "azure, key, oct 128", "azure, key, oct 192", "azure, key, oct-HSM 128", "azure, key, oct-HSM 192",
      "azure, algorithm, PS256", "azure, algorithm, RS512", "azure, algorithm, A128GCM",
      "gcp, key, AES_128_GCM", "gcp, key, AES_256_CTR", "gcp, key, AES_256_KWP",
      "gcp, key, RSA_SIGN_PSS_3072_SHA256", "gcp, key, RSA_SIGN_PKCS1_4096_SHA512",
      "gcp, key, RSA_SIGN_RAW_PKCS1_4096", "gcp, key, RSA_DECRYPT_OAEP_4096_SHA1",
      "gcp, key, EC_SIGN_P384_SHA384", "gcp, key, EC_SIGN_ED25519", "gcp, key, EC_SIGN_SECP256K1_SHA256",
      "gcp, key, HMAC_SHA256", "gcp, key, HMAC_SHA224", "gcp, key, HMAC_SHA1", "gcp, key, ML_KEM_768",
      "gcp, key, ML_KEM_1024", "gcp, key, KEM_XWING", "gcp, key, KEM_ECDH_P256", "gcp, key, KEM_ECDH_P384",
      "gcp, key, PQ_SIGN_ML_DSA_44", "gcp, key, PQ_SIGN_SLH_DSA_SHA2_128S",
      "gcp, key, PQ_SIGN_HASH_SLH_DSA_SHA2_128S_SHA256", "gcp, key, EXTERNAL_SYMMETRIC_ENCRYPTION"})
  void referenceRows_areCovered(String cloud, String kind, String name) {
    assertThat(table.verdict(Cloud.fromId(cloud), Kind.valueOf(kind.toUpperCase()), name)).isPresent();
  }

  @Test
  void unknownOrOtherCloudsName_isAbsent() {
    assertThat(table.verdict(Cloud.AWS, Kind.KEY, "RSA_1536")).isEmpty();
    assertThat(table.verdict(Cloud.AWS, Kind.KEY, "RSA 2048")).as("Azure spelling").isEmpty();
    assertThat(table.verdict(Cloud.GCP, Kind.KEY, "SYMMETRIC_DEFAULT")).as("AWS name").isEmpty();
    assertThat(table.verdict(Cloud.AWS, Kind.KEY, null)).isEmpty();
    assertThat(table.verdict(Cloud.AWS, Kind.KEY, " ")).isEmpty();
  }

  @Test
  void rating_transitional_for112Bit() {
    assertThat(new Rating(Verdict.UNTIL_2030, 112, true, "s").transitional()).isTrue();
    assertThat(new Rating(Verdict.REVIEW, 112, true, "s").transitional()).isTrue();
    assertThat(new Rating(Verdict.OK, 128, true, "s").transitional()).isFalse();
    assertThat(new Rating(Verdict.OK, null, true, "s").transitional()).isFalse();
  }

  @Test
  void quotedSourceWithComma_parses() throws IOException {
    CryptoTable t = CryptoTable.parse("t", new StringReader(
        "# comment\n" + HEADER + "\n aws,key,X_1,OK,128,yes,\"a, b \"\"c\"\"\"\n"));
    assertThat(t.verdict(Cloud.AWS, Kind.KEY, "x_1").orElseThrow().source()).isEqualTo("a, b \"c\"");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "aws,key,X,MAYBE,,yes,s | verdict",
      "aws,key,X,OK,12a,yes,s | strength_bits",
      "aws,key,X,OK,,perhaps,s | confirmed",
      "oci,key,X,OK,,yes,s | cloud",
      "aws,blob,X,OK,,yes,s | kind",
      "aws,key,X,OK,,yes | expected 7 columns",
      "aws,key,X,OK,,yes, | empty source",
      "aws,key,,OK,,yes,s | empty name",
      "aws,key,X,OK,,yes,\"s | unterminated quote"})
  void badRow_errorNamesTheLine(String row, String expected) {
    String text = "# comment\n" + HEADER + row + "\n";
    assertThatThrownBy(() -> CryptoTable.parse("t.csv", new StringReader(text)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("t.csv line 3")
        .hasMessageContaining(expected);
  }

  @Test
  void duplicateRow_errorNamesTheLine() {
    String text = HEADER + "aws,key,RSA_2048,OK,,yes,s\naws,key,rsa_2048,NG,,yes,s\n";
    assertThatThrownBy(() -> CryptoTable.parse("t.csv", new StringReader(text)))
        .hasMessageContaining("t.csv line 3").hasMessageContaining("duplicate");
  }

  @Test
  void missingHeader_isRejected() {
    assertThatThrownBy(() -> CryptoTable.parse("t.csv", new StringReader("aws,key,X,OK,,yes,s\n")))
        .hasMessageContaining("t.csv line 1").hasMessageContaining("header");
    assertThatThrownBy(() -> CryptoTable.parse("t.csv", new StringReader("# only comments\n")))
        .hasMessageContaining("no header");
  }
}
