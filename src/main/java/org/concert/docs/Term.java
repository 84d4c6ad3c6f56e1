package org.concert.docs;

import java.util.List;

/**
 * One documented term of the ontology.
 *
 * @param iri         the term's IRI
 * @param localName   the part after the namespace: the term's anchor on the page ({@code index.html#localName})
 * @param kind        what the term is declared as
 * @param label       its English label, or the local name when it has none
 * @param equivalents for a defined class, each {@code owl:equivalentClass} in plain notation, e.g.
 *                    {@code ExistingOrganization and (performsFunction some CollectiveDefenceFunction)}; else empty
 * @since 0.1.0
 */
public record Term(String iri, String localName, Kind kind, String label, List<String> equivalents) {

    /** Compact constructor: the list is kept as an unmodifiable copy. */
    public Term {
        equivalents = List.copyOf(equivalents);
    }

    /** What a term is declared as, in the order the page lists them. */
    public enum Kind {
        /** An {@code owl:Class}. */
        CLASS("class", "Classes"),
        /** An {@code owl:ObjectProperty}. */
        OBJECT_PROPERTY("object property", "Object properties"),
        /** An {@code owl:DatatypeProperty}. */
        DATATYPE_PROPERTY("datatype property", "Datatype properties"),
        /** An {@code owl:AnnotationProperty}. */
        ANNOTATION_PROPERTY("annotation property", "Annotation properties"),
        /** An {@code owl:NamedIndividual} declared in the schema (a membership status, a measure, ...). */
        INDIVIDUAL("named individual", "Named individuals");

        private final String singular;
        private final String heading;

        Kind(String singular, String heading) {
            this.singular = singular;
            this.heading = heading;
        }

        /** The kind as a lower-case phrase, e.g. {@code object property}. */
        public String singular() {
            return singular;
        }

        /** The heading of the page's section of terms of this kind. */
        public String heading() {
            return heading;
        }

        /** Whether the kind is one of the three kinds of property. */
        public boolean isProperty() {
            return this == OBJECT_PROPERTY || this == DATATYPE_PROPERTY || this == ANNOTATION_PROPERTY;
        }
    }
}
