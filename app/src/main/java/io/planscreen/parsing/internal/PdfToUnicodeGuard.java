package io.planscreen.parsing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;

/**
 * Drops, before PDFBox reads any font, a ToUnicode map no real font has. PDFBox 3.0.8's CMap parser walks every code
 * of a {@code bfrange}: a damaged map (codes longer than 4 bytes, ranges of millions of codes) held a parse for 11-15
 * s per font and logged a warning per code, 20 million lines in a minute (found by fuzzing PDF, docs/robustness.md).
 * Such a font's text falls back to its encoding, as for a font without a ToUnicode map.
 *
 * <p>Implausible: a map that decodes to more than {@value #MAX_MAP_BYTES} bytes, a {@code bfrange} code of more than 4
 * bytes, or a range of more than {@value #MAX_RANGE} codes (the PDF specification keeps a range within its last byte,
 * 256 codes; real files stretch that to whole 2-byte planes, never further).
 */
final class PdfToUnicodeGuard {

    static final int MAX_MAP_BYTES = 4 << 20;

    static final long MAX_RANGE = 0x10000;

    /** Objects visited at most; a plan has a few thousand. */
    private static final int MAX_OBJECTS = 500_000;

    /**
     * Where no font is reached that the others do not reach: the tagged-PDF structure tree and the outline can be
     * the largest part of a document, and a parent leads back up.
     */
    private static final Set<COSName> NO_FONTS =
            Set.of(COSName.STRUCT_TREE_ROOT, COSName.OUTLINES, COSName.PARENT, COSName.METADATA);

    private static final String BEGIN = "beginbfrange";

    private static final String END = "endbfrange";

    private PdfToUnicodeGuard() {}

    /**
     * Removes the implausible ToUnicode maps of every font reachable from the catalog (pages, forms, annotations,
     * Type 3 resources; the cross-reference table of a damaged file does not list them all); returns how many.
     */
    static int sanitize(COSDictionary catalog) {
        int dropped = 0;
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.push(catalog);
        while (!todo.isEmpty() && seen.size() < MAX_OBJECTS) {
            COSBase base = todo.pop();
            if (base instanceof COSObject reference) {
                try {
                    base = reference.getObject();
                } catch (RuntimeException unreadable) {
                    continue; // PDFBox says so itself when the text needs it
                }
            }
            if (base == null || !seen.add(base)) {
                continue;
            }
            if (base instanceof COSDictionary dictionary) {
                if (dictionary.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream map && !plausible(map)) {
                    dictionary.removeItem(COSName.TO_UNICODE);
                    dropped++;
                }
                dictionary.entrySet().stream()
                        .filter(entry -> !NO_FONTS.contains(entry.getKey()))
                        .forEach(entry -> todo.push(entry.getValue()));
            } else if (base instanceof COSArray array) {
                array.forEach(todo::push);
            }
        }
        return dropped;
    }

    static boolean plausible(COSStream map) {
        byte[] data;
        try (InputStream in = map.createInputStream()) {
            data = in.readNBytes(MAX_MAP_BYTES + 1);
        } catch (IOException | RuntimeException damaged) {
            return true; // PDFBox reads nothing from it either
        }
        return data.length <= MAX_MAP_BYTES && plausible(new String(data, StandardCharsets.ISO_8859_1));
    }

    /** Reads the {@code bfrange} sections in one pass (a hostile map must not cost more than its length). */
    static boolean plausible(String map) {
        for (int at = map.indexOf(BEGIN); at >= 0; at = map.indexOf(BEGIN, at)) {
            int end = map.indexOf(END, at);
            end = end < 0 ? map.length() : end;
            if (!plausibleRanges(map, at + BEGIN.length(), end)) {
                return false;
            }
            at = end;
        }
        return true;
    }

    /** Each range is two source codes, then a destination code or array. */
    private static boolean plausibleRanges(String map, int from, int to) {
        String first = "";
        int slot = 0; // 0: first source code next, 1: last source code, 2: destination
        for (int i = from; i < to; i++) {
            char c = map.charAt(i);
            if (c != '<' && c != '[') {
                continue;
            }
            int close = i + 1;
            while (close < to && map.charAt(close) != (c == '<' ? '>' : ']')) {
                close++;
            }
            if (close == to) {
                return true; // cut off: PDFBox reads no range from it
            }
            if (c == '[') {
                slot = 0; // a destination array
            } else {
                String hex = map.substring(i + 1, close).replaceAll("\\s", "");
                if (slot == 1 && (first.length() > 8 || hex.length() > 8 || code(hex) - code(first) >= MAX_RANGE)) {
                    return false;
                }
                first = slot == 0 ? hex : first;
                slot = (slot + 1) % 3;
            }
            i = close;
        }
        return true;
    }

    private static long code(String hex) {
        try {
            return hex.isEmpty() ? 0 : Long.parseLong(hex, 16);
        } catch (NumberFormatException notHex) {
            return 0;
        }
    }
}
