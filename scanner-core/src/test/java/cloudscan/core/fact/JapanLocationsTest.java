package cloudscan.core.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JapanLocationsTest {

  @ParameterizedTest(name = "aws {0} zone {1} → {2}")
  @CsvSource({
      "ap-northeast-1, , JAPAN",
      "ap-northeast-3, , JAPAN",
      "AP-NORTHEAST-1, , JAPAN",
      "ap-northeast-2, , ABROAD",
      "us-east-1, , ABROAD",
      "us-gov-west-1, , ABROAD",
      "cn-north-1, , ABROAD",
      "global, , GLOBAL",
      "aws-global, , GLOBAL",
      "ap-northeast-1, ap-northeast-1a, JAPAN",
      "ap-northeast-1, ' ', JAPAN",
      "ap-northeast-3, ap-northeast-3c, JAPAN",
      "ap-northeast-1, ap-northeast-1-tpe-1a, ABROAD",
      "ap-northeast-1, ap-northeast-1-wl1-nrt-wlz-1, JAPAN",
      "ap-northeast-1, ap-northeast-1-wl1-kix-wlz-1, JAPAN",
      "us-east-1, us-east-1-bos-1a, ABROAD",
      "us-east-1, us-east-1a, ABROAD",
      "ap-northeast-1, us-east-1a, ABROAD",
      "ap-northeast-1, apne1-az1, JAPAN",
      "ap-northeast-3, apne3-az2, JAPAN",
      "ap-northeast-1, apne1-tpe1-az1, ABROAD",
      "ap-northeast-1, apne1-wl1-nrt-wlz1, JAPAN",
      "us-east-1, use1-az4, ABROAD",
      "ap-northeast-1, az-mystery, UNKNOWN",
      "ap-northeast-1-tpe-1, , ABROAD",
      "ap-northeast-1a, , JAPAN",
      "mars-base-1, , UNKNOWN",
      "tokyo, , UNKNOWN"})
  void aws(String location, String zone, Residency expected) {
    assertThat(JapanLocations.judge(Cloud.AWS, location, zone)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "azure {0} → {1}")
  @CsvSource({
      "japaneast, JAPAN",
      "japanwest, JAPAN",
      "Japan East, JAPAN",
      "JapanWest, JAPAN",
      "japan, JAPAN",
      "eastus, ABROAD",
      "koreacentral, ABROAD",
      "asiapacific, ABROAD",
      "global, GLOBAL",
      "Global, GLOBAL",
      "japan-east?, UNKNOWN"})
  void azure(String location, Residency expected) {
    assertThat(JapanLocations.judge(Cloud.AZURE, location, null)).isEqualTo(expected);
  }

  @Test
  void azureZoneNumber_doesNotChangeTheAnswer() {
    assertThat(JapanLocations.judge(Cloud.AZURE, "japaneast", "2")).isEqualTo(Residency.JAPAN);
  }

  @ParameterizedTest(name = "gcp {0} zone {1} → {2}")
  @CsvSource({
      "asia-northeast1, , JAPAN",
      "asia-northeast2, , JAPAN",
      "ASIA-NORTHEAST1, , JAPAN",
      "asia1, , JAPAN",
      "ASIA1, , JAPAN",
      "asia, , ABROAD",
      "ASIA, , ABROAD",
      "eu, , ABROAD",
      "us, , ABROAD",
      "europe, , ABROAD",
      "nam-eur-asia1, , ABROAD",
      "asia-northeast3, , ABROAD",
      "us-central1, , ABROAD",
      "eur4, , ABROAD",
      "nam4, , ABROAD",
      "global, , GLOBAL",
      "asia-northeast1, asia-northeast1-b, JAPAN",
      "asia-northeast1, europe-west1-b, ABROAD",
      "asia-northeast1-b, , JAPAN",
      "europe-west1-b, , ABROAD",
      "asia-northeast1, zone?, UNKNOWN",
      "asia-northeast1+asia-northeast2, , JAPAN",
      "asia-northeast1+us-east1, , ABROAD",
      "asia-northeast1+moon1-x, , UNKNOWN",
      "in:asia-northeast1-locations, , JAPAN",
      "in:japan-locations, , JAPAN",
      "in:asia-locations, , ABROAD",
      "in:us-locations, , ABROAD",
      "somewhere, , UNKNOWN"})
  void gcp(String location, String zone, Residency expected) {
    assertThat(JapanLocations.judge(Cloud.GCP, location, zone)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"AWS", "AZURE", "GCP"})
  void missingLocation_isUnknownNeverJapan(Cloud cloud) {
    assertThat(JapanLocations.judge(cloud, null, null)).isEqualTo(Residency.UNKNOWN);
    assertThat(JapanLocations.judge(cloud, " ", null)).isEqualTo(Residency.UNKNOWN);
    assertThat(JapanLocations.inJapan(cloud, null)).isFalse();
  }

  @Test
  void located_usesZone() {
    ResourceRef ref = new ResourceRef(Cloud.AWS, "111122223333", "ap-northeast-1", "ec2-instance", "i-1");
    assertThat(Located.zonal(ref, "ap-northeast-1-tpe-1a").residency()).isEqualTo(Residency.ABROAD);
    assertThat(Located.regional(ref).residency()).isEqualTo(Residency.JAPAN);
  }

  @Test
  void located_zonalResourceWithUnreadZoneInTokyo_isUnknown_itMayStandInALocalZoneAbroad() {
    ResourceRef ref = new ResourceRef(Cloud.AWS, "111122223333", "ap-northeast-1", "ec2-instance", "i-1");
    assertThat(Located.zonal(ref, null).residency()).isEqualTo(Residency.UNKNOWN);
    ResourceRef abroad = new ResourceRef(Cloud.AWS, "111122223333", "us-east-1", "ec2-instance", "i-2");
    assertThat(Located.zonal(abroad, null).residency()).isEqualTo(Residency.ABROAD);
  }

  @Test
  void guardrail_japanOnlyToleratesGlobal() {
    ResourceRef scp = new ResourceRef(Cloud.AWS, "111122223333", "global", "scp", "p-1");
    assertThat(new LocationGuardrail(scp, List.of("ap-northeast-1", "ap-northeast-3", "global"), true)
        .japanOnly()).isTrue();
    LocationGuardrail wide = new LocationGuardrail(scp, List.of("ap-northeast-1", "us-east-1"), true);
    assertThat(wide.japanOnly()).isFalse();
    assertThat(wide.outsideJapan()).containsExactly("us-east-1");
    assertThat(new LocationGuardrail(scp, List.of(), true).japanOnly()).isFalse();
  }
}
