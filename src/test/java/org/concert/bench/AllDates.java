package org.concert.bench;

import java.time.LocalDate;
import java.util.List;

import org.concert.kb.KnowledgeBase;
import org.concert.reasoning.ReasoningCache;

/**
 * Reasons the bundled knowledge base for every day on which its data changes, in one process with one
 * in-memory reasoning cache that starts empty, and prints the total and per-date times. Not a test: run it with
 * {@code bench/run all-dates}.
 */
public final class AllDates {
    private AllDates() {
    }

    public static void main(String[] args) {
        List<LocalDate> days = ChangeDates.bundled();
        ReasoningCache cache = ReasoningCache.memoryOnly();
        long start = System.nanoTime();
        long slowest = 0;
        LocalDate slowestDay = null;
        for (LocalDate day : days) {
            long t0 = System.nanoTime();
            KnowledgeBase.bundled().asOf(day).cache(cache).reason();
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (ms > slowest) {
                slowest = ms;
                slowestDay = day;
            }
        }
        long total = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("all-dates: %d distinct dates (%s to %s) reasoned in %.1f s, %.0f ms per date; slowest %d ms (%s);"
                        + " cache hits %d, misses %d%n", days.size(), days.get(0), days.get(days.size() - 1), total / 1000.0,
                (double) total / days.size(), slowest, slowestDay, cache.hits(), cache.misses());
    }
}
