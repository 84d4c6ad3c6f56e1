package org.concert.reasoning;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.semanticweb.HermiT.Reasoner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Classifies the terminology on the second core while the snapshot is derived on the first. The terminology a
 * build will reason with is known once the knowledge base is loaded: it is the schema with what the individuals
 * it names assert about themselves, which the snapshot does not touch. The prefetch works it out from the loaded
 * graphs and an empty snapshot and keys its result by the terminology's fingerprint; {@link ModularReasoner}
 * takes it only when the fingerprint of its real input is the same, so a snapshot that did change the
 * terminology costs the prefetch's time on the other core, never a wrong profile.
 */
final class TerminologyPrefetch {
    private static final Logger LOG = LoggerFactory.getLogger(TerminologyPrefetch.class);
    private static final AtomicReference<TerminologyPrefetch> LATEST = new AtomicReference<>();

    private final CompletableFuture<String> fingerprint = new CompletableFuture<>();
    private final CompletableFuture<Optional<TboxProfile>> profile = new CompletableFuture<>();
    private final AtomicReference<Reasoner> running = new AtomicReference<>();

    private TerminologyPrefetch() {
    }

    /**
     * Starts classifying the terminology of {@code schema} and {@code data} in the background unless
     * {@code cache} already holds its profile. A later start replaces an earlier one that was not taken.
     */
    static void start(ReasoningCache cache, Graph schema, Graph data) {
        TerminologyPrefetch started = new TerminologyPrefetch();
        LATEST.set(started);
        Thread thread = new Thread(() -> started.run(cache, schema, data), "concert-terminology");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(ReasoningCache cache, Graph schema, Graph data) {
        try {
            AboxModules modules = AboxModules.of(ReasonerInput.select(schema, data, GraphFactory.createGraphMem()));
            String key = new ModuleFingerprints(modules).terminology(ModularReasoner.TERMINOLOGY_SALT);
            fingerprint.complete(key);
            profile.complete(cache.get("terminology", key).isPresent() ? Optional.empty()
                    : Optional.of(OwlTerminology.of(key, modules.terminologyGraph()).profile(running::set)));
        } catch (RuntimeException e) {
            LOG.debug("the terminology prefetch failed; the build classifies the terminology itself", e);
        } finally {
            // Whatever went wrong, a build waiting for this prefetch goes on without it.
            fingerprint.complete("");
            profile.complete(Optional.empty());
        }
    }

    /**
     * The profile of the terminology whose fingerprint is {@code key} when the last prefetch started was of it,
     * waiting for it at most {@code patience}; empty when none was started, it was of another terminology, or it
     * failed.
     *
     * @throws ConcertException REASONER_TIMEOUT when it is not done in time (the prefetch is interrupted)
     */
    static Optional<TboxProfile> take(String key, Duration patience) {
        TerminologyPrefetch started = LATEST.getAndSet(null);
        if (started == null) {
            return Optional.empty();
        }
        long deadline = System.nanoTime() + patience.toNanos();
        try {
            if (!key.equals(started.fingerprint.get(patience.toNanos(), TimeUnit.NANOSECONDS))) {
                started.interrupt();
                return Optional.empty();
            }
            return started.profile.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            started.interrupt();
            throw new ConcertException(ErrorCode.REASONER_TIMEOUT,
                    "the terminology was not classified within " + patience.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            started.interrupt();
            throw new ConcertException(ErrorCode.REASONER_TIMEOUT, "interrupted while classifying the terminology", e);
        } catch (ExecutionException e) {
            return Optional.empty();
        }
    }

    private void interrupt() {
        Reasoner reasoner = running.get();
        if (reasoner != null) {
            reasoner.interrupt();
        }
    }
}
