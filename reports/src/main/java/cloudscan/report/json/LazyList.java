package cloudscan.report.json;

import cloudscan.core.engine.CheckOutcome;
import cloudscan.core.engine.Finding;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A read-only list whose elements are made only when Jackson asks for them, one at a time. The
 * document records keep their shape, but a report of a large estate is written as a stream: no
 * list of every finding's record is ever held in memory.
 */
final class LazyList<T> extends AbstractList<T> implements RandomAccess {

  private final int size;
  private final Function<Integer, T> element;

  private LazyList(int size, Function<Integer, T> element) {
    this.size = size;
    this.element = element;
  }

  /** {@code source} mapped element by element. */
  static <S, T> List<T> map(List<S> source, Function<S, T> f) {
    return new LazyList<>(source.size(), i -> f.apply(source.get(i)));
  }

  /** Every finding of {@code checks}, in order, mapped with its check. */
  static <T> List<T> findings(List<CheckOutcome> checks, BiFunction<CheckOutcome, Finding, T> f) {
    int[] starts = new int[checks.size() + 1];
    for (int c = 0; c < checks.size(); c++) {
      starts[c + 1] = starts[c] + checks.get(c).findings().size();
    }
    return new LazyList<>(starts[checks.size()], i -> {
      int c = Arrays.binarySearch(starts, i);
      // an exact hit may be the end of empty checks: take the last check starting at i
      c = c >= 0 ? lastStartingAt(starts, c) : -c - 2;
      CheckOutcome o = checks.get(c);
      return f.apply(o, o.findings().get(i - starts[c]));
    });
  }

  private static int lastStartingAt(int[] starts, int c) {
    int k = c;
    while (k + 1 < starts.length - 1 && starts[k + 1] == starts[c]) {
      k++;
    }
    return k;
  }

  @Override
  public T get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException(index);
    }
    return element.apply(index);
  }

  @Override
  public int size() {
    return size;
  }
}
