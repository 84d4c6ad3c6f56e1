package org.concert;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Every error code is documented in docs/errors.md with a heading and a table row. */
class ErrorCatalogueTest {

    @Test
    void everyErrorCodeIsDocumentedWithAHeadingAndARow() throws Exception {
        String doc = Files.readString(Path.of("docs/errors.md"));
        for (ErrorCode code : ErrorCode.values()) {
            assertTrue(doc.contains("\n## " + code.code() + "\n"), code.code() + " has no heading in docs/errors.md");
            assertTrue(doc.contains("| " + code.code() + " | " + code.exitStatus() + " |"),
                    code.code() + " has no row with exit status " + code.exitStatus());
        }
    }
}
