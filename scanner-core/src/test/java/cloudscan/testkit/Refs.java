package cloudscan.testkit;

import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.ResourceRef;

/** Resource references for tests: AWS account 111122223333 in Tokyo unless told otherwise. */
public final class Refs {

  public static final String ACCOUNT = "111122223333";
  public static final String TOKYO = "ap-northeast-1";

  private Refs() { }

  public static ResourceRef aws(String type, String id) {
    return new ResourceRef(Cloud.AWS, ACCOUNT, TOKYO, type, id);
  }

  public static ResourceRef aws(String location, String type, String id) {
    return new ResourceRef(Cloud.AWS, ACCOUNT, location, type, id);
  }

  public static ResourceRef azure(String location, String type, String id) {
    return new ResourceRef(Cloud.AZURE, "00000000-0000-0000-0000-000000000001", location, type, id);
  }

  public static ResourceRef gcp(String location, String type, String id) {
    return new ResourceRef(Cloud.GCP, "city-project", location, type, id);
  }

  public static ResourceRef of(Cloud cloud, String account, String location, String type, String id) {
    return new ResourceRef(cloud, account, location, type, id);
  }

  /** The scope string {@code aws/111122223333/ap-northeast-1} as used by {@code givenGap}. */
  public static String awsTokyoScope() {
    return "aws/" + ACCOUNT + "/" + TOKYO;
  }
}
