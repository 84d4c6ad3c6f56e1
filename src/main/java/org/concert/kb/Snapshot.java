package org.concert.kb;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.ORG;
import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.concert.vocab.CONCERT;

/**
 * Derives, for one date, the facts the reasoner works with from the dated membership records.
 *
 * <ul>
 *   <li>The links of {@code snapshot.rq}: org:memberOf for full members and participating States; associate,
 *       observer, partner and suspended links for the other statuses.</li>
 *   <li>For every inter-state organization that has membership records (not its bodies) and whose record is
 *       complete that day (a {@code concert:MembershipCompleteness} statement of the data covers the day, see
 *       {@code completeness.rq}), the closure of its membership for that day,
 *       {@code ORG a (org:hasMember only {m1 ... mN})} (or {@code only owl:Nothing} when nobody is a member that
 *       day). Where the record is open (members the data knowingly leaves out, or no statement), the organization
 *       gets no closure and stays open-world: an absent member is never concluded to be a non-member.</li>
 *   <li>For every inter-state organization and every organization with membership records,
 *       {@code concert:membershipRecordComplete}: whether its record is complete that day, so that answers can say
 *       when a count may be short.</li>
 *   <li>For every inter-state organization, {@code concert:inExistence}: whether it had been established by that
 *       day ({@code concert:established}), so that the inferred classes do not apply before it existed.</li>
 *   <li>For the organizations with a closure (a complete record), {@code concert:europeanMemberCount}: the number of distinct European
 *       states among the members that day, which {@code concert:PanEuropeanOrganization}'s definition compares with
 *       40. Concert's data gives each state one IRI, so distinct IRIs are distinct states.</li>
 * </ul>
 */
final class Snapshot {
    private static final Query LINKS = loadQuery("snapshot.rq");
    private static final Query COMPLETE = loadQuery("completeness.rq");

    private Snapshot() {
    }

    /**
     * The snapshot of {@code data} for {@code date}: apart the closure axioms, which the reasoner treats in a pass
     * of their own, and everything else; and both in one graph, the snapshot's named graph.
     *
     * @param facts   the derived links, existence flags, completeness flags and counts
     * @param closure the membership closure axioms, {@code ORG a (org:hasMember only {...})}
     * @param all     facts and closure in one graph
     */
    record Result(Graph facts, Graph closure, Graph all) {
        /** The result of {@code facts} and {@code closure}, with their union. */
        static Result of(Graph facts, Graph closure) {
            Graph all = GraphFactory.createGraphMem();
            facts.find().forEachRemaining(all::add);
            closure.find().forEachRemaining(all::add);
            return new Result(facts, closure, all);
        }

        /**
         * A snapshot graph kept whole (by the build memo, or in a database) taken apart again: the closure is what
         * hangs off blank nodes (the restrictions, the lists of members), every fact has an IRI subject and no
         * blank object.
         */
        static Result split(Graph all) {
            Graph facts = GraphFactory.createGraphMem();
            Graph closure = GraphFactory.createGraphMem();
            all.find().forEachRemaining(t -> (t.getSubject().isURI() && !t.getObject().isBlank() ? facts : closure).add(t));
            return new Result(facts, closure, all);
        }
    }

    /** The snapshot of {@code data} for {@code date}. */
    static Result derive(Graph data, LocalDate date) {
        Model dataModel = ModelFactory.createModelForGraph(data);
        Graph snapshot = GraphFactory.createGraphMem();
        Node asOf = NodeFactory.createLiteralDT(date + "T00:00:00Z", XSDDatatype.XSDdateTimeStamp);
        try (QueryExecution qe = QueryExecution.model(dataModel).query(LINKS)
                .substitution("asOf", dataModel.asRDFNode(asOf)).build()) {
            qe.execConstructTriples().forEachRemaining(snapshot::add);
        }

        Map<Node, Set<Node>> members = new TreeMap<>(Snapshot::compareIris);
        for (Triple t : data.find(Node.ANY, ORG.organization.asNode(), Node.ANY).toList()) {
            if (data.contains(t.getSubject(), RDF.type.asNode(), ORG.Membership.asNode())) {
                members.computeIfAbsent(t.getObject(), o -> new TreeSet<>(Snapshot::compareIris));
            }
        }
        for (Triple t : snapshot.find(Node.ANY, ORG.memberOf.asNode(), Node.ANY).toList()) {
            members.computeIfAbsent(t.getObject(), o -> new TreeSet<>(Snapshot::compareIris)).add(t.getSubject());
        }
        // Whether each inter-state organization exists on the day; without an establishment date it is assumed to.
        for (Triple t : data.find(Node.ANY, RDF.type.asNode(), CONCERT.InterStateOrganization).toList()) {
            boolean exists = data.find(t.getSubject(), CONCERT.established, Node.ANY).toList().stream()
                    .map(e -> e.getObject().getLiteralLexicalForm()).noneMatch(day -> day.compareTo(asOfDay(date)) > 0);
            snapshot.add(t.getSubject(), CONCERT.inExistence,
                    NodeFactory.createLiteralDT(Boolean.toString(exists), XSDDatatype.XSDboolean));
        }

        // Which records are complete on the day: only these may be closed (issue 13: a closure over an incomplete
        // record turns the members the data leaves out into asserted non-members).
        Set<Node> complete = new TreeSet<>(Snapshot::compareIris);
        try (QueryExecution qe = QueryExecution.model(dataModel).query(COMPLETE)
                .substitution("asOf", dataModel.asRDFNode(asOf)).build()) {
            qe.execSelect().forEachRemaining(row -> complete.add(row.get("organization").asNode()));
        }
        Set<Node> described = new TreeSet<>(Snapshot::compareIris);
        described.addAll(members.keySet());
        data.find(Node.ANY, RDF.type.asNode(), CONCERT.InterStateOrganization)
                .forEachRemaining(t -> described.add(t.getSubject()));
        for (Node organization : described) {
            snapshot.add(organization, CONCERT.membershipRecordComplete, NodeFactory.createLiteralDT(
                    Boolean.toString(complete.contains(organization)), XSDDatatype.XSDboolean));
        }

        // Only inter-state organizations are classified by their membership; bodies (PfP, the General Assembly's
        // observers) need no closure, and each closure costs the reasoner a disjunction per member.
        members.keySet().removeIf(o -> !data.contains(o, RDF.type.asNode(), CONCERT.InterStateOrganization));
        members.keySet().retainAll(complete);
        Graph closure = GraphFactory.createGraphMem();
        members.forEach((organization, ms) -> {
            close(closure, organization, ms);
            long european = ms.stream().filter(m -> data.contains(m, RDF.type.asNode(), CONCERT.EuropeanState)).count();
            snapshot.add(organization, CONCERT.europeanMemberCount,
                    NodeFactory.createLiteralDT(Long.toString(european), XSDDatatype.XSDnonNegativeInteger));
        });
        return Result.of(snapshot, closure);
    }

    /** The snapshot day as the lexical form of an xsd:dateTimeStamp at midnight UTC, comparable as a string. */
    private static String asOfDay(LocalDate date) {
        return date + "T00:00:00Z";
    }

    private static void close(Graph snapshot, Node organization, Set<Node> members) {
        Node restriction = NodeFactory.createBlankNode();
        snapshot.add(organization, RDF.type.asNode(), restriction);
        snapshot.add(restriction, RDF.type.asNode(), OWL2.Restriction.asNode());
        snapshot.add(restriction, OWL2.onProperty.asNode(), ORG.hasMember.asNode());
        if (members.isEmpty()) {
            snapshot.add(restriction, OWL2.allValuesFrom.asNode(), OWL2.Nothing.asNode());
            return;
        }
        Node oneOf = NodeFactory.createBlankNode();
        snapshot.add(restriction, OWL2.allValuesFrom.asNode(), oneOf);
        snapshot.add(oneOf, RDF.type.asNode(), OWL2.Class.asNode());
        snapshot.add(oneOf, OWL2.oneOf.asNode(), list(snapshot, new ArrayList<>(members)));
    }

    private static Node list(Graph graph, List<Node> items) {
        Node head = RDF.nil.asNode();
        for (int i = items.size() - 1; i >= 0; i--) {
            Node cell = NodeFactory.createBlankNode();
            graph.add(cell, RDF.first.asNode(), items.get(i));
            graph.add(cell, RDF.rest.asNode(), head);
            head = cell;
        }
        return head;
    }

    private static int compareIris(Node a, Node b) {
        return a.toString().compareTo(b.toString());
    }

    private static Query loadQuery(String name) {
        try (InputStream in = Snapshot.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new ConcertException(ErrorCode.BUNDLE_DAMAGED, name + " is missing from the jar");
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConcertException(ErrorCode.BUNDLE_DAMAGED, e.getMessage(), e);
        }
    }
}
