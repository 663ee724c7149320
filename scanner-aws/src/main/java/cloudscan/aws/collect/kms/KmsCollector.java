package cloudscan.aws.collect.kms;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.AwsRefs;
import cloudscan.aws.collect.PolicyDocuments;
import cloudscan.aws.collect.Reads;
import cloudscan.aws.collect.Reads.Fetched;
import cloudscan.core.fact.CryptoKey;
import cloudscan.core.fact.CryptoKey.KeyProtection;
import cloudscan.core.fact.CryptoKey.KeyState;
import cloudscan.core.fact.CryptoKey.KeyUsage;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.Principal;
import cloudscan.core.fact.Replica;
import cloudscan.core.fact.ResourceLabel;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.KeyListEntry;
import software.amazon.awssdk.services.kms.model.KeyMetadata;

/**
 * KMS keys → {@link CryptoKey} (spec, usage, state, rotation for symmetric customer keys,
 * algorithms and those the key policy still permits), {@link Located} and {@link ResourceLabel}
 * (alias); multi-Region replicas → {@link Replica}; accounts other than the owner granted by the
 * key policy → {@link Principal} (ROLE, external). Aliases are listed once per region: a key with
 * an {@code alias/aws/…} alias is AWS managed (only AWS can create such aliases) and is not
 * described. Keys are read concurrently; a key that refuses DescribeKey is a gap for that key.
 */
public final class KmsCollector implements Collector {

  private static final String AWS_ALIAS = "alias/aws/";
  private static final Set<Class<? extends Fact>> KEY_KINDS = Set.of(CryptoKey.class, Located.class, Replica.class,
      ResourceLabel.class);

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
    return Set.of(CryptoKey.class, Located.class, Replica.class, Principal.class, ResourceLabel.class);
  }

  @Override
  public void collect(Target target, FactSink out) {
    KmsClient kms = clients.client(target, KmsClient.class, KmsClient::builder);
    Map<String, String> aliasOf = new HashMap<>();
    kms.listAliasesPaginator(r -> { }).aliases().stream().filter(a -> a.targetKeyId() != null)
        .forEach(a -> aliasOf.merge(a.targetKeyId(), a.aliasName(), (x, y) -> x.startsWith(AWS_ALIAS) ? x : y));
    List<KeyListEntry> keys = kms.listKeysPaginator(r -> { }).keys().stream().toList();
    clients.items().each(out, KEY_KINDS, keys, k -> key(kms, target, k, aliasOf.get(k.keyId()), out));
  }

  private List<Fact> key(KmsClient kms, Target target, KeyListEntry entry, String alias, FactSink out) {
    List<Fact> facts = new ArrayList<>();
    if (alias != null && alias.startsWith(AWS_ALIAS)) {
      ResourceRef ref = AwsRefs.withId(target, target.location(), "kms", "key", entry.keyArn());
      facts.add(KeySpecs.awsManaged(ref));
      facts.add(Located.regional(ref));
      facts.add(new ResourceLabel(ref, alias, Known.unread()));
      return facts;
    }
    KeyMetadata key = kms.describeKey(r -> r.keyId(entry.keyArn())).keyMetadata();
    ResourceRef ref = AwsRefs.withId(target, target.location(), "kms", "key", key.arn());
    Known<Boolean> customerManaged = key.keyManagerAsString() == null ? Known.unread()
        : Known.of(!"AWS".equals(key.keyManagerAsString()));
    boolean customer = customerManaged.is(true);
    Rotation rotation = rotation(kms, key, customer, out);
    Known<List<String>> algorithms = KeySpecs.algorithms(key);
    Fetched<String> policy = customer ? Reads.fetch(out, Set.of(CryptoKey.class, Principal.class),
        () -> kms.getKeyPolicy(r -> r.keyId(key.arn()).policyName("default")).policy()) : new Fetched<>(null, false);
    Known<List<String>> permitted = !customer ? algorithms : !policy.ok() ? Known.unread()
        : algorithms.map(a -> KeyPolicyAlgorithms.permitted(policy.value(), a));
    facts.add(new CryptoKey(ref, Known.ofNullable(KeySpecs.spec(key)), KeySpecs.usages(key),
        KeySpecs.state(key.keyStateAsString()), customerManaged, KeySpecs.protection(key.originAsString()), rotation.enabled(),
        rotation.periodDays(), Known.unread(), algorithms, permitted));
    facts.add(Located.regional(ref));
    facts.add(new ResourceLabel(ref, alias, Known.unread()));
    facts.addAll(replicas(ref, key));
    if (policy.ok()) {
      facts.addAll(externalGrantees(target, key, policy.value()));
    }
    return facts;
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
    Fetched<Rotation> read = Reads.fetch(out, Set.of(CryptoKey.class), () -> {
      var status = kms.getKeyRotationStatus(r -> r.keyId(key.arn()));
      return new Rotation(Known.ofNullable(status.keyRotationEnabled()), Known.ofNullable(status.rotationPeriodInDays()));
    });
    return read.ok() ? read.value() : Rotation.UNREAD;
  }

  private static List<Replica> replicas(ResourceRef ref, KeyMetadata key) {
    List<Replica> out = new ArrayList<>();
    var mr = key.multiRegionConfiguration();
    if (Boolean.TRUE.equals(key.multiRegion()) && mr != null && "PRIMARY".equals(mr.multiRegionKeyTypeAsString())) {
      mr.replicaKeys().forEach(k -> out.add(new Replica(ref, "kms-multi-region-key", ref.account(), k.region())));
    }
    return out;
  }

  private static List<Principal> externalGrantees(Target target, KeyMetadata meta, String policy) {
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
}
