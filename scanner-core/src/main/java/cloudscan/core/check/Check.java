package cloudscan.core.check;

import java.util.stream.Stream;

/**
 * One rule. {@link #evaluate} is a pure function of the facts and the context: no SDK call, no
 * I/O, no clock ({@link EvalContext#now()} is the clock). An ArchUnit test keeps it so.
 *
 * <p>The engine, not the check, turns collection gaps into UNKNOWN and "no facts at all" into
 * not applicable, so no check can forget the never-green-by-accident rule. A check returns one
 * {@link Result} per resource it judged; it may return {@link Status#UNKNOWN} itself when a fact's
 * field it needs is null.
 */
public interface Check {

  CheckSpec spec();

  Stream<Result> evaluate(Facts facts, EvalContext ctx);
}
