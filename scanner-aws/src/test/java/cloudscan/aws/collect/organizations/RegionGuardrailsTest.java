package cloudscan.aws.collect.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RegionGuardrailsTest {

  private static Optional<Set<String>> allowed(String statement) {
    return RegionGuardrails.allowedRegions("{\"Version\":\"2012-10-17\",\"Statement\":" + statement + "}");
  }

  @Test
  void singleStatementObjectWithStringNotLike_isGuardrail() {
    assertThat(allowed("""
        {"Effect":"Deny","Action":"*","Resource":"*",
         "Condition":{"StringNotLike":{"aws:RequestedRegion":"ap-northeast-*"}}}"""))
        .contains(Set.of("ap-northeast-*"));
  }

  @Test
  void denyOfSomeActionsOnly_isNoGuardrail() {
    assertThat(allowed("""
        [{"Effect":"Deny","Action":["ec2:RunInstances"],"Resource":"*",
          "Condition":{"StringNotEquals":{"aws:RequestedRegion":["ap-northeast-1"]}}}]""")).isEmpty();
  }

  @Test
  void allowStatement_isNoGuardrail() {
    assertThat(allowed("""
        [{"Effect":"Allow","Action":"*","Resource":"*",
          "Condition":{"StringEquals":{"aws:RequestedRegion":["ap-northeast-1"]}}}]""")).isEmpty();
  }

  @Test
  void conditionKeyInOtherCase_isStillRequestedRegion() {
    assertThat(allowed("""
        [{"Effect":"Deny","NotAction":"iam:*","Resource":"*",
          "Condition":{"StringNotEquals":{"AWS:RequestedRegion":["ap-northeast-3"]},
                       "ArnNotLike":{"aws:PrincipalARN":"arn:aws:iam::*:role/break-glass"}}}]"""))
        .contains(Set.of("ap-northeast-3"));
  }

  @Test
  void awsExampleWithGlobalServiceExemptions_isGuardrail() {
    assertThat(allowed("""
        [{"Effect":"Deny","NotAction":["iam:*","organizations:*","sts:*","cloudfront:*","kms:*",
            "ec2:DescribeRegions","s3:ListAllMyBuckets","s3:GetAccountPublic*"],"Resource":"*",
          "Condition":{"StringNotEquals":{"aws:RequestedRegion":["ap-northeast-1","ap-northeast-3"]}}}]"""))
        .contains(Set.of("ap-northeast-1", "ap-northeast-3"));
  }

  @Test
  void notActionExemptingADataService_isNoGuardrail() {
    assertThat(allowed("""
        [{"Effect":"Deny","NotAction":["iam:*","s3:*"],"Resource":"*",
          "Condition":{"StringNotEquals":{"aws:RequestedRegion":["ap-northeast-1"]}}}]""")).isEmpty();
  }

  @Test
  void denyBindingOnlyTaggedPrincipals_isNoGuardrail() {
    assertThat(allowed("""
        [{"Effect":"Deny","Action":"*","Resource":"*",
          "Condition":{"StringNotEquals":{"aws:RequestedRegion":["ap-northeast-1"]},
                       "StringEquals":{"aws:PrincipalTag/team":"sandbox"}}}]""")).isEmpty();
  }

  @Test
  void denyOnSomeResourcesOnly_isNoGuardrail() {
    assertThat(allowed("""
        [{"Effect":"Deny","Action":"*","Resource":"arn:aws:s3:::one-bucket/*",
          "Condition":{"StringNotEquals":{"aws:RequestedRegion":["ap-northeast-1"]}}}]""")).isEmpty();
  }
}
