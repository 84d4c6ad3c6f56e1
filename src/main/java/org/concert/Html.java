package org.concert;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Text made safe for the HTML Concert writes (the ontology reference, result tables, the endpoint's pages): one
 * escaping for all of them.
 *
 * @since 0.2.0
 */
public final class Html {

    private Html() {
    }

    /**
     * Escapes text for an element's content or a quoted attribute value, in HTML and in XML alike. Characters XML
     * 1.0 forbids (control characters other than tab, line feed and carriage return) become U+FFFD, so that a
     * hostile label cannot make the page ill-formed.
     */
    public static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800)
                            || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
                    b.appendCodePoint(allowed ? c : 0xFFFD);
                }
            }
        });
        return b.toString();
    }

    /** {@code segment} as one path segment of a link in an attribute: percent-encoded, then escaped. */
    public static String pathSegment(String segment) {
        return escape(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
