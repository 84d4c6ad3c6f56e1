/**
 * What Concert knows about one organization, gathered for people: its name, identifiers, functions and Chapter VIII
 * status with their sources, the periods of its inferred classes and its members on any day. The endpoint's
 * organization pages render it.
 */
package org.concert.profile;
