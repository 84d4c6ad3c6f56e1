package org.concert.docs;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.concert.kb.BundledOntology;
import org.concert.query.NamedQueries;
import org.concert.query.NamedQuery;
import org.concert.vocab.CONCERT;

/**
 * An HTML reference of an ontology's terms, like the pages pyLODE or Widoco produce: one page with the ontology's
 * header and, for every class, property and named individual of one namespace, its label, definition, comments,
 * source, super-classes or super-properties, domain and range, the definition of each defined (inferred) class in a
 * plain, Manchester-like notation, and its usages. Each entry's anchor is the term's local name, so that
 * {@code index.html#CollectiveSecurityProvider} (and the endpoint's {@code /ontology#CollectiveSecurityProvider})
 * lead to it.
 *
 * <pre>{@code
 * OntologyDocs docs = OntologyDocs.bundled();
 * docs.writeTo(Path.of("site"));   // site/index.html and site/concert.ttl
 * }</pre>
 *
 * <p>Immutable once built; the page is rendered on first use and kept.
 *
 * @since 0.1.0
 */
public final class OntologyDocs {
    /** The file name of the page that {@link #writeTo} writes. */
    public static final String PAGE_FILE = "index.html";
    /** The file name of the merged ontology that {@link #writeTo} writes beside the page. */
    public static final String TURTLE_FILE = "concert.ttl";

    private final Model model;
    private final String ontologyIri;
    private final TermNames names;
    private final List<Resource> resources;
    private final List<Term> terms;
    private final Usages usages;
    private volatile String page;

    private OntologyDocs(Model model, String ontologyIri, String namespace, List<NamedQuery> queries) {
        this.model = model;
        this.ontologyIri = ontologyIri;
        this.names = new TermNames(namespace, model);
        List<Resource> own = new ArrayList<>();
        List<Term> found = new ArrayList<>();
        for (Term.Kind kind : Term.Kind.values()) {
            List<Resource> ofKind = model.listSubjectsWithProperty(RDF.type, declaration(kind)).toList().stream()
                    .filter(names::isOwn).filter(r -> !own.contains(r))
                    .sorted(Comparator.comparing(Resource::getURI)).toList();
            for (Resource r : ofKind) {
                own.add(r);
                List<String> equivalents = r.listProperties(OWL2.equivalentClass).toList().stream()
                        .map(s -> ClassExpressions.plain(ClassExpressions.render(s.getObject()), names)).sorted().toList();
                found.add(new Term(r.getURI(), names.anchor(r), kind,
                        TermNames.text(r, RDFS.label).orElse(names.anchor(r)), equivalents));
            }
        }
        this.resources = List.copyOf(own);
        this.terms = List.copyOf(found);
        this.usages = Usages.of(model, resources, names, queries);
    }

    /**
     * The reference of Concert's bundled ontology: the root ontology's header and the schema modules (the files
     * under {@code ontology/schema/}; the data is not documented term by term), Concert's namespace, and the named
     * queries under {@code queries/} as usages.
     */
    public static OntologyDocs bundled() {
        Model merged = ModelFactory.createDefaultModel();
        for (BundledOntology.Part part : BundledOntology.load()) {
            if (part.ontologyIri().equals(BundledOntology.ROOT_IRI) || !part.isData()) {
                // Copied: the bundle's graphs are shared by the whole process and never written.
                merged.add(ModelFactory.createModelForGraph(part.graph()));
                merged.setNsPrefixes(part.graph().getPrefixMapping());
            }
        }
        return new OntologyDocs(merged, BundledOntology.ROOT_IRI, CONCERT.NS, NamedQueries.all());
    }

    /**
     * The reference of any ontology.
     *
     * @param ontology    the ontology's triples (copied), with the prefixes used to name other vocabularies' terms
     * @param ontologyIri the IRI of the {@code owl:Ontology} whose header the page shows
     * @param namespace   the namespace whose terms are documented, e.g. {@code https://w3id.org/concert/ontology#}
     * @param queries     named queries whose mentions of a term are listed among its usages (may be empty)
     */
    public static OntologyDocs of(Model ontology, String ontologyIri, String namespace, List<NamedQuery> queries) {
        Model copy = ModelFactory.createDefaultModel().add(ontology);
        copy.setNsPrefixes(ontology.getNsPrefixMap());
        return new OntologyDocs(copy, Objects.requireNonNull(ontologyIri, "ontologyIri"),
                Objects.requireNonNull(namespace, "namespace"), List.copyOf(queries));
    }

    /** The IRI of the documented ontology. */
    public String ontologyIri() {
        return ontologyIri;
    }

    /** Every documented term, by kind (classes first) and then by IRI: one entry of the page each. */
    public List<Term> terms() {
        return terms;
    }

    /** The term with this local name, if the page documents one. */
    public Optional<Term> term(String localName) {
        return terms.stream().filter(t -> t.localName().equals(localName)).findFirst();
    }

    /** The page, whose download link points to {@value #TURTLE_FILE} beside it. */
    public String html() {
        String html = page;
        if (html == null) {
            html = html(TURTLE_FILE);
            page = html;
        }
        return html;
    }

    /** The page, with its download link pointing to {@code turtleLink} (relative to the page), or none when null. */
    public String html(String turtleLink) {
        return ReferencePage.html(model, ontologyIri, names, resources, terms, usages, turtleLink,
                OntologyDocs.class.getPackage().getImplementationVersion());
    }

    /**
     * The ontology as one document: the header of the documented ontology and every term's axioms, without the
     * {@code owl:imports} (its modules are merged in, and the data it imports is not part of it) and without the
     * modules' own headers, so that a tool reads one ontology.
     */
    public Model model() {
        Model merged = ModelFactory.createDefaultModel().add(model);
        merged.setNsPrefixes(model.getNsPrefixMap());
        merged.removeAll(null, OWL2.imports, null);
        for (Resource module : model.listSubjectsWithProperty(RDF.type, OWL2.Ontology).toList()) {
            if (!module.hasURI(ontologyIri)) {
                merged.removeAll(module, null, null);
            }
        }
        return merged;
    }

    /** {@link #model()} as Turtle. */
    public String turtle() {
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, model(), RDFFormat.TURTLE_PRETTY);
        return out.toString();
    }

    /**
     * Writes {@value #PAGE_FILE} and {@value #TURTLE_FILE} into {@code dir}, creating it (and its parents) when
     * it does not exist.
     *
     * @throws ConcertException {@link ErrorCode#OUTPUT_FAILED} when the folder cannot be made or a file written
     */
    public void writeTo(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(PAGE_FILE), html(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(TURTLE_FILE), turtle(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConcertException(ErrorCode.OUTPUT_FAILED, "cannot write the documentation: " + e.getClass().getSimpleName() + " " + e.getMessage(),
                    dir.toString(), -1, -1, e);
        }
    }

    private static Resource declaration(Term.Kind kind) {
        return switch (kind) {
            case CLASS -> OWL2.Class;
            case OBJECT_PROPERTY -> OWL2.ObjectProperty;
            case DATATYPE_PROPERTY -> OWL2.DatatypeProperty;
            case ANNOTATION_PROPERTY -> OWL2.AnnotationProperty;
            case INDIVIDUAL -> OWL2.NamedIndividual;
        };
    }
}
