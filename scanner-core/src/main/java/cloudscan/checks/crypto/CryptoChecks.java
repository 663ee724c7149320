package cloudscan.checks.crypto;

import cloudscan.core.check.Check;
import java.util.List;

/** The crypto domain's checks, listed explicitly (no classpath scanning). */
public final class CryptoChecks {

  private CryptoChecks() { }

  public static List<Check> all() {
    CryptoTable table = CryptoTable.defaults();
    return List.of(
        new KeyTooWeak(table),
        new KeyRotationOff(),
        new TlsTooOld(),
        new TlsWeakCiphers(),
        new CertificateWeak(table),
        new EncryptionAtRestOff());
  }
}
