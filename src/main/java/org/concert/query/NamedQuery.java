package org.concert.query;

/**
 * A query shipped with Concert ({@code queries/NAME.rq}): its name, the competency question its opening
 * comment states, and its text.
 *
 * @since 0.1.0
 */
public record NamedQuery(String name, String question, String text) {
}
