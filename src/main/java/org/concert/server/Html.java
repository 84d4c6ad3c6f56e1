package org.concert.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Text made safe for HTML element content and quoted attribute values. */
final class Html {

    private Html() {
    }

    /** {@code segment} as one path segment of a link in an attribute: percent-encoded, then escaped. */
    static String pathSegment(String segment) {
        return escape(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
