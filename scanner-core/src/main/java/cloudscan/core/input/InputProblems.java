package cloudscan.core.input;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Several problems found in user files at once, so a user fixes them in one round: the message
 * has one line per problem, each naming file, line and field.
 */
public final class InputProblems extends InputException {

  private static final long serialVersionUID = 1L;

  private final transient List<InputException> all;

  private InputProblems(List<InputException> all) {
    super(all.get(0).file(), all.get(0).line(), all.get(0).column(), all.get(0).field(),
        all.get(0).problem());
    this.all = List.copyOf(all);
  }

  /** One line per problem. */
  @Override
  public String getMessage() {
    return all.stream().map(Throwable::getMessage).collect(Collectors.joining("\n"));
  }

  /** Every problem, in the order found. */
  public List<InputException> all() {
    return all;
  }

  /** Collects problems; {@link #throwIfAny} throws the one found, or all of them. */
  public static final class Collector {
    private final List<InputException> found = new ArrayList<>();

    public void add(InputException e) {
      if (e instanceof InputProblems p) {
        found.addAll(p.all());
      } else {
        found.add(e);
      }
    }

    public boolean isEmpty() {
      return found.isEmpty();
    }

    public int size() {
      return found.size();
    }

    /** Throws the problems found, each file's in line order (files in the order first seen). */
    public void throwIfAny() throws InputException {
      if (found.size() == 1) {
        throw found.get(0);
      }
      if (!found.isEmpty()) {
        List<String> files = found.stream().map(InputException::file).distinct().toList();
        List<InputException> sorted = new ArrayList<>(found);
        sorted.sort(java.util.Comparator.comparingInt((InputException e) -> files.indexOf(e.file()))
            .thenComparingInt(InputException::line));
        throw new InputProblems(sorted);
      }
    }
  }
}
