package io.planscreen.extraction.internal;

import io.planscreen.ml.plan.FieldKeys;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Industry text → KSIC section letter (A..U), and technology area text → a {@code FieldKeys.TECH_AREAS} value. */
final class Industries {

    private static final Pattern KSIC_CODE = Pattern.compile("(?<![A-Za-z])([A-U])-?(\\d{2,5})(?!\\d)");

    private static final Pattern KSIC_DIVISION =
            Pattern.compile("(?:KSIC|표준산업분류|산업분류|코드|code)\\D{0,12}(\\d{2})\\d{0,3}");

    /** Section keywords, most specific first (so "정보통신업" wins over "통신"). */
    private static final Map<String, String> SECTION_WORDS = new LinkedHashMap<>();

    private static final Map<String, String> TECH_WORDS = new LinkedHashMap<>();

    static {
        put(SECTION_WORDS, "A", "농업", "임업", "어업", "agriculture", "forestry", "fishing");
        put(SECTION_WORDS, "B", "광업", "mining");
        put(SECTION_WORDS, "D", "전기, 가스", "전기·가스", "전기가스", "증기 및 공기조절", "electricity, gas");
        put(SECTION_WORDS, "E", "수도, 하수", "폐기물", "water supply", "sewage", "waste");
        put(
                SECTION_WORDS,
                "J",
                "정보통신업",
                "출판업",
                "소프트웨어 개발",
                "소프트웨어",
                "응용 소프트웨어",
                "정보서비스",
                "information and communication",
                "software",
                "publishing");
        put(
                SECTION_WORDS,
                "M",
                "전문, 과학 및 기술 서비스업",
                "전문 과학 및 기술",
                "연구개발업",
                "엔지니어링",
                "professional, scientific",
                "research and development",
                "scientific and technical");
        put(SECTION_WORDS, "C", "제조업", "제조", "manufacturing", "manufacture");
        put(SECTION_WORDS, "F", "건설업", "construction");
        put(SECTION_WORDS, "G", "도매 및 소매업", "도소매", "도매", "소매", "전자상거래", "wholesale", "retail", "e-commerce");
        put(SECTION_WORDS, "H", "운수 및 창고업", "운수", "물류", "transportation", "logistics", "storage");
        put(SECTION_WORDS, "I", "숙박 및 음식점업", "음식점", "숙박", "accommodation", "food service");
        put(SECTION_WORDS, "K", "금융 및 보험업", "금융", "보험", "financial", "insurance");
        put(SECTION_WORDS, "L", "부동산업", "부동산", "real estate");
        put(SECTION_WORDS, "N", "사업시설 관리", "사업지원 서비스", "business support", "facility management");
        put(SECTION_WORDS, "P", "교육 서비스업", "교육", "education");
        put(SECTION_WORDS, "Q", "보건업", "사회복지", "health", "social work");
        put(SECTION_WORDS, "R", "예술, 스포츠", "여가관련", "arts", "sports", "recreation");
        put(SECTION_WORDS, "S", "협회 및 단체", "수리 및 기타 개인 서비스", "repair");

        put(TECH_WORDS, "SEMICONDUCTOR", "반도체", "semiconductor", "semiconductors", "chip");
        put(
                TECH_WORDS,
                "CARBON_NEUTRAL",
                "탄소중립",
                "탄소 중립",
                "탄소저감",
                "carbon neutral",
                "carbon neutrality",
                "carbon-neutral",
                "decarbon",
                "net zero",
                "net-zero");
        put(TECH_WORDS, "AGRITECH", "스마트팜", "스마트 팜", "스마트농업", "농업기술", "애그테크", "agritech", "agri-tech", "smart farm");
        put(TECH_WORDS, "FINTECH", "핀테크", "fintech", "금융기술", "금융IT");
        put(
                TECH_WORDS,
                "BIO",
                "바이오",
                "헬스케어",
                "의료기기",
                "biotech",
                "biotechnology",
                "bio",
                "healthcare",
                "medical device");
        put(TECH_WORDS, "MOBILITY", "모빌리티", "미래차", "자율주행", "전기차", "mobility", "autonomous driving", "electric vehicle");
        put(TECH_WORDS, "ROBOTICS", "로봇", "robot", "robots", "robotics");
        put(TECH_WORDS, "SECURITY", "보안", "정보보호", "사이버", "security", "cyber", "cybersecurity");
        put(TECH_WORDS, "ENERGY", "에너지", "이차전지", "배터리", "수소", "energy", "battery", "hydrogen");
        put(TECH_WORDS, "MATERIALS", "소재", "신소재", "부품", "materials", "material");
        put(TECH_WORDS, "CONTENT", "콘텐츠", "게임", "미디어", "content", "game", "media");
        put(
                TECH_WORDS,
                "AI",
                "인공지능",
                "AI",
                "머신러닝",
                "딥러닝",
                "artificial intelligence",
                "machine learning",
                "deep learning");
    }

    private Industries() {}

    private static void put(Map<String, String> map, String value, String... words) {
        for (String word : words) {
            map.put(word, value);
        }
    }

    /** KSIC section from a code ("C26", "J58221", "(62010)") or from the industry's name. */
    private static final Pattern KSIC_LETTER =
            Pattern.compile("\\((?:KSIC\\s*)?([A-U])\\)|^\\s*([A-U])\\.\\s|KSIC\\s+([A-U])(?![A-Za-z0-9])");

    static Optional<String> ksicSection(String text) {
        Matcher letter = KSIC_LETTER.matcher(text);
        if (letter.find()) {
            return Optional.of(
                    letter.group(1) != null
                            ? letter.group(1)
                            : letter.group(2) != null ? letter.group(2) : letter.group(3));
        }
        Matcher code = KSIC_CODE.matcher(text);
        if (code.find()) {
            return Optional.of(code.group(1));
        }
        Matcher division = KSIC_DIVISION.matcher(text);
        if (division.find()) {
            Optional<String> section = sectionOfDivision(Integer.parseInt(division.group(1)));
            if (section.isPresent()) {
                return section;
            }
        }
        return firstWord(SECTION_WORDS, text);
    }

    /** KSIC (10th revision) divisions to sections. */
    static Optional<String> sectionOfDivision(int d) {
        String s = d >= 1 && d <= 3
                ? "A"
                : d >= 5 && d <= 8
                        ? "B"
                        : d >= 10 && d <= 34
                                ? "C"
                                : d == 35
                                        ? "D"
                                        : d >= 36 && d <= 39
                                                ? "E"
                                                : d >= 41 && d <= 42
                                                        ? "F"
                                                        : d >= 45 && d <= 47
                                                                ? "G"
                                                                : d >= 49 && d <= 52
                                                                        ? "H"
                                                                        : d >= 55 && d <= 56
                                                                                ? "I"
                                                                                : d >= 58 && d <= 63
                                                                                        ? "J"
                                                                                        : d >= 64 && d <= 66
                                                                                                ? "K"
                                                                                                : d == 68
                                                                                                        ? "L"
                                                                                                        : d >= 70
                                                                                                                        && d
                                                                                                                                <= 73
                                                                                                                ? "M"
                                                                                                                : d
                                                                                                                                        >= 74
                                                                                                                                && d
                                                                                                                                        <= 76
                                                                                                                        ? "N"
                                                                                                                        : d
                                                                                                                                        == 84
                                                                                                                                ? "O"
                                                                                                                                : d
                                                                                                                                                == 85
                                                                                                                                        ? "P"
                                                                                                                                        : d
                                                                                                                                                                >= 86
                                                                                                                                                        && d
                                                                                                                                                                <= 87
                                                                                                                                                ? "Q"
                                                                                                                                                : d
                                                                                                                                                                        >= 90
                                                                                                                                                                && d
                                                                                                                                                                        <= 91
                                                                                                                                                        ? "R"
                                                                                                                                                        : d
                                                                                                                                                                                >= 94
                                                                                                                                                                        && d
                                                                                                                                                                                <= 96
                                                                                                                                                                ? "S"
                                                                                                                                                                : d
                                                                                                                                                                                        >= 97
                                                                                                                                                                                && d
                                                                                                                                                                                        <= 98
                                                                                                                                                                        ? "T"
                                                                                                                                                                        : d
                                                                                                                                                                                        == 99
                                                                                                                                                                                ? "U"
                                                                                                                                                                                : null;
        return Optional.ofNullable(s);
    }

    static Optional<String> techArea(String text) {
        for (String area : FieldKeys.TECH_AREAS) {
            if (text.strip().equalsIgnoreCase(area)) {
                return Optional.of(area);
            }
        }
        return firstWord(TECH_WORDS, text);
    }

    /** The keyword that occurs earliest in the text (ties: the longer keyword). */
    private static Optional<String> firstWord(Map<String, String> words, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int bestAt = Integer.MAX_VALUE;
        int bestLength = 0;
        String best = null;
        for (Map.Entry<String, String> e : words.entrySet()) {
            String word = e.getKey();
            int at = word.equals("AI") ? aiAt(text) : indexOfWord(lower, word.toLowerCase(Locale.ROOT));
            if (at >= 0 && (at < bestAt || at == bestAt && word.length() > bestLength)) {
                bestAt = at;
                bestLength = word.length();
                best = e.getValue();
            }
        }
        return Optional.ofNullable(best);
    }

    private static int aiAt(String text) {
        Matcher m = Pattern.compile("(?<![A-Za-z])AI(?![A-Za-z])").matcher(text);
        return m.find() ? m.start() : -1;
    }

    /** ASCII keywords must stand as words ("bio" not in "biography"); Korean ones may be part of a word. */
    private static int indexOfWord(String lower, String word) {
        boolean ascii = word.chars().allMatch(c -> c < 128);
        int from = 0;
        while (true) {
            int at = lower.indexOf(word, from);
            if (at < 0 || !ascii) {
                return at;
            }
            boolean before = at == 0 || !Character.isLetter(lower.charAt(at - 1));
            int after = at + word.length();
            boolean afterOk = after >= lower.length() || !Character.isLetter(lower.charAt(after)) || word.endsWith("-");
            if (before && afterOk) {
                return at;
            }
            from = at + 1;
        }
    }
}
