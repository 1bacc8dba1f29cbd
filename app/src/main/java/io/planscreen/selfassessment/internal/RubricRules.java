package io.planscreen.selfassessment.internal;

import io.planscreen.ml.plan.PlanText;
import io.planscreen.ml.plan.SectionKind;
import io.planscreen.selfassessment.SelfAssessmentReport.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The offline rubric: per template section, is it there, is it long enough to say something, and does it
 * say something specific (figures, dates, amounts) rather than stock phrases evaluators skip over.
 */
final class RubricRules {

    static final int MIN_CHARS = 150;

    private static final Pattern FIGURE =
            Pattern.compile("\\d[\\d,.]*\\s*(%|퍼센트|원|만\\s?원|억|조|명|개|건|배|년|개월|월|일|km|kg|t|MW|kW|GB|TB|USD|\\$)?");

    private static final List<String> STOCK_PHRASES = List.of(
            "혁신적",
            "세계 최고",
            "최고 수준",
            "글로벌 시장",
            "경쟁력 있는",
            "차별화된",
            "4차 산업혁명",
            "획기적",
            "innovative",
            "world-class",
            "cutting-edge",
            "best-in-class",
            "game-changing",
            "disruptive");

    private RubricRules() {}

    /** @param adviceCodes message codes, each taking the section title as {0} */
    record Criterion(SectionKind kind, Level level, List<String> adviceCodes) {}

    static List<Criterion> evaluate(PlanText plan, List<SectionKind> expected) {
        List<Criterion> out = new ArrayList<>();
        for (SectionKind kind : expected) {
            out.add(judge(kind, body(plan, kind)));
        }
        return out;
    }

    /** The visible paragraphs of every section of this kind, one per line. */
    static String body(PlanText plan, SectionKind kind) {
        return String.join(
                "\n",
                plan.sections().stream()
                        .filter(s -> s.kind().equals(kind.name()))
                        .flatMap(s -> s.paragraphs().stream())
                        .toList());
    }

    static Criterion judge(SectionKind kind, String body) {
        String hint = "selfassessment.hint." + kind.name();
        if (body.isBlank()) {
            return new Criterion(kind, Level.MISSING, List.of("selfassessment.advice.add_section", hint));
        }
        int chars = body.replaceAll("\\s+", "").length();
        if (chars < MIN_CHARS) {
            return new Criterion(kind, Level.THIN, List.of("selfassessment.advice.expand", hint));
        }
        int figures = figures(body);
        int stock = stockPhrases(body);
        if (figures < 2 || (stock >= 2 && figures < 4)) {
            List<String> advice = new ArrayList<>();
            if (figures < 2) {
                advice.add("selfassessment.advice.figures");
            }
            if (stock >= 2) {
                advice.add("selfassessment.advice.stock_phrases");
            }
            advice.add(hint);
            return new Criterion(kind, Level.GENERIC, advice);
        }
        return new Criterion(kind, Level.SPECIFIC, List.of("selfassessment.advice.keep"));
    }

    static int figures(String text) {
        Matcher m = FIGURE.matcher(text);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    static int stockPhrases(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int count = 0;
        for (String phrase : STOCK_PHRASES) {
            int from = 0;
            while ((from = lower.indexOf(phrase, from)) >= 0) {
                count++;
                from += phrase.length();
            }
        }
        return count;
    }
}
