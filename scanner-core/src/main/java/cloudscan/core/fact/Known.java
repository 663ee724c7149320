package cloudscan.core.fact;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A fact's value that may not have been read. Absence is evidence only when somebody looked, so a
 * field that a collector can fail to read says which of three things is true:
 * <ul>
 *   <li>{@link State#KNOWN}: read, with a value ({@code false} and an empty list are answers);</li>
 *   <li>{@link State#UNREAD}: not read (access denied, call failed, field missing): every verdict
 *       that depends on it is UNKNOWN, never PASS;</li>
 *   <li>{@link State#NOT_OFFERED}: this cloud has no such setting (Key Vault keys carry no
 *       per-key algorithm list; Azure activity logs have no integrity validation; a GCP project
 *       has no password policy). Each check that reads such a field documents its per-cloud rule
 *       for this state.</li>
 * </ul>
 * In the snapshot a known value is written as itself, an unread one as {@code null} and a
 * not-offered one as {@code {"notOffered": true}} (see docs/snapshot-format.md).
 */
public final class Known<T> {

  public enum State { KNOWN, UNREAD, NOT_OFFERED }

  private static final Known<?> UNREAD = new Known<>(State.UNREAD, null);
  private static final Known<?> NOT_OFFERED = new Known<>(State.NOT_OFFERED, null);

  private final State state;
  private final T value;

  private Known(State state, T value) {
    this.state = state;
    this.value = value;
  }

  /** A value that was read. Lists, sets and maps are copied (immutable). */
  @SuppressWarnings("unchecked")
  public static <T> Known<T> of(T value) {
    Objects.requireNonNull(value, "a known value is never null: use Known.unread()");
    Object v = value;
    if (v instanceof List<?> l) {
      v = List.copyOf(l);
    } else if (v instanceof Set<?> s) {
      v = Set.copyOf(s);
    } else if (v instanceof Map<?, ?> m) {
      v = Map.copyOf(m);
    }
    return new Known<>(State.KNOWN, (T) v);
  }

  /** The value, or {@link #unread()} when {@code value} is null. */
  public static <T> Known<T> ofNullable(T value) {
    return value == null ? unread() : of(value);
  }

  @SuppressWarnings("unchecked")
  public static <T> Known<T> unread() {
    return (Known<T>) UNREAD;
  }

  @SuppressWarnings("unchecked")
  public static <T> Known<T> notOffered() {
    return (Known<T>) NOT_OFFERED;
  }

  public State state() {
    return state;
  }

  public boolean isKnown() {
    return state == State.KNOWN;
  }

  public boolean isUnread() {
    return state == State.UNREAD;
  }

  public boolean isNotOffered() {
    return state == State.NOT_OFFERED;
  }

  /** The value; only when {@link #isKnown()}. */
  public T value() {
    if (state != State.KNOWN) {
      throw new IllegalStateException("value is " + state + ", not known");
    }
    return value;
  }

  /** The value when known, else {@code other}. Never use it to turn "not read" into a pass. */
  public T orElse(T other) {
    return state == State.KNOWN ? value : other;
  }

  /** True if known and equal to {@code expected}: {@code enabled.is(true)}. */
  public boolean is(T expected) {
    return state == State.KNOWN && value.equals(expected);
  }

  public <R> Known<R> map(Function<? super T, ? extends R> f) {
    return state == State.KNOWN ? of(f.apply(value)) : same();
  }

  @SuppressWarnings("unchecked")
  private <R> Known<R> same() {
    return (Known<R>) this;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Known<?> k && k.state == state && Objects.equals(k.value, value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(state, value);
  }

  @Override
  public String toString() {
    return switch (state) {
      case KNOWN -> String.valueOf(value);
      case UNREAD -> "unread";
      case NOT_OFFERED -> "not offered";
    };
  }
}
