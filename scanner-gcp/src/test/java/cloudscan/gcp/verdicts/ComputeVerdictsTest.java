package cloudscan.gcp.verdicts;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.core.check.Status;
import cloudscan.core.engine.Finding;
import cloudscan.gcp.testing.EstateScan;
import cloudscan.gcp.testing.FakeEstate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Compute Engine networks and instances as the REST API returns them, judged by the core checks. */
class ComputeVerdictsTest {

  /**
   * {@code logConfig.flowSampling}: "1.0 means all collected logs are reported and 0.0 means no
   * logs are reported" (Compute v1 Subnetwork / SubnetworkLogConfig). A subnet with
   * {@code enable: true} and {@code flowSampling: 0.0} reports no flow at all; the collector reads
   * only {@code enable}, so net.flow-logs-off PASSes a network that records nothing.
   */
  @Test
  void aSubnetSamplingNoFlows_recordsNoFlowLogs() throws Exception {
    EstateScan scan = EstateScan.of(fake -> fake.get("/compute/v1/projects/city-prod/aggregated/subnetworks", """
        {"kind": "compute#subnetworkAggregatedList", "items": {
          "regions/asia-northeast1": {"subnetworks": [{"name": "app",
            "region": "https://www.googleapis.com/compute/v1/projects/city-prod/regions/asia-northeast1",
            "network": "https://www.googleapis.com/compute/v1/projects/city-prod/global/networks/prod-vpc",
            "ipCidrRange": "10.10.0.0/24", "purpose": "PRIVATE",
            "logConfig": {"enable": true, "aggregationInterval": "INTERVAL_5_SEC", "flowSampling": 0.0,
              "metadata": "INCLUDE_ALL_METADATA"}}]}}}"""));
    List<Finding> f = scan.findings("net.flow-logs-off", FakeEstate.PROD);
    assertThat(f).as("net.flow-logs-off for prod-vpc, whose only subnet samples 0.0 of its flows: %s",
        EstateScan.describe(f)).isNotEmpty().noneMatch(x -> x.status() == Status.PASS);
  }

  /**
   * city-dev's dev-box has an external IP and SSH open to 0.0.0.0/0 (default-allow-ssh), and no
   * rule written for Identity-Aware Proxy. The collector credits it with a managed maintenance path
   * because 0.0.0.0/0 contains IAP's 35.235.240.0/20: the rule that lets the whole internet in is
   * read as the evidence of IAP. exposure.server-without-managed-access then PASSes "reachable
   * through a managed maintenance path" for the server that is the very case it exists to FAIL
   * ("no managed path and a public IP: it may be maintained directly from the internet").
   */
  @Test
  void sshOpenToTheWholeInternet_isNoEvidenceOfAManagedMaintenancePath() throws Exception {
    EstateScan scan = EstateScan.of(fake -> { });
    List<Finding> f = scan.findings("exposure.server-without-managed-access", FakeEstate.DEV);
    assertThat(f).as("exposure.server-without-managed-access for city-dev's dev-box (public IP, SSH from 0.0.0.0/0, no IAP rule): %s",
        EstateScan.describe(f)).isNotEmpty().noneMatch(x -> x.status() == Status.PASS);
  }
}
