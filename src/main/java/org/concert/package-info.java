/**
 * Concert: an OWL 2 knowledge graph of regional inter-state organizations with a Jena + HermiT pipeline.
 *
 * <p>Start at {@link org.concert.kb.KnowledgeBase}. This package holds what every capability shares: the
 * one exception type {@link org.concert.ConcertException} and the catalogue of error codes {@link org.concert.ErrorCode}.
 */
package org.concert;
