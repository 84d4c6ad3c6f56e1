package org.concert.kb;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;

/**
 * The JSON-LD document loader of one parse: it resolves only the contexts bundled in the jar and refuses every
 * other URL without trying it (no network, no {@code file:}), remembering which, so that the caller can report
 * the refusal with its own code rather than read it out of the parser's message.
 */
final class BundledContexts implements DocumentLoader {
    /** Context URLs Concert resolves, and where in the jar each one is. */
    static final Map<String, String> CONTEXTS = Map.of(
            "https://w3id.org/concert/context.jsonld", "contexts/concert.jsonld");

    private String refused;

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        String resource = CONTEXTS.get(url.toString());
        if (resource == null) {
            synchronized (this) {
                if (refused == null) {
                    refused = url.toString();
                }
            }
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "context <" + url + "> refused");
        }
        try (InputStream in = BundledContexts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "bundled context " + resource + " is missing");
            }
            Document document = JsonDocument.of(in);
            document.setDocumentUrl(url);
            return document;
        } catch (IOException e) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, e.getMessage());
        }
    }

    /** The first URL this loader refused, or null. */
    synchronized String refused() {
        return refused;
    }
}
