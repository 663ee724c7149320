package cloudscan.azure.collect;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.azure.testing.AzureFake;
import cloudscan.azure.testing.Collected;
import cloudscan.azure.testing.FakeEstate;
import cloudscan.core.provider.Collector;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A full scan of the fake estate calls exactly the read list: nothing more (the guard would refuse
 * it, and the scan would have a gap) and nothing less (an unused entry would widen the generated
 * role for nothing). The session's own reads are not collectors' and are listed here.
 */
class ReadListScanTest {

  /** Reads of the session (subscription discovery), not of a collector. */
  private static final Set<String> SESSION = Set.of("resources:Subscriptions_List",
      "management:ManagementGroups_GetDescendants");

  @Test
  void fullScan_callsExactlyTheReadList_andRecordsNoGap() {
    try (AzureFake fake = FakeEstate.stub(AzureFake.start())) {
      AzureClients clients = fake.clients();
      Collected c = Collected.run(clients, AzureCollectors.all(clients).toArray(Collector[]::new));
      Set<String> called = new TreeSet<>(clients.apiCalls().keySet());
      called.addAll(SESSION);
      Set<String> listed = new TreeSet<>();
      ReadOperations.ALL.forEach(o -> listed.add(o.name()));
      assertThat(c.gaps()).as("gaps").isEmpty();
      assertThat(called).isEqualTo(listed);
    }
  }
}
