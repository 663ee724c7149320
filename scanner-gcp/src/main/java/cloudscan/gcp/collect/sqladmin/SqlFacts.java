package cloudscan.gcp.collect.sqladmin;

import cloudscan.core.fact.BackupPlan;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Peer;
import cloudscan.core.fact.PublicEndpoint;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.TlsPolicy;
import cloudscan.core.fact.TlsVersion;
import cloudscan.gcp.collect.MultiRegions;
import com.google.api.services.sqladmin.model.AclEntry;
import com.google.api.services.sqladmin.model.BackupConfiguration;
import com.google.api.services.sqladmin.model.DatabaseInstance;
import com.google.api.services.sqladmin.model.IpConfiguration;
import java.util.List;
import java.util.Optional;

/** Cloud SQL settings → fact values. A setting that is absent from the answer is unread. */
final class SqlFacts {

  private SqlFacts() { }

  /**
   * Reachable from the internet when the public IPv4 address is on; then only from its authorized
   * networks (none listed: nobody over the public address). Client certificates are required by
   * SSL mode TRUSTED_CLIENT_CERTIFICATE_REQUIRED (or the legacy requireSsl).
   */
  static PublicEndpoint endpoint(ResourceRef ref, DatabaseInstance i) {
    IpConfiguration ip = i.getSettings() == null ? null : i.getSettings().getIpConfiguration();
    if (ip == null || ip.getIpv4Enabled() == null) {
      return new PublicEndpoint(ref, PublicEndpoint.Kind.DATABASE, Known.unread(), Known.unread(), Known.unread());
    }
    List<AclEntry> nets = ip.getAuthorizedNetworks() == null ? List.of() : ip.getAuthorizedNetworks();
    Known<List<Peer>> sources = ip.getIpv4Enabled() ? Known.of(nets.stream().map(n -> Peer.cidr(n.getValue())).toList())
        : Known.of(List.of());
    // client certificates do not apply to SQL Server, whatever requireSsl says
    Known<Boolean> certs = sqlServer(i) ? Known.of(false)
        : ip.getSslMode() != null ? Known.of("TRUSTED_CLIENT_CERTIFICATE_REQUIRED".equals(ip.getSslMode()))
        : Known.ofNullable(ip.getRequireSsl());
    return new PublicEndpoint(ref, PublicEndpoint.Kind.DATABASE, Known.of(ip.getIpv4Enabled()), sources, certs);
  }

  /**
   * The instance accepts unencrypted connections: SSL mode ALLOW_UNENCRYPTED_AND_ENCRYPTED (Google's
   * default), or no SSL mode and no legacy requireSsl, or SQL Server, which serves a client that does
   * not ask for encryption even with ENCRYPTED_ONLY. Then a {@link TlsPolicy} listing plaintext;
   * empty when only encrypted connections are accepted (their TLS versions and suites are
   * Google-managed and not judged); protocols unread when the settings are absent.
   */
  static Optional<TlsPolicy> plaintext(ResourceRef ref, DatabaseInstance i) {
    IpConfiguration ip = i.getSettings() == null ? null : i.getSettings().getIpConfiguration();
    String name = i.getName();
    if (ip == null) {
      return Optional.of(new TlsPolicy(ref, name, "SSL mode (not read)", TlsVersion.UNKNOWN, Known.unread(), Known.notOffered()));
    }
    String mode = ip.getSslMode();
    boolean plain = sqlServer(i) || "ALLOW_UNENCRYPTED_AND_ENCRYPTED".equals(mode)
        || mode == null && !Boolean.TRUE.equals(ip.getRequireSsl());
    if (!plain) {
      return Optional.empty();
    }
    String why = sqlServer(i) ? "SQL Server: unencrypted clients are served" : "SSL mode " + (mode == null ? "not required" : mode);
    return Optional.of(new TlsPolicy(ref, name, why, TlsVersion.UNKNOWN, Known.of(List.of(TlsVersion.PLAINTEXT)),
        Known.notOffered()));
  }

  private static boolean sqlServer(DatabaseInstance i) {
    return i.getDatabaseVersion() != null && i.getDatabaseVersion().startsWith("SQLSERVER");
  }

  /** REGIONAL availability keeps a standby in another zone; null when the setting is absent. */
  static Boolean highlyAvailable(DatabaseInstance i) {
    if (i.getSettings() == null || i.getSettings().getAvailabilityType() == null) {
      return null;
    }
    return "REGIONAL".equals(i.getSettings().getAvailabilityType());
  }

  static String key(DatabaseInstance i) {
    if (i.getDiskEncryptionConfiguration() == null || i.getDiskEncryptionConfiguration().getKmsKeyName() == null) {
      return null;
    }
    String k = i.getDiskEncryptionConfiguration().getKmsKeyName();
    int v = k.indexOf("/cryptoKeyVersions/");
    return v < 0 ? k : k.substring(0, v);
  }

  /**
   * Automated backups as a plan that protects this instance: retention is the retained backups
   * (daily, so days) or, with point-in-time recovery, the longer of that and the log retention.
   */
  static BackupPlan backups(ResourceRef ref, DatabaseInstance i) {
    BackupConfiguration b = i.getSettings() == null ? null : i.getSettings().getBackupConfiguration();
    ResourceRef plan = ResourceRef.of(ref.cloud(), ref.account(), ref.location(), "sqladmin.googleapis.com/BackupConfiguration",
        ref.id() + "/backupConfiguration");
    if (b == null || b.getEnabled() == null) {
      return new BackupPlan(plan, Known.unread(), List.of(), Known.unread(), Known.unread());
    }
    if (!b.getEnabled()) {
      return new BackupPlan(plan, Known.of(0), List.of(), Known.of(List.of()), Known.of(List.of()));
    }
    Integer retained = b.getBackupRetentionSettings() == null ? null : b.getBackupRetentionSettings().getRetainedBackups();
    int days = retained == null ? 7 : retained; // the documented default: 7 backups
    // without a custom location, backups go to the multi-region nearest the instance (asia: abroad)
    String where = b.getLocation() != null ? b.getLocation() : MultiRegions.nearest(i.getRegion() != null ? i.getRegion() : ref.location());
    List<BackupPlan.Copy> copies = java.util.Collections.singletonList(new BackupPlan.Copy(ref.account(), where, null));
    return new BackupPlan(plan, Known.of(days), List.of(), Known.of(copies),
        Known.of(List.of(new BackupPlan.Selection(List.of(ref.id()), null, null, null))));
  }
}
