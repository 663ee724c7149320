package cloudscan.aws.collect;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.core.snapshot.GapKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;

class AwsErrorsTest {

  private static AwsServiceException error(String code, int status, String body) {
    return AwsServiceException.builder().statusCode(status)
        .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage("m")
            .rawResponse(body == null ? null : SdkBytes.fromUtf8String(body)).build())
        .build();
  }

  @ParameterizedTest
  @CsvSource({
      "AccessDenied, 403, ACCESS_DENIED",
      "AccessDeniedException, 400, ACCESS_DENIED",
      "UnauthorizedOperation, 403, ACCESS_DENIED",
      "AuthorizationError, 403, ACCESS_DENIED",
      "Throttling, 400, THROTTLED",
      "ThrottlingException, 400, THROTTLED",
      "RequestLimitExceeded, 503, THROTTLED",
      "OptInRequired, 401, REGION_DISABLED",
      "UnrecognizedClientException, 400, REGION_DISABLED",
      "RequestTimeout, 400, TIMEOUT",
      "InvalidAction, 400, UNSUPPORTED",
      "ResourceNotFoundException, 404, UNSUPPORTED",
      "NotImplemented, 501, UNSUPPORTED",
      "InternalFailure, 500, ERROR",
  })
  void serviceErrorCode_mapsToGapKind(String code, int status, GapKind expected) {
    assertThat(AwsErrors.describe(error(code, status, null)).kind()).isEqualTo(expected);
  }

  @Test
  void htmlErrorPageWithoutCode_isUnsupported() {
    assertThat(AwsErrors.describe(error(null, 500, "<!doctype html>\n<title>500</title>")).kind())
        .isEqualTo(GapKind.UNSUPPORTED);
  }

  @Test
  void forbiddenWithoutCode_isAccessDenied() {
    assertThat(AwsErrors.describe(error(null, 403, null)).kind()).isEqualTo(GapKind.ACCESS_DENIED);
  }

  @Test
  void apiCallTimeout_isTimeout() {
    assertThat(AwsErrors.describe(ApiCallTimeoutException.create(1000)).kind()).isEqualTo(GapKind.TIMEOUT);
  }

  @Test
  void readOnlyViolation_namesTheOperation() {
    assertThat(AwsErrors.describe(new ReadOnlyViolation("ec2", "CreateVpc")).operation()).isEqualTo("ec2:CreateVpc");
  }
}
