package cloudscan.aws.collect.kms;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.AwsRefs;
import cloudscan.aws.collect.PolicyDocuments;
import cloudscan.core.fact.CryptoKey;
import cloudscan.core.fact.CryptoKey.KeyProtection;
import cloudscan.core.fact.CryptoKey.KeyState;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.Principal;
import cloudscan.core.fact.Replica;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.KeyMetadata;

/**
 * KMS keys → {@link CryptoKey} (spec, usage, state, rotation for symmetric customer keys,
 * algorithms) and {@link Located}; multi-Region replicas → {@link Replica}; accounts other than
 * the owner granted by the key policy → {@link Principal} (ROLE, external).
 */
public final class KmsCollector implements Collector {

  private final AwsClients clients;

  public KmsCollector(AwsClients clients) {
    this.clients = clients;
  }

  @Override
  public String service() {
    return "kms";
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(CryptoKey.class, Located.class, Replica.class, Principal.class);
  }

  @Override
  public void collect(Target target, FactSink out) {
    KmsClient kms = clients.client(target, KmsClient.class, KmsClient::builder);
    kms.listKeysPaginator(r -> { }).keys().forEach(entry -> {
      KeyMetadata key = kms.describeKey(r -> r.keyId(entry.keyArn())).keyMetadata();
      ResourceRef ref = AwsRefs.withId(target, target.location(), "kms", "key", key.arn());
      Known<Boolean> customerManaged = key.keyManagerAsString() == null ? Known.unread()
          : Known.of(!"AWS".equals(key.keyManagerAsString()));
      boolean customer = customerManaged.is(true);
      Rotation rotation = rotation(kms, key, customer, out);
      Known<List<String>> algorithms = KeySpecs.algorithms(key);
      // Key policies are not yet evaluated for an EncryptionAlgorithm deny: nothing is restricted.
      out.accept(new CryptoKey(ref, Known.ofNullable(KeySpecs.spec(key)), KeySpecs.usages(key),
          state(key.keyStateAsString()), customerManaged, protection(key.originAsString()), rotation.enabled(),
          rotation.periodDays(), Known.unread(), algorithms, algorithms));
      out.accept(Located.regional(ref));
      replicas(ref, key).forEach(out::accept);
      if (customer) {
        externalGrantees(kms, target, key, out).forEach(out::accept);
      }
    });
  }

  private record Rotation(Known<Boolean> enabled, Known<Integer> periodDays) {
    static final Rotation NOT_OFFERED = new Rotation(Known.notOffered(), Known.notOffered());
    static final Rotation UNREAD = new Rotation(Known.unread(), Known.unread());
  }

  /**
   * KMS rotates only symmetric encryption keys with KMS-made key material (not HMAC, asymmetric,
   * imported or custom-key-store keys): for the others automatic rotation is not offered. Read
   * for enabled or disabled customer keys.
   */
  private static Rotation rotation(KmsClient kms, KeyMetadata key, boolean customer, FactSink out) {
    boolean rotatable = "SYMMETRIC_DEFAULT".equals(KeySpecs.spec(key)) && "AWS_KMS".equals(key.originAsString());
    boolean live = "Enabled".equals(key.keyStateAsString()) || "Disabled".equals(key.keyStateAsString());
    if (!rotatable) {
      return Rotation.NOT_OFFERED;
    }
    if (!customer || !live) {
      return Rotation.UNREAD; // AWS-managed keys rotate on AWS's schedule; not judged
    }
    try {
      var status = kms.getKeyRotationStatus(r -> r.keyId(key.arn()));
      return new Rotation(Known.ofNullable(status.keyRotationEnabled()), Known.ofNullable(status.rotationPeriodInDays()));
    } catch (SdkException e) {
      out.gap(e, Set.of(CryptoKey.class));
      return Rotation.UNREAD;
    }
  }

  private static List<Replica> replicas(ResourceRef ref, KeyMetadata key) {
    List<Replica> out = new ArrayList<>();
    var mr = key.multiRegionConfiguration();
    if (Boolean.TRUE.equals(key.multiRegion()) && mr != null && "PRIMARY".equals(mr.multiRegionKeyTypeAsString())) {
      mr.replicaKeys().forEach(k -> out.add(new Replica(ref, "kms-multi-region-key", ref.account(), k.region())));
    }
    return out;
  }

  private static List<Principal> externalGrantees(KmsClient kms, Target target, KeyMetadata meta, FactSink out) {
    String policy;
    try {
      policy = kms.getKeyPolicy(r -> r.keyId(meta.arn()).policyName("default")).policy();
    } catch (SdkException e) {
      out.gap(e, Set.of(Principal.class));
      return List.of();
    }
    List<Principal> grantees = new ArrayList<>();
    for (String p : PolicyDocuments.allowedAwsPrincipals(policy)) {
      String account = PolicyDocuments.accountOf(p);
      if (!account.equals(target.account())) {
        ResourceRef ref = AwsRefs.withId(target, target.location(), "kms", "key-policy-principal",
            meta.arn() + "#" + p);
        grantees.add(new Principal(ref, Principal.Kind.ROLE, p, Known.of(false), Known.notOffered(),
            Known.notOffered(), account, null));
      }
    }
    return grantees;
  }

  private static KeyState state(String s) {
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
  private static KeyProtection protection(String origin) {
    return switch (origin == null ? "" : origin) {
      case "AWS_KMS", "EXTERNAL", "AWS_CLOUDHSM" -> KeyProtection.HSM;
      case "EXTERNAL_KEY_STORE" -> KeyProtection.EXTERNAL;
      default -> KeyProtection.UNKNOWN;
    };
  }
}
