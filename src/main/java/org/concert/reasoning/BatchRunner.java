package org.concert.reasoning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.semanticweb.HermiT.Reasoner;
import org.semanticweb.owlapi.reasoner.ReasonerInterruptedException;

/**
 * Runs reasoning tasks on a fixed number of daemon threads against one deadline: past it, every running HermiT
 * is interrupted and the caller gets {@code REASONER_TIMEOUT}; a task's failure is mapped to a Concert error.
 */
final class BatchRunner implements AutoCloseable {
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final ExecutorService executor;
    private final long deadline;
    private final Duration timeout;
    private final String lateMessage;
    private final Set<Reasoner> running = ConcurrentHashMap.newKeySet();
    private final ThreadLocal<Reasoner> current = new ThreadLocal<>();

    BatchRunner(int threads, Duration timeout) {
        this(threads, timeout, "the reasoner did not finish");
    }

    /** A runner whose timeout error says {@code lateMessage} "within N s". */
    BatchRunner(int threads, Duration timeout, String lateMessage) {
        this.lateMessage = lateMessage;
        int pool = POOLS.incrementAndGet();
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "concert-hermit-" + pool + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.timeout = timeout;
        this.deadline = System.nanoTime() + timeout.toNanos();
    }

    /** Called by a task with the reasoner it starts (and with null when it is done with it). */
    void running(Reasoner reasoner) {
        Reasoner before = current.get();
        if (before != null) {
            running.remove(before);
        }
        current.set(reasoner);
        if (reasoner != null) {
            running.add(reasoner);
        }
    }

    /** The time left before the deadline. */
    Duration remaining() {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw timedOut(null);
        }
        return Duration.ofNanos(left);
    }

    /** Runs one task and waits for it. */
    <T> T call(Callable<T> task) {
        return await(executor.submit(task));
    }

    /** Runs {@code task} on every batch in parallel and merges their maps. */
    <K, V> Map<K, V> run(List<List<K>> batches, Function<List<K>, Map<K, V>> task) {
        List<Future<Map<K, V>>> futures = new ArrayList<>();
        for (List<K> batch : batches) {
            futures.add(executor.submit(() -> task.apply(batch)));
        }
        Map<K, V> out = new HashMap<>();
        for (Future<Map<K, V>> future : futures) {
            out.putAll(await(future));
        }
        return out;
    }

    private <T> T await(Future<T> future) {
        try {
            return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw timedOut(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConcertException(ErrorCode.REASONER_TIMEOUT, "interrupted while reasoning", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ConcertException ce) {
                throw ce;
            }
            if (cause instanceof ReasonerInterruptedException) {
                throw timedOut(cause);
            }
            throw new ConcertException(ErrorCode.REASONER_UNSUPPORTED, "HermiT rejected the ontology: " + cause.getMessage(), cause);
        }
    }

    private ConcertException timedOut(Throwable cause) {
        running.forEach(Reasoner::interrupt);
        executor.shutdownNow();
        return new ConcertException(ErrorCode.REASONER_TIMEOUT,
                lateMessage + " within " + timeout.toSeconds() + " s", cause);
    }

    @Override
    public void close() {
        running.forEach(Reasoner::interrupt);
        executor.shutdownNow();
    }
}
