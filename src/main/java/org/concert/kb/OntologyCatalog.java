package org.concert.kb;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * An OASIS XML catalog in the form Protégé writes ({@code catalog-v001.xml}): ontology IRI to a file path
 * relative to the catalog. Concert resolves every {@code owl:imports} through it and never over the network.
 *
 * @since 0.1.0
 */
public final class OntologyCatalog {
    private final Map<String, String> paths;

    private OntologyCatalog(Map<String, String> paths) {
        this.paths = Collections.unmodifiableMap(paths);
    }

    /** Reads a catalog; DOCTYPEs and external entities are refused. */
    public static OntologyCatalog read(InputStream in, String name) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            Document doc = builder.parse(in);
            NodeList uris = doc.getElementsByTagNameNS("*", "uri");
            Map<String, String> paths = new LinkedHashMap<>();
            for (int i = 0; i < uris.getLength(); i++) {
                Element e = (Element) uris.item(i);
                paths.put(e.getAttribute("name"), e.getAttribute("uri"));
            }
            return new OntologyCatalog(paths);
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new ConcertException(ErrorCode.BUNDLE_DAMAGED, "unreadable ontology catalog: " + e.getMessage(),
                    name, -1, -1, e);
        }
    }

    /** The file of an ontology IRI, relative to the catalog, if the catalog has it. */
    public Optional<String> pathOf(String ontologyIri) {
        return Optional.ofNullable(paths.get(ontologyIri));
    }

    /** Every entry, in the catalog's order. */
    public Map<String, String> entries() {
        return paths;
    }
}
