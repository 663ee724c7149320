package cloudscan.cli;

import cloudscan.core.Version;
import cloudscan.core.engine.CollectionRunner;
import cloudscan.core.engine.FactStore;
import cloudscan.core.provider.Provider;
import cloudscan.core.provider.ProviderConfig;
import cloudscan.core.provider.ProviderException;
import cloudscan.core.provider.ProviderSession;
import cloudscan.core.snapshot.Gap;
import cloudscan.core.snapshot.ProviderRun;
import cloudscan.core.snapshot.Snapshot;
import cloudscan.core.snapshot.SnapshotEstate;
import cloudscan.core.snapshot.SnapshotHeader;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "scan", header = "Collect a live account read-only, save the snapshot, judge it.", sortOptions = false,
    mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
    description = {"Collect a live cloud account READ-ONLY, save the snapshot beside the reports, and judge it.",
        "Every API call goes through a guard that refuses anything but reads."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  cloudscan scan --provider aws                                  # default credential chain",
        "  cloudscan scan --provider aws --profile city-audit             # every enabled region",
        "  cloudscan scan --provider aws --role-arn arn:aws:iam::111122223333:role/CloudscanAudit \\",
        "                 --external-id fujisawa-2026",
        "  cloudscan scan --provider aws --org-role CloudscanAudit        # every account of the Organization",
        "  cloudscan scan --provider aws --endpoint-url http://127.0.0.1:5000   # an emulator",
        "  cloudscan scan --provider azure                                # every subscription az login sees",
        "  cloudscan scan --provider azure --azure-auth cli --subscription 00000000-0000-0000-0000-000000000000",
        "  cloudscan scan --provider azure --management-group city-vendors --azure-auth managed-identity",
        "  cloudscan scan --provider gcp                                  # every project ADC can list",
        "  cloudscan scan --provider gcp --organization 123456789012 --quota-project city-audit",
        "  cloudscan scan --provider gcp --project city-prod --impersonate-service-account scan@city-audit.iam.gserviceaccount.com"})
final class ScanCommand extends JudgingCommand implements Callable<Integer> {

  @Option(names = {"-p", "--provider"}, required = true, paramLabel = "ID", order = -2,
      description = "Cloud provider: aws, azure or gcp (case does not matter).")
  String provider;

  @Option(names = "--regions", split = ",", paramLabel = "REGION",
      description = {"Only these regions/locations. Default: every enabled one.",
          "The others are reported as never examined, so 1.1 (data only in Japan) cannot be met."})
  List<String> regions = new ArrayList<>();

  @Option(names = "--endpoint-url", paramLabel = "URL", description = "Send all API calls to this endpoint (emulators).")
  URI endpoint;

  @Option(names = "--profile", paramLabel = "NAME",
      description = "Named credentials profile (~/.aws/config). Default: the SDK's default chain.")
  String profile;

  @Option(names = "--role-arn", paramLabel = "ARN", description = "Assume this read-only role first.")
  String roleArn;

  @Option(names = "--external-id", paramLabel = "ID", description = "External ID for --role-arn.")
  String externalId;

  @Option(names = "--org-role", paramLabel = "NAME",
      description = "Scan every active account of the Organization through this role name.")
  String orgRole;

  @Mixin
  AzureOptions azure = new AzureOptions();

  @Option(names = "--option", paramLabel = "KEY=VALUE", description = "Other provider option.")
  Map<String, String> options = new LinkedHashMap<>();

  @Mixin
  GcpOptions gcp = new GcpOptions();

  @Option(names = "--concurrency", paramLabel = "N", defaultValue = "16",
      description = "Concurrent collection tasks. Default: ${DEFAULT-VALUE}.")
  int concurrency;

  @Override
  public Integer call() throws Exception {
    Prepared prepared = prepare(Judge.Defaults.NONE);
    Registry registry = Registry.load();
    Provider p = registry.provider(provider.trim().toLowerCase(Locale.ROOT)).orElseThrow(() -> new ProviderException(
        registry.providers().isEmpty()
            ? "this build contains no cloud provider"
            : "no provider '" + provider + "' in this build (available: "
                + registry.providers().stream().map(Provider::id).collect(Collectors.joining(", ")) + ")"));
    FactStore store = new FactStore();
    List<Gap> gaps = new ArrayList<>();
    ProviderRun run;
    try (ProviderSession session = p.open(config())) {
      err().println("scanning as " + session.identity() + " (" + session.targets().size() + " targets)");
      run = new CollectionRunner(concurrency, clock, new StderrProgress(err())).run(p.id(), session, store, gaps);
    }
    err().printf("collected %d facts, %d gaps, %d API calls in %.1f s (peak heap %d MB)%n", store.size(),
        gaps.size(), run.totalApiCalls(),
        java.time.Duration.between(run.startedAt(), run.finishedAt()).toMillis() / 1000.0, Heap.peakMb());
    store.estate(SnapshotEstate.of(List.of(run), gaps));
    Snapshot snapshot = new Snapshot(new SnapshotHeader(SnapshotHeader.FORMAT_VERSION, Version.get(),
        clock.instant(), List.of(run)), store, gaps);
    Gate.Verdict v = finish(prepared, snapshot, true, null);
    out().println(v.line());
    return v.code();
  }

  private ProviderConfig config() {
    Map<String, String> o = new LinkedHashMap<>(options);
    putIf(o, "profile", profile);
    putIf(o, "role-arn", roleArn);
    putIf(o, "external-id", externalId);
    putIf(o, "org-role", orgRole);
    azure.putInto(o);
    o.putAll(gcp.asOptions());
    return new ProviderConfig(regions, endpoint, concurrency, o);
  }

  private static void putIf(Map<String, String> m, String k, String v) {
    if (v != null) {
      m.put(k, v);
    }
  }
}
