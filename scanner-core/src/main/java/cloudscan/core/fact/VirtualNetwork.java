package cloudscan.core.fact;

import java.util.Objects;

/**
 * A VPC / VNet / VPC network boundary and whether traffic across it is logged (VPC flow logs, NSG
 * or VNet flow logs, GCP subnet flow logs).
 *
 * @param flowLogs {@link FlowLogs#ALL} when every subnet's traffic is logged (a VPC- or VNet-wide
 *                 flow log, or one on each subnet), {@link FlowLogs#PARTIAL} when only some
 *                 subnets are (GCP logs per subnet)
 */
public record VirtualNetwork(ResourceRef resource, boolean isDefault, Known<FlowLogs> flowLogs)
    implements Fact {

  public enum FlowLogs { ALL, PARTIAL, NONE }

  public VirtualNetwork {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(flowLogs, "flowLogs");
  }
}
