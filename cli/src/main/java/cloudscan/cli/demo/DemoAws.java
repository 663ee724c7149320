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
import cloudscan.core.fact.Located;
import cloudscan.core.fact.LocationGuardrail;
import cloudscan.core.fact.LogStore;
import cloudscan.core.fact.PasswordPolicy;
import cloudscan.core.fact.Principal;
import cloudscan.core.fact.Protocol;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Replica;
import cloudscan.core.fact.Retention;
import cloudscan.core.fact.StoreKind;
import cloudscan.core.fact.TlsPolicy;
import cloudscan.core.fact.TlsVersion;
import cloudscan.core.fact.VirtualNetwork;
import cloudscan.core.fact.Vulnerability;
import java.time.Instant;
import java.util.List;

/** The vendor's AWS account: mostly in order, with a few realistic mistakes. */
final class DemoAws extends DemoFacts {

  static final String ACCOUNT = "210987654321";
  static final String TOKYO = "ap-northeast-1";
  static final String OSAKA = "ap-northeast-3";
  private static final String ARN = "arn:aws:";

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
    ResourceRef web = ref(TOKYO, "ec2-security-group", arn("ec2", TOKYO, "security-group/sg-0a1b2c3d4e5f60001"));
    add(allowIn(web, "sgr-https-v4", Protocol.TCP, "443", "0.0.0.0/0"));
    add(allowIn(web, "sgr-https-v6", Protocol.TCP, "443", "::/0"));
    ResourceRef ops = ref(TOKYO, "ec2-security-group", arn("ec2", TOKYO, "security-group/sg-0a1b2c3d4e5f60002"));
    add(allowIn(ops, "sgr-ssh-anywhere", Protocol.TCP, "22", "0.0.0.0/0"));
    ResourceRef db = ref(TOKYO, "ec2-security-group", arn("ec2", TOKYO, "security-group/sg-0a1b2c3d4e5f60003"));
    add(allowIn(db, "sgr-postgres-app", Protocol.TCP, "5432", "10.20.0.0/16"));
    add(new VirtualNetwork(ref(TOKYO, "ec2-vpc", arn("ec2", TOKYO, "vpc/vpc-0f00d1")), false, true));
    add(new VirtualNetwork(ref(OSAKA, "ec2-vpc", arn("ec2", OSAKA, "vpc/vpc-0f00d2")), false, false));
    ResourceRef app = ref(TOKYO, "ec2-instance", arn("ec2", TOKYO, "instance/i-0aa11bb22cc33dd44"));
    add(new Located(app, "ap-northeast-1a"));
    add(new ComputeInstance(app, true, false));
    ResourceRef edge = ref(TOKYO, "ec2-instance", arn("ec2", TOKYO, "instance/i-0ee55ff66aa77bb88"));
    add(new Located(edge, "ap-northeast-1-tpe-1a"));
    add(new ComputeInstance(edge, false, true));
    add(new LocationGuardrail(ref("global", "organizations-scp", "arn:aws:organizations::999900001111:policy/o-demo/service_control_policy/p-japanonly"),
        List.of(TOKYO, OSAKA), true));
  }

  private void storage() {
    String key = arn("kms", TOKYO, "key/1a2b3c4d-0000-4000-8000-00000000c0de");
    bucket("fujisawa-juminhyo-docs", TOKYO, key);
    bucket("fujisawa-analytics-export", "us-east-1", key);
    add(new Replica(ref(TOKYO, "s3-bucket", "arn:aws:s3:::fujisawa-juminhyo-docs"), "s3-replication",
        ACCOUNT, OSAKA));
    add(new Replica(ref("us-east-1", "s3-bucket", "arn:aws:s3:::fujisawa-analytics-export"), "s3-replication",
        ACCOUNT, "us-west-2"));
    ResourceRef rds = ref(TOKYO, "rds-db-instance", arn("rds", TOKYO, "db:juminhyo-prod"));
    add(new Located(rds, null));
    add(new DataStore(rds, StoreKind.DATABASE, true));
    add(new EncryptionAtRest(rds, StoreKind.DATABASE, true, key));
    add(new EncryptionAtRest(ref(TOKYO, "ebs-default", arn("ec2", TOKYO, "ebs-encryption-by-default")),
        StoreKind.ACCOUNT_DEFAULT, true, null));
    ResourceRef vault = ref(TOKYO, "backup-vault", arn("backup", TOKYO, "backup-vault:city-vault"));
    add(new Located(vault, null));
    add(new BackupVault(vault, BackupVault.Immutability.LOCKED, 35, null));
    add(new BackupPlan(ref(TOKYO, "backup-plan", arn("backup", TOKYO, "backup-plan:daily-35d")), 35,
        List.of(new BackupPlan.Copy("333344445555", OSAKA, "arn:aws:backup:ap-northeast-3:333344445555:backup-vault:isolated"))));
  }

  private void bucket(String name, String region, String key) {
    ResourceRef b = ref(region, "s3-bucket", "arn:aws:s3:::" + name);
    add(new Located(b, null));
    add(new DataStore(b, StoreKind.OBJECT_STORAGE, true));
    add(new EncryptionAtRest(b, StoreKind.OBJECT_STORAGE, true, key));
  }

  private void crypto() {
    add(new CryptoKey(ref(TOKYO, "kms-key", arn("kms", TOKYO, "key/1a2b3c4d-0000-4000-8000-00000000c0de")),
        "SYMMETRIC_DEFAULT", CryptoKey.KeyUsage.ENCRYPT_DECRYPT, CryptoKey.KeyState.ENABLED, true,
        CryptoKey.KeyProtection.HSM, true, 365, null, List.of("SYMMETRIC_DEFAULT")));
    add(new CryptoKey(ref(TOKYO, "kms-key", arn("kms", TOKYO, "key/1a2b3c4d-0000-4000-8000-00000000516e")),
        "RSA_3072", CryptoKey.KeyUsage.SIGN_VERIFY, CryptoKey.KeyState.ENABLED, true,
        CryptoKey.KeyProtection.HSM, null, null, null, List.of("RSASSA_PSS_SHA_256")));
    ResourceRef alb = ref(TOKYO, "elbv2-listener", arn("elasticloadbalancing", TOKYO, "listener/app/juminhyo-web/50dc6c495c0c9188/f2f7dc8efc522ab2"));
    add(new TlsPolicy(alb, "juminhyo.example.lg.jp:443", "ELBSecurityPolicy-TLS13-1-2-2021-06", TlsVersion.TLS1_2,
        List.of(TlsVersion.TLS1_2, TlsVersion.TLS1_3),
        List.of("TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "ECDHE-ECDSA-AES128-GCM-SHA256",
            "ECDHE-RSA-AES128-GCM-SHA256", "ECDHE-RSA-AES256-GCM-SHA384", "ECDHE-RSA-AES128-SHA256")));
    add(new Certificate(ref(TOKYO, "acm-certificate", arn("acm", TOKYO, "certificate/7c1d0f3a-demo")),
        "juminhyo.example.lg.jp", "EC_prime256v1", "SHA256WITHECDSA", Instant.parse("2027-06-30T23:59:59Z"), true));
  }

  private void logging() {
    String trailBucket = "arn:aws:s3:::fujisawa-cloudtrail-logs";
    add(new AuditTrail(ref(TOKYO, "cloudtrail-trail", arn("cloudtrail", TOKYO, "trail/org-trail")),
        true, true, true, true, trailBucket));
    add(new LogStore(ref(TOKYO, "s3-bucket", trailBucket), true, Retention.days(2555), true));
    add(new LogStore(ref(TOKYO, "logs-log-group", arn("logs", TOKYO, "log-group:/aws/cloudtrail/org-trail")),
        true, Retention.days(400), false));
    add(new LogStore(ref(TOKYO, "logs-log-group", arn("logs", TOKYO, "log-group:/ecs/juminhyo-web")),
        false, Retention.days(90), false));
  }

  private void identity() {
    ResourceRef acct = ref("global", "iam-account", "arn:aws:iam::" + ACCOUNT + ":root");
    add(new PasswordPolicy(ref("global", "iam-password-policy", "arn:aws:iam::" + ACCOUNT + ":password-policy"),
        true, 6, true, true, true, false));
    add(new Principal(acct, Principal.Kind.ROOT, "root", true, true, List.of(), null, null));
    add(new Principal(ref("global", "iam-user", "arn:aws:iam::" + ACCOUNT + ":user/tanaka"), Principal.Kind.USER,
        "tanaka", true, true, List.of(), null, Instant.parse("2026-11-18T01:00:00Z")));
    add(new Principal(ref("global", "iam-user", "arn:aws:iam::" + ACCOUNT + ":user/ops-shared"), Principal.Kind.USER,
        "ops-shared", true, false, List.of(new Principal.AccessKey("AKIADEMO0000OPSKEY1", true,
            Instant.parse("2025-04-01T00:00:00Z"), Instant.parse("2026-11-01T00:00:00Z"))),
        null, Instant.parse("2026-11-01T00:00:00Z")));
    add(new Principal(ref("global", "iam-role", "arn:aws:iam::" + ACCOUNT + ":role/FujisawaCityAudit"),
        Principal.Kind.ROLE, "FujisawaCityAudit", false, null, List.of(), "999900001111", null));
  }

  private void detection() {
    for (String r : List.of(TOKYO, OSAKA, "us-east-1")) {
      service(r, THREAT_DETECTION, true, "GuardDuty detector");
      service(r, CONFIG_RECORDING, true, "AWS Config recorder (all resources)");
      service(r, VULNERABILITY_SCANNING, true, "Inspector2 EC2/ECR scanning");
    }
    service(TOKYO, MALWARE_PROTECTION, true, "GuardDuty Malware Protection for EC2");
    service("global", INCIDENT_NOTIFICATION, true, "Security Hub → EventBridge → SNS soc@example.lg.jp");
    ResourceRef app = ref(TOKYO, "ec2-instance", arn("ec2", TOKYO, "instance/i-0aa11bb22cc33dd44"));
    add(new Vulnerability(app, "CVE-2026-31337", "openssl: out-of-bounds read in X.509 name constraints",
        Vulnerability.Level.HIGH, Instant.parse("2026-10-14T00:00:00Z"), Instant.parse("2026-10-15T03:00:00Z")));
  }
}
