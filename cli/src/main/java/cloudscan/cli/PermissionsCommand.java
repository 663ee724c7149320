package cloudscan.cli;

import cloudscan.core.provider.Provider;
import cloudscan.core.provider.ProviderException;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "permissions", header = "Print the least-privilege identity a scan needs.", mixinStandardHelpOptions = true,
    description = {"Print the least-privilege role or policy a scan of the provider needs, generated from the",
        "same exact read list the client-side read-only guard enforces (an AWS IAM policy, an Azure",
        "custom role, a GCP custom role)."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  cloudscan permissions --provider aws > cloudscan-readonly-policy.json",
        "  cloudscan permissions --provider azure"})
final class PermissionsCommand implements Callable<Integer> {

  @Option(names = {"-p", "--provider"}, required = true, paramLabel = "ID", description = "Cloud provider.")
  String provider;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws ProviderException {
    Registry registry = Registry.load();
    Provider p = registry.provider(provider.toLowerCase(Locale.ROOT)).orElseThrow(() -> new ProviderException(
        "no provider '" + provider + "' in this build (available: "
            + registry.providers().stream().map(Provider::id).collect(Collectors.joining(", ")) + ")"));
    String text = p.leastPrivilege().orElseThrow(() -> new ProviderException(
        "provider '" + p.id() + "' publishes no least-privilege definition"));
    spec.commandLine().getOut().println(text.strip());
    return ExitCode.OK;
  }
}
