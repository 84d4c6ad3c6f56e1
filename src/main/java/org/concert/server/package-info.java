/**
 * The SPARQL endpoint: {@link org.concert.server.ConcertServer}, a read-only embedded Fuseki over a built
 * knowledge base. Only this package knows Fuseki and Jetty.
 */
package org.concert.server;
