package cloudscan.azure.collect;

import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Who is scanning, for the snapshot's evidence: the token's user or application, else the mode. */
final class Identity {

  private Identity() { }

  static String describe(TokenCredential credential, AzureCloud cloud, String mode, String tenant) {
    String who = mode + " credential";
    try {
      String token = credential.getToken(new TokenRequestContext().addScopes(cloud.armScope()))
          .block(Duration.ofSeconds(30)).getToken();
      String[] parts = token.split("\\.");
      if (parts.length == 3) {
        JsonNode claims = ArmReader.parse(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        for (String claim : new String[] {"upn", "unique_name", "email", "appid", "oid"}) {
          if (claims.hasNonNull(claim)) {
            who = claim + ":" + claims.get(claim).asText();
            break;
          }
        }
      }
    } catch (RuntimeException notAJwt) {
      // the identity is evidence only; the subscriptions were already listed with this credential
    }
    return who + " (tenant " + tenant + ")";
  }
}
