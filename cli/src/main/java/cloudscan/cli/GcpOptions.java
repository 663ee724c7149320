package cloudscan.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The GCP scan options (picocli mixin of {@code scan}), passed to the provider as
 * {@code ProviderConfig.options} (multi-valued options comma-joined); the provider validates them.
 */
final class GcpOptions {

  @Option(names = "--project", paramLabel = "ID", split = ",",
      description = "GCP: scan this project (repeatable). Default: every ACTIVE project the credential can list.")
  List<String> projects = new ArrayList<>();

  @Option(names = "--folder", paramLabel = "ID", description = "GCP: scan every project under this folder (and the folder).")
  String folder;

  @Option(names = "--organization", paramLabel = "ID",
      description = "GCP: scan every project of this organization (and the organization).")
  String organization;

  @Option(names = "--quota-project", paramLabel = "ID",
      description = "GCP: bill API quota to this project (as gcloud's billing/quota project).")
  String quotaProject;

  @Option(names = "--impersonate-service-account", paramLabel = "EMAIL[,EMAIL...]",
      description = "GCP: act as this service account (as gcloud); a comma-separated chain delegates through "
          + "the accounts before the last.")
  String impersonate;

  @Option(names = "--gcp-access-token-file", paramLabel = "FILE",
      description = "GCP: read a short-lived access token from FILE instead of Application Default Credentials.")
  Path accessTokenFile;

  @Option(names = "--gcp-endpoint", paramLabel = "URL",
      description = "GCP: send every read to this base URL over REST (Private Service Connect, a local fake).")
  String endpoint;

  @Option(names = "--gcp-endpoint-override", paramLabel = "SERVICE=URL",
      description = "GCP: send one API's reads to URL, e.g. compute=https://compute-psc.example (repeatable).")
  Map<String, String> endpointOverrides = new LinkedHashMap<>();

  /** The options as provider options; nothing for what was not given. */
  Map<String, String> asOptions() {
    Map<String, String> o = new LinkedHashMap<>();
    if (!projects.isEmpty()) {
      o.put("project", String.join(",", projects));
    }
    put(o, "folder", folder);
    put(o, "organization", organization);
    put(o, "quota-project", quotaProject);
    put(o, "impersonate-service-account", impersonate);
    put(o, "access-token-file", accessTokenFile == null ? null : accessTokenFile.toString());
    put(o, "endpoint", endpoint);
    if (!endpointOverrides.isEmpty()) {
      List<String> pairs = new ArrayList<>();
      endpointOverrides.forEach((k, v) -> pairs.add(k + "=" + v));
      o.put("endpoint-override", String.join(",", pairs));
    }
    return o;
  }

  private static void put(Map<String, String> m, String k, String v) {
    if (v != null) {
      m.put(k, v);
    }
  }
}
