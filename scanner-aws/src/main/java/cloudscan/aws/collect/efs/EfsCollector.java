package cloudscan.aws.collect.efs;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.Inventory;
import cloudscan.aws.collect.InventoryCollector;
import cloudscan.core.fact.Fact;
import cloudscan.core.provider.Target;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.efs.EfsClient;
import software.amazon.awssdk.services.efs.model.FileSystemDescription;

/** EFS file systems, One Zone ones in their zone. */
public final class EfsCollector extends InventoryCollector {

  public EfsCollector(AwsClients clients) {
    super(clients, "elasticfilesystem");
  }

  @Override
  protected List<Fact> locate(Target target) {
    return clients.client(target, EfsClient.class, EfsClient::builder).describeFileSystemsPaginator(r -> { })
        .fileSystems().stream().flatMap(fs -> facts(target, fs).stream()).toList();
  }

  private static List<Fact> facts(Target target, FileSystemDescription fs) {
    var ref = Inventory.ref(target, "elasticfilesystem", "file-system", fs.fileSystemArn());
    Map<String, String> tags = new LinkedHashMap<>();
    fs.tags().forEach(t -> tags.put(t.key(), t.value()));
    return fs.availabilityZoneName() == null ? Inventory.regional(ref, fs.name(), Optional.of(tags))
        : Inventory.zonal(ref, fs.availabilityZoneName(), fs.name(), Optional.of(tags));
  }
}
