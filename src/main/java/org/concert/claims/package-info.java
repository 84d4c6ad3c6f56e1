/** The source's quantitative claims (recorded as data), checked against what the knowledge base computes. */
package org.concert.claims;
