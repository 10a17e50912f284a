package io.gsskit.raw.internal.mech.krb5;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.Buffer;
import io.gsskit.raw.ContextHandle;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.internal.glue.Glue;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * DESIGN §9 / issue #4: per-message calls on one context are thread-safe. 8 threads wrap, unwrap,
 * getMic and verifyMic concurrently on one established pair through the mechglue; every message
 * verifies, every token carries a distinct sequence number, nothing throws. Replay detection is
 * on but sequence detection off, so out-of-order arrival between threads is fine, except that a
 * token delayed behind more than the replay window comes back (verified) with the supplementary
 * GSS_S_OLD_TOKEN; a duplicate sequence number would be reported as GSS_S_DUPLICATE_TOKEN and
 * fails the test.
 */
class Krb5ConcurrentMessagesTest {

  static Krb5Fixture fx;
  static Glue glue;

  @BeforeAll
  static void start() throws Exception {
    fx = new Krb5Fixture();
    glue = fx.glue();
  }

  @AfterAll
  static void stop() throws Exception {
    fx.close();
  }

  private static final int THREADS = 8;
  private static final int ROUNDS = 200;

  @Test
  void eightThreadsOnOneContextPair() throws Exception {
    int flags = io.gsskit.raw.Gss.GSS_C_MUTUAL_FLAG | io.gsskit.raw.Gss.GSS_C_REPLAY_FLAG
        | io.gsskit.raw.Gss.GSS_C_CONF_FLAG | io.gsskit.raw.Gss.GSS_C_INTEG_FLAG;
    Krb5MessagesTest.Pair p = Krb5MessagesTest.establish(glue, fx.service, flags);
    Set<Long> initSeqs = ConcurrentHashMap.newKeySet();
    Set<Long> accSeqs = ConcurrentHashMap.newKeySet();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        final int id = t;
        results.add(pool.submit(() -> {
          go.await();
          int done = 0;
          for (int i = 0; i < ROUNDS; i++) {
            boolean fromInit = ((i + id) & 1) == 0;
            ContextHandle from = fromInit ? p.init() : p.acc();
            ContextHandle to = fromInit ? p.acc() : p.init();
            Set<Long> seqs = fromInit ? initSeqs : accSeqs;
            byte[] msg = ByteBuffer.allocate(12).putInt(id).putInt(i).putInt(0x5a5a).array();
            MinorStatus minor = new MinorStatus();
            Buffer tok = new Buffer();
            if (i % 3 == 2) {
              int major = glue.messages.getMic(minor, from, 0, msg, tok);
              assertThat(major).as(glue.status.describe(major, minor))
                  .isEqualTo(GssStatus.GSS_S_COMPLETE);
              assertThat(seqs.add(ByteBuffer.wrap(tok.value(), 8, 8).getLong()))
                  .as("unique sequence number").isTrue();
              major = glue.messages.verifyMic(minor, to, msg, tok.value(), null);
              assertThat(major & ~GssStatus.GSS_S_OLD_TOKEN)
                  .as(glue.status.describe(major, minor)).isEqualTo(GssStatus.GSS_S_COMPLETE);
            } else {
              boolean conf = i % 3 == 0;
              int major = glue.messages.wrap(minor, from, conf, 0, msg, null, tok);
              assertThat(major).as(glue.status.describe(major, minor))
                  .isEqualTo(GssStatus.GSS_S_COMPLETE);
              assertThat(seqs.add(ByteBuffer.wrap(tok.value(), 8, 8).getLong()))
                  .as("unique sequence number").isTrue();
              Buffer out = new Buffer();
              major = glue.messages.unwrap(minor, to, tok.value(), out, null, null);
              assertThat(major & ~GssStatus.GSS_S_OLD_TOKEN)
                  .as(glue.status.describe(major, minor)).isEqualTo(GssStatus.GSS_S_COMPLETE);
              assertThat(out.value()).isEqualTo(msg);
            }
            done++;
          }
          return done;
        }));
      }
      go.countDown();
      int total = 0;
      for (Future<Integer> f : results) {
        total += f.get(60, TimeUnit.SECONDS); // rethrows any assertion or exception
      }
      assertThat(total).isEqualTo(THREADS * ROUNDS);
      assertThat(initSeqs.size() + accSeqs.size()).isEqualTo(THREADS * ROUNDS);
    } finally {
      pool.shutdownNow();
    }
  }
}
