package cloudscan.aws.collect.fsx;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.Inventory;
import cloudscan.aws.collect.InventoryCollector;
import cloudscan.core.fact.Fact;
import cloudscan.core.provider.Target;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.fsx.model.Tag;
import software.amazon.awssdk.services.fsx.FSxClient;

/** FSx file systems (Windows, Lustre, ONTAP, OpenZFS). */
public final class FsxCollector extends InventoryCollector {

  public FsxCollector(AwsClients clients) {
    super(clients, "fsx");
  }

  @Override
  protected Optional<String> indexType() {
    return Optional.of("fsx:file-system");
  }

  @Override
  protected List<Fact> locate(Target target) {
    return clients.client(target, FSxClient.class, FSxClient::builder).describeFileSystemsPaginator(r -> { })
        .stream().flatMap(page -> page.fileSystems().stream()).flatMap(fs -> Inventory.regional(Inventory.ref(target, "fsx", "file-system",
            fs.resourceARN()), null, Inventory.tags(fs.tags(), Tag::key, Tag::value)).stream()).toList();
  }
}
