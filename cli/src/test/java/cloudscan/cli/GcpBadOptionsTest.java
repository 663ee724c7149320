package cloudscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad GCP options stop the scan before anything is called: one line naming the option and what
 * was expected, exit 2, no stack trace, nothing written. Unless the case is about the endpoint,
 * reads go to a closed local port, so a check that let a value through could not reach Google.
 */
class GcpBadOptionsTest {

  @TempDir
  Path tmp;

  private Path token(String content) throws Exception {
    Path p = tmp.resolve("token.txt");
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private Cli scan(Path token, String... extra) {
    List<String> args = new ArrayList<>(List.of("scan", "--provider", "gcp", "--gcp-access-token-file", token.toString(),
        "--out", tmp.resolve("out").toString()));
    args.addAll(List.of(extra));
    if (!args.contains("--gcp-endpoint")) {
      args.addAll(List.of("--gcp-endpoint", "http://127.0.0.1:1"));
    }
    return Cli.run(args.toArray(String[]::new));
  }

  private void oneCleanLine(Cli r, String... expected) {
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.BAD_INPUT);
    List<String> errors = r.err().lines().filter(l -> l.startsWith("error: ")).toList();
    assertThat(errors).as(r.err()).hasSize(1);
    assertThat(errors.get(0)).contains(expected).doesNotContain("Exception");
    assertThat(r.err()).doesNotContain("\tat ");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "--gcp-endpoint|https://proxy.example/gcp|--gcp-endpoint 'https://proxy.example/gcp' has a path",
      "--gcp-endpoint|http://127.0.0.1:99999|outside 1-65535",
      "--gcp-endpoint|http://10.0.0.5:8080|the access token would cross the network unencrypted; use https",
      "--gcp-endpoint-override|compute=http://compute-psc.city.internal|--gcp-endpoint-override compute",
      "--gcp-endpoint-override|iamcredentials=https://iam-psc.example/v1|expected scheme://host[:port] with no path",
      "--quota-project|Not A Project|--quota-project 'Not A Project' is not a project ID",
      "--impersonate-service-account|not-an-email|--impersonate-service-account 'not-an-email' is not an email address",
  })
  void badOption_isOneLineNamingIt_exit2(String option, String value, String expected) throws Exception {
    oneCleanLine(scan(token("ya29.fake\n"), option, value), expected);
  }

  @Test
  void tokenFileHoldingJson_isOneLineNamingTheFile_exit2() throws Exception {
    Path json = token("{\"access_token\":\"ya29.fake\",\"expires_in\":3599,\"token_type\":\"Bearer\"}\n");
    oneCleanLine(scan(json), "--gcp-access-token-file " + json, "expected only an access token", "not JSON");
  }

  @Test
  void debug_showsTheStackTraceOfABadOption() throws Exception {
    List<String> args = new ArrayList<>(List.of("--debug", "scan", "--provider", "gcp", "--gcp-access-token-file",
        token("ya29.fake").toString(), "--gcp-endpoint", "http://10.0.0.5", "--out", tmp.resolve("out").toString()));
    Cli r = Cli.run(args.toArray(String[]::new));
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("--gcp-endpoint").contains("at cloudscan.");
  }
}
