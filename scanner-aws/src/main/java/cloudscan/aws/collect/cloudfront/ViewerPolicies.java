package cloudscan.aws.collect.cloudfront;

import cloudscan.core.fact.TlsVersion;
import java.util.List;
import java.util.Optional;

/**
 * CloudFront's viewer security policies: the protocols and cipher suites each one lets viewers
 * use, as the AWS CloudFront Developer Guide documents them ("Supported protocols and ciphers
 * between viewers and CloudFront",
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html).
 * CloudFront has no API that lists them (unlike ELB's DescribeSSLPolicies), so the documented
 * table is the source. In that table every row is ticked for a run of policies starting at the
 * oldest ({@code SSLv3}) and ending at some policy: each suite below names the newest policy that
 * still offers it. Suites are in the table's order, which is the order CloudFront prefers them
 * (OpenSSL names; TLS 1.3 suites in IANA form). A policy name not in the table is not resolved.
 */
final class ViewerPolicies {

  /** The documented policies, oldest (widest) first. */
  static final List<String> POLICIES = List.of("SSLv3", "TLSv1", "TLSv1_2016", "TLSv1.1_2016", "TLSv1.2_2018",
      "TLSv1.2_2019", "TLSv1.2_2021", "TLSv1.2_2025", "TLSv1.3_2025");

  private record Row(String suite, String newestPolicy) { }

  private static final List<Row> SUITES = List.of(
      // TLS 1.3
      new Row("TLS_AES_128_GCM_SHA256", "TLSv1.3_2025"),
      new Row("TLS_AES_256_GCM_SHA384", "TLSv1.3_2025"),
      new Row("TLS_CHACHA20_POLY1305_SHA256", "TLSv1.2_2025"),
      // ECDSA
      new Row("ECDHE-ECDSA-AES128-GCM-SHA256", "TLSv1.2_2025"),
      new Row("ECDHE-ECDSA-AES128-SHA256", "TLSv1.2_2019"),
      new Row("ECDHE-ECDSA-AES128-SHA", "TLSv1.1_2016"),
      new Row("ECDHE-ECDSA-AES256-GCM-SHA384", "TLSv1.2_2025"),
      new Row("ECDHE-ECDSA-CHACHA20-POLY1305", "TLSv1.2_2021"),
      new Row("ECDHE-ECDSA-AES256-SHA384", "TLSv1.2_2019"),
      new Row("ECDHE-ECDSA-AES256-SHA", "TLSv1.1_2016"),
      // RSA
      new Row("ECDHE-RSA-AES128-GCM-SHA256", "TLSv1.2_2025"),
      new Row("ECDHE-RSA-AES128-SHA256", "TLSv1.2_2019"),
      new Row("ECDHE-RSA-AES128-SHA", "TLSv1.1_2016"),
      new Row("ECDHE-RSA-AES256-GCM-SHA384", "TLSv1.2_2025"),
      new Row("ECDHE-RSA-CHACHA20-POLY1305", "TLSv1.2_2021"),
      new Row("ECDHE-RSA-AES256-SHA384", "TLSv1.2_2019"),
      new Row("ECDHE-RSA-AES256-SHA", "TLSv1.1_2016"),
      new Row("AES128-GCM-SHA256", "TLSv1.2_2018"),
      new Row("AES256-GCM-SHA384", "TLSv1.2_2018"),
      new Row("AES128-SHA256", "TLSv1.2_2018"),
      new Row("AES256-SHA", "TLSv1.1_2016"),
      new Row("AES128-SHA", "TLSv1.1_2016"),
      new Row("DES-CBC3-SHA", "TLSv1"),
      new Row("RC4-MD5", "SSLv3"));

  /** Newest policy still accepting each protocol (same table, "Supported SSL/TLS protocols"). */
  private static final List<Row> PROTOCOLS = List.of(
      new Row("SSLv3", "SSLv3"),
      new Row("TLSv1", "TLSv1_2016"),
      new Row("TLSv1.1", "TLSv1.1_2016"),
      new Row("TLSv1.2", "TLSv1.2_2025"),
      new Row("TLSv1.3", "TLSv1.3_2025"));

  private ViewerPolicies() { }

  /** The suites {@code policy} offers, in CloudFront's order; empty for a policy not in the table. */
  static Optional<List<String>> suites(String policy) {
    return rows(SUITES, policy).map(rows -> rows.stream().map(Row::suite).toList());
  }

  /** The protocols {@code policy} accepts, oldest first; empty for a policy not in the table. */
  static Optional<List<TlsVersion>> protocols(String policy) {
    return rows(PROTOCOLS, policy).map(rows -> rows.stream().map(r -> TlsVersion.parse(r.suite())).toList());
  }

  private static Optional<List<Row>> rows(List<Row> table, String policy) {
    int column = POLICIES.indexOf(policy);
    if (column < 0) {
      return Optional.empty();
    }
    return Optional.of(table.stream().filter(r -> POLICIES.indexOf(r.newestPolicy()) >= column).toList());
  }
}
