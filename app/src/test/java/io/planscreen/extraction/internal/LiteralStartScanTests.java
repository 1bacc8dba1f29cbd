package io.planscreen.extraction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The literal-start scan finds exactly what {@code Matcher.find()} finds, only faster. */
class LiteralStartScanTests {

    /** Words the injection patterns are made of, in mixed case, with Korean particles, blanks and line breaks. */
    private static final String[] VOCABULARY = {
        "ignore",
        "IGNORE",
        "Disregard",
        "forget",
        "override",
        "all",
        "any",
        "the",
        "your",
        "previous",
        "Prior",
        "above",
        "system",
        "SYSTEM",
        "instructions",
        "prompt",
        "Prompts",
        "rules",
        "이전",
        "앞의",
        "위의",
        "기존",
        "모든",
        "상기",
        "의",
        "지시를",
        "지침",
        "명령",
        "프롬프트",
        "규칙",
        "을",
        "를",
        "모두",
        "무시",
        "잊고",
        "시스템",
        "<|im_start|>",
        "[INST]",
        "[inst]",
        "###",
        "instruction",
        "you",
        "You",
        "are",
        "now",
        "an",
        "a",
        "AI",
        "ai",
        "assistant",
        "language",
        "model",
        "evaluator",
        "set",
        "Set",
        "asset",
        "change",
        "replace",
        "report",
        "output",
        "return",
        "field",
        "value",
        "of",
        "총사업비",
        "정부출연금",
        "budget",
        "grant",
        "score",
        "점수",
        "to",
        "as",
        "=",
        "평가위원",
        "심사위원",
        "평가자",
        "심사자",
        "인공지능",
        "언어",
        "모델",
        "LLM",
        "GPT",
        "은",
        "는",
        "께서는",
        "에게",
        "님",
        "만점",
        "최고",
        "점",
        "최고점",
        "높은",
        "가점",
        "통과",
        "선정",
        "승인",
        "주십시오",
        "주세요",
        "줄",
        "것",
        "부여",
        "하시오",
        "할",
        "하십시오",
        "처리",
        "give",
        "assign",
        "award",
        "this",
        "plan",
        "highest",
        "maximum",
        "full",
        "marks",
        "do",
        "not",
        "don't",
        "DO",
        "flag",
        "mention",
        "기관부담",
        "현물",
        "신청",
        "기업",
        "x",
        "doing",
        "you're"
    };

    private static final String[] GAPS = {" ", " ", " ", "", "\n", "\n\n", "\t", "  ", ". ", ", ", "\n \n"};

    static String randomText(Random random, int words) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words; i++) {
            out.append(VOCABULARY[random.nextInt(VOCABULARY.length)]);
            out.append(GAPS[random.nextInt(GAPS.length)]);
        }
        return out.toString();
    }

    static List<int[]> plainFind(Pattern pattern, String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    @Test
    void everyInjectionPatternFindsWhatFindFinds() {
        Random random = new Random(20261124);
        int matched = 0;
        for (int round = 0; round < 3000; round++) {
            String text = randomText(random, 5 + random.nextInt(60));
            LiteralStartScan.Text prepared = LiteralStartScan.Text.of(text);
            for (LiteralStartScan scan : InjectionDetector.scans()) {
                List<int[]> expected = plainFind(scan.pattern(), text);
                assertThat(scan.matches(prepared))
                        .as("%s on %s", scan.pattern(), text)
                        .usingElementComparator(LiteralStartScanTests::compare)
                        .containsExactlyElementsOf(expected);
                matched += expected.size();
            }
        }
        // the random texts must actually exercise the patterns, not only their absence
        assertThat(matched).isGreaterThan(500);
    }

    @Test
    void aSplitLabelFindsWhatFindFinds() {
        Pattern pattern = Pattern.compile("기관부담[ \\t]*\n[ \\t]*(?:\n[ \\t]*)?현물");
        LiteralStartScan scan = LiteralStartScan.of(pattern, "기관부담");
        Random random = new Random(7);
        int matched = 0;
        String[] pieces = {"기관부담", "현물", "기관", " ", "\n", "\n", "\t", "x"};
        for (int round = 0; round < 2000; round++) {
            StringBuilder built = new StringBuilder();
            for (int i = 0, n = 5 + random.nextInt(40); i < n; i++) {
                built.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = built.toString();
            List<int[]> expected = plainFind(pattern, text);
            assertThat(scan.matches(LiteralStartScan.Text.of(text)))
                    .usingElementComparator(LiteralStartScanTests::compare)
                    .containsExactlyElementsOf(expected);
            matched += expected.size();
        }
        assertThat(matched).isGreaterThan(100);
    }

    @Test
    void aWordBoundaryBeforeTheCandidateIsSeen() {
        LiteralStartScan scan = LiteralStartScan.of(Pattern.compile("\\byou\\s+are", Pattern.CASE_INSENSITIVE), "you");
        assertThat(scan.matches(LiteralStartScan.Text.of("bayou are; YOU are")))
                .usingElementComparator(LiteralStartScanTests::compare)
                .containsExactly(new int[] {11, 18});
    }

    @Test
    void unicodeCaseFoldingAndEmptyStartsAreRefused() {
        assertThatThrownBy(() ->
                        LiteralStartScan.of(Pattern.compile("x", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LiteralStartScan.of(Pattern.compile("x"), ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static int compare(int[] a, int[] b) {
        return a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]);
    }
}
