package io.planscreen.parsing.internal;

import io.planscreen.parsing.ParsedDocument;
import io.planscreen.shared.PlanScreenException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import kr.dogfoot.hwplib.object.HWPFile;
import kr.dogfoot.hwplib.object.bodytext.ParagraphListInterface;
import kr.dogfoot.hwplib.object.bodytext.Section;
import kr.dogfoot.hwplib.object.bodytext.control.Control;
import kr.dogfoot.hwplib.object.bodytext.control.ControlAdditionalText;
import kr.dogfoot.hwplib.object.bodytext.control.ControlTable;
import kr.dogfoot.hwplib.object.bodytext.paragraph.Paragraph;
import kr.dogfoot.hwplib.object.etc.HWPString;
import kr.dogfoot.hwplib.reader.HWPReader;
import kr.dogfoot.hwplib.tool.textextractor.TextExtractMethod;
import kr.dogfoot.hwpxlib.reader.HWPXReader;
import kr.dogfoot.hwpxlib.tool.textextractor.TextMarks;

/**
 * {@code HwpTextKept <folder>} (scripts/hwp-text-kept): for every HWP/HWPX file, the share of the reference
 * text that the parser keeps. The reference is the format library's own extractor with the text of every
 * control inserted (tables, text boxes, captions, headers/footers, footnotes), compared as a multiset of
 * non-space characters, so order and layout do not count, only text lost. Also counts the private-use
 * characters of the reference text and of the parsed text (what {@link HancomPrivateUse} leaves unmapped).
 */
public final class HwpTextKept {

    private HwpTextKept() {}

    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            files = walk.filter(f -> f.toString().toLowerCase(Locale.ROOT).matches(".*\\.hwpx?$"))
                    .filter(f -> f.toFile().length() > 0)
                    .sorted()
                    .toList();
        }
        long refTotal = 0;
        long keptTotal = 0;
        int measured = 0;
        int under80 = 0;
        int refused = 0;
        int noReference = 0;
        List<String> worst = new ArrayList<>();
        Map<Integer, Integer> privateUseInReference = new java.util.TreeMap<>();
        Map<Integer, Integer> privateUseParsed = new java.util.TreeMap<>();
        for (Path file : files) {
            boolean hwpx = file.toString().toLowerCase(Locale.ROOT).endsWith(".hwpx");
            String reference;
            try {
                reference = hwpx
                        ? kr.dogfoot.hwpxlib.tool.textextractor.TextExtractor.extract(
                                HWPXReader.fromFile(file.toFile()),
                                kr.dogfoot.hwpxlib.tool.textextractor.TextExtractMethod
                                        .InsertControlTextBetweenParagraphText,
                                true,
                                new TextMarks())
                        : hwpReference(HWPReader.fromFile(file.toFile()));
            } catch (Exception | StackOverflowError e) {
                noReference++;
                privateUseOnly(file, hwpx, privateUseParsed);
                continue;
            }
            privateUse(reference, privateUseInReference);
            // the parsers write Hancom's private-use symbols as Unicode: the same text, not text lost
            Map<Integer, Integer> ref = counts(HancomPrivateUse.toUnicode(reference));
            long refChars = ref.values().stream().mapToLong(Integer::longValue).sum();
            if (refChars == 0) {
                noReference++;
                privateUseOnly(file, hwpx, privateUseParsed);
                continue;
            }
            String ours;
            try {
                FormatParser parser = ParserFuzzing.parser(hwpx ? "hwpx" : "hwp");
                ParsedDocument document = parser.parse(Files.readAllBytes(file), ParserFuzzing.LIMITS);
                ours = document.text();
            } catch (PlanScreenException e) {
                refused++;
                System.out.printf("refused %-60s %s%n", name(file), e.problem().code());
                continue;
            }
            privateUse(ours, privateUseParsed);
            Map<Integer, Integer> got = counts(ours);
            long kept = 0;
            for (Map.Entry<Integer, Integer> e : ref.entrySet()) {
                kept += Math.min(e.getValue(), got.getOrDefault(e.getKey(), 0));
            }
            refTotal += refChars;
            keptTotal += kept;
            measured++;
            double share = (double) kept / refChars;
            if (share < 0.8) {
                under80++;
                worst.add("%5.1f%% of %6d  %s".formatted(share * 100, refChars, name(file)));
            }
        }
        worst.forEach(w -> System.out.println("under 80%: " + w));
        System.out.printf(
                "files %d: measured %d, refused %d, no reference text %d%n",
                files.size(), measured, refused, noReference);
        System.out.printf(
                "reference text kept: %.1f%% (%d of %d characters); files keeping under 80%%: %d of %d%n",
                refTotal == 0 ? 0 : 100.0 * keptTotal / refTotal, keptTotal, refTotal, under80, measured);
        System.out.println("private-use characters in the reference text: " + census(privateUseInReference));
        System.out.println("private-use characters in the parsed text:    " + census(privateUseParsed));
    }

    /**
     * hwplib's extractor with control text inserted, where hwplib 1.1.10 writes each 덧말's base and annotation as
     * an object id ({@code HWPString@1b2c3d}) put back as the texts they are.
     */
    private static String hwpReference(HWPFile file) throws Exception {
        String reference = kr.dogfoot.hwplib.tool.textextractor.TextExtractor.extract(
                file, TextExtractMethod.InsertControlTextBetweenParagraphText);
        Map<String, String> ruby = new HashMap<>();
        for (Section section : file.getBodyText().getSectionList()) {
            rubyTexts(section, ruby, 0);
        }
        for (Map.Entry<String, String> text : ruby.entrySet()) {
            reference = reference.replace(text.getKey(), text.getValue());
        }
        return reference;
    }

    private static void rubyTexts(ParagraphListInterface list, Map<String, String> out, int depth) {
        if (list == null || depth > 16) {
            return;
        }
        for (Paragraph paragraph : list) {
            for (Control control :
                    paragraph.getControlList() == null ? List.<Control>of() : paragraph.getControlList()) {
                if (control instanceof ControlAdditionalText ruby) {
                    for (HWPString text : List.of(
                            ruby.getHeader().getMainText(), ruby.getHeader().getSubText())) {
                        out.put(text.toString(), text.toUTF16LEString() == null ? "" : text.toUTF16LEString());
                    }
                } else if (control instanceof ControlTable table) {
                    table.getRowList().forEach(row -> row.getCellList()
                            .forEach(cell -> rubyTexts(cell.getParagraphList(), out, depth + 1)));
                } else {
                    HwpControlParts.of(control).forEach(part -> rubyTexts(part, out, depth + 1));
                }
            }
        }
    }

    /** The census of a file without reference text still counts what the parser read from it. */
    private static void privateUseOnly(Path file, boolean hwpx, Map<Integer, Integer> counts) throws Exception {
        try {
            FormatParser parser = ParserFuzzing.parser(hwpx ? "hwpx" : "hwp");
            privateUse(
                    parser.parse(Files.readAllBytes(file), ParserFuzzing.LIMITS).text(), counts);
        } catch (PlanScreenException refused) {
            // refused files have no text to count
        }
    }

    /** Counts the private-use code points (BMP and planes 15-16) of a text by code point. */
    private static void privateUse(String text, Map<Integer, Integer> counts) {
        text.codePoints()
                .filter(cp -> Character.getType(cp) == Character.PRIVATE_USE)
                .forEach(cp -> counts.merge(cp, 1, Integer::sum));
    }

    private static String census(Map<Integer, Integer> counts) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder out = new StringBuilder().append(total);
        counts.forEach((cp, n) -> out.append(" U+%04X×%d".formatted(cp, n)));
        return out.toString();
    }

    private static String name(Path file) {
        return new File(file.toString()).getName();
    }

    /** Non-space characters with their counts (library markers such as control placeholders are ignored). */
    private static Map<Integer, Integer> counts(String text) {
        Map<Integer, Integer> counts = new HashMap<>();
        text.codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && !Character.isISOControl(cp) && cp != 0xFFFD)
                .forEach(cp -> counts.merge(cp, 1, Integer::sum));
        return counts;
    }
}
