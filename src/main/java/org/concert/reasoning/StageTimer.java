package org.concert.reasoning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Times the named steps of a build, one after another: each call to {@link #stage} closes the step that began
 * when the previous one closed (or when the timer was made), logs it and keeps it.
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
