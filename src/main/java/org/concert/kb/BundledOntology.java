package org.concert.kb;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.OWL2;
import org.concert.ConcertException;
import org.concert.ErrorCode;

/**
 * The ontology that ships inside Concert's jar ({@code ontology/} in the repository): the root
 * {@code concert.ttl} and its imports closure, resolved through {@code catalog-v001.xml}. Files under
 * {@code schema/} are the asserted terminology; files under {@code data/} the asserted facts.
 *
 * @since 0.1.0
 */
public final class BundledOntology {
    /** The IRI of the root ontology. */
    public static final String ROOT_IRI = "https://w3id.org/concert/ontology";
    /** Where the ontology lives on the classpath. */
    public static final String RESOURCE_DIR = "/concert/ontology/";

    /** One parsed file of the bundle. */
    public record Part(String ontologyIri, String path, Graph graph) {
        /** Whether this file belongs to the schema (TBox) rather than the data (ABox). */
        public boolean isData() {
            return path.startsWith("data/");
        }
    }

    /** The bundle never changes inside a jar: parsed once per process, then only read (its graphs are never written). */
    private static volatile List<Part> parsed;

    private BundledOntology() {
    }

    /** The catalog of the bundled ontology. */
    public static OntologyCatalog catalog() {
        try (InputStream in = open("catalog-v001.xml")) {
            return OntologyCatalog.read(in, "catalog-v001.xml");
        } catch (IOException e) {
            throw new ConcertException(ErrorCode.BUNDLE_DAMAGED, e.getMessage(), e);
        }
    }

    /**
     * The root and every file its imports closure reaches, in breadth-first order, parsed on first use and kept
     * for the life of the process (callers copy what they need and never write to these graphs). The files of one
     * level of the imports tree are parsed in parallel: parsing the bundle is most of a warm build's time.
     */
    public static List<Part> load() {
        List<Part> parts = parsed;
        if (parts == null) {
            synchronized (BundledOntology.class) {
                if (parsed == null) {
                    parsed = parse();
                }
                parts = parsed;
            }
        }
        return parts;
    }

    private static List<Part> parse() {
        OntologyCatalog catalog = catalog();
        List<Part> parts = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<String> level = List.of(ROOT_IRI);
        while (!level.isEmpty()) {
            List<String> fresh = level.stream().filter(seen::add).toList();
            List<Part> files = fresh.parallelStream().map(iri -> parse(catalog, iri)).toList();
            parts.addAll(files);
            level = files.stream().flatMap(p -> p.graph().find(Node.ANY, OWL2.imports.asNode(), Node.ANY).toList().stream())
                    .map(t -> t.getObject().getURI()).distinct().toList();
        }
        return List.copyOf(parts);
    }

    private static Part parse(OntologyCatalog catalog, String iri) {
        String path = catalog.pathOf(iri).orElseThrow(() -> new ConcertException(ErrorCode.BUNDLE_DAMAGED,
                "owl:imports <" + iri + "> is not in the catalog; Concert does not fetch imports from the network",
                "catalog-v001.xml", -1, -1, null));
        try (InputStream in = open(path)) {
            return new Part(iri, path, RdfInput.parse(in, Lang.TURTLE, "ontology/" + path));
        } catch (IOException e) {
            throw new ConcertException(ErrorCode.BUNDLE_DAMAGED, e.getMessage(), "ontology/" + path, -1, -1, e);
        }
    }

    private static InputStream open(String path) {
        InputStream in = BundledOntology.class.getResourceAsStream(RESOURCE_DIR + path);
        if (in == null) {
            throw new ConcertException(ErrorCode.BUNDLE_DAMAGED, "missing from the jar", "ontology/" + path, -1, -1, null);
        }
        return in;
    }
}
