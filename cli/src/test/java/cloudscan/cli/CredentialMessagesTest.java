package cloudscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A scan that cannot sign in says why in one short line with the fix, naming real options, never
 * the SDK's chain dump or Java names. AWS settings come from system properties here (empty config
 * files, no instance metadata), so the machine's own credentials play no part.
 */
@ResourceLock("aws-system-properties")
class CredentialMessagesTest {

  private static final String[] PROPS = {"aws.configFile", "aws.sharedCredentialsFile", "aws.disableEc2Metadata",
      "aws.accessKeyId", "aws.secretAccessKey", "aws.region"};
  private final Map<String, String> saved = new HashMap<>();

  @TempDir
  Path tmp;

  @BeforeEach
  void isolate() throws Exception {
    for (String p : PROPS) {
      saved.put(p, System.getProperty(p));
      System.clearProperty(p);
    }
    System.setProperty("aws.configFile", Files.writeString(tmp.resolve("config"), "").toString());
    System.setProperty("aws.sharedCredentialsFile", Files.writeString(tmp.resolve("credentials"), "").toString());
    System.setProperty("aws.disableEc2Metadata", "true");
    System.setProperty("aws.region", "ap-northeast-1");
  }

  @AfterEach
  void restore() {
    saved.forEach((k, v) -> {
      if (v == null) {
        System.clearProperty(k);
      } else {
        System.setProperty(k, v);
      }
    });
  }

  private Cli scan(String... extra) {
    String[] base = {"scan", "--provider", "aws", "--out", tmp.resolve("out").toString()};
    String[] all = java.util.Arrays.copyOf(base, base.length + extra.length);
    System.arraycopy(extra, 0, all, base.length, extra.length);
    return Cli.run(all);
  }

  private static void oneCleanLine(Cli r) {
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.BAD_INPUT);
    String error = r.err().lines().filter(l -> l.startsWith("error: ")).findFirst().orElseThrow();
    assertThat(r.err().lines().filter(l -> l.startsWith("error: "))).hasSize(1);
    assertThat(error).doesNotContain("ProfileFile(").doesNotContain("Exception").doesNotContain("Provider(")
        .doesNotContain("software.amazon");
  }

  @Test
  void unknownProfile_isNamed_withTheOptionToFixIt() {
    Cli r = scan("--profile", "no-such-profile", "--endpoint-url", "http://127.0.0.1:1");
    oneCleanLine(r);
    assertThat(r.err()).contains("AWS profile 'no-such-profile'").contains("--profile NAME");
  }

  @Test
  void noCredentialsAtAll_saysHowToConfigureThem() {
    Cli r = scan("--endpoint-url", "http://127.0.0.1:1");
    oneCleanLine(r);
    assertThat(r.err()).contains("No AWS credentials found").contains("--profile NAME");
  }

  @Test
  void unreachableEndpoint_isNamedAsSuch() {
    System.setProperty("aws.accessKeyId", "AKIAEXAMPLE");
    System.setProperty("aws.secretAccessKey", "secret");
    Cli r = scan("--endpoint-url", "http://127.0.0.1:1", "--option", "max-attempts=1");
    oneCleanLine(r);
    assertThat(r.err()).contains("Cannot reach the AWS endpoint").contains("--endpoint-url");
  }
}
