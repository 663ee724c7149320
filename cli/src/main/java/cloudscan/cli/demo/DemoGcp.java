package cloudscan.cli.demo;

import static cloudscan.core.fact.SecurityService.Kind.INCIDENT_NOTIFICATION;
import static cloudscan.core.fact.SecurityService.Kind.THREAT_DETECTION;

import cloudscan.core.fact.AuditTrail;
import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.ComputeInstance;
import cloudscan.core.fact.CryptoKey;
import cloudscan.core.fact.DataStore;
import cloudscan.core.fact.EncryptionAtRest;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.LogStore;
import cloudscan.core.fact.Protocol;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Retention;
import cloudscan.core.fact.StoreKind;
import cloudscan.core.fact.VirtualNetwork;
import java.util.List;

/** The vendor's GCP project for the analytics workload. */
final class DemoGcp extends DemoFacts {

  static final String PROJECT = "fujisawa-analytics-prod";
  static final String TOKYO = "asia-northeast1";

  DemoGcp() {
    super(Cloud.GCP, PROJECT);
    String p = "//compute.googleapis.com/projects/" + PROJECT;
    ResourceRef fw = ref("global", "compute.googleapis.com/Firewall", p + "/global/firewalls/allow-iap-ssh");
    add(allowIn(fw, "allow-iap-ssh", Protocol.TCP, "22", "35.235.240.0/20"));
    add(new VirtualNetwork(ref("global", "compute.googleapis.com/Network", p + "/global/networks/vpc-analytics"), false, true));
    ResourceRef vm = ref(TOKYO, "compute.googleapis.com/Instance", p + "/zones/asia-northeast1-b/instances/etl-worker-1");
    add(new Located(vm, "asia-northeast1-b"));
    add(new ComputeInstance(vm, true, false));
    String key = "projects/" + PROJECT + "/locations/asia-northeast1/keyRings/analytics/cryptoKeys/bq-cmek";
    add(new CryptoKey(ref(TOKYO, "cloudkms.googleapis.com/CryptoKey", key), "GOOGLE_SYMMETRIC_ENCRYPTION",
        CryptoKey.KeyUsage.ENCRYPT_DECRYPT, CryptoKey.KeyState.ENABLED, true, CryptoKey.KeyProtection.HSM, true, 90,
        null, List.of()));
    ResourceRef bucket = ref("asia1", "storage.googleapis.com/Bucket", "//storage.googleapis.com/fujisawa-analytics-staging");
    add(new Located(bucket, null));
    add(new DataStore(bucket, StoreKind.OBJECT_STORAGE, true));
    add(new EncryptionAtRest(bucket, StoreKind.OBJECT_STORAGE, true, key));
    ResourceRef sql = ref(TOKYO, "sqladmin.googleapis.com/Instance", "//cloudsql.googleapis.com/projects/" + PROJECT + "/instances/analytics-pg");
    add(new Located(sql, "asia-northeast1-a"));
    add(new DataStore(sql, StoreKind.DATABASE, false));
    add(new EncryptionAtRest(sql, StoreKind.DATABASE, true, key));
    add(new AuditTrail(ref("global", "cloudresourcemanager.googleapis.com/AuditConfig", "projects/" + PROJECT + "/auditConfigs/allServices"),
        true, true, null, true, "projects/" + PROJECT + "/locations/global/buckets/_Default"));
    add(new LogStore(ref("global", "logging.googleapis.com/LogBucket", "projects/" + PROJECT + "/locations/global/buckets/_Default"),
        true, Retention.days(30), false));
    service("global", THREAT_DETECTION, true, "Security Command Center Standard");
    service("global", INCIDENT_NOTIFICATION, true, "SCC notification config → Pub/Sub → on-call");
  }
}
