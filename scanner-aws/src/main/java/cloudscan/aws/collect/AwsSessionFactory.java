package cloudscan.aws.collect;

import cloudscan.aws.collect.RegionPlan.RegionInfo;
import cloudscan.aws.collect.organizations.RegionGuardrail;
import cloudscan.aws.collect.costexplorer.CostExplorerCollector;
import cloudscan.core.provider.ProviderConfig;
import cloudscan.core.provider.ProviderException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/**
 * Opens an {@link AwsSession}: credentials (default chain, {@code profile}, {@code role-arn} +
 * {@code external-id}, {@code org-role}), identity via STS, and the region plan per account.
 */
public final class AwsSessionFactory {

  private static final Logger LOG = LoggerFactory.getLogger(AwsSessionFactory.class);
  private static final String SIGNED_IN = "signed-in";
  private static final String SESSION_NAME = "cloudscan";

  private AwsSessionFactory() { }

  public static AwsSession open(ProviderConfig config) throws ProviderException {
    AwsClients clients = AwsClients.builder()
        .credentials(baseCredentials(config))
        .endpoint(config.endpoint())
        .maxConnections(config.concurrency())
        .maxAttempts(config.option("max-attempts").map(Integer::parseInt).orElse(5))
        .build();
    try {
      return open(config, clients);
    } catch (ProviderException | RuntimeException e) {
      clients.close();
      throw e;
    }
  }

  private static AwsSession open(ProviderConfig config, AwsClients clients) throws ProviderException {
    Region home = homeRegion(config);
    clients.register(SIGNED_IN, config.option("role-arn")
        .map(arn -> assumeRole(clients, AwsClients.CALLER, home, arn, config.option("external-id").orElse(null)))
        .orElseGet(() -> clients.credentials(AwsClients.CALLER)));
    GetCallerIdentityResponse me = whoAmI(clients, home, config.option("profile").orElse(null));
    clients.partition(Partitions.ofArn(me.arn()).orElse("aws"));
    clients.register(me.account(), clients.credentials(SIGNED_IN));
    List<String> accounts = new ArrayList<>(List.of(me.account()));
    Optional<String> orgRole = config.option("org-role");
    if (orgRole.isPresent()) {
      accounts.addAll(OrgAccounts.assumeInto(clients, home, me.account(), orgRole.get()));
      clients.note(CostExplorerCollector.ORG_CALLER_NOTE, me.account()); // one Cost Explorer request for all
    }

    List<RegionInfo> callerRegions = regions(clients, me.account(), home, config);
    RegionPlan.validate(config.locations(), callerRegions);
    RegionPlan plan = new RegionPlan();
    for (String account : accounts) {
      List<RegionInfo> regions = account.equals(me.account()) ? callerRegions
          : OrgAccounts.regionsOr(clients, account, home, callerRegions);
      planAccount(plan, clients, account, home, regions, config.locations());
    }
    clients.scanning(plan.targets());
    return new AwsSession(clients, me.arn(), plan.targets(), plan.skipped(), AwsCollectors.all(clients));
  }

  /**
   * Plans one account with its region guardrail, read before planning so that denied regions are
   * skipped once. When it cannot be read (a member account without Organizations read access;
   * the Organizations collector records that gap), one probe per region finds the regions an SCP
   * refuses outright.
   */
  private static void planAccount(RegionPlan plan, AwsClients clients, String account, Region home,
      List<RegionInfo> regions, List<String> requested) {
    try {
      plan.add(account, clients.partition(), regions, requested, RegionGuardrail.of(clients, account));
    } catch (SdkException e) {
      LOG.debug("account {}: region guardrail not readable ({}); probing regions", account,
          AwsErrors.describe(e).message());
      plan.add(account, clients.partition(), regions, requested, Optional.empty(), RegionProbe.scpDenied(clients,
          account, home, RegionPlan.candidates(clients.partition(), regions, requested)));
    }
  }

  static AwsCredentialsProvider assumeRole(AwsClients clients, String from, Region region, String roleArn,
      String externalId) {
    StsClient sts = clients.client(from, region, StsClient.class, StsClient::builder);
    return StsAssumeRoleCredentialsProvider.builder()
        .stsClient(sts)
        .refreshRequest(r -> r.roleArn(roleArn).roleSessionName(SESSION_NAME).externalId(externalId))
        .build();
  }

  private static AwsCredentialsProvider baseCredentials(ProviderConfig config) {
    return config.option("profile")
        .<AwsCredentialsProvider>map(ProfileCredentialsProvider::create)
        .orElseGet(() -> DefaultCredentialsProvider.builder().build());
  }

  private static Region homeRegion(ProviderConfig config) {
    if (config.option("region").isPresent()) {
      return Region.of(config.option("region").get());
    }
    try {
      var chain = DefaultAwsRegionProviderChain.builder();
      config.option("profile").ifPresent(chain::profileName);
      return chain.build().getRegion();
    } catch (SdkException e) {
      return config.locations().stream().filter(l -> !l.equals("global")).findFirst()
          .map(Region::of).orElse(Region.US_EAST_1);
    }
  }

  private static GetCallerIdentityResponse whoAmI(AwsClients clients, Region home, String profile)
      throws ProviderException {
    try {
      return clients.client(SIGNED_IN, home, StsClient.class, StsClient::builder).getCallerIdentity();
    } catch (SdkException e) {
      throw new ProviderException(CredentialErrors.message(e, profile), e);
    }
  }

  private static List<RegionInfo> regions(AwsClients clients, String account, Region home, ProviderConfig config)
      throws ProviderException {
    try {
      return describeRegions(clients, account, home);
    } catch (SdkException e) {
      throw new ProviderException("Cannot list regions (ec2:DescribeRegions: " + AwsErrors.describe(e).message()
          + "). Grant ec2:DescribeRegions (included in the SecurityAudit policy).", e);
    }
  }

  static List<RegionInfo> describeRegions(AwsClients clients, String account, Region home) {
    return clients.client(account, home, Ec2Client.class, Ec2Client::builder)
        .describeRegions(r -> r.allRegions(true)).regions().stream()
        .map(r -> new RegionInfo(r.regionName(), r.optInStatus()))
        .toList();
  }
}
