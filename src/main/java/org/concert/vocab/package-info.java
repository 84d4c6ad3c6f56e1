/** Concert's vocabulary and named-graph IRIs as Jena nodes. */
package org.concert.vocab;
