package cloudscan.aws.collect.iam;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.aws.testing.Collected;
import cloudscan.aws.testing.MotoAws;
import cloudscan.core.fact.Principal;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.model.User;

/**
 * Users read from the credential report (the CSV layout IAM documents). moto dates every report
 * 2015-02-02, so against moto every user is newer than the report and read one by one
 * (IamCollectorTest); the report path is tested here on the report text itself.
 */
class CredentialReportTest {

  private static final String CSV = """
      user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,\
      mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,\
      access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,\
      access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,\
      cert_2_last_rotated
      <root_account>,arn:aws:iam::123456789012:root,2020-01-01T00:00:00+00:00,not_supported,2026-01-01T00:00:00+00:00,\
      not_supported,not_supported,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A
      alice,arn:aws:iam::123456789012:user/alice,2024-01-01T00:00:00+00:00,true,2026-10-01T00:00:00+00:00,\
      2024-01-01T00:00:00+00:00,N/A,false,true,2024-02-01T00:00:00+00:00,2026-11-01T00:00:00+00:00,ap-northeast-1,\
      s3,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A
      """;
  private static final Instant GENERATED = Instant.parse("2026-11-25T00:00:00Z");

  private static Principal read(User u) {
    CredentialReport report = CredentialReport.parse(GENERATED, CSV);
    return new UserReader(null, MotoAws.global(), new Collected(), Optional.of(report)).principal(u);
  }

  private static User user(String name, String created) {
    return User.builder().userName(name).arn("arn:aws:iam::123456789012:user/" + name)
        .createDate(Instant.parse(created)).build();
  }

  @Test
  void userInTheReport_hasConsoleWithoutMfaAndOneActiveKey() {
    assertThat(read(user("alice", "2024-01-01T00:00:00Z"))).matches(p -> p.consoleAccess().is(true)
        && p.mfa().is(false) && p.activeKeys().size() == 1
        && p.activeKeys().get(0).created().equals(Instant.parse("2024-02-01T00:00:00Z")));
  }

  @Test
  void keyLastUse_comesFromTheReport() {
    assertThat(read(user("alice", "2024-01-01T00:00:00Z")).lastUsed()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
  }

  @Test
  void notSupportedCell_isNoAnswer() {
    assertThat(CredentialReport.flag(CredentialReport.parse(GENERATED, CSV).row("<root_account>").orElseThrow(),
        "password_enabled")).isEmpty();
  }

  @Test
  void reportGenerationTime_isKept() {
    assertThat(CredentialReport.parse(GENERATED, CSV).generated()).isEqualTo(GENERATED);
  }
}
