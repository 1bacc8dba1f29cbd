package io.planscreen.parsing.internal;

/** Jazzer target (scripts/fuzz hwpx): the hwpx parser on any bytes. */
public final class HwpxFuzzTarget {

    private static final FormatParser PARSER = ParserFuzzing.parser("hwpx");

    private HwpxFuzzTarget() {}

    public static void fuzzerTestOneInput(byte[] data) {
        ParserFuzzing.check(PARSER, data);
    }
}
