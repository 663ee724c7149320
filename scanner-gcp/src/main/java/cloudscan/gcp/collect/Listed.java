package cloudscan.gcp.collect;

import cloudscan.core.fact.Fact;
import cloudscan.core.provider.FactSink;
import com.google.api.gax.paging.AbstractPage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One list over every location ({@code locations/-}: Backup and DR, Certificate Manager), every
 * page of it: what it returned, and the locations its responses name {@code unreachable} (their
 * resources were not listed: never "none there").
 */
public record Listed<T>(List<T> items, Set<String> unreachable) {

  public Listed {
    items = List.copyOf(items);
    unreachable = Set.copyOf(unreachable);
  }

  public static <R, T, P extends AbstractPage<?, R, T, P>> Listed<T> read(String permission,
      Supplier<? extends Iterable<P>> pages, Function<R, List<String>> unreachable) {
    List<T> items = new ArrayList<>();
    Set<String> missed = new TreeSet<>();
    for (P page : GcpCall.list(permission, pages)) {
      page.getValues().forEach(items::add);
      missed.addAll(unreachable.apply(page.getResponse()));
    }
    return new Listed<>(items, missed);
  }

  /** Records the unreachable locations, if any, as a gap for {@code kinds}: what they hold was not read. */
  public void gapIfUnreachable(FactSink out, String service, String what, Set<Class<? extends Fact>> kinds) {
    Unreachable.gap(out, service, new TreeSet<>(unreachable), what, kinds);
  }
}
