package org.concert.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Concert's vocabulary as Jena nodes, in the style of {@code org.apache.jena.vocabulary.ORG}: the namespace,
 * then classes, then properties, then individuals. Only terms the Java code refers to are listed.
 *
 * @since 0.1.0
 */
public final class CONCERT {
    /** The namespace of the schema's terms. */
    public static final String NS = "https://w3id.org/concert/ontology#";
    /** The namespace of Concert's named graphs. */
    public static final String GRAPH_NS = "https://w3id.org/concert/graph/";

    /** Asserted terminology: the files under {@code ontology/schema/}. */
    public static final Node SCHEMA_GRAPH = NodeFactory.createURI(GRAPH_NS + "schema");
    /** Asserted facts: the files under {@code ontology/data/} and any extra input. */
    public static final Node DATA_GRAPH = NodeFactory.createURI(GRAPH_NS + "data");
    /** Links derived from the dated memberships for the snapshot date, and the membership closure. */
    public static final Node SNAPSHOT_GRAPH = NodeFactory.createURI(GRAPH_NS + "snapshot");
    /** What the reasoner concluded that was not asserted. */
    public static final Node INFERRED_GRAPH = NodeFactory.createURI(GRAPH_NS + "inferred");

    public static final Node State = term("State");
    public static final Node InterStateOrganization = term("InterStateOrganization");
    public static final Node EuropeanState = term("EuropeanState");
    public static final Node Source = term("Source");
    public static final Node Claim = term("Claim");
    public static final Node SettlementRole = term("SettlementRole");


    public static final Node acronym = term("acronym");
    public static final Node europeanMemberCount = term("europeanMemberCount");
    public static final Node established = term("established");
    public static final Node inExistence = term("inExistence");
    public static final Node ClassificationPeriod = term("ClassificationPeriod");
    public static final Node periodOf = term("periodOf");
    public static final Node heldClass = term("heldClass");
    public static final Node heldProperty = term("heldProperty");
    public static final Node heldValue = term("heldValue");
    /** The named graph of the timeline: classification periods. */
    public static final Node TIMELINE_GRAPH = NodeFactory.createURI(GRAPH_NS + "timeline");
    /** Derived for a snapshot date: whether the organization's membership record is complete (and closed) that day. */
    public static final Node membershipRecordComplete = term("membershipRecordComplete");

    /** OWL-Time terms used in code. */
    public static final String TIME_NS = "http://www.w3.org/2006/time#";
    public static final Node TIME_Interval = NodeFactory.createURI(TIME_NS + "Interval");
    public static final Node TIME_Instant = NodeFactory.createURI(TIME_NS + "Instant");
    public static final Node TIME_hasTime = NodeFactory.createURI(TIME_NS + "hasTime");
    public static final Node TIME_hasBeginning = NodeFactory.createURI(TIME_NS + "hasBeginning");
    public static final Node TIME_hasEnd = NodeFactory.createURI(TIME_NS + "hasEnd");
    public static final Node TIME_inXSDDateTimeStamp = NodeFactory.createURI(TIME_NS + "inXSDDateTimeStamp");

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }

    private CONCERT() {
    }
}
