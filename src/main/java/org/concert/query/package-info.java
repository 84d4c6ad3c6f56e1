/**
 * Queries: the named SPARQL queries that ship with Concert, parsing with clear errors, and the copied,
 * thread-safe {@link org.concert.query.SelectResult}. Queries run through
 * {@link org.concert.kb.KnowledgeBase#select(org.apache.jena.query.Query)}.
 */
package org.concert.query;
