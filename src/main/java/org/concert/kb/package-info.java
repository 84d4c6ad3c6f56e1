/**
 * Knowledge bases: loading the bundled ontology through its catalog and extra RDF files (all or nothing),
 * deriving the snapshot of memberships for a date, and the immutable {@link org.concert.kb.KnowledgeBase}, built by
 * a chain of named steps (load, snapshot, select, the reasoner's steps, dataset) from one
 * {@link org.concert.kb.BuildOptions}.
 */
package org.concert.kb;
