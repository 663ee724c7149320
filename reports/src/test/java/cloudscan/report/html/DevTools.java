package cloudscan.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A minimal Chrome DevTools Protocol client for tests: starts headless Chromium, connects to its
 * first page over a WebSocket (Java's own {@link HttpClient}, no Selenium) and sends commands.
 * Every event is kept, so a test can look for console errors afterwards.
 */
final class DevTools implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(15);

  private final Process process;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<JsonNode> events = new CopyOnWriteArrayList<>();
  private final List<Waiter> waiters = new CopyOnWriteArrayList<>();

  private record Waiter(Predicate<JsonNode> test, CompletableFuture<JsonNode> result) { }

  private DevTools(Process process, WebSocket.Builder builder, URI page) {
    this.process = process;
    this.socket = builder.buildAsync(page, new Listener()).orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
  }

  /** Starts {@code chromium} headless with a fresh profile in {@code profile}. */
  static DevTools start(String chromium, Path profile) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--no-default-browser-check", "--hide-scrollbars", "--window-size=1280,1600",
        "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank")
        .redirectErrorStream(true)
        .redirectOutput(profile.resolveSibling(profile.getFileName() + ".log").toFile())
        .start();
    try {
      Path portFile = profile.resolve("DevToolsActivePort");
      long deadline = System.nanoTime() + TIMEOUT.toNanos();
      while (!Files.exists(portFile) || Files.readAllLines(portFile).size() < 2) {
        if (!p.isAlive() || System.nanoTime() > deadline) {
          throw new IOException("chromium did not open its DevTools port (exit "
              + (p.isAlive() ? "none" : p.exitValue()) + "); see " + profile + ".log");
        }
        Thread.sleep(50);
      }
      int port = Integer.parseInt(Files.readAllLines(portFile).get(0).trim());
      HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
      URI page = null;
      while (page == null) {
        HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
            .timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        for (JsonNode t : JSON.readTree(list.body())) {
          if (t.path("type").asText().equals("page")) {
            page = URI.create(t.path("webSocketDebuggerUrl").asText());
            break;
          }
        }
        if (page == null) {
          if (System.nanoTime() > deadline) {
            throw new IOException("chromium has no page target");
          }
          Thread.sleep(50);
        }
      }
      return new DevTools(p, http.newWebSocketBuilder().connectTimeout(TIMEOUT), page);
    } catch (IOException | InterruptedException | RuntimeException e) {
      kill(p);
      throw e;
    }
  }

  /** Sends a command and waits for its result; a protocol error fails the test. */
  JsonNode send(String method, Object... params) {
    int id = ids.incrementAndGet();
    ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
    ObjectNode p = msg.putObject("params");
    for (int i = 0; i < params.length; i += 2) {
      p.set((String) params[i], JSON.valueToTree(params[i + 1]));
    }
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    socket.sendText(msg.toString(), true).join();
    JsonNode r = reply.orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
    if (r.has("error")) {
      throw new IllegalStateException(method + ": " + r.get("error"));
    }
    return r.path("result");
  }

  /** Evaluates a JavaScript expression in the page and returns its value; an exception fails. */
  JsonNode eval(String expression) {
    JsonNode r = send("Runtime.evaluate", "expression", expression, "returnByValue", true, "awaitPromise", true);
    if (r.has("exceptionDetails")) {
      throw new IllegalStateException("page threw: " + r.get("exceptionDetails"));
    }
    return r.path("result").path("value");
  }

  /** The future of the first event (already seen or yet to come) that {@code test} accepts. */
  CompletableFuture<JsonNode> event(Predicate<JsonNode> test) {
    CompletableFuture<JsonNode> f = new CompletableFuture<>();
    waiters.add(new Waiter(test, f));
    events.stream().filter(test).findFirst().ifPresent(f::complete);
    return f.orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
  }

  List<JsonNode> events() {
    return List.copyOf(events);
  }

  @Override
  public void close() {
    try {
      socket.sendText("{\"id\":0,\"method\":\"Browser.close\",\"params\":{}}", true)
          .orTimeout(2, TimeUnit.SECONDS).exceptionally(e -> null).join();
      process.waitFor(3, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      kill(process);
    }
  }

  /** Ends the browser this test started, its helper processes first. */
  private static void kill(Process p) {
    p.descendants().forEach(ProcessHandle::destroyForcibly);
    p.destroyForcibly();
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String text = partial.toString();
        partial.setLength(0);
        try {
          JsonNode msg = JSON.readTree(text);
          if (msg.has("id")) {
            CompletableFuture<JsonNode> f = pending.remove(msg.get("id").asInt());
            if (f != null) {
              f.complete(msg);
            }
          } else {
            events.add(msg);
            waiters.stream().filter(w -> w.test().test(msg)).forEach(w -> w.result().complete(msg));
          }
        } catch (IOException e) {
          events.add(JSON.createObjectNode().put("method", "unparsable").put("text", text));
        }
      }
      ws.request(1);
      return null;
    }
  }
}
