package org.concert.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.concert.ConcertException;
import org.concert.Day;
import org.concert.chart.Chart;
import org.concert.chart.MemberCountChart;
import org.concert.chart.MembershipMatrixChart;
import org.concert.chart.MembershipTimelineChart;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The charts of {@code concert chart} as SVG (or PNG) from the served knowledge base:
 * {@code /concert/charts/timeline/NATO.svg?from=&to=}, {@code /concert/charts/members.svg?org=NATO&org=CSTO&from=&to=}
 * and {@code /concert/charts/matrix.svg?as-of=&org=...}. The timeline's inferred rows need a server started with
 * {@code --timeline}; without it the chart has the membership rows only and says so.
 */
final class ChartRoute {
    static final String CHARTS = ConcertServer.DATASET + "/charts/";

    private final ServedDates served;

    ChartRoute(ServedDates served) {
        this.served = served;
    }

    static boolean serves(String path) {
        return path.startsWith(CHARTS);
    }

    void respond(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        if (!request.getMethod().equals("GET") && !request.getMethod().equals("HEAD")) {
            Answers.text(response, 405, "Charts are read with GET.");
            return;
        }
        String name = path.substring(CHARTS.length());
        boolean png = name.endsWith(".png");
        if (!png && !name.endsWith(".svg")) {
            Answers.text(response, 404, "No chart at " + path + ": ask for timeline/ENTITY.svg, members.svg or matrix.svg (or .png).");
            return;
        }
        name = name.substring(0, name.length() - 4);
        ServedDates.Served now = served.current();
        List<String> orgs = request.getParameterValues("org") == null ? List.of() : List.of(request.getParameterValues("org"));
        Chart chart;
        try {
            if (name.startsWith("timeline/")) {
                chart = MembershipTimelineChart.of(now.kb(), now.timeline().orElse(null), PageRoute.decoded(name.substring("timeline/".length())),
                        date(request, "from"), date(request, "to"));
            } else if (name.equals("members")) {
                chart = MemberCountChart.of(now.kb(), orgs, date(request, "from"), date(request, "to"));
            } else if (name.equals("matrix")) {
                LocalDate asOf = date(request, ServedDates.AS_OF);
                chart = MembershipMatrixChart.of(now.kb(), asOf == null ? now.kb().asOf() : asOf, orgs);
            } else {
                Answers.text(response, 404, "No chart '" + name + "': the charts are timeline/ENTITY, members and matrix.");
                return;
            }
        } catch (ConcertException e) {
            Answers.error(response, e);
            return;
        }
        int width = chart.width();
        if (png) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            chart.png(out, width, chart.height(width));
            Answers.send(response, 200, "image/png", out.toByteArray());
        } else {
            Answers.send(response, 200, "image/svg+xml", chart.svg(width, chart.height(width)).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static LocalDate date(HttpServletRequest request, String parameter) {
        String value = request.getParameter(parameter);
        if (value == null || value.isEmpty()) {
            return null;
        }
        return Day.parse(value, parameter);
    }
}
