package cloudscan.aws.collect;

import cloudscan.core.provider.Target;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3control.S3ControlClientBuilder;
import software.amazon.awssdk.services.s3control.endpoints.S3ControlEndpointProvider;

/**
 * The one factory for AWS SDK clients: one sync client per (account, region, service), built once
 * and reused, all sharing one HTTP connection pool and all carrying the {@link ReadOnlyGuard} and
 * the {@link CallCounter}. Production and tests use it alike; tests only add an endpoint override.
 */
public final class AwsClients implements AutoCloseable {

  /** Pseudo-account for the credentials the scan starts with, before the account ID is known. */
  public static final String CALLER = "caller";

  private final SdkHttpClient http;
  private final URI endpoint;
  private final Supplier<RetryStrategy> retry;
  private final Items items;
  private final CallCounter counter = new CallCounter();
  private final ReadOnlyGuard guard = new ReadOnlyGuard();
  private static final SecretsDropper SECRETS = new SecretsDropper();
  private final Map<String, AwsCredentialsProvider> credentials = new ConcurrentHashMap<>();
  private final Map<ClientKey, SdkClient> clients = new ConcurrentHashMap<>();
  private final cloudscan.core.provider.SharedReads memo = new cloudscan.core.provider.SharedReads();
  private final Set<String> scanned = ConcurrentHashMap.newKeySet();
  private final Map<String, Object> notes = new ConcurrentHashMap<>();
  private volatile String partition = "aws";

  private AwsClients(Builder b) {
    this.http = ApacheHttpClient.builder()
        .maxConnections(Math.max(16, b.maxConnections) + b.itemConcurrency)
        .connectionTimeout(Duration.ofSeconds(10))
        .socketTimeout(Duration.ofSeconds(60))
        .expectContinueEnabled(false)
        .build();
    this.endpoint = b.endpoint;
    if (endpoint != null) {
      // Kinesis speaks CBOR to AWS; emulators (moto, LocalStack) answer its JSON form only.
      System.setProperty("aws.cborEnabled", "false");
    }
    this.retry = b.retry;
    this.items = new Items(b.itemConcurrency);
    credentials.put(CALLER, Objects.requireNonNull(b.credentials, "credentials"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Makes {@code account}'s clients sign with {@code provider} (the caller's or an assumed role's). */
  public void register(String account, AwsCredentialsProvider provider) {
    credentials.put(account, provider);
  }

  /** Records the (account, region) pairs this scan collects, for collectors that must know. */
  public void scanning(List<Target> targets) {
    targets.forEach(t -> scanned.add(t.account() + "/" + t.location()));
  }

  /** True if this scan collects {@code region} of {@code account}. */
  public boolean scans(String account, String region) {
    return scanned.contains(account + "/" + region);
  }

  /** True if the scan can sign in as {@code account} (it is scanned, or it is the caller). */
  public boolean knows(String account) {
    return credentials.containsKey(account);
  }

  public AwsCredentialsProvider credentials(String account) {
    AwsCredentialsProvider p = credentials.get(account);
    if (p == null) {
      throw new IllegalStateException("no credentials registered for account " + account);
    }
    return p;
  }

  /** Sets the caller's partition ({@code aws}, {@code aws-cn}, {@code aws-us-gov}). */
  public void partition(String value) {
    this.partition = value;
  }

  public String partition() {
    return partition;
  }

  /** Where global services (IAM, S3 bucket list, Organizations) are called in this partition. */
  public Region globalRegion() {
    return Region.of(Partitions.globalRegion(partition));
  }

  /** The SDK region of a target: its region, or the partition's global region. */
  public Region regionOf(Target target) {
    return target.isGlobal() ? globalRegion() : Region.of(target.location());
  }

  /** The client for {@code type} in the target's account and region, built on first use. */
  public <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C extends SdkClient> C client(
      Target target, Class<C> type, Supplier<B> builder) {
    return client(target.account(), regionOf(target), type, builder);
  }

  public <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C extends SdkClient> C client(
      String account, Region region, Class<C> type, Supplier<B> builder) {
    ClientKey key = new ClientKey(account, region, type);
    return type.cast(clients.computeIfAbsent(key, k -> build(k, builder.get())));
  }

  /**
   * A read two collectors need for the same target (e.g. CloudTrail DescribeTrails for the trail
   * facts and for the log groups trails deliver to): the first caller runs {@code read}, every
   * other caller in the same account and region gets its result, or its exception, without a
   * second API call. {@code what} names the read, by convention {@code service:Operation}.
   */
  public <T> T shared(Target target, String what, Supplier<T> read) {
    return memo.get(target.account() + "|" + regionOf(target) + "|" + what, read);
  }



  /** Per-resource fan-out with bounded concurrency, shared by every collector of the scan. */
  public Items items() {
    return items;
  }

  /**
   * A read made once per scan whatever the account or region (Organizations policies and
   * hierarchy shared by every account of an {@code org-role} scan), cached by {@code key}; a
   * failure is cached too and rethrown to every caller.
   */
  public <T> T once(String key, Supplier<T> read) {
    return memo.get("|once|" + key, read);
  }

  /** Leaves a finding of one collector for the session (e.g. regions with billed usage). */
  public void note(String key, Object value) {
    notes.put(key, value);
  }

  /** A note left by a collector, if any. */
  public Optional<Object> note(String key) {
    return Optional.ofNullable(notes.get(key));
  }

  public CallCounter counter() {
    return counter;
  }

  public Map<String, Long> apiCalls() {
    return counter.snapshot();
  }

  private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C extends SdkClient> C build(
      ClientKey key, B b) {
    b.region(key.region())
        .credentialsProvider(credentials(key.account()))
        .httpClient(http)
        .overrideConfiguration(overrides());
    if (b instanceof S3ClientBuilder s3) {
      s3.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
          .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
      if (endpoint != null) {
        s3.forcePathStyle(true);
      }
    }
    if (endpoint != null && b instanceof S3ControlClientBuilder control) {
      // The rules put the account ID in front of the host (123456789012.127.0.0.1) which no
      // emulator resolves; keep the rules' auth properties and swap only the URL.
      S3ControlEndpointProvider rules = S3ControlEndpointProvider.defaultProvider();
      control.endpointProvider(p -> rules.resolveEndpoint(p)
          .thenApply(e -> e.toBuilder().url(endpoint).build()));
    } else if (endpoint != null) {
      b.endpointOverride(endpoint);
    }
    return b.build();
  }

  private ClientOverrideConfiguration overrides() {
    return ClientOverrideConfiguration.builder()
        .addExecutionInterceptor(guard)
        .addExecutionInterceptor(counter)
        .addExecutionInterceptor(SECRETS)
        .retryStrategy(retry.get())
        .apiCallAttemptTimeout(Duration.ofSeconds(60))
        .apiCallTimeout(Duration.ofMinutes(5))
        .putAdvancedOption(SdkAdvancedClientOption.USER_AGENT_SUFFIX, "cloudscan")
        .build();
  }

  @Override
  public void close() {
    items.close();
    clients.values().forEach(SdkClient::close);
    clients.clear();
    http.close();
  }

  private record ClientKey(String account, Region region, Class<?> type) { }


  /** Settings for {@link AwsClients}; defaults suit a real account. */
  public static final class Builder {
    private AwsCredentialsProvider credentials;
    private URI endpoint;
    private Supplier<RetryStrategy> retry = FailFastRetry.perClient(3);
    private int maxConnections = 16;
    private int itemConcurrency = 16;

    /** The credentials the scan starts with (default chain, profile, or test keys). */
    public Builder credentials(AwsCredentialsProvider value) {
      this.credentials = value;
      return this;
    }

    /** Sends every call to {@code value} (an emulator, a VPC endpoint proxy); null for AWS. */
    public Builder endpoint(URI value) {
      this.endpoint = value;
      return this;
    }

    /** A fresh strategy for each client (default: AWS adaptive retry, failing fast on final answers). */
    public Builder retryStrategy(Supplier<RetryStrategy> value) {
      this.retry = Objects.requireNonNull(value);
      return this;
    }

    /** AWS adaptive retry with at most {@code attempts} attempts per call (1 = no retry), per client. */
    public Builder maxAttempts(int attempts) {
      this.retry = FailFastRetry.perClient(attempts);
      return this;
    }

    /** How many per-resource reads run at once across the scan (default 16). */
    public Builder itemConcurrency(int value) {
      this.itemConcurrency = Math.max(1, value);
      return this;
    }

    public Builder maxConnections(int value) {
      this.maxConnections = value;
      return this;
    }

    public AwsClients build() {
      return new AwsClients(this);
    }
  }
}
