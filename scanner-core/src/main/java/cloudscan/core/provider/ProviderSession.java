package cloudscan.core.provider;

import java.util.List;
import java.util.Map;

/**
 * An open, read-only connection to one cloud identity: it knows the targets, builds (and reuses)
 * SDK clients for its collectors and counts API calls.
 */
public interface ProviderSession extends AutoCloseable {

  /** Who is scanning (ARN, principal), for the snapshot's evidence. */
  String identity();

  /** Every (account, location) to collect, including one {@code global} target per account. */
  List<Target> targets();

  /** Locations deliberately not scanned and why (opt-in region disabled, other partition…). */
  List<SkippedLocation> skipped();

  List<Collector> collectors();

  /** Maps a collector's exception to a gap kind and the failing operation, in the cloud's terms. */
  GapInfo describe(Throwable error);

  /** API calls made so far, per {@code service:Operation}. */
  Map<String, Long> apiCalls();

  @Override
  void close();
}
