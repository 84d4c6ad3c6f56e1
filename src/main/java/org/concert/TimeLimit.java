package org.concert;

import java.time.Duration;

/**
 * The one check of every time limit Concert takes (query, reasoner, explain): at least a second, at most a day.
 * Builders call it when the limit is set, so a wrong option fails before any work starts.
 *
 * @since 0.2.0
 */
public final class TimeLimit {
    /** The longest limit accepted: one day. */
    public static final Duration MAX = Duration.ofDays(1);

    private TimeLimit() {
    }

    /** {@code limit} if it is from 1 second to {@link #MAX}; otherwise {@link ErrorCode#INVALID_DURATION} naming {@code option}. */
    public static Duration check(Duration limit, String option) {
        if (limit == null || limit.compareTo(Duration.ofSeconds(1)) < 0 || limit.compareTo(MAX) > 0) {
            throw new ConcertException(ErrorCode.INVALID_DURATION, "'" + (limit == null ? "none" : limit.toSeconds()
                    + " s") + "' is not a time limit from 1 to " + MAX.toSeconds() + " seconds", option, -1, -1, null);
        }
        return limit;
    }

    /** {@code seconds} as a checked limit. */
    public static Duration ofSeconds(long seconds, String option) {
        if (seconds < 1 || seconds > MAX.toSeconds()) {
            throw new ConcertException(ErrorCode.INVALID_DURATION, "'" + seconds + "' is not a number of seconds from 1 to "
                    + MAX.toSeconds(), option, -1, -1, null);
        }
        return Duration.ofSeconds(seconds);
    }
}
