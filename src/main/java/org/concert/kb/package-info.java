/**
 * Knowledge bases: loading the bundled ontology through its catalog and extra RDF files (all or nothing),
 * deriving the snapshot of memberships for a date, and the immutable {@link org.concert.kb.KnowledgeBase}.
 */
package org.concert.kb;
