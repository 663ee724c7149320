package cloudscan.cli.bench;

import cloudscan.core.engine.FactStore;
import cloudscan.core.fact.Peer;
import cloudscan.core.check.Estate;
import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Scope;
import cloudscan.core.fact.CryptoKey;
import cloudscan.core.fact.DataStore;
import cloudscan.core.fact.Direction;
import cloudscan.core.fact.EncryptionAtRest;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.LogStore;
import cloudscan.core.fact.NetworkRule;
import cloudscan.core.fact.PortRange;
import cloudscan.core.fact.Principal;
import cloudscan.core.fact.Protocol;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Retention;
import cloudscan.core.fact.RuleAction;
import cloudscan.core.fact.SecurityService;
import cloudscan.core.fact.StoreKind;
import cloudscan.core.fact.Vulnerability;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A deterministic, synthetic estate of N facts for the evaluation benchmark: 40 AWS accounts × 8
 * regions, mostly firewall rules and data stores, with a realistic share of violations.
 */
final class SyntheticEstate {

  private static final String[] REGIONS = {"ap-northeast-1", "ap-northeast-3", "us-east-1", "us-west-2",
      "eu-west-1", "eu-central-1", "ap-southeast-1", "ap-southeast-2"};
  private static final List<Peer> OPEN = List.of(Peer.cidr("0.0.0.0/0"));
  private static final List<Peer> OFFICE = List.of(Peer.cidr("203.0.113.0/24"), Peer.cidr("10.0.0.0/8"));
  private static final int[] PORTS = {22, 80, 443, 3389, 5432, 8080, 3306, 6379};

  private SyntheticEstate() { }

  static FactStore generate(int n) {
    FactStore store = new FactStore();
    SplittableRandom rnd = new SplittableRandom(42);
    String[] accounts = new String[40];
    for (int a = 0; a < accounts.length; a++) {
      accounts[a] = String.format("%012d", 100000000000L + a);
    }
    for (int i = 0; i < n; i++) {
      // Four consecutive facts share an account and region, as a collector emits a group's rules.
      int group = i / 4;
      String account = accounts[group % accounts.length];
      String region = REGIONS[(group / accounts.length) % REGIONS.length];
      int slot = i % 100;
      store.add(fact(slot, i, account, region, rnd));
    }
    store.estate(estate(accounts));
    return store;
  }

  /** Every account scanned in every region, looked at for everything. */
  private static Estate estate(String[] accounts) {
    Estate.Builder b = Estate.builder();
    for (String a : accounts) {
      b.scanned(new Scope(Cloud.AWS, a, ResourceRef.GLOBAL), Scope.Level.ACCOUNT, List.of(), List.of(Estate.EVERYTHING));
      for (String r : REGIONS) {
        b.scanned(new Scope(Cloud.AWS, a, r), Scope.Level.LOCATION, List.of(), List.of(Estate.EVERYTHING));
      }
    }
    return b.build();
  }

  private static cloudscan.core.fact.Fact fact(int slot, int i, String account, String region, SplittableRandom rnd) {
    if (slot < 50) {
      ResourceRef sg = ref(account, region, "ec2-security-group", "sg-" + Integer.toHexString(i / 4));
      int port = PORTS[rnd.nextInt(PORTS.length)];
      return new NetworkRule(sg, "sgr-" + i, Direction.INBOUND, RuleAction.ALLOW, Protocol.TCP,
          List.of(PortRange.single(port)), rnd.nextInt(20) == 0 ? OPEN : OFFICE, null, List.of());
    }
    ResourceRef r = ref(account, region, "s3-bucket", "arn:aws:s3:::bucket-" + i);
    if (slot < 65) {
      return Located.zonal(r, region + "a");
    }
    if (slot < 75) {
      return new DataStore(r, StoreKind.OBJECT_STORAGE, Known.of(rnd.nextInt(10) != 0));
    }
    if (slot < 85) {
      return new EncryptionAtRest(r, StoreKind.OBJECT_STORAGE, Known.of(rnd.nextInt(50) != 0), null);
    }
    if (slot < 90) {
      boolean symmetric = rnd.nextBoolean();
      List<String> algorithms = symmetric ? List.of("SYMMETRIC_DEFAULT") : List.of("RSAES_OAEP_SHA_1", "RSAES_OAEP_SHA_256");
      return new CryptoKey(ref(account, region, "kms-key", "key-" + i), Known.of(symmetric ? "SYMMETRIC_DEFAULT" : "RSA_2048"),
          Known.of(Set.of(CryptoKey.KeyUsage.ENCRYPT_DECRYPT)), CryptoKey.KeyState.ENABLED, Known.of(true),
          CryptoKey.KeyProtection.HSM, symmetric ? Known.of(rnd.nextBoolean()) : Known.notOffered(), Known.unread(),
          Known.unread(), Known.of(algorithms), Known.of(algorithms));
    }
    if (slot < 94) {
      return new LogStore(ref(account, region, "log-group", "lg-" + i), rnd.nextBoolean(),
          rnd.nextBoolean() ? Retention.days(30) : Retention.unlimited(), Known.of(false));
    }
    if (slot < 97) {
      return new Principal(ref(account, "global", "iam-user", "user-" + i), Principal.Kind.USER, "user-" + i,
          Known.of(rnd.nextBoolean()), Known.of(rnd.nextBoolean()), Known.of(List.of()), null, null);
    }
    if (slot < 99) {
      return new Vulnerability(ref(account, region, "ec2-instance", "i-" + i), "CVE-2026-" + i, "synthetic",
          Vulnerability.Level.HIGH, Known.of(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(rnd.nextInt(20_000_000))),
          null);
    }
    return new SecurityService(ref(account, region, "security-service", "gd-" + i),
        SecurityService.Kind.THREAT_DETECTION, Known.of(rnd.nextInt(5) != 0), "GuardDuty");
  }

  private static ResourceRef ref(String account, String region, String type, String id) {
    return new ResourceRef(Cloud.AWS, account, region, type, id);
  }
}
