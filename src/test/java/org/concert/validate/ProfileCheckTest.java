package org.concert.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ProfileCheckTest {

    @Test
    void theMergedOntologyHasNoOwl2DlProfileViolation() {
        ProfileCheck.Report report = ProfileCheck.bundled();
        assertEquals(38, report.ontologies(), "root, three schema files (with the OBO definitions) and thirty-four data files");
        assertTrue(report.axioms() > 5000, report.axioms() + " axioms");
        assertEquals(List.of(), report.violations().stream().limit(20).toList(), report.violations().size() + " violations");
    }
}
