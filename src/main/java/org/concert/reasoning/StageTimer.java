package org.concert.reasoning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs and times the named steps of a build, one after another: each call to {@link #run} or {@link #stage}
 * closes the step that began when the previous one closed (or when the timer was made), logs it and keeps it.
 *
 * @since 0.2.0
 */
public final class StageTimer {
    private static final Logger LOG = LoggerFactory.getLogger(StageTimer.class);

    private final List<Stage> stages = Collections.synchronizedList(new ArrayList<>());
    private long start = System.nanoTime();

    /** Closes the current step under {@code name} with a short account of what it produced, and starts the next. */
    public synchronized Stage stage(String name, String detail) {
        long now = System.nanoTime();
        Stage stage = new Stage(name, (now - start) / 1_000_000, detail);
        stages.add(stage);
        LOG.info("{}", stage);
        start = now;
        return stage;
    }

    /**
     * Runs one step and closes it under {@code name}, with {@code detail}'s account of what it produced.
     *
     * @return what the step produced
     */
    public <T> T run(String name, Supplier<T> step, Function<? super T, String> detail) {
        T produced = step.get();
        stage(name, detail.apply(produced));
        return produced;
    }

    /** Adds steps timed elsewhere (e.g. by a whole-input reasoner run) and restarts the clock. */
    public synchronized void addAll(List<Stage> timed) {
        stages.addAll(timed);
        start = System.nanoTime();
    }

    /** The steps so far, in order. */
    public List<Stage> stages() {
        synchronized (stages) {
            return List.copyOf(stages);
        }
    }
}
