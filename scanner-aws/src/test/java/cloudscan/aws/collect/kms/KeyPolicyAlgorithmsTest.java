package cloudscan.aws.collect.kms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Key-policy shapes moto cannot evaluate (it stores policies verbatim): pure parsing. */
class KeyPolicyAlgorithmsTest {

  private static final List<String> RSA = List.of("RSAES_OAEP_SHA_1", "RSAES_OAEP_SHA_256");

  private static List<String> permitted(String statements) {
    return KeyPolicyAlgorithms.permitted("{\"Version\":\"2012-10-17\",\"Statement\":" + statements + "}", RSA);
  }

  @Test
  void denyOnEncryptOnly_stillPermitsSha1ForDecrypt() {
    assertThat(permitted("""
        [{"Effect":"Deny","Principal":"*","Action":"kms:Encrypt","Resource":"*",
          "Condition":{"StringNotEquals":{"kms:EncryptionAlgorithm":"RSAES_OAEP_SHA_256"}}}]""")).isEqualTo(RSA);
  }

  @Test
  void denyForOnePrincipalOnly_restrictsNothing() {
    assertThat(permitted("""
        [{"Effect":"Deny","Principal":{"AWS":"arn:aws:iam::123456789012:role/app"},"Action":"kms:*",
          "Resource":"*","Condition":{"StringNotEquals":{"kms:EncryptionAlgorithm":"RSAES_OAEP_SHA_256"}}}]"""))
        .isEqualTo(RSA);
  }

  @Test
  void denyWithAnExtraCondition_restrictsNothing() {
    assertThat(permitted("""
        [{"Effect":"Deny","Principal":"*","Action":"kms:*","Resource":"*",
          "Condition":{"StringNotEquals":{"kms:EncryptionAlgorithm":"RSAES_OAEP_SHA_256"},
                       "Bool":{"aws:ViaAWSService":"false"}}}]""")).isEqualTo(RSA);
  }

  @Test
  void separateDeniesOnEncryptAndDecrypt_forbidSha1() {
    assertThat(permitted("""
        [{"Effect":"Deny","Principal":{"AWS":"*"},"Action":"kms:Encrypt","Resource":"*",
          "Condition":{"StringNotEqualsIfExists":{"kms:EncryptionAlgorithm":["RSAES_OAEP_SHA_256"]}}},
         {"Effect":"Deny","Principal":"*","Action":"kms:Decrypt","Resource":"*",
          "Condition":{"StringNotEquals":{"kms:EncryptionAlgorithm":"RSAES_OAEP_SHA_256"}}}]"""))
        .containsExactly("RSAES_OAEP_SHA_256");
  }
}
