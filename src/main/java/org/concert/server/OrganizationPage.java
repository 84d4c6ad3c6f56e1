package org.concert.server;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.concert.Html;
import org.concert.kb.Memberships;
import org.concert.kb.Timeline;
import org.concert.profile.OrganizationProfile;

/**
 * {@code /concert/org/ACRONYM[?as-of=DATE]}: one organization for people: name, Wikidata item, Chapter VIII status
 * and functions with their sources, the periods of its inferred classes, its timeline chart, and its members today
 * and on the chosen date. Every value escaped; nothing fetched from elsewhere.
 */
final class OrganizationPage {

    private OrganizationPage() {
    }

    static String html(OrganizationProfile org, LocalDate chosen) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String acronym = Html.escape(org.acronym());
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(Html.escape(org.name()))
                .append(" (").append(acronym).append(") - Concert</title>\n<style>\n").append(IndexPage.STYLE).append("</style>\n</head>\n<body>\n")
                .append("<p><a href=\"../../\">Concert</a></p>\n<h1 id=\"name\">").append(Html.escape(org.name())).append(" (")
                .append(acronym).append(")</h1>\n<dl>\n");
        if (org.wikidata() != null) {
            b.append("<dt>Wikidata</dt><dd><a id=\"wikidata\" href=\"").append(Html.escape(org.wikidata())).append("\">")
                    .append(Html.escape(org.wikidata().substring(org.wikidata().lastIndexOf('/') + 1))).append("</a></dd>\n");
        }
        if (org.established() != null) {
            b.append("<dt>Established</dt><dd>").append(org.established()).append("</dd>\n");
        }
        b.append("<dt>UN Charter, Chapter VIII</dt><dd id=\"chapter-viii\">");
        if (org.chapterViii() == null) {
            b.append("not recorded as a regional arrangement");
        } else {
            b.append("recognized as a regional arrangement").append(sources(org.chapterViii().sources()));
            if (org.chapterViii().contested() != null) {
                b.append(" <strong>Contested:</strong> ").append(Html.escape(org.chapterViii().contested()));
            }
        }
        b.append("</dd>\n</dl>\n<h2>Functions</h2>\n<table id=\"functions\">\n<tr><th>function</th><th>sources</th></tr>\n");
        for (OrganizationProfile.Sourced f : org.functions()) {
            b.append("<tr><td>").append(Html.escape(f.label())).append("</td><td>")
                    .append(Html.escape(String.join("; ", f.sources()))).append("</td></tr>\n");
        }
        b.append("</table>\n<h2>Inferred classes</h2>\n");
        if (org.periods() == null) {
            b.append("<p id=\"periods\">Not computed: start the endpoint with <code>serve --timeline</code> to see the periods of each class HermiT infers.</p>\n");
        } else {
            b.append("<table id=\"periods\">\n<tr><th>class</th><th>from</th><th>until</th></tr>\n");
            for (Timeline.Period p : org.periods()) {
                String local = p.term().substring(p.term().lastIndexOf('#') + 1);
                b.append("<tr><td><a href=\"../../ontology#").append(Html.escape(local)).append("\">").append(Html.escape(local))
                        .append("</a></td><td>").append(p.begin()).append("</td><td>").append(p.end() == null ? "" : p.end().toString())
                        .append("</td></tr>\n");
            }
            b.append("</table>\n");
        }
        b.append("<h2>Timeline</h2>\n<p><img id=\"timeline-chart\" style=\"max-width: 100%\" src=\"../charts/timeline/").append(Html.pathSegment(org.acronym()))
                .append(".svg\" alt=\"Membership timeline of ").append(acronym).append("\"></p>\n")
                .append("<h2>Members</h2>\n<form method=\"get\"><label>On <input type=\"date\" id=\"date\" name=\"as-of\" value=\"")
                .append(chosen).append("\"></label> <button type=\"submit\" id=\"show-members\">Show</button></form>\n");
        members(b, "members-chosen", "On " + chosen, org.membersOn(chosen));
        members(b, "members-today", "Today (" + today + ")", org.membersOn(today));
        b.append("</body>\n</html>\n");
        return b.toString();
    }

    private static String sources(List<String> sources) {
        return sources.isEmpty() ? "" : " (sources: " + Html.escape(String.join("; ", sources)) + ")";
    }

    private static void members(StringBuilder b, String id, String title, List<Memberships.Record> records) {
        b.append("<h3>").append(Html.escape(title)).append(": ").append(records.stream().filter(Memberships.Record::counted).count())
                .append(" members</h3>\n<table id=\"").append(id).append("\">\n<tr><th>state</th><th>name</th><th>status</th><th>since</th></tr>\n");
        for (Memberships.Record r : records) {
            b.append("<tr><td>").append(Html.escape(r.state())).append("</td><td>").append(Html.escape(r.name())).append("</td><td>")
                    .append(Html.escape(r.status())).append("</td><td>").append(r.begin()).append("</td></tr>\n");
        }
        b.append("</table>\n");
    }
}
