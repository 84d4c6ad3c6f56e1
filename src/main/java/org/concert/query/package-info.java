/**
 * Queries: the named SPARQL queries that ship with Concert, parsing with clear errors, the copied, thread-safe
 * {@link org.concert.query.SelectResult}, and {@link org.concert.query.QueryRunner}, the one way a query runs
 * (timeout, SERVICE policy, result formats, errors) for the library, the command line and the endpoint.
 */
package org.concert.query;
