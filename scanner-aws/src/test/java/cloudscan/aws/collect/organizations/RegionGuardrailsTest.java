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

  /** AWS Control Tower's Region deny control (landing zone GRREGIONDENY), with its long exemption list. */
  @Test
  void controlTowerRegionDeny_isGuardrail() {
    assertThat(allowed("""
        [{"Sid":"GRREGIONDENY","Effect":"Deny","NotAction":["a4b:*","access-analyzer:*","account:*","acm:*",
            "activate:*","artifact:*","aws-marketplace-management:*","aws-marketplace:*","aws-portal:*",
            "billing:*","billingconductor:*","budgets:*","ce:*","chatbot:*","chime:*","cloudfront:*",
            "cloudtrail:LookupEvents","compute-optimizer:*","config:*","consoleapp:*","consolidatedbilling:*",
            "cur:*","datapipeline:GetAccountLimits","devicefarm:*","directconnect:*","discovery-marketplace:*",
            "ec2:DescribeRegions","ec2:DescribeTransitGateways","ec2:DescribeVpnGateways","ecr-public:*",
            "fms:*","freetier:*","globalaccelerator:*","health:*","iam:*","importexport:*","invoicing:*",
            "iq:*","kms:*","license-manager:ListReceivedLicenses","lightsail:Get*","mobileanalytics:*",
            "networkmanager:*","notifications-contacts:*","notifications:*","organizations:*","payments:*",
            "pricing:*","quicksight:DescribeAccountSubscription","resource-explorer-2:*",
            "route53-recovery-cluster:*","route53-recovery-control-config:*","route53-recovery-readiness:*",
            "route53:*","route53domains:*","s3:CreateMultiRegionAccessPoint","s3:DeleteMultiRegionAccessPoint",
            "s3:DescribeMultiRegionAccessPointOperation","s3:GetAccountPublicAccessBlock","s3:GetBucketLocation",
            "s3:GetBucketPolicyStatus","s3:GetBucketPublicAccessBlock","s3:GetMultiRegionAccessPoint",
            "s3:GetMultiRegionAccessPointPolicy","s3:GetMultiRegionAccessPointPolicyStatus",
            "s3:GetStorageLensConfiguration","s3:GetStorageLensDashboard","s3:ListAllMyBuckets",
            "s3:ListMultiRegionAccessPoints","s3:ListStorageLensConfigurations","s3:PutAccountPublicAccessBlock",
            "s3:PutMultiRegionAccessPointPolicy","savingsplans:*","shield:*","sso:*","sts:*","support:*",
            "supportapp:*","supportplans:*","sustainability:*","tag:GetResources","tax:*","trustedadvisor:*",
            "vendor-insights:ListEntitledSecurityProfiles","waf-regional:*","waf:*","wafv2:*"],
          "Resource":"*",
          "Condition":{"StringNotEquals":{"aws:RequestedRegion":["ap-northeast-1","ap-northeast-3"]},
            "ArnNotLike":{"aws:PrincipalARN":["arn:*:iam::*:role/AWSControlTowerExecution",
              "arn:*:iam::*:role/aws-controltower-ConfigRecorderRole"]}}}]"""))
        .contains(Set.of("ap-northeast-1", "ap-northeast-3"));
  }

  @Test
  void twoRegionDenyStatements_allowOnlyWhatBothAllow() {
    assertThat(allowed("""
        [{"Effect":"Deny","Action":"*","Resource":"*",
          "Condition":{"StringNotEquals":{"aws:RequestedRegion":["ap-northeast-1","us-east-1"]}}},
         {"Effect":"Deny","Action":"*","Resource":"*",
          "Condition":{"StringNotEquals":{"aws:RequestedRegion":["ap-northeast-1","ap-northeast-3"]}}}]"""))
        .contains(Set.of("ap-northeast-1"));
  }
}
