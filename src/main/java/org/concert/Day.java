package org.concert;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The one reading of a date a person typed (an option, a request parameter): YYYY-MM-DD in the years 1 to 9999,
 * else {@link ErrorCode#INVALID_DATE} naming where it was given.
 *
 * @since 0.2.0
 */
public final class Day {

    private Day() {
    }

    /** {@code value} as a date; {@link ErrorCode#INVALID_DATE} naming {@code where} when it is not one. */
    public static LocalDate parse(String value, String where) {
        try {
            LocalDate day = LocalDate.parse(value);
            if (day.getYear() >= 1 && day.getYear() <= 9999) {
                return day;
            }
        } catch (DateTimeParseException e) {
            throw new ConcertException(ErrorCode.INVALID_DATE, "'" + value + "' is not a calendar date in the form YYYY-MM-DD",
                    where, -1, -1, e);
        }
        throw new ConcertException(ErrorCode.INVALID_DATE, "'" + value + "' is outside the years 0001 to 9999", where, -1, -1, null);
    }
}
