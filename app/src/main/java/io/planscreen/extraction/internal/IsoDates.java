package io.planscreen.extraction.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as plans write them, to ISO: "2024. 3. 1.", "2024.03.01", "2024-03-01", "2024/3/1", "2024년 3월
 * 1일", "2024년 3월", "2024. 3." (day 01 when only the month is known), "March 2024", "March 1, 2024",
 * "1 March 2024", "Mar. 2024".
 */
final class IsoDates {

    private static final Pattern KOREAN_NUMERIC =
            Pattern.compile("(\\d{4})\\s*(?:년\\s*(\\d{1,2})\\s*월(?:\\s*(\\d{1,2})\\s*일)?"
                    + "|[.\\-/]\\s*(\\d{1,2})(?:\\s*[.\\-/]\\s*(\\d{1,2})(?!\\d))?\\.?)");

    private static final String MONTH_NAMES =
            "(January|February|March|April|May|June|July|August|September|October|November|December"
                    + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";

    private static final Pattern MONTH_FIRST = Pattern.compile(
            MONTH_NAMES + "\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?,?\\s+)?(\\d{4})", Pattern.CASE_INSENSITIVE);

    private static final Pattern DAY_FIRST =
            Pattern.compile("(\\d{1,2})\\s+" + MONTH_NAMES + ",?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1),
            Map.entry("feb", 2),
            Map.entry("mar", 3),
            Map.entry("apr", 4),
            Map.entry("may", 5),
            Map.entry("jun", 6),
            Map.entry("jul", 7),
            Map.entry("aug", 8),
            Map.entry("sep", 9),
            Map.entry("oct", 10),
            Map.entry("nov", 11),
            Map.entry("dec", 12));

    record Found(LocalDate date, int start, int end) {}

    private IsoDates() {}

    /** The first date in {@code text} at or after {@code from}, searching at most {@code window} chars. */
    static Optional<Found> find(String text, int from, int window) {
        int limit = Math.min(text.length(), from + window);
        Found best = null;
        for (Pattern pattern : new Pattern[] {KOREAN_NUMERIC, MONTH_FIRST, DAY_FIRST}) {
            Matcher m = pattern.matcher(text).region(from, limit);
            while (m.find()) {
                Optional<LocalDate> date = toDate(pattern, m);
                if (date.isPresent()) {
                    if (best == null || m.start() < best.start()) {
                        best = new Found(date.get(), m.start(), m.end());
                    }
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    static Optional<LocalDate> parse(String text) {
        return find(text, 0, text.length()).map(Found::date);
    }

    private static Optional<LocalDate> toDate(Pattern pattern, Matcher m) {
        try {
            if (pattern == KOREAN_NUMERIC) {
                int year = Integer.parseInt(m.group(1));
                String month = m.group(2) != null ? m.group(2) : m.group(4);
                String day = m.group(2) != null ? m.group(3) : m.group(5);
                return plausible(LocalDate.of(year, Integer.parseInt(month), day == null ? 1 : Integer.parseInt(day)));
            }
            if (pattern == MONTH_FIRST) {
                int month = month(m.group(1));
                int day = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
                return plausible(LocalDate.of(Integer.parseInt(m.group(3)), month, day));
            }
            return plausible(
                    LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> plausible(LocalDate date) {
        return date.getYear() >= 1900 && date.getYear() <= 2100 ? Optional.of(date) : Optional.empty();
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3));
    }
}
