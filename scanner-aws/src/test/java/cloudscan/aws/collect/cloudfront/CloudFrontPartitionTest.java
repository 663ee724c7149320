package cloudscan.aws.collect.cloudfront;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.testing.Collected;
import cloudscan.aws.testing.MotoAws;
import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * GovCloud has no CloudFront, and the SDK would send the call to the commercial endpoint: nothing
 * is called there (no emulator needed: an endpoint that nobody listens on proves no call was made).
 */
class CloudFrontPartitionTest {

  @Test
  void govCloud_callsNothingAndFindsNothing() {
    try (AwsClients clients = AwsClients.builder().credentials(MotoAws.CREDENTIALS)
        .endpoint(URI.create("http://127.0.0.1:9")).maxAttempts(1).build()) {
      clients.partition("aws-us-gov");
      clients.register(MotoAws.ACCOUNT, MotoAws.CREDENTIALS);
      Collected out = new Collected();
      new CloudFrontCollector(clients).collect(MotoAws.global(), out);
      assertThat(out.facts().isEmpty() && out.gaps().isEmpty() && clients.apiCalls().isEmpty()).isTrue();
    }
  }
}
