package cloudscan.testkit;

import cloudscan.core.fact.Known;
import cloudscan.core.fact.Certificate;
import cloudscan.core.fact.CryptoKey;
import cloudscan.core.fact.CryptoKey.KeyProtection;
import cloudscan.core.fact.CryptoKey.KeyState;
import cloudscan.core.fact.CryptoKey.KeyUsage;
import cloudscan.core.fact.EncryptionAtRest;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.StoreKind;
import cloudscan.core.fact.TlsPolicy;
import cloudscan.core.fact.TlsVersion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builders for the crypto facts: {@code key("RSA_2048").aws("k-1")},
 * {@code tls("ECDHE-RSA-AES128-GCM-SHA256").min(TLS1_2).aws("lb-1")},
 * {@code cert("RSA_2048").notAfter("2031-06-01T00:00:00Z").aws("c-1")},
 * {@code encryption(true).key("arn:...").aws("vol-1")}.
 * AWS resources are in Tokyo, Azure in japaneast, GCP in asia-northeast1 unless placed with {@code in}.
 */
public final class CryptoFacts {

  private CryptoFacts() { }

  public static KeyBuilder key(String spec) {
    return new KeyBuilder(spec);
  }

  public static TlsBuilder tls(String... suites) {
    return new TlsBuilder(List.of(suites));
  }

  public static CertBuilder cert(String keyAlgorithm) {
    return new CertBuilder(keyAlgorithm);
  }

  /** Encryption on/off; {@code null} for not read. */
  public static EncryptionBuilder encryption(Boolean enabled) {
    return new EncryptionBuilder(enabled);
  }

  /** Common placement: which cloud and location the fact's resource is in. */
  public abstract static class Placed<T> {
    private String location;

    public Placed<T> in(String location) {
      this.location = location;
      return this;
    }

    abstract String type();

    public T aws(String id) {
      return on(location == null ? Refs.aws(type(), id) : Refs.aws(location, type(), id));
    }

    public T azure(String id) {
      return on(Refs.azure(location == null ? "japaneast" : location, type(), id));
    }

    public T gcp(String id) {
      return on(Refs.gcp(location == null ? "asia-northeast1" : location, type(), id));
    }

    public abstract T on(ResourceRef ref);
  }

  public static final class KeyBuilder extends Placed<CryptoKey> {
    private final String spec;
    private Known<Set<KeyUsage>> usages = Known.of(Set.of(KeyUsage.ENCRYPT_DECRYPT));
    private KeyState state = KeyState.ENABLED;
    private Known<Boolean> customerManaged = Known.of(true);
    private Known<Boolean> rotation = Known.unread();
    private Known<Integer> periodDays = Known.unread();
    private Known<List<String>> algorithms = Known.of(List.of());
    private Known<List<String>> permitted;

    private KeyBuilder(String spec) {
      this.spec = spec;
    }

    @Override
    public KeyBuilder in(String location) {
      super.in(location);
      return this;
    }

    public KeyBuilder usage(KeyUsage u) {
      this.usages = Known.of(Set.of(u));
      return this;
    }

    public KeyBuilder usageUnread() {
      this.usages = Known.unread();
      return this;
    }

    public KeyBuilder state(KeyState s) {
      this.state = s;
      return this;
    }

    public KeyBuilder providerManaged() {
      this.customerManaged = Known.of(false);
      return this;
    }

    public KeyBuilder customerManaged(boolean customer) {
      this.customerManaged = Known.of(customer);
      return this;
    }

    public KeyBuilder ownerUnread() {
      this.customerManaged = Known.unread();
      return this;
    }

    /** Rotation on/off; {@code null} for not read. */
    public KeyBuilder rotation(Boolean on) {
      this.rotation = Known.ofNullable(on);
      return this;
    }

    /** The cloud cannot rotate this key automatically (HMAC, imported material). */
    public KeyBuilder rotationNotOffered() {
      this.rotation = Known.notOffered();
      return this;
    }

    public KeyBuilder rotationEvery(int days) {
      this.rotation = Known.of(true);
      this.periodDays = Known.of(days);
      return this;
    }

    public KeyBuilder algorithms(String... names) {
      algorithms = Known.of(List.of(names));
      return this;
    }

    public KeyBuilder algorithmsUnread() {
      algorithms = Known.unread();
      return this;
    }

    public KeyBuilder algorithmsNotOffered() {
      algorithms = Known.notOffered();
      return this;
    }

    /** What the key policy still permits (default: whatever the key type allows). */
    public KeyBuilder permitted(String... names) {
      permitted = Known.of(List.of(names));
      return this;
    }

    public KeyBuilder policyUnread() {
      permitted = Known.unread();
      return this;
    }

    @Override
    String type() {
      return "key";
    }

    @Override
    public CryptoKey on(ResourceRef ref) {
      return new CryptoKey(ref, Known.ofNullable(spec), usages, state, customerManaged, KeyProtection.SOFTWARE,
          rotation, periodDays, Known.unread(), algorithms, permitted == null ? algorithms : permitted);
    }
  }

  public static final class TlsBuilder extends Placed<TlsPolicy> {
    private final List<String> suites;
    private TlsVersion min = TlsVersion.TLS1_2;
    private final List<TlsVersion> protocols = new ArrayList<>();
    private boolean providerManaged;
    private String policy = "test-policy";

    private TlsBuilder(List<String> suites) {
      this.suites = suites;
    }

    @Override
    public TlsBuilder in(String location) {
      super.in(location);
      return this;
    }

    public TlsBuilder min(TlsVersion v) {
      this.min = v;
      return this;
    }

    public TlsBuilder protocols(TlsVersion... vs) {
      protocols.addAll(List.of(vs));
      return this;
    }

    public TlsBuilder policy(String name) {
      this.policy = name;
      return this;
    }

    /** Only a minimum is set; the provider picks the suites (Azure minimum-TLS settings). */
    public TlsBuilder providerManaged() {
      this.providerManaged = true;
      return this;
    }

    @Override
    String type() {
      return "tls-endpoint";
    }

    @Override
    public TlsPolicy on(ResourceRef ref) {
      if (providerManaged) {
        return new TlsPolicy(ref, ref.id() + ".example.jp:443", policy, min, Known.notOffered(), Known.notOffered());
      }
      // An empty list given to the builder means the policy's lists could not be resolved.
      return new TlsPolicy(ref, ref.id() + ".example.jp:443", policy, min,
          protocols.isEmpty() ? Known.notOffered() : Known.of(protocols),
          suites.isEmpty() ? Known.unread() : Known.of(suites));
    }
  }

  public static final class CertBuilder extends Placed<Certificate> {
    private final String keyAlgorithm;
    private String signature = "SHA256WITHRSA";
    private Instant notAfter = Instant.parse("2027-01-01T00:00:00Z");

    private CertBuilder(String keyAlgorithm) {
      this.keyAlgorithm = keyAlgorithm;
    }

    @Override
    public CertBuilder in(String location) {
      super.in(location);
      return this;
    }

    public CertBuilder signature(String sig) {
      this.signature = sig;
      return this;
    }

    public CertBuilder notAfter(String iso) {
      this.notAfter = iso == null ? null : Instant.parse(iso);
      return this;
    }

    @Override
    String type() {
      return "certificate";
    }

    @Override
    public Certificate on(ResourceRef ref) {
      return new Certificate(ref, "www.example.jp", Known.ofNullable(keyAlgorithm), Known.ofNullable(signature),
          Known.ofNullable(notAfter), Known.of(true));
    }
  }

  public static final class EncryptionBuilder extends Placed<EncryptionAtRest> {
    private final Boolean enabled;
    private String keyRef;
    private StoreKind store = StoreKind.BLOCK_STORAGE;

    private EncryptionBuilder(Boolean enabled) {
      this.enabled = enabled;
    }

    @Override
    public EncryptionBuilder in(String location) {
      super.in(location);
      return this;
    }

    public EncryptionBuilder key(String ref) {
      this.keyRef = ref;
      return this;
    }

    public EncryptionBuilder store(StoreKind kind) {
      this.store = kind;
      return this;
    }

    @Override
    String type() {
      return "data-store";
    }

    @Override
    public EncryptionAtRest on(ResourceRef ref) {
      return new EncryptionAtRest(ref, store, Known.ofNullable(enabled), keyRef);
    }
  }
}
