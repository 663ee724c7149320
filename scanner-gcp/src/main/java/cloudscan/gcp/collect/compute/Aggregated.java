package cloudscan.gcp.collect.compute;

import cloudscan.core.fact.Fact;
import cloudscan.core.provider.FactSink;
import cloudscan.gcp.collect.GcpCall;
import cloudscan.gcp.collect.Unreachable;
import com.google.api.gax.paging.AbstractPage;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The items of a Compute {@code aggregatedList} with the zones and regions Google could not reach.
 * Such a call still answers 200: an unreachable scope comes back as an entry whose {@code warning}
 * has code {@code UNREACHABLE} instead of items, and the response lists it in
 * {@code unreachables}. Its resources were not read, which is a gap, never "none there".
 *
 * @param unreachable the unreachable scopes ({@code zones/europe-west1-b}, ...), sorted
 */
public record Aggregated<T>(List<T> items, Set<String> unreachable) {

  private static final String UNREACHABLE = "UNREACHABLE";

  public Aggregated {
    items = Collections.unmodifiableList(items);
    unreachable = Collections.unmodifiableSet(unreachable);
  }

  /** Every page of {@code pages}: the items of each reachable scope, and the unreachable ones. */
  public static <S extends Message, T> Aggregated<T> read(String permission,
      Supplier<? extends Iterable<? extends AbstractPage<?, ? extends Message, Map.Entry<String, S>, ?>>> pages,
      Function<S, List<T>> items) {
    return GcpCall.get(permission, () -> {
      List<T> out = new ArrayList<>();
      Set<String> unreachable = new TreeSet<>();
      for (AbstractPage<?, ? extends Message, Map.Entry<String, S>, ?> page : pages.get()) {
        unreachable.addAll(strings(page.getResponse(), "unreachables"));
        for (Map.Entry<String, S> scoped : page.getValues()) {
          if (UNREACHABLE.equals(warningCode(scoped.getValue()))) {
            unreachable.add(scoped.getKey());
          } else {
            out.addAll(items.apply(scoped.getValue()));
          }
        }
      }
      return new Aggregated<>(out, unreachable);
    });
  }

  /** Records a gap in {@code kinds} when some scope was not reached; the reached ones still count. */
  public void gapIfPartial(FactSink out, String what, Set<Class<? extends Fact>> kinds) {
    Unreachable.gap(out, "Compute Engine", unreachable, what, kinds);
  }

  private static String warningCode(Message scoped) {
    FieldDescriptor warning = scoped.getDescriptorForType().findFieldByName("warning");
    if (warning == null || !scoped.hasField(warning)) {
      return "";
    }
    Message w = (Message) scoped.getField(warning);
    FieldDescriptor code = w.getDescriptorForType().findFieldByName("code");
    return code == null ? "" : String.valueOf(w.getField(code));
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Message m, String field) {
    FieldDescriptor f = m.getDescriptorForType().findFieldByName(field);
    return f == null || !f.isRepeated() ? List.of() : (List<String>) m.getField(f);
  }
}
