package cloudscan.core.fact;

/**
 * Whether a data store (or an account default such as EBS encryption by default) encrypts at rest.
 *
 * @param enabled null when it could not be read
 * @param keyRef  the key used (KMS ARN, Key Vault key URI, Cloud KMS name), or null for the
 *                provider-managed default
 */
public record EncryptionAtRest(ResourceRef resource, StoreKind store, Boolean enabled, String keyRef)
    implements Fact {

  public boolean customerManagedKey() {
    return keyRef != null && !keyRef.isBlank();
  }
}
