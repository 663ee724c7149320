package cloudscan.azure.collect;

import com.azure.core.credential.TokenCredential;
import com.azure.identity.AzureCliCredentialBuilder;
import com.azure.identity.DefaultAzureCredentialBuilder;
import com.azure.identity.EnvironmentCredentialBuilder;
import com.azure.identity.ManagedIdentityCredentialBuilder;
import com.azure.identity.WorkloadIdentityCredentialBuilder;
import java.util.Locale;

/**
 * The credential {@code --azure-auth} names: {@code default} (DefaultAzureCredential: environment,
 * workload identity, managed identity, Azure CLI…), {@code cli} ({@code az login}), {@code env}
 * (AZURE_CLIENT_ID + secret or certificate), {@code managed-identity} (AZURE_CLIENT_ID picks a
 * user-assigned one), {@code workload-identity} (federated token file, as in Kubernetes or CI).
 */
public final class Credentials {

  public static final String MODES = "default, cli, env, managed-identity, workload-identity";

  private Credentials() { }

  public static TokenCredential of(String mode, String tenant, AzureCloud cloud) {
    String m = mode == null ? "default" : mode.toLowerCase(Locale.ROOT);
    String clientId = System.getenv("AZURE_CLIENT_ID");
    return switch (m) {
      case "default" -> {
        DefaultAzureCredentialBuilder b = new DefaultAzureCredentialBuilder().authorityHost(cloud.authority());
        if (tenant != null) {
          b.tenantId(tenant);
        }
        yield b.build();
      }
      case "cli" -> {
        AzureCliCredentialBuilder b = new AzureCliCredentialBuilder();
        if (tenant != null) {
          b.tenantId(tenant);
        }
        yield b.build();
      }
      case "env" -> new EnvironmentCredentialBuilder().authorityHost(cloud.authority()).build();
      case "managed-identity" -> {
        ManagedIdentityCredentialBuilder b = new ManagedIdentityCredentialBuilder();
        if (clientId != null && !clientId.isBlank()) {
          b.clientId(clientId);
        }
        yield b.build();
      }
      case "workload-identity" -> {
        WorkloadIdentityCredentialBuilder b = new WorkloadIdentityCredentialBuilder().authorityHost(cloud.authority());
        if (tenant != null) {
          b.tenantId(tenant);
        }
        try {
          yield b.build();
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("--azure-auth workload-identity needs AZURE_CLIENT_ID, AZURE_TENANT_ID and "
              + "AZURE_FEDERATED_TOKEN_FILE in the environment (" + e.getMessage() + ")", e);
        }
      }
      default -> throw new IllegalArgumentException("--azure-auth '" + mode + "' is not known (expected " + MODES + ")");
    };
  }

  /** What to do when the credential did not work, per mode. */
  static String hint(String mode) {
    return switch (mode == null ? "default" : mode.toLowerCase(Locale.ROOT)) {
      case "cli" -> "Run 'az login' (and 'az account show' to check the tenant), then retry.";
      case "env" -> "Set AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET (or AZURE_CLIENT_CERTIFICATE_PATH).";
      case "managed-identity" -> "Run on an Azure host with a managed identity (set AZURE_CLIENT_ID for a user-assigned one).";
      case "workload-identity" -> "Set AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_FEDERATED_TOKEN_FILE (federated credential).";
      default -> "Sign in with 'az login', or set AZURE_TENANT_ID/AZURE_CLIENT_ID/AZURE_CLIENT_SECRET, or run with a "
          + "managed or workload identity; --azure-auth picks one explicitly.";
    };
  }
}
