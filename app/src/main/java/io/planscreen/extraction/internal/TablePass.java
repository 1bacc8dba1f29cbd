package io.planscreen.extraction.internal;

import io.planscreen.extraction.ProgramDefinition.FieldSpec;
import io.planscreen.parsing.ParsedDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tables read as forms: a label cell and the cell the applicant typed into (to its right, or below it in a
 * header row); a choice row read as a whole (the marked option); units from the label cell, the table's
 * caption or the program's form. The form's guidance (※ lines, notes in brackets) and its placeholders are
 * never values.
 */
final class TablePass {

    static final double CONFIDENCE = 0.95;

    private final ExtractionScan scan;

    private final ValueReaders readers;

    TablePass(ExtractionScan scan, ValueReaders readers) {
        this.scan = scan;
        this.readers = readers;
    }

    void run() {
        for (ParsedDocument.Table table : scan.document.tables()) {
            int from = scan.view.visibleIndex(table.start());
            int to = Math.max(from, scan.view.visibleIndex(table.end()));
            long unit = KrwAmounts.statedUnit(scan.vis.substring(Math.max(0, from - 120), to));
            List<List<String>> rows = table.rows();
            int cursor = from;
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    String cell = row.get(c).strip();
                    Optional<ProgramLabels.Label> label = scan.labels.ofCell(cell);
                    if (label.isEmpty()) {
                        continue;
                    }
                    FieldSpec spec = scan.program.field(label.get().key()).orElseThrow();
                    if (spec.type().equals("choice") && !label.get().period()) {
                        cursor = choice(spec, rows, r, c, cursor, from, to);
                        continue;
                    }
                    long cellUnit = Math.max(unit, formUnit(spec));
                    if (cell.contains("(")) {
                        cellUnit = Math.max(cellUnit, KrwAmounts.statedUnit("단위:" + after(cell, "(")));
                    }
                    for (String value : valuesOf(rows, r, c)) {
                        int at = locate(value, cursor, to);
                        if (at < 0) {
                            at = locate(value, from, to);
                        }
                        if (at < 0) {
                            continue; // not in the visible text: hidden cells are never evidence
                        }
                        int before = scan.count();
                        if (label.get().period()) {
                            readers.period(
                                    spec.key(),
                                    label.get().end(),
                                    at,
                                    scan.vis.substring(at, at + value.length()),
                                    CONFIDENCE);
                        } else {
                            readers.read(spec.key(), at, at + value.length(), CONFIDENCE, true, cellUnit);
                        }
                        if (scan.count() > before) {
                            cursor = Math.max(cursor, at);
                            break;
                        }
                    }
                }
            }
        }
    }

    /**
     * The cells an applicant may have typed a label's value into, nearest first: the next filled cell to its
     * right, the one below it, and in a header whose label spans two rows, the one below that.
     */
    private List<String> valuesOf(List<List<String>> rows, int r, int c) {
        List<String> out = new ArrayList<>();
        List<String> row = rows.get(r);
        for (int v = c + 1; v < row.size(); v++) {
            String next = row.get(v).strip();
            if (!next.isEmpty() && scan.labels.ofCell(next).isEmpty()) {
                addIfFilled(out, next);
                break;
            } else if (!next.isEmpty()) {
                break;
            }
        }
        for (int below = r + 1;
                below <= r + 2 && below < rows.size() && c < rows.get(below).size();
                below++) {
            String cell = rows.get(below).get(c).strip();
            if (!cell.isEmpty() && scan.labels.ofCell(cell).isEmpty()) {
                addIfFilled(out, cell);
            }
            if (!cell.isEmpty()) {
                break;
            }
        }
        return out;
    }

    private static void addIfFilled(List<String> out, String cell) {
        String part = applicantPart(cell);
        if (part != null) {
            out.add(part);
        }
    }

    /** A cell without the form's own lines: "※ ..." guidance and whole-line notes in brackets. */
    private static String applicantPart(String cell) {
        for (String line : cell.split("\n")) {
            String l = line.strip();
            if (!l.isEmpty() && !Placeholders.guidance(l) && !l.matches("[(（].*[)）]")) {
                return l;
            }
        }
        return null;
    }

    /** A choice row (and the rows continuing it, their first cell empty) read as one text. */
    private int choice(FieldSpec spec, List<List<String>> rows, int r, int c, int cursor, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = r; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (i > r && (row.isEmpty() || !row.get(0).isBlank())) {
                break;
            }
            for (int v = i == r ? c + 1 : 0; v < row.size(); v++) {
                text.append(' ').append(row.get(v).strip().replace('\n', ' '));
            }
        }
        Optional<Choices.Chosen> chosen = Choices.chosen(text.toString(), spec.options());
        if (chosen.isEmpty()) {
            return cursor;
        }
        String shown = text.substring(chosen.get().start(), chosen.get().end());
        int at = locate(shown, cursor, to);
        if (at < 0) {
            at = locate(shown, from, to);
        }
        if (at >= 0) {
            scan.add(spec.key(), at, at + shown.length(), chosen.get().option(), CONFIDENCE);
            return Math.max(cursor, at);
        }
        return cursor;
    }

    /** The unit a bare number is in on the program's form (e.g. "백만원"), 1 when KRW. */
    private static long formUnit(FieldSpec spec) {
        return spec.unit() == null ? 1 : KrwAmounts.statedUnit("단위:" + spec.unit());
    }

    private static String after(String cell, String marker) {
        int i = cell.indexOf(marker);
        return i < 0 ? "" : cell.substring(i + 1);
    }

    private int locate(String value, int from, int to) {
        String vis = scan.vis;
        if (from >= vis.length()) {
            return -1;
        }
        int at = vis.indexOf(value, from);
        while (at > 0
                && Character.isDigit(value.charAt(0))
                && (Character.isDigit(vis.charAt(at - 1)) || vis.charAt(at - 1) == ',')) {
            at = vis.indexOf(value, at + 1);
        }
        return at >= 0 && at < Math.max(to, from + 1) + value.length() ? at : -1;
    }
}
