package cloudscan.aws.collect.costexplorer;

import java.math.BigDecimal;
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
   * run everywhere: their usage says nothing about where the customer's data is.
   */
  private static final Set<String> GLOBAL_SERVICES = Set.of("aws cost explorer", "amazon route 53",
      "aws identity and access management", "aws organizations", "amazon cloudfront", "aws waf", "aws shield",
      "aws global accelerator", "aws budgets", "aws marketplace", "tax", "aws support (basic)",
      "aws support (developer)", "aws support (business)", "aws support (enterprise)",
      "aws support (enterprise on-ramp)", "savings plans for aws compute usage", "aws billing conductor",
      "aws cost and usage report", "amazon registrar", "aws iam identity center");

  private BilledUsage() { }

  static boolean positive(Group g) {
    return amount(g.metrics().get("UsageQuantity")).signum() > 0 || amount(g.metrics().get("UnblendedCost")).signum() > 0;
  }

  static boolean regional(String region, String service) {
    return !NO_REGION.contains(region.toLowerCase(Locale.ROOT))
        && !GLOBAL_SERVICES.contains(service.toLowerCase(Locale.ROOT));
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
