package org.concert.kb;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.DTD;
import javax.xml.stream.events.EntityDeclaration;
import javax.xml.stream.events.XMLEvent;

import org.concert.ConcertException;
import org.concert.ErrorCode;

/**
 * The checks of an input's bytes before the RDF parser sees them: UTF-8 for every syntax but RDF/XML, and for
 * RDF/XML no external entity or DTD (which the parser would silently leave unresolved).
 */
final class BytesCheck {
    private BytesCheck() {
    }

    /** Refuses bytes that are not UTF-8, at the line and column of the first bad byte. */
    static void requireUtf8(byte[] bytes, String name) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            int bad = firstBadByte(bytes);
            long line = 1;
            long col = 1;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    col = 1;
                } else if ((bytes[i] & 0xC0) != 0x80) {
                    col++;
                }
            }
            throw new ConcertException(ErrorCode.INVALID_ENCODING, String.format(Locale.ROOT,
                    "byte 0x%02X at offset %d is not UTF-8", bytes[bad] & 0xFF, bad), name, line, col, null);
        }
    }

    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(4096);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                return bytes.length - 1;
            }
            out.clear();
        }
    }

    /**
     * Refuses RDF/XML that declares an external entity or an external DTD, as the XML parser reads the document
     * type declaration (whatever the encoding, wherever in the prolog). Jena's parser would not resolve them, and
     * the document would load with the values silently missing.
     */
    static void refuseExternalReferences(byte[] bytes, String name) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, true);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, true);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        // Every external document the parser asks for is noted and answered with nothing: nothing is fetched.
        String[] asked = new String[1];
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            if (asked[0] == null) {
                asked[0] = systemId != null ? systemId : publicId;
            }
            return new ByteArrayInputStream(new byte[0]);
        });
        try {
            XMLEventReader reader = factory.createXMLEventReader(new ByteArrayInputStream(bytes));
            try {
                while (reader.hasNext()) {
                    XMLEvent event = reader.nextEvent();
                    if (asked[0] != null) {
                        throw new ConcertException(ErrorCode.EXTERNAL_REFERENCE, "the external DTD <" + asked[0]
                                + "> is not loaded: Concert does not fetch it", name, event.getLocation().getLineNumber(), -1, null);
                    }
                    if (event instanceof DTD dtd && dtd.getEntities() != null) {
                        for (Object declared : dtd.getEntities()) {
                            EntityDeclaration entity = (EntityDeclaration) declared;
                            if (entity.getSystemId() != null || entity.getPublicId() != null) {
                                throw new ConcertException(ErrorCode.EXTERNAL_REFERENCE, "the external entity '"
                                        + entity.getName() + "' is not loaded: Concert does not fetch entities",
                                        name, dtd.getLocation().getLineNumber(), -1, null);
                            }
                        }
                    }
                    if (event.isStartElement()) {
                        return;
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            // Jena's parser reports malformed XML with its position.
        }
    }

}
