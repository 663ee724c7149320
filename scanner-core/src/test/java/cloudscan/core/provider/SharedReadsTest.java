package cloudscan.core.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SharedReadsTest {

  @Test
  void concurrentCallers_shareOneRead() throws Exception {
    SharedReads reads = new SharedReads();
    AtomicInteger calls = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(pool.submit(() -> {
          start.await();
          return reads.get("ec2:DescribeFlowLogs|ap-northeast-1", () -> {
            calls.incrementAndGet();
            return "flow logs";
          });
        }));
      }
      start.countDown();
      for (Future<String> f : results) {
        assertThat(f.get()).isEqualTo("flow logs");
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(calls).hasValue(1);
  }

  @Test
  void aFailedRead_failsEveryCaller_withoutASecondCall() {
    SharedReads reads = new SharedReads();
    AtomicInteger calls = new AtomicInteger();
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> reads.get("k", () -> {
        calls.incrementAndGet();
        throw new IllegalStateException("denied");
      })).isInstanceOf(IllegalStateException.class).hasMessage("denied");
    }
    assertThat(calls).hasValue(1);
  }

  @Test
  void differentKeys_areDifferentReads() {
    SharedReads reads = new SharedReads();
    assertThat((String) reads.get("a", () -> "1")).isEqualTo("1");
    assertThat((String) reads.get("b", () -> "2")).isEqualTo("2");
  }
}
