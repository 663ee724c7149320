package cloudscan.core.fact;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A managed key: AWS KMS key, Azure Key Vault key, GCP Cloud KMS key (its primary version, or the
 * version template for keys without one).
 *
 * @param spec               the cloud's own name for the key type, normalised only in case; the
 *                           CRYPTREC table is keyed on (cloud, spec): {@code RSA_2048},
 *                           {@code EC_SIGN_P256_SHA256}, {@code RSA-HSM 3072}, {@code EC P-256K};
 *                           several usable versions of different types are joined with {@code +}
 *                           (Cloud KMS asymmetric keys) and the key is as weak as the weakest
 * @param usages             what the key may do (Key Vault keys list several operations)
 * @param customerManaged    created and controlled by the customer (not AWS-managed aws/ebs…)
 * @param rotation           automatic rotation on; {@link Known#notOffered()} where the cloud cannot
 *                           rotate this key automatically (HMAC, asymmetric or imported keys in AWS
 *                           KMS; asymmetric keys in Cloud KMS)
 * @param rotationPeriodDays the automatic rotation period when rotation is on
 * @param algorithms         algorithms the key type lets a caller use, as the cloud names them
 *                           ({@code RSAES_OAEP_SHA_1}); {@link Known#notOffered()} where the cloud
 *                           keeps no per-key list (Key Vault: the caller chooses per request)
 * @param permittedAlgorithms the subset of {@code algorithms} the key's policy still permits (an
 *                           AWS key policy that denies kms:Decrypt unless kms:EncryptionAlgorithm
 *                           is RSAES_OAEP_SHA_256); {@link Known#notOffered()} where the cloud has
 *                           no such policy condition
 */
public record CryptoKey(
    ResourceRef resource,
    Known<String> spec,
    Known<Set<KeyUsage>> usages,
    KeyState state,
    Known<Boolean> customerManaged,
    KeyProtection protection,
    Known<Boolean> rotation,
    Known<Integer> rotationPeriodDays,
    Known<Boolean> deletionProtection,
    Known<List<String>> algorithms,
    Known<List<String>> permittedAlgorithms) implements Fact {

  public enum KeyUsage { ENCRYPT_DECRYPT, SIGN_VERIFY, MAC, KEY_AGREEMENT, WRAP_UNWRAP }

  /** {@code UNKNOWN}: not read, or a state this version does not recognise. */
  public enum KeyState { ENABLED, DISABLED, PENDING_DELETION, PENDING_IMPORT, UNAVAILABLE, UNKNOWN }

  /** {@code UNKNOWN}: not read, or a protection level this version does not recognise. */
  public enum KeyProtection { SOFTWARE, HSM, EXTERNAL, UNKNOWN }

  public CryptoKey {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(usages, "usages");
    Objects.requireNonNull(customerManaged, "customerManaged");
    Objects.requireNonNull(rotation, "rotation");
    Objects.requireNonNull(rotationPeriodDays, "rotationPeriodDays");
    Objects.requireNonNull(deletionProtection, "deletionProtection");
    Objects.requireNonNull(algorithms, "algorithms");
    Objects.requireNonNull(permittedAlgorithms, "permittedAlgorithms");
    state = state == null ? KeyState.UNKNOWN : state;
    protection = protection == null ? KeyProtection.UNKNOWN : protection;
  }

  /** True if the spec names a symmetric encryption key (AES, SYMMETRIC_DEFAULT, oct). Needs a known spec. */
  public boolean isSymmetric() {
    String s = spec.orElse("").toUpperCase(Locale.ROOT);
    return s.contains("SYMMETRIC") || s.startsWith("AES") || s.startsWith("OCT");
  }

  /** True if the spec names a MAC key (HMAC). Needs a known spec. */
  public boolean isMac() {
    return spec.orElse("").toUpperCase(Locale.ROOT).contains("HMAC") || usages.is(Set.of(KeyUsage.MAC));
  }

  public boolean isActive() {
    return state == KeyState.ENABLED;
  }
}
