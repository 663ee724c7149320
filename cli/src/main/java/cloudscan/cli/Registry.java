package cloudscan.cli;

import cloudscan.checks.CoreChecks;
import cloudscan.core.check.Check;
import cloudscan.core.provider.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.regex.Pattern;

/** Providers (found with ServiceLoader) and every check: core's plus each provider's own. */
public final class Registry {

  private final List<Provider> providers;
  private final List<Check> checks;

  private Registry(List<Provider> providers) {
    this.providers = List.copyOf(providers);
    List<Check> all = new ArrayList<>(CoreChecks.all());
    providers.forEach(p -> all.addAll(p.checks()));
    this.checks = List.copyOf(all);
  }

  public static Registry load() {
    List<Provider> found = new ArrayList<>();
    ServiceLoader.load(Provider.class).forEach(found::add);
    return new Registry(found);
  }

  public List<Provider> providers() {
    return providers;
  }

  public Optional<Provider> provider(String id) {
    return providers.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  public List<Check> checks() {
    return checks;
  }

  /** True for a check ID, a former ID, or a glob ({@code net.*}) matching at least one check. */
  public boolean knowsCheck(String idOrGlob) {
    Pattern p = Pattern.compile(Pattern.quote(idOrGlob).replace("*", "\\E.*\\Q"));
    return checks.stream().anyMatch(c -> p.matcher(c.spec().id()).matches()
        || c.spec().aliases().stream().anyMatch(a -> p.matcher(a).matches()));
  }
}
