package cloudscan.aws.collect.kms;

import cloudscan.core.fact.CryptoKey;
import cloudscan.core.fact.CryptoKey.KeyProtection;
import cloudscan.core.fact.CryptoKey.KeyState;
import cloudscan.core.fact.CryptoKey.KeyUsage;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Known;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.kms.model.KeyMetadata;

/** Spec, usage and algorithms of a KMS key, null-safe (emulators omit KeyUsage unless it was given). */
final class KeySpecs {

  private KeySpecs() { }

  static String spec(KeyMetadata key) {
    return key.keySpecAsString();
  }

  /** The key's usage; null when neither the answer nor the spec tells it. */
  static KeyUsage usage(KeyMetadata key) {
    String usage = key.keyUsageAsString();
    if (usage == null) {
      String spec = spec(key);
      return "SYMMETRIC_DEFAULT".equals(spec) ? KeyUsage.ENCRYPT_DECRYPT
          : spec != null && spec.startsWith("HMAC_") ? KeyUsage.MAC : null;
    }
    return switch (usage) {
      case "ENCRYPT_DECRYPT" -> KeyUsage.ENCRYPT_DECRYPT;
      case "SIGN_VERIFY" -> KeyUsage.SIGN_VERIFY;
      case "GENERATE_VERIFY_MAC" -> KeyUsage.MAC;
      case "KEY_AGREEMENT" -> KeyUsage.KEY_AGREEMENT;
      default -> null;
    };
  }

  static Known<Set<KeyUsage>> usages(KeyMetadata key) {
    KeyUsage u = usage(key);
    return u == null ? Known.unread() : Known.of(Set.of(u));
  }

  /**
   * The algorithms that go with the key's usage (moto lists encryption algorithms on HMAC keys).
   * Every KMS key has at least one: an empty answer is "not reported", never "none".
   */
  static Known<List<String>> algorithms(KeyMetadata key) {
    List<String> out = new ArrayList<>();
    KeyUsage usage = usage(key);
    if (usage == KeyUsage.ENCRYPT_DECRYPT || usage == null) {
      out.addAll(key.encryptionAlgorithmsAsStrings());
    }
    if (usage == KeyUsage.SIGN_VERIFY || usage == null) {
      out.addAll(key.signingAlgorithmsAsStrings());
    }
    if (usage == KeyUsage.MAC || usage == null) {
      out.addAll(key.macAlgorithmsAsStrings());
    }
    if (usage == KeyUsage.KEY_AGREEMENT || usage == null) {
      out.addAll(key.keyAgreementAlgorithmsAsStrings());
    }
    return out.isEmpty() ? Known.unread() : Known.of(out);
  }

  /**
   * An AWS managed key as AWS documents them: a symmetric encryption key in KMS's HSMs, rotated by
   * AWS every year, which the customer can neither disable nor delete.
   */
  static CryptoKey awsManaged(ResourceRef ref) {
    Known<List<String>> algorithms = Known.of(List.of("SYMMETRIC_DEFAULT"));
    return new CryptoKey(ref, Known.of("SYMMETRIC_DEFAULT"), Known.of(Set.of(KeyUsage.ENCRYPT_DECRYPT)),
        KeyState.ENABLED, Known.of(false), KeyProtection.HSM, Known.of(true), Known.of(365), Known.unread(),
        algorithms, algorithms);
  }

  static KeyState state(String s) {
    return switch (s == null ? "" : s) {
      case "Enabled" -> KeyState.ENABLED;
      case "Disabled" -> KeyState.DISABLED;
      case "PendingDeletion", "PendingReplicaDeletion" -> KeyState.PENDING_DELETION;
      case "PendingImport" -> KeyState.PENDING_IMPORT;
      case "Unavailable" -> KeyState.UNAVAILABLE;
      default -> KeyState.UNKNOWN;
    };
  }

  /** KMS keeps key material in its FIPS-validated HSMs, or CloudHSM; XKS keeps it outside AWS. */
  static KeyProtection protection(String origin) {
    return switch (origin == null ? "" : origin) {
      case "AWS_KMS", "EXTERNAL", "AWS_CLOUDHSM" -> KeyProtection.HSM;
      case "EXTERNAL_KEY_STORE" -> KeyProtection.EXTERNAL;
      default -> KeyProtection.UNKNOWN;
    };
  }
}
