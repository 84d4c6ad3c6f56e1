package org.concert.reasoning;

/**
 * One named step of building a knowledge base (load, snapshot, consistency, classification, realization,
 * write-back, ...), how long it took, and what it produced.
 *
 * @param name   the stage, e.g. {@code realization}
 * @param millis wall-clock milliseconds it took
 * @param detail a short account of what it did, e.g. {@code 412 inferred triples}
 *
 * @since 0.1.0
 */
public record Stage(String name, long millis, String detail) {
    @Override
    public String toString() {
        return String.format("%-16s %6d ms  %s", name, millis, detail);
    }
}
