package cloudscan.aws.collect.iam;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.testing.Collected;
import cloudscan.aws.testing.MotoAws;
import cloudscan.aws.testing.MotoExtension;
import cloudscan.core.fact.PasswordPolicy;
import cloudscan.core.fact.Principal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.iam.IamClient;

@ExtendWith(MotoExtension.class)
class IamCollectorTest {

  private static final String TRUST_PARTNER = """
      {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
        "Principal":{"AWS":"arn:aws:iam::444455556666:root"},"Action":"sts:AssumeRole"}]}""";
  private static final String TRUST_LAMBDA = """
      {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
        "Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}""";

  private static AwsClients clients;
  private static Collected before;
  private static Collected facts;

  @BeforeAll
  static void seedAndScan() {
    clients = MotoAws.scanClients();
    before = MotoAws.collect(new IamCollector(clients), MotoAws.global());
    IamClient iam = MotoAws.seed(IamClient.class, IamClient::builder, "us-east-1");
    iam.updateAccountPasswordPolicy(r -> r.minimumPasswordLength(14).requireUppercaseCharacters(true)
        .requireLowercaseCharacters(true).requireNumbers(true).requireSymbols(true));
    givenConsoleUser(iam, "alice");
    String serial = iam.createVirtualMFADevice(r -> r.virtualMFADeviceName("alice-mfa")).virtualMFADevice().serialNumber();
    iam.enableMFADevice(r -> r.userName("alice").serialNumber(serial).authenticationCode1("123456")
        .authenticationCode2("654321"));
    givenConsoleUser(iam, "bob");
    iam.createUser(r -> r.userName("ci"));
    iam.createAccessKey(r -> r.userName("ci"));
    iam.createRole(r -> r.roleName("partner-access").assumeRolePolicyDocument(TRUST_PARTNER));
    iam.createRole(r -> r.roleName("lambda-exec").assumeRolePolicyDocument(TRUST_LAMBDA));
    facts = MotoAws.collect(new IamCollector(clients), MotoAws.global());
  }

  private static void givenConsoleUser(IamClient iam, String name) {
    iam.createUser(r -> r.userName(name));
    iam.createLoginProfile(r -> r.userName(name).password("Correct-Horse-9"));
  }

  @AfterAll
  static void close() {
    if (clients != null) {
      clients.close();
    }
  }

  private static Principal user(String name) {
    return facts.one(Principal.class, ":user/" + name);
  }

  @Test
  void noPasswordPolicy_isAbsentNotGap() {
    assertThat(before.all(PasswordPolicy.class)).singleElement().matches(p -> p.source() == PasswordPolicy.Source.PROVIDER_DEFAULT);
  }

  @Test
  void passwordPolicy_readsLengthAndClasses() {
    assertThat(facts.all(PasswordPolicy.class)).singleElement()
        .matches(p -> p.source() == PasswordPolicy.Source.CUSTOM && p.minLength() == 14
            && p.requiredClasses().size() == 4);
  }

  @Test
  void consoleUserWithVirtualMfa_hasMfa() {
    assertThat(user("alice")).matches(p -> p.consoleAccess().is(true) && p.mfa().is(true));
  }

  @Test
  void consoleUserWithoutMfa_lacksMfa() {
    assertThat(user("bob")).matches(p -> p.consoleAccess().is(true) && p.mfa().is(false));
  }

  @Test
  void programmaticUser_hasActiveKeyButNoConsole() {
    assertThat(user("ci")).matches(p -> p.consoleAccess().is(false) && !p.activeKeys().isEmpty());
  }

  @Test
  void roleTrustingOtherAccount_isExternalPrincipal() {
    assertThat(facts.one(Principal.class, ":role/partner-access").externalParty()).isEqualTo("444455556666");
  }

  @Test
  void roleTrustingOnlyAService_isNotListed() {
    assertThat(facts.all(Principal.class, p -> p.resource().id().endsWith(":role/lambda-exec"))).isEmpty();
  }

  @Test
  void rootUser_isReportedFromAccountSummary() {
    assertThat(facts.all(Principal.class, p -> p.kind() == Principal.Kind.ROOT)).singleElement()
        .matches(p -> p.resource().id().equals("arn:aws:iam::123456789012:root"));
  }

  @Test
  void unsetLoginProfiles_areAnswersNotGaps() {
    assertThat(facts.gaps()).isEmpty();
  }
}
