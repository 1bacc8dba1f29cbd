package io.planscreen.ml.writers;

import java.util.List;

/**
 * How a writer lays a plan out: section order, heading numbering, bullets, register, which tables and in what
 * column layout, and where a boilerplate block goes. Agencies keep one look for every client; own-voice writers
 * each draw their own.
 *
 * @param order the PSST sections in the order written (GENERAL first when the 일반현황 table is there)
 * @param numbering how headings are numbered
 * @param bullet put before each paragraph ("" none, "◦ ", "- ", "• ")
 * @param contactTable whether a 기업 기본정보 table (사업자등록번호, 주소, 전화) is added
 * @param tableVariant column layout of the tables (0 the form's, 1..3 a house's own)
 * @param subsections whether sections are split at the form's sub-items (1-1, 2-1, ...)
 */
record HouseLook(
        List<Sentences.Topic> order,
        Numbering numbering,
        String bullet,
        Korean.Register register,
        boolean formTable,
        boolean contactTable,
        int tableVariant,
        boolean subsections,
        Sentences.Topic boilerplateAfter) {

    enum Numbering {
        ARABIC,
        ROMAN,
        CHAPTER,
        SQUARE,
        BRACKET,
        PLAIN
    }
}
