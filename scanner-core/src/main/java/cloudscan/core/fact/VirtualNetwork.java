package cloudscan.core.fact;

/**
 * A VPC / VNet / VPC network boundary and whether traffic across it is logged (VPC flow logs, NSG
 * or VNet flow logs, GCP subnet flow logs). {@code flowLogsEnabled} is null when it could not be
 * read.
 */
public record VirtualNetwork(ResourceRef resource, boolean isDefault, Boolean flowLogsEnabled)
    implements Fact { }
