package org.concert.server;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.concert.ConcertException;
import org.concert.Day;
import org.concert.ErrorCode;
import org.concert.kb.KnowledgeBase;
import org.concert.kb.Timeline;
import org.concert.query.QueryRunner;

/**
 * The knowledge bases the endpoint answers from: the served one, replaced whole on a reload, and those of other
 * dates asked with {@code ?as-of=}, built one at a time and the last {@value #KEPT_DATES} kept.
 */
final class ServedDates {
    /** The request parameter that asks for another snapshot date. */
    static final String AS_OF = "as-of";
    private static final int KEPT_DATES = 8;

    /** One date's knowledge base with what the routes answer from it. */
    record Served(KnowledgeBase kb, NamedQueryResponder namedQueries, Optional<Timeline> timeline) {
    }

    private final Function<KnowledgeBase, QueryRunner> runners;
    private final Function<LocalDate, KnowledgeBase> dates;
    private volatile Served current;
    private final Map<LocalDate, Served> other = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<LocalDate, Served> eldest) {
            return size() > KEPT_DATES;
        }
    };

    /**
     * @param runners the query runner of a knowledge base, with the endpoint's timeout and SERVICE policy
     * @param dates builds the knowledge base of another date, or null when only the served date is answered
     */
    ServedDates(KnowledgeBase kb, Function<KnowledgeBase, QueryRunner> runners, Function<LocalDate, KnowledgeBase> dates) {
        this.runners = runners;
        this.dates = dates;
        serve(kb);
    }

    void serve(KnowledgeBase kb) {
        current = served(kb);
        synchronized (other) {
            other.clear();
        }
    }

    Served current() {
        return current;
    }

    /** Whether dates other than the served one are answered. */
    boolean answersOtherDates() {
        return dates != null;
    }

    /**
     * What answers for the request's {@code as-of} value (null: the served date); {@link ErrorCode#INVALID_DATE}
     * for a malformed date or, when this endpoint answers one date, another date.
     */
    Served at(String asOf) {
        Served now = current;
        if (asOf == null) {
            return now;
        }
        LocalDate date = Day.parse(asOf, AS_OF);
        if (date.equals(now.kb().asOf())) {
            return now;
        }
        if (dates == null) {
            throw new ConcertException(ErrorCode.INVALID_DATE, "this endpoint answers only as of " + now.kb().asOf(), AS_OF, -1, -1, null);
        }
        synchronized (other) {
            return other.computeIfAbsent(date, d -> served(dates.apply(d)));
        }
    }

    private Served served(KnowledgeBase kb) {
        return new Served(kb, new NamedQueryResponder(runners.apply(kb), kb.dataset().getPrefixMapping()), Timeline.kept(kb));
    }
}
