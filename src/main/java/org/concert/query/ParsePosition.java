package org.concert.query;

import java.io.IOException;
import java.io.StringReader;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.lang.sparql_11.JavaCharStream;
import org.apache.jena.sparql.lang.sparql_11.ParseException;
import org.apache.jena.sparql.lang.sparql_11.SPARQLParser11;
import org.apache.jena.sparql.lang.sparql_11.SPARQLParser11TokenManager;
import org.apache.jena.sparql.lang.sparql_11.Token;
import org.apache.jena.sparql.lang.sparql_11.TokenMgrError;

/**
 * Where a query that does not parse goes wrong, from the parser's own state: the first token it did not expect,
 * or the character its tokenizer could not read. Jena's {@code QueryParseException} reports the last token that
 * parsed instead, one token early; the exact place is in the JavaCC exception, which Jena does not keep. So the
 * text is parsed again here, only after it failed, to read the place off the exception and the character stream.
 */
record ParsePosition(long line, long column) {

    /** The place of the error in {@code text}, or null when the grammar accepts it (a later check failed). */
    static ParsePosition of(String text) {
        JavaCharStream stream = new JavaCharStream(new StringReader(text));
        SPARQLParser11 parser = new SPARQLParser11(new SPARQLParser11TokenManager(stream));
        parser.setQuery(new Query());
        try {
            parser.QueryUnit();
            return null;
        } catch (ParseException e) {
            Token unexpected = e.currentToken.next;
            return new ParsePosition(unexpected.beginLine, unexpected.beginColumn);
        } catch (TokenMgrError e) {
            return new ParsePosition(stream.getEndLine(), stream.getEndColumn() + (atEnd(stream) ? 1 : 0));
        } catch (RuntimeException e) {
            // Jena's own checks while parsing (a variable bound twice, say): its exception places them right.
            return null;
        }
    }

    /** Whether the tokenizer stopped at the end of the text, which JavaCC places just past the last character. */
    private static boolean atEnd(JavaCharStream stream) {
        try {
            stream.readChar();
            return false;
        } catch (IOException end) {
            return true;
        }
    }
}
