package cloudscan.core.provider;

/** A location that was not scanned, and why (shown in reports so nobody assumes it was). */
public record SkippedLocation(String account, String location, String reason) { }
