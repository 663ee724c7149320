package cloudscan.azure.collect;

import cloudscan.azure.collect.ReadOperations.Plane;
import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpPipelineBuilder;
import com.azure.core.http.policy.BearerTokenAuthenticationPolicy;
import com.azure.core.http.policy.ExponentialBackoffOptions;
import com.azure.core.http.policy.HttpPipelinePolicy;
import com.azure.core.http.policy.RequestIdPolicy;
import com.azure.core.http.policy.RetryOptions;
import com.azure.core.http.policy.RetryPolicy;
import com.azure.core.http.policy.UserAgentPolicy;
import com.azure.core.management.profile.AzureProfile;
import com.azure.core.util.HttpClientOptions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The one factory for Azure clients. Two HTTP pipelines, one for Resource Manager and one for
 * Microsoft Graph, each: read-only guard (first, per call) → subscription throttle → retry (honours
 * {@code Retry-After}) → call counter → bearer token → one shared HTTP client. Every management
 * library is built on the Resource Manager pipeline with {@code authenticate(pipeline, profile)}, so
 * none runs the SDK's default pipeline (whose provider-registration policy would POST
 * {@code …/register} on a 409). Managers are built once per (subscription, type) and reused.
 */
public final class AzureClients implements AutoCloseable {

  private final AzureCloud cloud;
  private final String tenant;
  private final HttpPipeline arm;
  private final HttpPipeline graph;
  private final HttpPipeline keyVault;
  private final ReadOnlyGuard armGuard;
  private final ReadOnlyGuard graphGuard;
  private final ReadOnlyGuard keyVaultGuard;
  private final CallCounter counter = new CallCounter();
  private final Map<String, Object> managers = new ConcurrentHashMap<>();
  private final cloudscan.core.provider.SharedReads shared = new cloudscan.core.provider.SharedReads();
  private final FanOut fanOut;
  private volatile List<String> scanning = List.of();

  private AzureClients(Builder b) {
    this.cloud = Objects.requireNonNull(b.cloud, "cloud");
    this.tenant = b.tenant;
    HttpClient http = b.http != null ? b.http : HttpClient.createDefault(new HttpClientOptions()
        .setConnectTimeout(Duration.ofSeconds(10)).setResponseTimeout(Duration.ofSeconds(60))
        .setMaximumConnectionPoolSize(Math.max(16, b.connections)));
    this.armGuard = new ReadOnlyGuard(Plane.ARM, cloud.arm().getHost());
    this.graphGuard = new ReadOnlyGuard(Plane.GRAPH, cloud.graph().getHost());
    SubscriptionThrottle throttle = new SubscriptionThrottle(b.bucket, b.refillPerSecond);
    this.arm = pipeline(http, armGuard, throttle, b, new BearerTokenAuthenticationPolicy(b.credential, cloud.armScope()));
    this.graph = pipeline(http, graphGuard, throttle, b,
        new BearerTokenAuthenticationPolicy(b.credential, cloud.graphScope()));
    this.keyVaultGuard = new ReadOnlyGuard(Plane.KEYVAULT, cloud.keyVaultSuffix(), true);
    this.keyVault = pipeline(http, keyVaultGuard, throttle, b,
        new BearerTokenAuthenticationPolicy(b.credential, cloud.keyVaultScope()));
    this.fanOut = new FanOut(b.connections, b.perResource);
  }

  /** Per-resource reads of one collector, a few in flight at once, results in input order. */
  public <T, R> List<R> fanOut(List<T> items, java.util.function.Function<T, R> read) {
    return fanOut.map(items, read);
  }

  /**
   * A list read, then a get per listed item (fanned out); {@code each} receives every item whose get
   * succeeded with what it returned. A failed list or get is a gap in {@code kinds}, never "none".
   */
  public <L, G> void listThenGet(cloudscan.core.provider.FactSink out, java.util.Set<Class<? extends cloudscan.core.fact.Fact>> kinds,
      Supplier<List<L>> list, java.util.function.Function<L, G> get, java.util.function.BiConsumer<L, G> each) {
    Reads.Fetched<List<L>> listed = Reads.fetch(out, kinds, list);
    if (!listed.ok()) {
      return;
    }
    List<Reads.Fetched<G>> got = fanOut(listed.value(), item -> Reads.fetch(out, kinds, () -> get.apply(item)));
    for (int i = 0; i < got.size(); i++) {
      if (got.get(i).ok()) {
        each.accept(listed.value().get(i), got.get(i).value());
      }
    }
  }

  private HttpPipeline pipeline(HttpClient http, ReadOnlyGuard guard, SubscriptionThrottle throttle, Builder b,
      HttpPipelinePolicy auth) {
    RetryPolicy retry = new RetryPolicy(new RetryOptions(new ExponentialBackoffOptions()
        .setMaxRetries(Math.max(0, b.maxAttempts - 1)).setBaseDelay(b.retryDelay).setMaxDelay(Duration.ofSeconds(60))));
    List<HttpPipelinePolicy> policies = List.of(guard, new UserAgentPolicy("cloudscan"),
        new RequestIdPolicy(), throttle, retry, counter, auth);
    return new HttpPipelineBuilder().httpClient(http).policies(policies.toArray(HttpPipelinePolicy[]::new))
        .build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public AzureCloud cloud() {
    return cloud;
  }

  /** The tenant asked for, or null (then the credential's home tenant). */
  public String tenant() {
    return tenant;
  }

  /** The guarded Resource Manager pipeline (for tests of the guard). */
  public HttpPipeline armPipeline() {
    return arm;
  }

  /** The guarded Key Vault data-plane pipeline (for tests of the guard). */
  public HttpPipeline keyVaultPipeline() {
    return keyVault;
  }

  /** A management library for {@code subscription}, built on the guarded pipeline once and reused. */
  public <M> M manager(String subscription, Class<M> type, BiFunction<HttpPipeline, AzureProfile, M> authenticate) {
    String key = type.getName() + "|" + subscription;
    return type.cast(managers.computeIfAbsent(key, k -> authenticate.apply(arm,
        new AzureProfile(tenant, subscription, cloud.environment()))));
  }

  /** Raw Resource Manager GETs (services without a served management library) through the same pipeline. */
  public ArmReader arm() {
    return new ArmReader(arm, cloud.arm().toString(), "nextLink");
  }

  /** Microsoft Graph GETs through the guarded Graph pipeline. */
  public ArmReader graph() {
    return new ArmReader(graph, cloud.graph().toString(), "@odata.nextLink");
  }

  /**
   * GETs to one vault's data plane ({@code vaultUri} as Resource Manager reports it) through the
   * guarded Key Vault pipeline: only hosts under the cloud's Key Vault DNS suffix, only the listed reads.
   */
  public ArmReader keyVault(String vaultUri) {
    String base = vaultUri.endsWith("/") ? vaultUri.substring(0, vaultUri.length() - 1) : vaultUri;
    return new ArmReader(keyVault, base, "nextLink");
  }

  /** A read several collectors need: made once, its result (or failure) shared. */
  public <T> T shared(String key, Supplier<T> read) {
    return shared.get(key, read);
  }

  /** Records the subscriptions this scan reads (tenant-wide reads such as Resource Graph cover them at once). */
  public void scanning(List<String> subscriptions) {
    this.scanning = List.copyOf(subscriptions);
  }

  /** The subscriptions this scan reads. */
  public List<String> scanning() {
    return scanning;
  }

  public CallCounter counter() {
    return counter;
  }

  public Map<String, Long> apiCalls() {
    return counter.snapshot();
  }

  /** Requests the guards refused, as {@code METHOD host/path}. */
  public java.util.Set<String> refused() {
    java.util.Set<String> out = new java.util.TreeSet<>(armGuard.refused());
    out.addAll(graphGuard.refused());
    out.addAll(keyVaultGuard.refused());
    return out;
  }

  @Override
  public void close() {
    managers.clear();
    fanOut.close();
  }

  /** Options of the client factory. */
  public static final class Builder {
    private TokenCredential credential;
    private AzureCloud cloud;
    private String tenant;
    private HttpClient http;
    private int connections = 16;
    private int perResource = 4;
    private int maxAttempts = 4;
    private Duration retryDelay = Duration.ofMillis(800);
    private double bucket = 250;
    private double refillPerSecond = 25;

    public Builder credential(TokenCredential c) {
      this.credential = c;
      return this;
    }

    public Builder cloud(AzureCloud c) {
      this.cloud = c;
      return this;
    }

    public Builder tenant(String t) {
      this.tenant = t;
      return this;
    }

    /** Another HTTP client (tests); by default the SDK's Netty client with the JVM's trust store. */
    public Builder http(HttpClient h) {
      this.http = h;
      return this;
    }

    public Builder connections(int n) {
      this.connections = n;
      return this;
    }

    /** Per-resource reads one collector keeps in flight (default 4). */
    public Builder perResource(int n) {
      this.perResource = Math.max(1, n);
      return this;
    }

    public Builder maxAttempts(int n) {
      this.maxAttempts = n;
      return this;
    }

    public Builder retryDelay(Duration d) {
      this.retryDelay = d;
      return this;
    }

    /** The per-subscription read bucket: capacity and refill per second. */
    public Builder throttle(double capacity, double perSecond) {
      this.bucket = capacity;
      this.refillPerSecond = perSecond;
      return this;
    }

    public AzureClients build() {
      Objects.requireNonNull(credential, "credential");
      return new AzureClients(this);
    }
  }

}
