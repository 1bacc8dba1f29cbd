package io.planscreen.ml.corpus;

import java.util.List;
import java.util.Map;

/**
 * How one writer writes: an agency (fixed for all its clients) or a company writing its own plan
 * (drawn per plan). The two populations overlap on every single attribute.
 *
 * @param endingStyle 0 개조식, 1 합니다체, 2 한다체
 * @param endingMix probability a sentence uses another ending (inconsistency)
 * @param headingStyle 0 official, 1 roman numerals, 2 brackets, 3 squares, 4 own words
 * @param weights sampling weights of common, specific and trade sentences
 * @param errorRate probability a sentence carries a typo, spacing slip or wrong particle
 * @param length sentences per section (mean)
 * @param generalLayout 0 key-value table, 1 wide table, 2 label: value lines, 3 prose
 * @param budgetLayout 0 table, 1 lines, 2 prose
 */
record Style(
        String bullet,
        List<String> connectives,
        double connectiveRate,
        int endingStyle,
        double endingMix,
        boolean periods,
        int headingStyle,
        double[] weights,
        double errorRate,
        int length,
        int sentencesPerParagraph,
        List<String> buzz,
        List<String> stats,
        double statRate,
        int generalLayout,
        int budgetLayout,
        boolean scheduleTable,
        String selfReference,
        double omitField,
        Map<Phrasebook.Role, List<String>> boilerplate) {}
