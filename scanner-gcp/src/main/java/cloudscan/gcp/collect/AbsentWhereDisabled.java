package cloudscan.gcp.collect;

import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Scope;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import cloudscan.gcp.collect.asset.AssetProbe;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A collector of one API that is commonly left off in projects that do not use it (Compute, KMS,
 * Cloud SQL, Backup and DR). When that API is not enabled in the scanned project and Cloud Asset
 * lists no resource of it there, the project has none, and "looked, found nothing" is the answer.
 * Otherwise the SERVICE_DISABLED gap stands: Asset lists resources (disabling an API does not
 * delete them), Asset cannot be asked, the API is off in another project (the quota project of
 * user credentials), the error is about another API, or the collector had already emitted facts.
 */
public final class AbsentWhereDisabled implements Collector {

  private static final Logger LOG = LoggerFactory.getLogger(AbsentWhereDisabled.class);

  private final Collector inner;
  private final GcpContext ctx;
  private final String api;

  public AbsentWhereDisabled(Collector inner, GcpContext ctx, String api) {
    this.inner = inner;
    this.ctx = ctx;
    this.api = api;
  }

  @Override
  public String service() {
    return inner.service();
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return inner.produces();
  }

  @Override
  public Set<String> looksFor() {
    return inner.looksFor();
  }

  @Override
  public Scope.Level level() {
    return inner.level();
  }

  @Override
  public void collect(Target target, FactSink out) throws Exception {
    AtomicInteger emitted = new AtomicInteger();
    FactSink counting = new FactSink() {
      @Override
      public void accept(Fact fact) {
        emitted.incrementAndGet();
        out.accept(fact);
      }

      @Override
      public void gap(Throwable error, Set<Class<? extends Fact>> kinds) {
        out.gap(error, kinds);
      }
    };
    try {
      inner.collect(target, counting);
    } catch (RuntimeException e) {
      Optional<String> off = DisabledApi.inProject(e, ctx, target);
      if (emitted.get() > 0 || off.filter(api::equals).isEmpty() || !AssetProbe.noneOf(ctx, target.account(), api)) {
        throw e;
      }
      LOG.info("{}: {} is not enabled and Cloud Asset lists none of its resources there: none", target.account(), api);
    }
  }
}
