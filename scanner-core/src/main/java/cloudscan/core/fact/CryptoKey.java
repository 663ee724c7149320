package cloudscan.core.fact;

import java.util.List;

/**
 * A managed key: AWS KMS key, Azure Key Vault key, GCP Cloud KMS key (primary version).
 *
 * @param spec            the cloud's own name for the key type, normalised only in case; the
 *                        CRYPTREC table is keyed on (cloud, spec): {@code RSA_2048},
 *                        {@code EC_SIGN_P256_SHA256}, {@code RSA-HSM 3072}, {@code EC P-256K}
 * @param algorithms      algorithms the key is allowed to use, as the cloud names them
 *                        ({@code RSAES_OAEP_SHA_1}, {@code RSA-OAEP}); empty when not reported
 * @param rotationEnabled null when rotation does not apply or could not be read
 * @param deletionProtection null when unknown
 */
public record CryptoKey(
    ResourceRef resource,
    String spec,
    KeyUsage usage,
    KeyState state,
    boolean customerManaged,
    KeyProtection protection,
    Boolean rotationEnabled,
    Integer rotationPeriodDays,
    Boolean deletionProtection,
    List<String> algorithms) implements Fact {

  public enum KeyUsage { ENCRYPT_DECRYPT, SIGN_VERIFY, MAC, KEY_AGREEMENT, WRAP_UNWRAP, UNKNOWN }

  public enum KeyState { ENABLED, DISABLED, PENDING_DELETION, PENDING_IMPORT, UNAVAILABLE, UNKNOWN }

  public enum KeyProtection { SOFTWARE, HSM, EXTERNAL, UNKNOWN }

  public CryptoKey {
    algorithms = algorithms == null ? List.of() : List.copyOf(algorithms);
    usage = usage == null ? KeyUsage.UNKNOWN : usage;
    state = state == null ? KeyState.UNKNOWN : state;
    protection = protection == null ? KeyProtection.UNKNOWN : protection;
  }

  public boolean isSymmetric() {
    return usage == KeyUsage.ENCRYPT_DECRYPT && spec != null
        && (spec.toUpperCase(java.util.Locale.ROOT).contains("SYMMETRIC")
            || spec.toUpperCase(java.util.Locale.ROOT).startsWith("AES")
            || spec.toUpperCase(java.util.Locale.ROOT).startsWith("OCT"));
  }

  public boolean isActive() {
    return state == KeyState.ENABLED;
  }
}
