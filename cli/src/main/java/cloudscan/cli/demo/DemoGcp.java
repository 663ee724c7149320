package cloudscan.cli.demo;

import static cloudscan.core.fact.SecurityService.Kind.CONFIG_RECORDING;
import static cloudscan.core.fact.SecurityService.Kind.INCIDENT_NOTIFICATION;
import static cloudscan.core.fact.SecurityService.Kind.THREAT_DETECTION;
import static cloudscan.core.fact.SecurityService.Kind.VULNERABILITY_SCANNING;

import cloudscan.core.fact.AuditTrail;
import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.ComputeInstance;
import cloudscan.core.fact.CryptoKey;
import cloudscan.core.fact.DataStore;
import cloudscan.core.fact.Direction;
import cloudscan.core.fact.EncryptionAtRest;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.LogStore;
import cloudscan.core.fact.NetworkRule;
import cloudscan.core.fact.PasswordPolicy;
import cloudscan.core.fact.Peer;
import cloudscan.core.fact.PortRange;
import cloudscan.core.fact.Protocol;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Retention;
import cloudscan.core.fact.RuleAction;
import cloudscan.core.fact.StoreKind;
import cloudscan.core.fact.VirtualNetwork;
import java.util.List;
import java.util.Set;

/** The vendor's GCP project for the analytics workload, below the vendor's organization. */
final class DemoGcp extends DemoFacts {

  static final String PROJECT = "fujisawa-analytics-prod";
  static final String ORGANIZATION = "organizations/584930217744";
  static final String TOKYO = "asia-northeast1";

  DemoGcp() {
    super(Cloud.GCP, PROJECT);
    String p = "//compute.googleapis.com/projects/" + PROJECT;
    ResourceRef vpc = ref("global", "compute.googleapis.com/Network", p + "/global/networks/vpc-analytics");
    add(new NetworkRule(vpc, "allow-iap-ssh", Direction.INBOUND, RuleAction.ALLOW, Protocol.TCP,
        List.of(PortRange.single(22)), List.of(Peer.cidr("35.235.240.0/20")), 1000, List.of("etl")));
    add(new NetworkRule(vpc, "implied-deny-ingress", Direction.INBOUND, RuleAction.DENY, Protocol.ALL,
        List.of(PortRange.ALL), List.of(Peer.cidr("0.0.0.0/0")), 65535, List.of()));
    add(new VirtualNetwork(vpc, false, k(VirtualNetwork.FlowLogs.PARTIAL)));
    ResourceRef vm = ref(TOKYO, "compute.googleapis.com/Instance", p + "/zones/asia-northeast1-b/instances/etl-worker-1");
    add(Located.zonal(vm, "asia-northeast1-b"));
    add(new ComputeInstance(vm, k(true), k(false)));
    String key = "projects/" + PROJECT + "/locations/asia-northeast1/keyRings/analytics/cryptoKeys/bq-cmek";
    add(new CryptoKey(ref(TOKYO, "cloudkms.googleapis.com/CryptoKey", key), k("GOOGLE_SYMMETRIC_ENCRYPTION"),
        k(Set.of(CryptoKey.KeyUsage.ENCRYPT_DECRYPT)), CryptoKey.KeyState.ENABLED, k(true), CryptoKey.KeyProtection.HSM,
        k(true), k(90), Known.unread(), k(List.of("GOOGLE_SYMMETRIC_ENCRYPTION")), Known.notOffered()));
    ResourceRef bucket = ref("asia1", "storage.googleapis.com/Bucket", "//storage.googleapis.com/fujisawa-analytics-staging");
    add(Located.regional(bucket));
    add(new DataStore(bucket, StoreKind.OBJECT_STORAGE, k(true)));
    add(new EncryptionAtRest(bucket, StoreKind.OBJECT_STORAGE, k(true), key));
    ResourceRef sql = ref(TOKYO, "sqladmin.googleapis.com/Instance", "//cloudsql.googleapis.com/projects/" + PROJECT + "/instances/analytics-pg");
    add(Located.zonal(sql, "asia-northeast1-a"));
    add(new DataStore(sql, StoreKind.DATABASE, k(false)));
    add(new EncryptionAtRest(sql, StoreKind.DATABASE, k(true), key));
    String required = "projects/" + PROJECT + "/locations/global/buckets/_Required";
    String dflt = "projects/" + PROJECT + "/locations/global/buckets/_Default";
    // Admin Activity audit logs are always on and kept 400 days in the locked _Required bucket.
    add(new AuditTrail(ref("global", "logging.googleapis.com/AdminActivityAuditLogs", "projects/" + PROJECT
        + "/logs/cloudaudit.googleapis.com%2Factivity"), true, k(true), Known.notOffered(), k(true), k(required)));
    add(new LogStore(ref("global", "logging.googleapis.com/LogBucket", required), true, Retention.days(400), k(true)));
    add(new LogStore(ref("global", "logging.googleapis.com/LogBucket", dflt), true, Retention.days(30), k(false)));
    add(PasswordPolicy.notOffered(ref("global", "cloudresourcemanager.googleapis.com/Project", "projects/" + PROJECT)));
    service("global", CONFIG_RECORDING, true, "Admin Activity audit logs (always on)");
    add(new cloudscan.core.fact.SecurityService(new ResourceRef(Cloud.GCP, ORGANIZATION, "global",
        "securitycenter.googleapis.com/OrganizationSettings", ORGANIZATION + "/securityCenterSettings"),
        THREAT_DETECTION, k(true), "Security Command Center Standard (organization)"));
    service("global", INCIDENT_NOTIFICATION, true, "SCC notification config → Pub/Sub → on-call");
    service(TOKYO, VULNERABILITY_SCANNING, true, "VM Manager (OS Config) vulnerability reports");
  }
}
