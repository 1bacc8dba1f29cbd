package io.planscreen.parsing.internal;

/** Jazzer target (scripts/fuzz hwp): the hwp parser on any bytes. */
public final class HwpFuzzTarget {

    private static final FormatParser PARSER = ParserFuzzing.parser("hwp");

    private HwpFuzzTarget() {}

    public static void fuzzerTestOneInput(byte[] data) {
        ParserFuzzing.check(PARSER, data);
    }
}
