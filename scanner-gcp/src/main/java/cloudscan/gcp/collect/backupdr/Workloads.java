package cloudscan.gcp.collect.backupdr;

import cloudscan.core.fact.Known;
import cloudscan.core.provider.Target;
import cloudscan.gcp.collect.GcpCall;
import cloudscan.gcp.collect.GcpContext;
import cloudscan.gcp.collect.compute.Aggregated;
import cloudscan.gcp.collect.compute.ComputeReads;
import cloudscan.gcp.collect.compute.InstanceCollector;
import com.google.cloud.backupdr.v1.BackupPlanAssociation;
import com.google.cloud.compute.v1.AttachedDisk;
import com.google.cloud.compute.v1.Instance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one backup plan association protects, named as the other GCP collectors name it, so a
 * plan's selection selects their facts: a VM ({@code compute.googleapis.com/Instance}) as
 * {@link InstanceCollector} names it and, with it, every disk attached to it (a Backup and DR
 * backup of a VM holds its disks, which the checks judge as data stores), read from the project's
 * instance list the instance collector reads anyway; a disk as the disk collector names it; a
 * Cloud SQL instance as the Cloud SQL collector names it ({@code //cloudsql.googleapis.com/...});
 * any other workload by its full resource name. Unread when a VM's disks cannot be read or the
 * workload's type cannot be told.
 */
final class Workloads {

  static final String VM = "compute.googleapis.com/Instance";
  static final String DISK = "compute.googleapis.com/Disk";
  static final String SQL = "sqladmin.googleapis.com/Instance";
  private static final String COMPUTE = "//compute.googleapis.com/";

  private final GcpContext ctx;
  private final Target target;
  private Known<Map<String, List<String>>> disksOfVms;

  Workloads(GcpContext ctx, Target target) {
    this.ctx = ctx;
    this.target = target;
  }

  /** The IDs of the resources {@code a} protects. */
  Known<List<String>> of(BackupPlanAssociation a) {
    String name = Names.normalize(ctx, a.getResource());
    if (!name.startsWith("projects/")) {
      return Known.unread();
    }
    return switch (a.getResourceType()) {
      case VM -> vm(COMPUTE + name, Names.project(name));
      case DISK -> Known.of(List.of(COMPUTE + name));
      case SQL -> Known.of(List.of("//cloudsql.googleapis.com/" + name));
      case "" -> Known.unread();
      default -> Known.of(List.of("//" + a.getResourceType().substring(0, a.getResourceType().indexOf('/') + 1) + name));
    };
  }

  private Known<List<String>> vm(String id, String project) {
    if (!target.account().equals(project)) {
      return Known.unread(); // its disks are another project's (associations live in the workload's project)
    }
    return disks().map(byVm -> {
      List<String> ids = new ArrayList<>(List.of(id));
      ids.addAll(byVm.getOrDefault(id, List.of()));
      return ids;
    });
  }

  /** Each VM of the project → the IDs of its attached disks; read once, unread when it cannot be. */
  private Known<Map<String, List<String>>> disks() {
    if (disksOfVms == null) {
      try {
        Aggregated<Instance> vms = ComputeReads.instances(ctx, target.account());
        if (!vms.unreachable().isEmpty()) {
          return disksOfVms = Known.unread(); // a VM of an unreachable zone: its disks are unknown
        }
        Map<String, List<String>> byVm = new HashMap<>();
        for (Instance i : vms.items()) {
          byVm.put(InstanceCollector.ref(target, i).id(), i.getDisksList().stream().map(AttachedDisk::getSource)
              .filter(s -> !s.isEmpty()).map(s -> COMPUTE + ComputeReads.name(s)).toList());
        }
        disksOfVms = Known.of(byVm);
      } catch (GcpCall.GcpCallException e) {
        disksOfVms = Known.unread(); // the instance collector records that gap
      }
    }
    return disksOfVms;
  }
}
