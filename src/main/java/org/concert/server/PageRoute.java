package org.concert.server;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.concert.ConcertException;
import org.concert.Day;
import org.concert.kb.KnowledgeBase;
import org.concert.profile.OrganizationProfile;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The pages for people: {@code /} and each organization's page, {@code /concert/org/ACRONYM?as-of=DATE}. */
final class PageRoute {
    static final String ORGANIZATIONS = ConcertServer.DATASET + "/org/";

    private final ServedDates served;
    /** The page at / of the knowledge base last served: made once per knowledge base, not per request. */
    private volatile IndexPageOf index;

    private record IndexPageOf(KnowledgeBase kb, byte[] html) {
    }

    PageRoute(ServedDates served) {
        this.served = served;
    }

    static boolean serves(String path) {
        return path.equals("/") || path.equals("/index.html") || path.startsWith(ORGANIZATIONS);
    }

    void respond(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        if (!request.getMethod().equals("GET") && !request.getMethod().equals("HEAD")) {
            Answers.text(response, 405, "Method " + request.getMethod() + " not allowed on the page; this endpoint is read-only.");
            return;
        }
        ServedDates.Served now = served.current();
        if (!path.startsWith(ORGANIZATIONS)) {
            IndexPageOf page = index;
            if (page == null || page.kb() != now.kb()) {
                page = new IndexPageOf(now.kb(), IndexPage.html(now.kb(), served.answersOtherDates()).getBytes(StandardCharsets.UTF_8));
                index = page;
            }
            Answers.send(response, 200, "text/html", page.html());
            return;
        }
        String page;
        try {
            String asOf = request.getParameter(ServedDates.AS_OF);
            LocalDate chosen = asOf == null || asOf.isEmpty() ? now.kb().asOf() : Day.parse(asOf, ServedDates.AS_OF);
            page = OrganizationPage.html(OrganizationProfile.of(now.kb(), decoded(path.substring(ORGANIZATIONS.length()))), chosen);
        } catch (ConcertException e) {
            Answers.error(response, e);
            return;
        }
        Answers.send(response, 200, "text/html", page.getBytes(StandardCharsets.UTF_8));
    }

    /** A path segment as the client meant it: {@code /concert/org/X%3Cb%3E} names {@code X<b>}. */
    static String decoded(String segment) {
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
