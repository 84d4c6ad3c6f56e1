package org.concert.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

class AboxModulesTest {
    private static final String EX = "https://example.org/ex#";

    private static final String GRAPH = """
            @prefix owl: <http://www.w3.org/2002/07/owl#> .
            @prefix : <https://example.org/ex#> .
            :hasMember a owl:ObjectProperty . :partner a owl:ObjectProperty .
            :Org a owl:Class . :State a owl:Class .
            :nato a :Org ; :hasMember :fra , :deu ;
                a [ a owl:Restriction ; owl:onProperty :hasMember ; owl:allValuesFrom [ a owl:Class ; owl:oneOf ( :fra :deu ) ] ] .
            :osce a :Org ; a [ a owl:Class ; owl:unionOf ( :Org [ a owl:Class ; owl:oneOf ( :fra ) ] ) ] .
            :fra a :State . :deu a :State .
            """;

    @Test
    void theMembersNamedInAClosureMatterToItsOrganizationThroughTheClosedPropertyOnly() {
        AboxModules modules = AboxModules.of(RDFParser.fromString(GRAPH, Lang.TURTLE).toGraph());
        assertEquals(Set.of(EX + "hasMember"), modules.links(node("nato"), node("fra")));
        assertEquals(Set.of(EX + "hasMember"), modules.links(node("nato"), node("deu")));
    }

    @Test
    void anIndividualNamedInAnyOtherClassExpressionMattersThroughEveryLink() {
        Graph graph = RDFParser.fromString(GRAPH, Lang.TURTLE).toGraph();
        AboxModules modules = AboxModules.of(graph);
        assertEquals(Set.of(NeighbourRelevance.ANY), modules.links(node("osce"), node("fra")));
    }

    private static Node node(String local) {
        return NodeFactory.createURI(EX + local);
    }
}
