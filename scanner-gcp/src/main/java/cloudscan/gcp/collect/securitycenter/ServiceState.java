package cloudscan.gcp.collect.securitycenter;

/**
 * One service's {@code effectiveEnablementState} at a scope, as Security Command Center Management
 * reports it (inherited states resolved from the folders and organization above), or why it
 * could not be read.
 *
 * @param state {@code ENABLED}, {@code DISABLED}, {@code INGEST_ONLY}, … or null when unread
 * @param why   the failed read (what to grant or enable), or null
 */
record ServiceState(SccService service, String state, String why) {

  static ServiceState of(SccService service, String state) {
    return new ServiceState(service, state, null);
  }

  static ServiceState unread(SccService service, String why) {
    return new ServiceState(service, null, why);
  }
}
