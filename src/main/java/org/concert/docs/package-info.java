/**
 * Documentation of the ontology for people: an HTML reference of every class, property and named individual of
 * Concert's namespace, in the manner of pyLODE or Widoco, read from the bundled schema with Jena. Each term shows
 * its label, definition, comments and source, its place in the hierarchy, domain and range, the definition of each
 * inferred class in a plain, Manchester-like notation, and where the term is used (definitions, domains and ranges,
 * named queries). {@link org.concert.docs.OntologyDocs} is the entry point; {@code concert docs} and the endpoint's
 * {@code /ontology} use it.
 */
package org.concert.docs;
