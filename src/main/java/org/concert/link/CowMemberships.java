package org.concert.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.concert.vocab.CONCERT;

/**
 * A COW reading as Concert memberships, with the COW dataset as their source. COW is yearly: consecutive years of
 * one status become one period from 1 January of the first year to 1 January after the last (the end being the
 * first day the status no longer holds), so a COW period is exact to the year only.
 */
final class CowMemberships {
    private static final String ORG_IRI = "https://w3id.org/concert/id/org/";
    private static final String MEMBERSHIP_IRI = "https://w3id.org/concert/id/membership/";
    // OWL-Time has no vocabulary class in Jena.
    private static final Resource INTERVAL = ResourceFactory.createResource(CONCERT.TIME_Interval.getURI());
    private static final Resource INSTANT = ResourceFactory.createResource(CONCERT.TIME_Instant.getURI());
    private static final Property HAS_BEGINNING = ResourceFactory.createProperty(CONCERT.TIME_hasBeginning.getURI());
    private static final Property HAS_END = ResourceFactory.createProperty(CONCERT.TIME_hasEnd.getURI());
    private static final Property IN_DATE_TIME_STAMP = ResourceFactory.createProperty(CONCERT.TIME_inXSDDateTimeStamp.getURI());

    /** One state in one organization, the key of its years. */
    record Pair(String organization, String iso3) implements Comparable<Pair> {
        private static final Comparator<Pair> ORDER = Comparator.comparing(Pair::organization).thenComparing(Pair::iso3);

        @Override
        public int compareTo(Pair other) {
            return ORDER.compare(this, other);
        }
    }

    /** Consecutive years with one status: {@code first} to {@code last}, both included. */
    private record Run(int first, int last, int status) {
    }

    private CowMemberships() {
    }

    static Model of(CowIgo.Reading reading) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("org", ORG.NS).setNsPrefix("time", CONCERT.TIME_NS).setNsPrefix("concert", CONCERT.NS)
                .setNsPrefix("dcterms", DCTerms.NS).setNsPrefix("state", CowIgo.stateIri(""))
                .setNsPrefix("rio", ORG_IRI).setNsPrefix("mship", MEMBERSHIP_IRI);
        Resource source = m.createResource("https://w3id.org/concert/id/source/cow-igo-v3")
                .addProperty(RDF.type, m.createResource(CONCERT.NS + "Source"))
                .addProperty(RDFS.label,
                        "Correlates of War Intergovernmental Organizations dataset, version 3 (IGO-year format)", "en");
        Map<Pair, TreeMap<Integer, Integer>> byPair = new TreeMap<>();
        for (CowIgo.StateYear sy : reading.stateYears()) {
            byPair.computeIfAbsent(new Pair(sy.organization(), sy.iso3()), k -> new TreeMap<>()).put(sy.year(), sy.status());
        }
        byPair.forEach((pair, years) -> {
            int n = 0;
            for (Run run : runs(years)) {
                if (run.status() != 0) {
                    membership(m, pair, run, ++n, source);
                }
            }
        });
        return m;
    }

    /** The years of one pair cut into runs of consecutive years with the same status. */
    private static List<Run> runs(TreeMap<Integer, Integer> years) {
        List<Run> runs = new ArrayList<>();
        Integer start = null;
        int status = 0;
        int last = 0;
        for (Map.Entry<Integer, Integer> e : years.entrySet()) {
            if (start != null && (e.getKey() != last + 1 || e.getValue() != status)) {
                runs.add(new Run(start, last, status));
                start = null;
            }
            if (start == null) {
                start = e.getKey();
                status = e.getValue();
            }
            last = e.getKey();
        }
        if (start != null) {
            runs.add(new Run(start, last, status));
        }
        return runs;
    }

    private static void membership(Model m, Pair pair, Run run, int n, Resource source) {
        String role = switch (run.status()) {
            case 1 -> "FullMember";
            case 2 -> "AssociateMember";
            default -> "Observer";
        };
        Resource interval = m.createResource().addProperty(RDF.type, INTERVAL)
                .addProperty(HAS_BEGINNING, instant(m, run.first()))
                .addProperty(HAS_END, instant(m, run.last() + 1));
        m.createResource(MEMBERSHIP_IRI + "COW-" + pair.organization() + "-" + pair.iso3() + "-" + n)
                .addProperty(RDF.type, ORG.Membership)
                .addProperty(RDFS.label, pair.iso3() + " in " + pair.organization() + " (COW IGO v3, "
                        + run.first() + "-" + run.last() + ")", "en")
                .addProperty(ORG.member, m.createResource(CowIgo.stateIri(pair.iso3())))
                .addProperty(ORG.organization, m.createResource(ORG_IRI + pair.organization()))
                .addProperty(ORG.role, m.createResource(CONCERT.NS + role))
                .addProperty(ORG.memberDuring, interval)
                .addProperty(DCTerms.source, source);
    }

    private static Resource instant(Model m, int year) {
        return m.createResource().addProperty(RDF.type, INSTANT)
                .addLiteral(IN_DATE_TIME_STAMP, m.createTypedLiteral(year + "-01-01T00:00:00Z", XSDDatatype.XSDdateTimeStamp));
    }
}
