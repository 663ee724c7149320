package cloudscan.core.provider;

import cloudscan.core.snapshot.GapKind;

/** How a provider explains a failure: kind, failing API operation (if known) and a message. */
public record GapInfo(GapKind kind, String operation, String message) { }
