package io.planscreen.parsing.internal;

/** Jazzer target (scripts/fuzz docx): the docx parser on any bytes. */
public final class DocxFuzzTarget {

    private static final FormatParser PARSER = ParserFuzzing.parser("docx");

    private DocxFuzzTarget() {}

    public static void fuzzerTestOneInput(byte[] data) {
        ParserFuzzing.check(PARSER, data);
    }
}
