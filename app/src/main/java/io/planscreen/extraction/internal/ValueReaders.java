package io.planscreen.extraction.internal;

import io.planscreen.extraction.ProgramDefinition.FieldSpec;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a value of a field's type where a label points (a cell, or the rest of a line): one reader per type
 * of {@link FieldSpec#type()}. A value that is not clearly of its type is not read.
 */
final class ValueReaders {

    static final Pattern BRN =
            Pattern.compile("(?<!\\d)(\\d{3})\\s?-\\s?(\\d{2})\\s?-\\s?(\\d{5})(?!\\d)|(?<![\\d-])(\\d{10})(?![\\d-])");

    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d-])(?:\\+82[-\\s]?|\\(0)?(0?\\d{1,2})\\)?[-.\\s](\\d{3,4})[-.\\s](\\d{4})(?![\\d-])");

    private static final Pattern INTEGER =
            Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)\\s*(명|인|people|persons|employees|FTE)?");

    /** A form's short date, "16.04.25" (YY.MM.DD), perhaps split over text runs ("16. 04.25"). */
    private static final Pattern SHORT_DATE =
            Pattern.compile("(?<![\\d.])(\\d{2})\\s?\\.\\s?(\\d{1,2})\\s?\\.\\s?(\\d{1,2})(?![\\d])\\.?");

    private static final Pattern PERIOD_SEPARATOR =
            Pattern.compile("\\s*(?:~|∼|〜|-|–|—|to|until|부터|through)\\s*(?:~\\s*)?", Pattern.CASE_INSENSITIVE);

    private final ExtractionScan scan;

    private final TextValues texts;

    ValueReaders(ExtractionScan scan) {
        this.scan = scan;
        this.texts = new TextValues(scan.labels);
    }

    TextValues texts() {
        return texts;
    }

    /** Reads a value of {@code key}'s type starting at {@code at} (a cell or the rest of a line). */
    void read(String key, int at, int end, double confidence, boolean structured, long unit) {
        if (at >= end || scan.masked(at)) {
            return;
        }
        String window = scan.vis.substring(at, end);
        if (Placeholders.unfilled(window)) {
            return; // the form's own "OOOOO" / "00백만원" / "OO.OO.OO": not filled in
        }
        FieldSpec spec = scan.program.field(key).orElse(null);
        String type = spec == null ? "text" : spec.type();
        switch (type) {
            case "krw" ->
                KrwAmounts.parseAt(window, unit, structured || unit > 1)
                        .filter(a -> a.krw() > 0 || spec.zeroAllowed() && a.explicitUnit())
                        .ifPresent(a -> scan.add(key, at, at + a.length(), String.valueOf(a.krw()), confidence));
            case "date" -> date(key, at, window, confidence, structured);
            case "integer" -> {
                Matcher m = INTEGER.matcher(window);
                if (m.lookingAt() && (structured || m.group(2) != null)) {
                    String digits = m.group(1).replace(",", "");
                    if (digits.length() <= 7) {
                        scan.add(key, at, at + m.end(), String.valueOf(Long.parseLong(digits)), confidence);
                    }
                }
            }
            case "brn" -> {
                Matcher m = BRN.matcher(window);
                if (m.find() && m.start() <= 3) {
                    scan.add(key, at + m.start(), at + m.end(), brn(m), confidence);
                }
            }
            case "email" -> {
                Matcher m = EMAIL.matcher(window);
                if (m.find() && m.start() <= 3) {
                    scan.add(key, at + m.start(), at + m.end(), m.group(), confidence);
                }
            }
            case "phone" -> {
                Matcher m = PHONE.matcher(window);
                if (m.find() && m.start() <= 3) {
                    scan.add(key, at + m.start(), at + m.end(), phone(m), confidence);
                }
            }
            case "region" -> {
                String text = texts.untilNextLabel(window);
                TextValues.region(text).ifPresent(r -> scan.add(key, at, at + text.length(), r, confidence));
            }
            case "ksic" -> {
                String text = texts.untilNextLabel(window);
                Industries.ksicSection(text).ifPresent(s -> scan.add(key, at, at + text.length(), s, confidence));
            }
            case "tech_area" -> {
                String text = texts.untilNextLabel(window);
                Industries.techArea(text).ifPresent(s -> scan.add(key, at, at + text.length(), s, confidence));
            }
            case "choice" ->
                Choices.chosen(window, spec.options())
                        .ifPresent(c -> scan.add(key, at + c.start(), at + c.end(), c.option(), confidence));
            default -> {
                String text = texts.text(window, structured);
                if (type.equals("person")) {
                    text = TextValues.personName(text);
                    if (!TextValues.looksLikePersonName(text)) {
                        return; // "대표자는 정보보호 분야에서 12년간 근무" is a sentence about the person, not a name
                    }
                }
                if (!text.isBlank() && scan.labels.ofCell(text).isEmpty() && !Placeholders.notAValue(text)) {
                    scan.add(key, at, at + text.length(), text.strip(), confidence);
                }
            }
        }
    }

    private void date(String key, int at, String window, double confidence, boolean structured) {
        Optional<IsoDates.Found> found =
                IsoDates.find(window, 0, Math.min(window.length(), 40)).filter(d -> d.start() <= 3);
        if (found.isPresent()) {
            IsoDates.Found d = found.get();
            scan.add(key, at + d.start(), at + d.end(), d.date().toString(), confidence);
            return;
        }
        Matcher m = SHORT_DATE.matcher(window);
        if (structured && m.find() && m.start() <= 3) {
            shortDate(m).ifPresent(d -> scan.add(key, at + m.start(), at + m.end(), d, confidence));
        }
    }

    /** "16.04.25" → 2016-04-25 (a form's YY.MM.DD; years after this one's are the last century's). */
    static Optional<String> shortDate(Matcher m) {
        int yy = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        int year = yy + (2000 + yy > Year.now().getValue() ? 1900 : 2000);
        try {
            return Optional.of(LocalDate.of(year, month, day).toString());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A period label's value: two dates, the first the start field's and the second the end field's. */
    void period(String startKey, String endKey, int at, String window, double confidence) {
        Optional<IsoDates.Found> first = IsoDates.find(window, 0, Math.min(window.length(), 40));
        if (first.isEmpty() || first.get().start() > 3) {
            return;
        }
        Matcher sep = PERIOD_SEPARATOR.matcher(window).region(first.get().end(), window.length());
        if (!sep.lookingAt()) {
            return;
        }
        Optional<IsoDates.Found> second = IsoDates.find(window, sep.end(), 40).filter(d -> d.start() == sep.end());
        if (second.isEmpty()) {
            return;
        }
        IsoDates.Found start = first.get();
        IsoDates.Found end = second.get();
        scan.add(startKey, at + start.start(), at + start.end(), start.date().toString(), confidence);
        scan.add(endKey, at + end.start(), at + end.end(), end.date().toString(), confidence);
    }

    static String brn(Matcher m) {
        if (m.group(4) != null) {
            String d = m.group(4);
            return d.substring(0, 3) + "-" + d.substring(3, 5) + "-" + d.substring(5);
        }
        return m.group(1) + "-" + m.group(2) + "-" + m.group(3);
    }

    private static String phone(Matcher m) {
        String area = m.group(1).startsWith("0") ? m.group(1) : "0" + m.group(1);
        return area + "-" + m.group(2) + "-" + m.group(3);
    }
}
