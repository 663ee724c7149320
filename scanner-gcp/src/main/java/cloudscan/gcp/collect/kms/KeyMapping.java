package cloudscan.gcp.collect.kms;

import cloudscan.core.fact.CryptoKey.KeyProtection;
import cloudscan.core.fact.CryptoKey.KeyState;
import cloudscan.core.fact.CryptoKey.KeyUsage;
import cloudscan.core.fact.Known;
import com.google.cloud.kms.v1.CryptoKey;
import com.google.cloud.kms.v1.CryptoKey.CryptoKeyPurpose;
import com.google.cloud.kms.v1.CryptoKeyVersion;
import com.google.cloud.kms.v1.CryptoKeyVersion.CryptoKeyVersionAlgorithm;
import com.google.cloud.kms.v1.CryptoKeyVersion.CryptoKeyVersionState;
import com.google.cloud.kms.v1.ProtectionLevel;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Cloud KMS values → the fact model. A value the client's enums do not know arrives as
 * {@code *_UNSPECIFIED} or {@code UNRECOGNIZED}: it is unknown, never a default.
 */
final class KeyMapping {

  private KeyMapping() { }

  /**
   * The key's algorithm: the primary version's (symmetric keys); for keys without a primary
   * (asymmetric, MAC) the enabled versions' (several different ones joined with '+': the check
   * judges each and the weakest decides), or the version template's when none is enabled.
   */
  static Known<String> spec(CryptoKey key, List<CryptoKeyVersion> versions) {
    if (key.hasPrimary()) {
      return name(key.getPrimary().getAlgorithm());
    }
    Set<String> algorithms = new TreeSet<>();
    for (CryptoKeyVersion v : versions) {
      if (v.getState() != CryptoKeyVersionState.ENABLED) {
        continue;
      }
      Known<String> a = name(v.getAlgorithm());
      if (!a.isKnown()) {
        return a;
      }
      algorithms.add(a.value());
    }
    return algorithms.isEmpty() ? name(key.getVersionTemplate().getAlgorithm())
        : Known.of(String.join("+", algorithms));
  }

  static Known<String> name(CryptoKeyVersionAlgorithm a) {
    return a == null || a == CryptoKeyVersionAlgorithm.UNRECOGNIZED
        || a == CryptoKeyVersionAlgorithm.CRYPTO_KEY_VERSION_ALGORITHM_UNSPECIFIED
        ? Known.unread() : Known.of(a.name());
  }

  static Known<Set<KeyUsage>> usage(CryptoKeyPurpose p) {
    return switch (p) {
      case ENCRYPT_DECRYPT, ASYMMETRIC_DECRYPT, RAW_ENCRYPT_DECRYPT -> Known.of(Set.of(KeyUsage.ENCRYPT_DECRYPT));
      case ASYMMETRIC_SIGN -> Known.of(Set.of(KeyUsage.SIGN_VERIFY));
      case MAC -> Known.of(Set.of(KeyUsage.MAC));
      case KEY_ENCAPSULATION -> Known.of(Set.of(KeyUsage.KEY_AGREEMENT));
      default -> Known.unread();
    };
  }

  /** The key's state: its primary's, else the most usable state among its versions. */
  static KeyState state(CryptoKey key, List<CryptoKeyVersion> versions) {
    if (key.hasPrimary()) {
      return state(key.getPrimary().getState());
    }
    List<KeyState> states = versions.stream().map(v -> state(v.getState())).toList();
    for (KeyState s : List.of(KeyState.ENABLED, KeyState.DISABLED, KeyState.PENDING_IMPORT, KeyState.PENDING_DELETION)) {
      if (states.contains(s)) {
        return s;
      }
    }
    return states.contains(KeyState.UNKNOWN) ? KeyState.UNKNOWN : KeyState.UNAVAILABLE;
  }

  static KeyState state(CryptoKeyVersionState s) {
    return switch (s) {
      case ENABLED -> KeyState.ENABLED;
      case DISABLED -> KeyState.DISABLED;
      case DESTROY_SCHEDULED -> KeyState.PENDING_DELETION;
      case DESTROYED -> KeyState.UNAVAILABLE;
      case PENDING_IMPORT, PENDING_GENERATION -> KeyState.PENDING_IMPORT;
      default -> KeyState.UNKNOWN;
    };
  }

  static KeyProtection protection(ProtectionLevel p) {
    return switch (p) {
      case SOFTWARE -> KeyProtection.SOFTWARE;
      case HSM, HSM_SINGLE_TENANT -> KeyProtection.HSM;
      case EXTERNAL, EXTERNAL_VPC -> KeyProtection.EXTERNAL;
      default -> KeyProtection.UNKNOWN;
    };
  }

  /**
   * Whether Cloud KMS can rotate the key on a schedule: symmetric encryption keys it generates, not
   * imported ones, not keys of an external manager over the internet (EXTERNAL: "automatic rotation
   * of key material is not supported"); for EXTERNAL_VPC it depends on the EKM connection's key
   * management mode, which is not read (unknown).
   */
  static Known<Boolean> rotatable(CryptoKey key, ProtectionLevel level) {
    if (key.getPurpose() != CryptoKeyPurpose.ENCRYPT_DECRYPT || key.getImportOnly() || level == ProtectionLevel.EXTERNAL) {
      return Known.of(false);
    }
    return level == ProtectionLevel.EXTERNAL_VPC ? Known.unread() : Known.of(true);
  }

  /** {@code .../cryptoKeys/k/cryptoKeyVersions/3} → {@code .../cryptoKeys/k}, so joins work. */
  static String keyId(String name) {
    int i = name.indexOf("/cryptoKeyVersions/");
    return i < 0 ? name : name.substring(0, i);
  }
}
