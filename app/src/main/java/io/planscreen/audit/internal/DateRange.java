package io.planscreen.audit.internal;

import io.planscreen.shared.PlanScreenException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/** [from, to) in UTC from request parameters: a day {@code 2026-11-23} (to is inclusive) or an instant. */
record DateRange(Instant from, Instant to) {

    static final Instant BEGINNING = Instant.parse("2000-01-01T00:00:00Z");

    static DateRange of(@Nullable String from, @Nullable String to) {
        Instant start = from == null || from.isBlank() ? BEGINNING : parse(from, false);
        Instant end = to == null || to.isBlank() ? Instant.now().plus(1, ChronoUnit.DAYS) : parse(to, true);
        if (!start.isBefore(end)) {
            throw new PlanScreenException(AuditProblems.BAD_RANGE);
        }
        return new DateRange(start, end);
    }

    static @Nullable Instant optional(@Nullable String value, boolean end) {
        return value == null || value.isBlank() ? null : parse(value, end);
    }

    private static Instant parse(String value, boolean end) {
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (end ? day.plusDays(1) : day)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new PlanScreenException(AuditProblems.BAD_RANGE);
        }
    }
}
