package cloudscan.cli.demo;

import static cloudscan.core.fact.SecurityService.Kind.CONFIG_RECORDING;
import static cloudscan.core.fact.SecurityService.Kind.INCIDENT_NOTIFICATION;
import static cloudscan.core.fact.SecurityService.Kind.MALWARE_PROTECTION;
import static cloudscan.core.fact.SecurityService.Kind.THREAT_DETECTION;
import static cloudscan.core.fact.SecurityService.Kind.VULNERABILITY_SCANNING;

import cloudscan.core.fact.AuditTrail;
import cloudscan.core.fact.BackupPlan;
import cloudscan.core.fact.BackupVault;
import cloudscan.core.fact.Certificate;
import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.ComputeInstance;
import cloudscan.core.fact.CryptoKey;
import cloudscan.core.fact.DataStore;
import cloudscan.core.fact.EncryptionAtRest;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.LocationGuardrail;
import cloudscan.core.fact.LogStore;
import cloudscan.core.fact.PasswordPolicy;
import cloudscan.core.fact.PasswordPolicy.CharClass;
import cloudscan.core.fact.Principal;
import cloudscan.core.fact.Protocol;
import cloudscan.core.fact.PublicEndpoint;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Replica;
import cloudscan.core.fact.Retention;
import cloudscan.core.fact.RuleAction;
import cloudscan.core.fact.StoreKind;
import cloudscan.core.fact.TlsPolicy;
import cloudscan.core.fact.TlsVersion;
import cloudscan.core.fact.VirtualNetwork;
import cloudscan.core.fact.Vulnerability;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The vendor's AWS account: mostly in order, with a few realistic mistakes. */
final class DemoAws extends DemoFacts {

  static final String ACCOUNT = "210987654321";
  static final String TOKYO = "ap-northeast-1";
  static final String OSAKA = "ap-northeast-3";
  private static final String ARN = "arn:aws:";
  private static final String KEY = "arn:aws:kms:ap-northeast-1:" + ACCOUNT + ":key/1a2b3c4d-0000-4000-8000-00000000c0de";

  DemoAws() {
    super(Cloud.AWS, ACCOUNT);
    network();
    storage();
    crypto();
    logging();
    identity();
    detection();
  }

  private String arn(String service, String region, String rest) {
    return ARN + service + ":" + region + ":" + ACCOUNT + ":" + rest;
  }

  private void network() {
    ResourceRef web = sg("sg-0a1b2c3d4e5f60001", "web-public");
    add(allowIn(web, "sgr-https-v4", Protocol.TCP, "443", "0.0.0.0/0"));
    add(allowIn(web, "sgr-https-v6", Protocol.TCP, "443", "::/0"));
    ResourceRef ops = sg("sg-0a1b2c3d4e5f60002", "ops-ssh");
    add(allowIn(ops, "sgr-ssh-anywhere", Protocol.TCP, "22", "0.0.0.0/0"));
    ResourceRef db = sg("sg-0a1b2c3d4e5f60003", "db-postgres");
    add(allowIn(db, "sgr-postgres-app", Protocol.TCP, "5432", "group:sg-0a1b2c3d4e5f60001"));
    ResourceRef old = sg("sg-0a1b2c3d4e5f60009", "old-rdp-test");
    add(allowIn(old, "sgr-rdp-anywhere", Protocol.TCP, "3389", "0.0.0.0/0"));
    ResourceRef nacl = ref(TOKYO, "ec2:network-acl", arn("ec2", TOKYO, "network-acl/acl-0d0d0d01"));
    add(rule(nacl, "acl-0d0d0d01:ingress:100", RuleAction.ALLOW, 100, Protocol.ALL, "all", "0.0.0.0/0"));
    add(rule(nacl, "acl-0d0d0d01:ingress:32767", RuleAction.DENY, 32767, Protocol.ALL, "all", "0.0.0.0/0"));
    add(new VirtualNetwork(ref(TOKYO, "ec2:vpc", arn("ec2", TOKYO, "vpc/vpc-0f00d1")), false, k(VirtualNetwork.FlowLogs.ALL)));
    add(new VirtualNetwork(ref(OSAKA, "ec2:vpc", arn("ec2", OSAKA, "vpc/vpc-0f00d2")), false, k(VirtualNetwork.FlowLogs.NONE)));
    ResourceRef app = instance("i-0aa11bb22cc33dd44", "juminhyo-app-1");
    add(Located.zonal(app, "ap-northeast-1a"));
    add(new ComputeInstance(app, k(true), k(false)));
    attach(ref(TOKYO, "ec2:network-interface", arn("ec2", TOKYO, "network-interface/eni-0a0a0a01")),
        List.of(nacl.id()), List.of(web.id()));
    ResourceRef edge = instance("i-0ee55ff66aa77bb88", "edge-cache-taipei");
    add(Located.zonal(edge, "ap-northeast-1-tpe-1a"));
    add(new ComputeInstance(edge, k(false), k(true)));
    attach(ref(TOKYO, "ec2:network-interface", arn("ec2", TOKYO, "network-interface/eni-0e0e0e01")),
        List.of(nacl.id()), List.of(ops.id()));
    ResourceRef rds = ref(TOKYO, "rds:db", arn("rds", TOKYO, "db:juminhyo-prod"));
    attach(ref(TOKYO, "ec2:network-interface", arn("ec2", TOKYO, "network-interface/eni-0d0d0d01")),
        List.of(nacl.id()), List.of(db.id()));
    add(new PublicEndpoint(rds, PublicEndpoint.Kind.DATABASE, k(false), k(List.of()), k(false)));
    add(new LocationGuardrail(ref("global", "organizations:policy",
        "arn:aws:organizations::999900001111:policy/o-demo/service_control_policy/p-japanonly"), List.of(TOKYO, OSAKA), true));
  }

  private ResourceRef sg(String id, String name) {
    ResourceRef r = ref(TOKYO, "ec2:security-group", arn("ec2", TOKYO, "security-group/" + id));
    label(r, name, Map.of("Name", name, "system", "juminhyo"));
    return r;
  }

  private ResourceRef instance(String id, String name) {
    ResourceRef r = ref(TOKYO, "ec2:instance", arn("ec2", TOKYO, "instance/" + id));
    label(r, name, Map.of("Name", name, "system", "juminhyo"));
    return r;
  }

  private void storage() {
    bucket("fujisawa-juminhyo-docs", TOKYO);
    bucket("fujisawa-analytics-export", "us-east-1");
    add(new Replica(ref(TOKYO, "s3:bucket", "arn:aws:s3:::fujisawa-juminhyo-docs"), "s3-replication", ACCOUNT, OSAKA));
    add(new Replica(ref("us-east-1", "s3:bucket", "arn:aws:s3:::fujisawa-analytics-export"), "s3-replication",
        ACCOUNT, "us-west-2"));
    ResourceRef rds = ref(TOKYO, "rds:db", arn("rds", TOKYO, "db:juminhyo-prod"));
    add(Located.zonal(rds, "ap-northeast-1c"));
    add(new DataStore(rds, StoreKind.DATABASE, k(false)));
    add(new EncryptionAtRest(rds, StoreKind.DATABASE, k(true), KEY));
    label(rds, "juminhyo-prod", Map.of("backup", "daily", "system", "juminhyo"));
    add(new EncryptionAtRest(ref(TOKYO, "ec2:ebs-encryption-by-default", arn("ec2", TOKYO, "ebs-encryption-by-default")),
        StoreKind.ACCOUNT_DEFAULT, k(true), null));
    String vaultArn = arn("backup", TOKYO, "backup-vault:city-vault");
    ResourceRef vault = ref(TOKYO, "backup:backup-vault", vaultArn);
    add(Located.regional(vault));
    add(new BackupVault(vault, BackupVault.Immutability.LOCKED, k(Instant.parse("2026-03-01T00:00:00Z")), k(35),
        Known.notOffered(), k(412L)));
    ResourceRef empty = ref(TOKYO, "backup:backup-vault", arn("backup", TOKYO, "backup-vault:Default"));
    add(Located.regional(empty));
    add(new BackupVault(empty, BackupVault.Immutability.NONE, Known.notOffered(), Known.notOffered(),
        Known.notOffered(), k(0L)));
    add(new BackupPlan(ref(TOKYO, "backup:backup-plan", arn("backup", TOKYO, "backup-plan:daily-35d")), k(35),
        List.of(vaultArn),
        k(List.of(new BackupPlan.Copy("333344445555", OSAKA, "arn:aws:backup:ap-northeast-3:333344445555:backup-vault:isolated"))),
        k(List.of(new BackupPlan.Selection(List.of(), Map.of("backup", "daily"), Map.of(), List.of())))));
  }

  private void bucket(String name, String region) {
    ResourceRef b = ref(region, "s3:bucket", "arn:aws:s3:::" + name);
    add(Located.regional(b));
    add(new DataStore(b, StoreKind.OBJECT_STORAGE, k(true)));
    add(new EncryptionAtRest(b, StoreKind.OBJECT_STORAGE, k(true), KEY));
    label(b, name, Map.of());
  }

  private void crypto() {
    ResourceRef key = ref(TOKYO, "kms:key", KEY);
    add(new CryptoKey(key, k("SYMMETRIC_DEFAULT"), k(Set.of(CryptoKey.KeyUsage.ENCRYPT_DECRYPT)),
        CryptoKey.KeyState.ENABLED, k(true), CryptoKey.KeyProtection.HSM, k(true), k(365), Known.unread(),
        k(List.of("SYMMETRIC_DEFAULT")), k(List.of("SYMMETRIC_DEFAULT"))));
    label(key, "alias/juminhyo-data", Map.of());
    List<String> rsaEnc = List.of("RSAES_OAEP_SHA_1", "RSAES_OAEP_SHA_256");
    add(new CryptoKey(ref(TOKYO, "kms:key", arn("kms", TOKYO, "key/1a2b3c4d-0000-4000-8000-0000000e4c01")),
        k("RSA_3072"), k(Set.of(CryptoKey.KeyUsage.ENCRYPT_DECRYPT)), CryptoKey.KeyState.ENABLED, k(true),
        CryptoKey.KeyProtection.HSM, Known.notOffered(), Known.notOffered(), Known.unread(), k(rsaEnc),
        k(List.of("RSAES_OAEP_SHA_256"))));
    add(new CryptoKey(ref(TOKYO, "kms:key", arn("kms", TOKYO, "key/1a2b3c4d-0000-4000-8000-00000000516e")),
        k("RSA_3072"), k(Set.of(CryptoKey.KeyUsage.SIGN_VERIFY)), CryptoKey.KeyState.ENABLED, k(true),
        CryptoKey.KeyProtection.HSM, Known.notOffered(), Known.notOffered(), Known.unread(),
        k(List.of("RSASSA_PSS_SHA_256")), k(List.of("RSASSA_PSS_SHA_256"))));
    ResourceRef alb = ref(TOKYO, "elbv2:listener", arn("elasticloadbalancing", TOKYO,
        "listener/app/juminhyo-web/50dc6c495c0c9188/f2f7dc8efc522ab2"));
    add(new TlsPolicy(alb, "juminhyo.example.lg.jp:443", "ELBSecurityPolicy-TLS13-1-2-2021-06", TlsVersion.TLS1_2,
        k(List.of(TlsVersion.TLS1_2, TlsVersion.TLS1_3)),
        k(List.of("TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "ECDHE-ECDSA-AES128-GCM-SHA256",
            "ECDHE-RSA-AES128-GCM-SHA256", "ECDHE-RSA-AES256-GCM-SHA384", "ECDHE-RSA-AES128-SHA256"))));
    add(new Certificate(ref(TOKYO, "acm:certificate", arn("acm", TOKYO, "certificate/7c1d0f3a-demo")),
        "juminhyo.example.lg.jp", k("EC-prime256v1"), k("SHA256WITHECDSA"), k(Instant.parse("2027-06-30T23:59:59Z")),
        k(true)));
  }

  private void logging() {
    String trailBucket = "arn:aws:s3:::fujisawa-cloudtrail-logs";
    add(new AuditTrail(ref(TOKYO, "cloudtrail:trail", arn("cloudtrail", TOKYO, "trail/org-trail")),
        true, k(true), k(true), k(true), k(trailBucket)));
    add(new LogStore(ref(TOKYO, "s3:bucket", trailBucket), true, Retention.days(2555), k(true)));
    add(new LogStore(ref(TOKYO, "logs:log-group", arn("logs", TOKYO, "log-group:/aws/cloudtrail/org-trail")),
        true, Retention.days(400), k(false)));
    add(new LogStore(ref(TOKYO, "logs:log-group", arn("logs", TOKYO, "log-group:/ecs/juminhyo-web")),
        false, Retention.days(90), k(false)));
  }

  private void identity() {
    add(new PasswordPolicy(ref("global", "iam:password-policy", "arn:aws:iam::" + ACCOUNT + ":account-password-policy"),
        PasswordPolicy.Source.CUSTOM, 6, Set.of(CharClass.UPPER, CharClass.LOWER, CharClass.DIGITS), 0));
    add(new Principal(ref("global", "iam:root", "arn:aws:iam::" + ACCOUNT + ":root"), Principal.Kind.ROOT, "root",
        k(true), k(true), k(List.of()), null, null));
    add(new Principal(ref("global", "iam:user", "arn:aws:iam::" + ACCOUNT + ":user/tanaka"), Principal.Kind.USER,
        "tanaka", k(true), k(true), k(List.of()), null, Instant.parse("2026-11-18T01:00:00Z")));
    add(new Principal(ref("global", "iam:user", "arn:aws:iam::" + ACCOUNT + ":user/ops-shared"), Principal.Kind.USER,
        "ops-shared", k(true), k(false), k(List.of(new Principal.AccessKey("AKIADEMO0000OPSKEY1", true,
            Instant.parse("2025-04-01T00:00:00Z"), Instant.parse("2026-11-01T00:00:00Z")))),
        null, Instant.parse("2026-11-01T00:00:00Z")));
    add(new Principal(ref("global", "iam:role", "arn:aws:iam::" + ACCOUNT + ":role/FujisawaCityAudit"),
        Principal.Kind.ROLE, "FujisawaCityAudit", k(false), Known.notOffered(), Known.notOffered(), "999900001111", null));
  }

  private void detection() {
    for (String r : List.of(TOKYO, OSAKA, "us-east-1")) {
      service(r, THREAT_DETECTION, true, "GuardDuty detector");
      service(r, CONFIG_RECORDING, true, "AWS Config recorder (all resources)");
      service(r, VULNERABILITY_SCANNING, true, "Inspector2 EC2/ECR scanning");
    }
    service(TOKYO, MALWARE_PROTECTION, true, "GuardDuty Malware Protection for EC2");
    service("global", INCIDENT_NOTIFICATION, true, "Security Hub → EventBridge → SNS soc@example.lg.jp");
    ResourceRef app = ref(TOKYO, "ec2:instance", arn("ec2", TOKYO, "instance/i-0aa11bb22cc33dd44"));
    add(new Vulnerability(app, "CVE-2026-31337", "openssl: out-of-bounds read in X.509 name constraints",
        Vulnerability.Level.HIGH, k(Instant.parse("2026-10-14T00:00:00Z")), Instant.parse("2026-10-15T03:00:00Z")));
  }
}
