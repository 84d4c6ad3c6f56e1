/** Validation of the ontology and data: for now the OWL 2 DL profile check of the bundled ontology. */
package org.concert.validate;
