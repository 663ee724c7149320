package cloudscan.gcp.collect;

import com.google.api.client.http.HttpRequestFactory;
import com.google.api.client.http.HttpRequestInitializer;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.gax.core.CredentialsProvider;
import com.google.api.gax.core.FixedCredentialsProvider;
import com.google.api.gax.httpjson.InstantiatingHttpJsonChannelProvider;
import com.google.api.gax.rpc.UnaryCallSettings;
import com.google.api.services.sqladmin.SQLAdmin;
import com.google.auth.http.HttpCredentialsAdapter;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.cloud.ServiceOptions;
import com.google.cloud.http.HttpTransportOptions;
import com.google.cloud.storage.Storage;
import com.google.cloud.storage.StorageOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The one factory of Google clients for a scan: every client is built once and reused, talks
 * HTTP/JSON (REST) only, and sends every request through the {@link ReadOnlyGuard}, which also
 * counts it. No gRPC channel is ever built.
 */
public final class GcpClients implements AutoCloseable {

  private final GcpSettings settings;
  private final GoogleCredentials credentials;
  private final CallCounter counter = new CallCounter();
  private final ReadOnlyGuard guard = new ReadOnlyGuard(counter);
  private final HttpTransport transport = new NetHttpTransport();
  private final Map<Object, Object> cache = new ConcurrentHashMap<>();
  private final Map<String, Supplier<?>> shared = new ConcurrentHashMap<>();
  private final List<AutoCloseable> closeables = new ArrayList<>();

  public GcpClients(GcpSettings settings, GoogleCredentials credentials) {
    this.settings = settings;
    this.credentials = credentials;
  }

  public GcpSettings settings() {
    return settings;
  }

  /** A client of type {@code type}, built by {@code factory} on first use, closed with the session. */
  public <T> T client(Class<T> type, Supplier<T> factory) {
    return cached(type, factory);
  }

  @SuppressWarnings("unchecked")
  private <T> T cached(Object key, Supplier<T> factory) {
    return (T) cache.computeIfAbsent(key, k -> {
      T c = factory.get();
      if (c instanceof AutoCloseable a) {
        synchronized (closeables) {
          closeables.add(a);
        }
      }
      return c;
    });
  }

  /** A result several collectors need, read once per scan under {@code key}. */
  @SuppressWarnings("unchecked")
  public <T> T shared(String key, Supplier<T> read) {
    return (T) shared.computeIfAbsent(key, k -> com.google.common.base.Suppliers.memoize(read::get)).get();
  }

  /** The HTTP/JSON channel for a GAPIC client of {@code api}, with the guard on it. */
  public InstantiatingHttpJsonChannelProvider channel(String api) {
    return InstantiatingHttpJsonChannelProvider.newBuilder()
        .setHttpTransport(transport)
        .setEndpoint(settings.baseUrl(api))
        .setInterceptorProvider(() -> List.of(guard))
        .build();
  }

  public String endpoint(String api) {
    return settings.baseUrl(api);
  }

  public CredentialsProvider credentialsProvider() {
    return FixedCredentialsProvider.create(credentials);
  }

  /** GAPIC per-method settings: 429 and 503 retried with backoff. */
  public static Void retry(UnaryCallSettings.Builder<?, ?> method) {
    method.setRetryableCodes(Backoff.RETRYABLE);
    method.setRetrySettings(Backoff.settings());
    return null;
  }

  /** The REST surface of {@code api} (Logging configuration, IAM admin). */
  public RestClient rest(String api) {
    return cached("rest:" + api, () -> new RestClient(requestFactory(), settings.baseUrl(api)));
  }

  /** Storage lists the buckets of the project it is built for: one client per project. */
  public Storage storage(String project) {
    return cached("storage:" + project, () -> StorageOptions.newBuilder()
        .setHost(settings.baseUrl("storage"))
        .setCredentials(credentials)
        .setProjectId(project)
        .setTransportOptions(new GuardedTransportOptions(guard, () -> transport))
        .build().getService());
  }

  public SQLAdmin sqlAdmin() {
    return client(SQLAdmin.class, () -> new SQLAdmin.Builder(transport, GsonFactory.getDefaultInstance(),
        guard.initializer(new HttpCredentialsAdapter(credentials)))
        .setRootUrl(settings.baseUrl("sqladmin") + "/")
        .setApplicationName("cloudscan")
        .build());
  }

  private HttpRequestFactory requestFactory() {
    HttpRequestInitializer init = guard.initializer(new HttpCredentialsAdapter(credentials));
    return transport.createRequestFactory(init);
  }

  public Map<String, Long> apiCalls() {
    return counter.snapshot();
  }

  public long totalCalls() {
    return counter.total();
  }

  @Override
  public void close() {
    synchronized (closeables) {
      for (AutoCloseable c : closeables) {
        try {
          c.close();
        } catch (Exception e) {
          // closing a client at the end of a scan: nothing left to lose
        }
      }
      closeables.clear();
    }
  }

  /** Storage's transport options with the guard as the last request initializer. */
  private static final class GuardedTransportOptions extends HttpTransportOptions {
    private static final long serialVersionUID = 1L;
    private final transient ReadOnlyGuard guard;

    GuardedTransportOptions(ReadOnlyGuard guard, com.google.auth.http.HttpTransportFactory transport) {
      super(HttpTransportOptions.newBuilder().setHttpTransportFactory(transport));
      this.guard = guard;
    }

    @Override
    public HttpRequestInitializer getHttpRequestInitializer(ServiceOptions<?, ?> options) {
      return guard.initializer(super.getHttpRequestInitializer(options));
    }
  }
}
