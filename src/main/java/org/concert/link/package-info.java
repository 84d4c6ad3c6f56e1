/**
 * Links to external open data: the linkset of Concert's states and organizations to Wikidata, exported with its
 * VoID description, and its checks.
 */
package org.concert.link;
