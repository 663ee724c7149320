package cloudscan.aws.collect.ssm;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.testing.AwsJsonStub;
import cloudscan.aws.testing.Collected;
import cloudscan.aws.testing.MotoAws;
import cloudscan.core.fact.SecurityService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** moto does not implement DescribeInstanceInformation: the answers come from the documented JSON shape. */
class SsmCollectorTest {

  private static final String OPERATION = "AmazonSSM.DescribeInstanceInformation";
  private static final String QUIET_REGION = "eu-west-1";

  private static AwsJsonStub stub;
  private static AwsClients clients;
  private static Collected tokyo;
  private static Collected quiet;

  @BeforeAll
  static void scan() {
    stub = AwsJsonStub.start()
        .given(MotoAws.REGION, OPERATION, "/ssm/instance-information-one-online.json")
        .given(QUIET_REGION, OPERATION, "/ssm/instance-information-none-online.json");
    clients = AwsClients.builder().credentials(MotoAws.CREDENTIALS).endpoint(stub.endpoint()).maxAttempts(1).build();
    clients.register(MotoAws.ACCOUNT, MotoAws.CREDENTIALS);
    tokyo = MotoAws.collect(new SsmCollector(clients), MotoAws.regional());
    quiet = MotoAws.collect(new SsmCollector(clients), MotoAws.regional(QUIET_REGION));
  }

  @AfterAll
  static void close() {
    clients.close();
    stub.close();
  }

  @Test
  void oneNodeOnline_isManagedAccessOnWithCounts() {
    assertThat(tokyo.all(SecurityService.class)).singleElement().matches(s -> s.enabled().is(true)
        && s.kind() == SecurityService.Kind.MANAGED_ACCESS && s.detail().contains("1 of 2"));
  }

  @Test
  void noNodeOnline_isManagedAccessOff() {
    assertThat(quiet.all(SecurityService.class)).singleElement().matches(s -> s.enabled().is(false)
        && s.detail().contains("0 of 1"));
  }
}
