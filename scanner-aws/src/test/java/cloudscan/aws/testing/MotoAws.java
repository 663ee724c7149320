package cloudscan.aws.testing;

import cloudscan.aws.collect.AwsClients;
import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Scope;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.Target;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.endpoints.Endpoint;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3control.S3ControlClientBuilder;

/**
 * The AWS side of the test kit: seeding clients (plain SDK, no read-only guard), the scanner's own
 * {@link AwsClients} pointed at moto, and targets in moto's default account.
 */
public final class MotoAws {

  public static final String ACCOUNT = "123456789012";
  public static final String REGION = "ap-northeast-1";
  public static final StaticCredentialsProvider CREDENTIALS =
      StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing"));

  private static final Map<String, SdkClient> SEEDERS = new ConcurrentHashMap<>();

  static {
    System.setProperty("aws.cborEnabled", "false"); // emulators speak Kinesis' JSON form only
  }

  private MotoAws() { }

  /** A client for seeding moto in {@link #REGION}: it writes, so it has no guard and no retries. */
  public static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C extends SdkClient> C seed(
      Class<C> type, Supplier<B> builder) {
    return seed(type, builder, REGION);
  }

  public static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C extends SdkClient> C seed(
      Class<C> type, Supplier<B> builder, String region) {
    URI endpoint = AwsEmulator.current().endpoint();
    return type.cast(SEEDERS.computeIfAbsent(type.getName() + "@" + region + "@" + endpoint, k -> {
      B b = builder.get().region(Region.of(region)).credentialsProvider(credentials())
          .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()));
      if (b instanceof S3ClientBuilder s3) {
        s3.forcePathStyle(true).requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED);
      }
      if (b instanceof S3ControlClientBuilder control) {
        control.endpointProvider(p -> CompletableFuture.completedFuture(Endpoint.builder().url(endpoint).build()));
      } else {
        b.endpointOverride(endpoint);
      }
      return b.build();
    }));
  }

  /** The scanner's client factory against moto, signed in as {@link #ACCOUNT}, no retries. */
  public static AwsClients scanClients() {
    AwsClients clients = AwsClients.builder()
        .credentials(credentials())
        .endpoint(AwsEmulator.current().endpoint())
        .maxAttempts(1)
        .build();
    clients.register(ACCOUNT, credentials());
    return clients;
  }

  /** Test keys for the current emulator (LocalStack reads a 12-digit key as the account ID). */
  public static StaticCredentialsProvider credentials() {
    return StaticCredentialsProvider.create(AwsBasicCredentials.create(AwsEmulator.current().accessKeyId(), "testing"));
  }

  public static Target regional() {
    return regional(REGION);
  }

  public static Target regional(String region) {
    return new Target(new Scope(Cloud.AWS, ACCOUNT, region));
  }

  public static Target global() {
    return new Target(new Scope(Cloud.AWS, ACCOUNT, ResourceRef.GLOBAL));
  }

  /** Runs one collector on one target and returns what it emitted. */
  public static Collected collect(Collector collector, Target target) {
    Collected out = new Collected();
    try {
      collector.collect(target, out);
    } catch (Exception e) {
      throw new AssertionError(collector.service() + " failed on " + target + ": " + e, e);
    }
    return out;
  }
}
