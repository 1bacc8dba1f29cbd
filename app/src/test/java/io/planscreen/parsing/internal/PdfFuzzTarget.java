package io.planscreen.parsing.internal;

/** Jazzer target (scripts/fuzz pdf): the pdf parser on any bytes. */
public final class PdfFuzzTarget {

    private static final FormatParser PARSER = ParserFuzzing.parser("pdf");

    private PdfFuzzTarget() {}

    public static void fuzzerTestOneInput(byte[] data) {
        ParserFuzzing.check(PARSER, data);
    }
}
