package io.planscreen.parsing.internal;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.planscreen.parsing.ParsedDocument;
import io.planscreen.parsing.StorableText;
import io.planscreen.shared.PlanScreenException;
import org.slf4j.LoggerFactory;

/**
 * What every parser must do with any bytes (scripts/fuzz drives it through Jazzer; the kept crashing inputs
 * run in {@code FuzzRegressionTests}): return a document whose offsets fit its text and whose text stores, or
 * refuse with a document.* problem. Exceptions thrown inside the libraries (PDFBox, POI, hwplib) are turned
 * into document.unreadable by the parse guard and are not findings; an exception from our own code is.
 */
public final class ParserFuzzing {

    static final ParseLimits LIMITS = new ParseLimits(300, 1_000, 50L * 1024 * 1024, 64, false);

    private static final ParsingProperties NO_OCR = ParsingProperties.defaults().withOcr(false);

    static {
        // as application.yml sets it for the service: PDFBox warns once per code of a damaged font map
        ((Logger) LoggerFactory.getLogger("org.apache.fontbox.cmap")).setLevel(Level.ERROR);
    }

    private ParserFuzzing() {}

    public static FormatParser parser(String format) {
        return switch (format) {
            case "pdf" -> new PdfParser(new TesseractOcr(NO_OCR), NO_OCR);
            case "hwp" -> new HwpParser();
            case "hwpx" -> new HwpxParser();
            case "docx" -> new DocxParser();
            default -> throw new IllegalArgumentException(format);
        };
    }

    public static void check(FormatParser parser, byte[] data) {
        ParsedDocument document;
        try {
            document = parser.parse(data, LIMITS);
        } catch (PlanScreenException problem) {
            if (!problem.problem().code().startsWith("document.")) {
                throw new AssertionError(
                        "not a document problem: " + problem.problem().code(), problem);
            }
            return;
        } catch (RuntimeException | StackOverflowError failure) {
            if (thrownByOurCode(failure)) {
                throw failure;
            }
            return; // a library's failure: the guard makes it document.unreadable
        }
        checkDocument(document);
    }

    static void checkDocument(ParsedDocument document) {
        int length = document.text().length();
        if (!StorableText.isStorable(document.text())) {
            throw new AssertionError("text PostgreSQL would refuse");
        }
        if (document.pages().size() > LIMITS.maxPages() + 1) {
            throw new AssertionError(document.pages().size() + " pages over the limit");
        }
        for (ParsedDocument.TextBlock block : document.blocks()) {
            within(block.start(), block.end(), length, "block");
        }
        for (ParsedDocument.Section section : document.sections()) {
            within(section.start(), section.end(), length, "section");
        }
        for (ParsedDocument.Table table : document.tables()) {
            within(table.start(), table.end(), length, "table");
            table.rows()
                    .forEach(row -> row.forEach(cell -> {
                        if (!StorableText.isStorable(cell)) {
                            throw new AssertionError("cell PostgreSQL would refuse");
                        }
                    }));
        }
        for (ParsedDocument.HiddenText hidden : document.hiddenText()) {
            within(hidden.start(), hidden.end(), length, "hidden span");
        }
        document.visibleText(); // must not throw
        document.notRead();
    }

    private static void within(int start, int end, int length, String what) {
        if (start < 0 || end < start || start > length) {
            throw new AssertionError(what + " [" + start + ", " + end + ") outside text of " + length);
        }
    }

    private static boolean thrownByOurCode(Throwable failure) {
        StackTraceElement[] trace = failure.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith("io.planscreen.");
    }
}
