package io.planscreen.ml.features;

import io.planscreen.ml.plan.FieldKeys;
import io.planscreen.ml.plan.PlanText;
import io.planscreen.ml.plan.Region;
import io.planscreen.ml.plan.SectionKind;
import io.planscreen.ml.reuse.ReuseSignals;
import io.planscreen.ml.reuse.Shingles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The classifier's inputs, computed from what both training and serving have: the plan's visible text,
 * the extracted fields and the reuse signals. Every feature is a generic measurement (lengths, shares,
 * densities, agreement with the fields, overlap with other companies); no phrase is listed, so what
 * separates broker plans from own-voice plans is learnt from the data.
 *
 * <p>Longer than the project's 300-line guide on purpose: the schema and the one function that fills it stay
 * side by side, because every stored vector is read back by position and name against this schema (a model
 * version reads its features by name; auditors rescore stored vectors), and training and serving must run
 * this same code.
 */
public final class PlanFeatures {

    public static final List<Feature> SCHEMA = List.of(
            f("paragraphs", "structure", "문단 수", "number of paragraphs"),
            f("paragraph_chars_mean", "style", "평균 문단 길이", "mean paragraph length"),
            f("paragraph_chars_cv", "style", "문단 길이의 들쭉날쭉함", "variation of paragraph lengths"),
            f("sentence_chars_mean", "style", "평균 문장 길이", "mean sentence length"),
            f("sentence_chars_cv", "style", "문장 길이의 들쭉날쭉함", "variation of sentence lengths"),
            f("sentence_end_entropy", "style", "문장 끝맺음의 다양성", "variety of sentence endings"),
            f("latin_share", "style", "로마자(영문) 비율", "share of Latin letters"),
            f("punctuation_share", "style", "문장부호 비율", "share of punctuation"),
            f("bullet_paragraph_share", "style", "기호로 시작하는 문단 비율", "share of bulleted paragraphs"),
            f("bigram_diversity", "style", "표현의 다양성", "diversity of wording"),
            f("word_repetition", "style", "같은 낱말의 반복", "repetition of the same words"),
            f("template_coverage", "structure", "공식 양식 항목 충족도", "coverage of the official template sections"),
            f("template_order", "structure", "양식 순서 준수", "sections in the official order"),
            f("other_section_share", "structure", "양식 밖 문단 비율", "share of paragraphs outside template sections"),
            f("official_heading_share", "structure", "공식 제목 그대로 쓴 비율", "headings copied from the template"),
            f("tables", "structure", "표의 수", "number of tables"),
            f("digit_share", "specificity", "숫자 비율", "share of digits"),
            f("number_density", "specificity", "수치의 밀도", "density of figures"),
            f("percent_density", "specificity", "백분율 수치의 밀도", "density of percentages"),
            f("money_density", "specificity", "금액 수치의 밀도", "density of amounts of money"),
            f("year_density", "specificity", "연도 언급의 밀도", "density of years"),
            f("distinct_number_share", "specificity", "서로 다른 수치의 비율", "share of distinct figures"),
            f("acronym_density", "specificity", "약어·고유명사 밀도", "density of acronyms and proper names"),
            f("company_name_density", "consistency", "회사명 언급 빈도", "mentions of the company's name"),
            f("fields_in_text", "consistency", "신청 항목과 본문의 일치", "agreement of application fields with the text"),
            f("region_in_text", "consistency", "소재지 언급", "mention of the company's region"),
            f("fields_present", "consistency", "추출된 신청 항목 수", "number of extracted application fields"),
            f("reuse_share", "reuse", "다른 기업 계획서와 겹치는 문단 비율", "share of paragraphs found in other companies' plans"),
            f("reuse_max", "reuse", "다른 기업 계획서와의 최대 유사도", "highest similarity to another company's paragraph"),
            f("reuse_mean_best", "reuse", "문단별 평균 유사도", "mean best similarity per paragraph"),
            f("reuse_companies", "reuse", "같은 문단을 쓴 다른 기업 수", "other companies sharing paragraphs"),
            f("reuse_cluster", "reuse", "가장 큰 재사용 묶음의 크기", "size of the largest reuse cluster"),
            f("language_ko", "structure", "한국어 계획서", "plan written in Korean"),
            f("template_psst", "structure", "PSST 양식", "PSST template"),
            // v3: plan-level reuse (appended so that earlier versions keep their feature order)
            f(
                    "reuse_shared_2_share",
                    "reuse",
                    "다른 기업 2곳 이상과 겹치는 문단 비율",
                    "share of paragraphs found in at least 2 other companies' plans"),
            f(
                    "reuse_shared_3_share",
                    "reuse",
                    "다른 기업 3곳 이상과 겹치는 문단 비율",
                    "share of paragraphs found in at least 3 other companies' plans"),
            f("reuse_sharers_mean", "reuse", "겹치는 문단당 평균 공유 기업 수", "mean number of other plans per reused paragraph"),
            f("reuse_reused_similarity", "reuse", "겹치는 문단의 평균 유사도", "mean similarity of the reused paragraphs"),
            f(
                    "reuse_top_plan_share",
                    "reuse",
                    "한 기업 계획서와 겹치는 문단의 최대 비율",
                    "largest share of paragraphs shared with one other plan"),
            f(
                    "reuse_close_plans",
                    "reuse",
                    "문단 절반 이상이 겹치는 다른 계획서 수",
                    "other plans sharing at least half of the paragraphs"),
            // v4: whole-plan reuse (one MinHash signature per plan, PlanReuse)
            f(
                    "plan_similarity_max",
                    "reuse",
                    "다른 기업 계획서 전체와의 최대 유사도",
                    "highest whole-plan similarity to another company's plan"),
            f("plan_similar_count", "reuse", "전체 내용이 비슷한 다른 기업 계획서 수", "other companies' plans similar as a whole"),
            f(
                    "plan_similarity_top3",
                    "reuse",
                    "가장 비슷한 다른 계획서 3건의 평균 유사도",
                    "mean whole-plan similarity of the 3 most similar other plans"),
            // v5: the plan's neighbourhood among the program's other plans (PlanNeighbourhood)
            f(
                    "plan_neighbour_1",
                    "reuse",
                    "같은 사업 다른 기업 계획서 중 가장 비슷한 것과의 유사도",
                    "similarity to the most similar other company's plan in the program"),
            f(
                    "plan_neighbours_2_4",
                    "reuse",
                    "같은 사업에서 2~4번째로 비슷한 계획서들의 평균 유사도",
                    "mean similarity of the 2nd to 4th most similar plans in the program"),
            f(
                    "plan_neighbours_5_20",
                    "reuse",
                    "같은 사업에서 5~20번째로 비슷한 계획서들의 평균 유사도 (비슷한 계획서가 많은지)",
                    "mean similarity of the 5th to 20th most similar plans in the program (are many plans alike)"),
            f(
                    "plan_neighbours_21_60",
                    "reuse",
                    "같은 사업에서 21~60번째로 비슷한 계획서들의 평균 유사도",
                    "mean similarity of the 21st to 60th most similar plans in the program"));

    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");
    private static final Pattern PERCENT = Pattern.compile("\\d(?:\\.\\d+)?\\s*%");
    private static final Pattern MONEY = Pattern.compile("\\d[\\d,.]*\\s*(?:억|만|천|조)?\\s*(?:원|달러|USD|KRW|\\$)");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");
    private static final Pattern ACRONYM = Pattern.compile("\\b[A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*\\b");
    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?。])\\s+|(?<=다)\\s+(?=\\S)|\\n");

    private PlanFeatures() {}

    private static Feature f(String name, String group, String ko, String en) {
        return new Feature(name, group, ko, en);
    }

    public static List<String> names() {
        return SCHEMA.stream().map(Feature::name).toList();
    }

    /** The raw (unnormalised) feature vector in {@link #SCHEMA} order. */
    public static double[] compute(PlanText plan, Map<String, String> fields, ReuseSignals reuse) {
        List<String> paragraphs = plan.paragraphs();
        String body = String.join("\n", paragraphs);
        int chars = Math.max(1, body.length());
        double perK = 1000.0 / chars;
        List<Double> paragraphLengths =
                paragraphs.stream().map(p -> (double) p.length()).toList();
        List<String> sentences = new ArrayList<>();
        for (String p : paragraphs) {
            for (String s : SENTENCE.split(p)) {
                if (!s.isBlank()) {
                    sentences.add(s.strip());
                }
            }
        }
        List<Double> sentenceLengths =
                sentences.stream().map(s -> (double) s.length()).toList();

        long letters = body.chars().filter(Character::isLetter).count();
        long latin = body.chars().filter(c -> c < 128 && Character.isLetter(c)).count();
        long digits = body.chars().filter(Character::isDigit).count();
        long punctuation = body.chars()
                .filter(c -> !Character.isLetterOrDigit(c) && !Character.isWhitespace(c))
                .count();
        long bullets = paragraphs.stream()
                .filter(p -> !p.isEmpty() && !Character.isLetterOrDigit(p.codePointAt(0)))
                .count();

        List<String> numbers = all(NUMBER, body);
        List<SectionKind> expected = SectionKind.of(plan.template());
        List<SectionKind> present = new ArrayList<>();
        int otherParagraphs = 0;
        int officialHeadings = 0;
        for (PlanText.Section section : plan.sections()) {
            SectionKind kind = kind(section.kind());
            if (kind == SectionKind.OTHER) {
                otherParagraphs += section.paragraphs().size();
            } else if (!present.contains(kind)) {
                present.add(kind);
            }
            if (kind != SectionKind.OTHER
                    && (section.heading().contains(kind.koreanTitle())
                            || section.heading()
                                    .toLowerCase(Locale.ROOT)
                                    .contains(kind.englishTitle().toLowerCase(Locale.ROOT)))) {
                officialHeadings++;
            }
        }
        double coverage = expected.isEmpty()
                ? 0
                : present.stream().filter(expected::contains).count() / (double) expected.size();
        int ordered = 0;
        for (int i = 1; i < present.size(); i++) {
            if (present.get(i).ordinal() > present.get(i - 1).ordinal()) {
                ordered++;
            }
        }

        String companyName = fields.getOrDefault(FieldKeys.COMPANY_NAME, "");
        String nameCore = companyName.replaceAll("\\(주\\)|㈜|주식회사|\\s", "");

        return new double[] {
            Math.log1p(paragraphs.size()),
            Math.log1p(mean(paragraphLengths)),
            cv(paragraphLengths),
            Math.log1p(mean(sentenceLengths)),
            cv(sentenceLengths),
            endingEntropy(sentences),
            letters == 0 ? 0 : (double) latin / letters,
            (double) punctuation / chars,
            paragraphs.isEmpty() ? 0 : (double) bullets / paragraphs.size(),
            bigramDiversity(body),
            wordRepetition(body),
            coverage,
            present.size() <= 1 ? 1 : (double) ordered / (present.size() - 1),
            paragraphs.isEmpty() ? 0 : (double) otherParagraphs / paragraphs.size(),
            plan.sections().isEmpty()
                    ? 0
                    : (double) officialHeadings / plan.sections().size(),
            Math.log1p(plan.tables().size()),
            (double) digits / chars,
            numbers.size() * perK,
            all(PERCENT, body).size() * perK,
            all(MONEY, body).size() * perK,
            all(YEAR, body).size() * perK,
            numbers.isEmpty() ? 0 : new HashSet<>(numbers).size() / (double) numbers.size(),
            all(ACRONYM, body).size() * perK,
            nameCore.length() < 2 ? 0 : occurrences(body.replace(" ", ""), nameCore) * perK,
            fieldsInText(body, fields),
            regionInText(body, fields),
            fields.values().stream().filter(v -> !v.isBlank()).count() / (double) FieldKeys.ALL.size(),
            reuse.reusedShare(),
            reuse.maxSimilarity(),
            reuse.meanBestSimilarity(),
            Math.log1p(reuse.otherCompanies()),
            Math.log1p(reuse.largestCluster()),
            "ko".equals(plan.language()) ? 1 : 0,
            "PSST".equals(plan.template()) ? 1 : 0,
            reuse.sharedWith2Share(),
            reuse.sharedWith3Share(),
            Math.log1p(reuse.meanSharers()),
            reuse.meanReusedSimilarity(),
            reuse.topPlanShare(),
            Math.log1p(reuse.closePlans()),
            reuse.planMaxSimilarity(),
            Math.log1p(reuse.similarPlans()),
            reuse.planTop3Mean(),
            reuse.neighbourhood().nearest(),
            reuse.neighbourhood().ranks2to4(),
            reuse.neighbourhood().ranks5to20(),
            reuse.neighbourhood().ranks21to60()
        };
    }

    private static SectionKind kind(String name) {
        try {
            return SectionKind.valueOf(name);
        } catch (IllegalArgumentException e) {
            return SectionKind.OTHER;
        }
    }

    /** Share of the text-like fields (name, representative, title, figures) that the text itself states. */
    static double fieldsInText(String body, Map<String, String> fields) {
        String folded = body.replace(" ", "").replace(",", "");
        int checked = 0;
        int found = 0;
        for (String key : List.of(
                FieldKeys.COMPANY_NAME,
                FieldKeys.REPRESENTATIVE,
                FieldKeys.PROJECT_TITLE,
                FieldKeys.EMPLOYEES,
                FieldKeys.PRINCIPAL_INVESTIGATOR)) {
            String value = fields.get(key);
            if (value == null || value.isBlank()) {
                continue;
            }
            checked++;
            String v = value.replaceAll("\\(주\\)|㈜|주식회사|\\s|,", "");
            if (!v.isEmpty() && folded.contains(v)) {
                found++;
            }
        }
        return checked == 0 ? 0 : (double) found / checked;
    }

    static double regionInText(String body, Map<String, String> fields) {
        String value = fields.get(FieldKeys.REGION);
        if (value == null) {
            return 0;
        }
        try {
            Region region = Region.valueOf(value);
            if (body.contains(region.officialName())) {
                return 1;
            }
            return region.aliases().stream().anyMatch(a -> a.length() >= 2 && body.contains(a)) ? 1 : 0;
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }

    private static double endingEntropy(List<String> sentences) {
        Map<Character, Integer> counts = new HashMap<>();
        int n = 0;
        for (String s : sentences) {
            String letters = s.replaceAll("[^\\p{L}]+$", "");
            if (!letters.isEmpty()) {
                counts.merge(letters.charAt(letters.length() - 1), 1, Integer::sum);
                n++;
            }
        }
        double h = 0;
        for (int c : counts.values()) {
            double p = (double) c / n;
            h -= p * Math.log(p);
        }
        return h;
    }

    private static double bigramDiversity(String body) {
        String s = Shingles.normalize(body);
        s = s.substring(0, Math.min(s.length(), 4000));
        if (s.length() < 2) {
            return 0;
        }
        Set<String> distinct = new HashSet<>();
        for (int i = 0; i + 2 <= s.length(); i++) {
            distinct.add(s.substring(i, i + 2));
        }
        return (double) distinct.size() / (s.length() - 1);
    }

    private static double wordRepetition(String body) {
        Map<String, Integer> counts = new HashMap<>();
        int n = 0;
        for (String w : body.split("[\\s\\p{Punct}·…“”‘’]+")) {
            if (w.length() >= 2) {
                counts.merge(w, 1, Integer::sum);
                n++;
            }
        }
        if (n == 0) {
            return 0;
        }
        int repeated =
                counts.values().stream().filter(c -> c >= 3).mapToInt(c -> c).sum();
        return (double) repeated / n;
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static int occurrences(String text, String needle) {
        int count = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
            count++;
        }
        return count;
    }

    private static double mean(List<Double> xs) {
        return xs.stream().mapToDouble(d -> d).average().orElse(0);
    }

    private static double cv(List<Double> xs) {
        double m = mean(xs);
        if (xs.size() < 2 || m == 0) {
            return 0;
        }
        double var = xs.stream().mapToDouble(x -> (x - m) * (x - m)).sum() / (xs.size() - 1);
        return Math.sqrt(var) / m;
    }
}
