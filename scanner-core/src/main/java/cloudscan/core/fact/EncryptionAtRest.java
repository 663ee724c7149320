package cloudscan.core.fact;

import java.util.Objects;

/**
 * Whether a data store (or an account default such as EBS encryption by default) encrypts at rest.
 *
 * @param keyRef the key named in the store's settings (KMS ARN, Key Vault key URI, Cloud KMS
 *               name), or null when none is named (the provider's default key) or it was not
 *               read. A key reference alone never proves the key is customer-managed: AWS names
 *               its own aws/ebs keys too; checks confirm it against the collected {@link CryptoKey}
 */
public record EncryptionAtRest(ResourceRef resource, StoreKind store, Known<Boolean> enabled, String keyRef)
    implements Fact {

  public EncryptionAtRest {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(enabled, "enabled");
  }

  public boolean namesKey() {
    return keyRef != null && !keyRef.isBlank();
  }
}
