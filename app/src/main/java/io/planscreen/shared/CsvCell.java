package io.planscreen.shared;

import org.jspecify.annotations.Nullable;

/**
 * One RFC 4180 cell that a spreadsheet shows as text: a value starting with {@code = + - @}, a tab or a carriage
 * return (what Excel, LibreOffice and Sheets run as a formula, OWASP's list) gets a leading apostrophe; cells with
 * a comma, quote or line break are quoted. Every CSV the service or its tools write goes through here.
 */
public final class CsvCell {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvCell() {}

    public static String of(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
