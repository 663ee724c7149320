package cloudscan.aws.collect.costexplorer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import software.amazon.awssdk.services.costexplorer.model.Group;
import software.amazon.awssdk.services.costexplorer.model.MetricValue;

/** Reading Cost Explorer groups: was anything used, and is it a regional service's usage. */
final class BilledUsage {

  /** Regions Cost Explorer uses for what belongs to no region. */
  private static final Set<String> NO_REGION = Set.of("global", "noregion", "");

  /**
   * Global services Cost Explorer bills under us-east-1 (or another fixed region) although they
   * run everywhere: their usage says nothing about where the customer's data is. Spelled as Cost
   * Explorer's SERVICE dimension names them (the organization-wide request filters them out by
   * these exact, case-sensitive values; per account they are matched case-insensitively).
   */
  static final List<String> GLOBAL_SERVICE_NAMES = List.of("AWS Cost Explorer", "Amazon Route 53",
      "AWS Identity and Access Management", "AWS Organizations", "Amazon CloudFront", "AWS WAF", "AWS Shield",
      "AWS Global Accelerator", "AWS Budgets", "AWS Marketplace", "Tax", "AWS Support (Basic)",
      "AWS Support (Developer)", "AWS Support (Business)", "AWS Support (Enterprise)",
      "AWS Support (Enterprise On-Ramp)", "Savings Plans for AWS Compute usage", "AWS Billing Conductor",
      "AWS Cost and Usage Report", "Amazon Registrar", "AWS IAM Identity Center");

  private static final Set<String> GLOBAL_SERVICES = GLOBAL_SERVICE_NAMES.stream()
      .map(s -> s.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());

  private BilledUsage() { }

  static boolean positive(Group g) {
    return amount(g.metrics().get("UsageQuantity")).signum() > 0 || amount(g.metrics().get("UnblendedCost")).signum() > 0;
  }

  /** True for usage billed in a real region by a regional service ({@code service} null: already filtered). */
  static boolean regional(String region, String service) {
    return !NO_REGION.contains(region.toLowerCase(Locale.ROOT))
        && (service == null || !GLOBAL_SERVICES.contains(service.toLowerCase(Locale.ROOT)));
  }

  static String describe(Group g) {
    MetricValue usage = g.metrics().get("UsageQuantity");
    MetricValue cost = g.metrics().get("UnblendedCost");
    return "usage " + amount(usage).stripTrailingZeros().toPlainString()
        + ", cost " + amount(cost).stripTrailingZeros().toPlainString() + " " + (cost == null ? "" : cost.unit());
  }

  private static BigDecimal amount(MetricValue v) {
    try {
      return v == null || v.amount() == null ? BigDecimal.ZERO : new BigDecimal(v.amount());
    } catch (NumberFormatException e) {
      return BigDecimal.ZERO;
    }
  }
}
