package cloudscan.aws.collect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Partitions from the SDK's own metadata, including the European Sovereign Cloud. */
class PartitionsTest {

  @ParameterizedTest
  @CsvSource({"ap-northeast-1, aws", "cn-northwest-1, aws-cn", "us-gov-east-1, aws-us-gov",
      "eusc-de-east-1, aws-eusc", "us-isob-east-1, aws-iso-b"})
  void region_isInItsPartition(String region, String partition) {
    assertThat(Partitions.ofRegion(region)).isEqualTo(partition);
  }

  @ParameterizedTest
  @CsvSource({"aws, us-east-1", "aws-cn, cn-north-1", "aws-us-gov, us-gov-west-1", "aws-eusc, eusc-de-east-1"})
  void globalServices_areCalledInThePartitionsHomeRegion(String partition, String region) {
    assertThat(Partitions.globalRegion(partition)).isEqualTo(region);
  }
}
