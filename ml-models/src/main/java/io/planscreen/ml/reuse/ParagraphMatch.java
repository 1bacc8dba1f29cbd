package io.planscreen.ml.reuse;

/** One of a plan's paragraphs found again, near enough, in another company's plan. */
public record ParagraphMatch(
        int paragraph, String otherPlan, String otherCompany, int otherParagraph, double similarity) {}
