package cloudscan.core.engine;

import cloudscan.core.fact.Fact;
import cloudscan.core.fact.FactKinds;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.GapInfo;
import cloudscan.core.provider.ProviderSession;
import cloudscan.core.provider.Target;
import cloudscan.core.snapshot.Gap;
import cloudscan.core.snapshot.ProviderRun;
import cloudscan.core.snapshot.ScannedScope;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fans collection out over (target × collector) with a bounded pool and records every failure
 * as a {@link Gap}: the one place where an exception becomes "could not look". No collector loops
 * over regions or catches its own errors.
 */
public final class CollectionRunner {

  private static final Logger LOG = LoggerFactory.getLogger(CollectionRunner.class);

  private final int concurrency;
  private final Clock clock;
  private final ProgressListener progress;

  public CollectionRunner(int concurrency, Clock clock, ProgressListener progress) {
    this.concurrency = concurrency;
    this.clock = clock;
    this.progress = progress;
  }

  /**
   * Collects everything into {@code store} and {@code gaps}; returns the run's evidence, which
   * says per target what was looked for. The caller sets the store's estate from its runs.
   */
  public ProviderRun run(String providerId, ProviderSession session, FactStore store, List<Gap> gaps)
      throws InterruptedException {
    Instant started = clock.instant();
    List<Task> tasks = plan(session);
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(concurrency, tasks.size())),
        r -> {
          Thread t = new Thread(r, "collect");
          t.setDaemon(true);
          return t;
        });
    try {
      List<Future<TaskResult>> futures = new ArrayList<>();
      for (Task task : tasks) {
        futures.add(pool.submit(() -> {
          TaskResult r = execute(session, task);
          progress.taskFinished(task.toString(), done.incrementAndGet(), tasks.size(), !r.gaps.isEmpty());
          return r;
        }));
      }
      for (Future<TaskResult> f : futures) {
        TaskResult r = get(f);
        synchronized (store) {
          r.facts.forEach(store::add);
        }
        gaps.addAll(r.gaps);
      }
    } finally {
      pool.shutdownNow();
    }
    return new ProviderRun(providerId, session.identity(), started, clock.instant(),
        scanned(session, tasks), session.skipped(), session.apiCalls());
  }

  /** Every target with what its collectors looked for there (also when they failed: a gap says so). */
  private static List<ScannedScope> scanned(ProviderSession session, List<Task> tasks) {
    Map<Target, Set<String>> keys = new LinkedHashMap<>();
    session.targets().forEach(t -> keys.put(t, new TreeSet<>()));
    tasks.forEach(t -> keys.get(t.target).addAll(t.collector.looksFor()));
    return keys.entrySet().stream()
        .map(e -> ScannedScope.of(e.getKey().scope(), e.getKey().level(), e.getKey().parents(),
            List.copyOf(e.getValue())))
        .toList();
  }

  private static TaskResult get(Future<TaskResult> f) throws InterruptedException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      // execute() never throws; reaching here is a bug in the runner itself.
      throw new IllegalStateException("collection task crashed", e.getCause());
    }
  }

  private static List<Task> plan(ProviderSession session) {
    List<Task> tasks = new ArrayList<>();
    for (Target target : session.targets()) {
      for (Collector c : session.collectors()) {
        if (c.level() == target.level()) {
          tasks.add(new Task(target, c));
        }
      }
    }
    return tasks;
  }

  private static TaskResult execute(ProviderSession session, Task task) {
    TaskResult result = new TaskResult(task, session);
    try {
      task.collector.collect(task.target, result);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      result.gap(e, task.collector.produces());
    } catch (Exception e) {
      result.gap(e, task.collector.produces());
    }
    return result;
  }

  private record Task(Target target, Collector collector) {
    @Override
    public String toString() {
      return target + " " + collector.service();
    }
  }

  /** A per-task sink: facts and gaps buffered, merged by the runner thread. */
  private static final class TaskResult implements FactSink {
    private final Task task;
    private final ProviderSession session;
    private final List<Fact> facts = new ArrayList<>();
    private final List<Gap> gaps = new ArrayList<>();

    TaskResult(Task task, ProviderSession session) {
      this.task = task;
      this.session = session;
    }

    @Override
    public synchronized void accept(Fact fact) {
      facts.add(fact);
    }

    @Override
    public synchronized void gap(Throwable error, Set<Class<? extends Fact>> kinds) {
      GapInfo info = session.describe(error);
      LOG.debug("gap in {} {}: {}", task.target, task.collector.service(), info.message(), error);
      gaps.add(new Gap(task.target.scope(), task.collector.service(), info.operation(), info.kind(),
          info.message(), names(kinds)));
    }

    private static List<String> names(Collection<Class<? extends Fact>> kinds) {
      return kinds.stream().map(FactKinds::nameOf).sorted().toList();
    }
  }
}
