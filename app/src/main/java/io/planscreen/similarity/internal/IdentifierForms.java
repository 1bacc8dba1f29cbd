package io.planscreen.similarity.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The normal form each kind of identifier is stored and looked up in, the same for a company's own records and
 * for a plan's text: BRN and phone digits, e-mail lower-case, company and person names without legal-form
 * markers ((주), 주식회사, ㈜), spaces or punctuation, a street address as road name + building number.
 */
final class IdentifierForms {

    /** Legal-form markers around a company name; ㈜ and full-width brackets become "(주)" under NFKC. */
    static final Pattern MARKER =
            Pattern.compile("주식회사|유한회사|유한책임회사|합자회사|합명회사|농업회사법인|영농조합법인|사단법인|재단법인|\\((?:주|유|사|재|합)\\)"
                    + "|(?i:\\bco\\.,?\\s*ltd\\.?|\\binc\\.|\\bcorp\\.|\\bltd\\.)");

    static final Pattern ROAD_ADDRESS = Pattern.compile("([가-힣0-9]+(?:로|길))\\s?(\\d{1,5}(?:-\\d{1,4})?)(?![\\d-])");

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    private static final Pattern HANGUL_NAME = Pattern.compile("[가-힣]{2,4}");

    private static final Pattern LATIN_NAME = Pattern.compile("[a-z]{2,}(?: [a-z]{2,}){1,2}");

    /**
     * Business words company names are made of: a name built only from these ("스마트솔루션", "글로벌테크") is an
     * ordinary phrase a plan may write about itself, not another company's name.
     */
    private static final List<String> COMMON_PARTS = List.of(
            "엔지니어링",
            "인텔리전스",
            "네트웍스",
            "네트워크",
            "소프트웨어",
            "솔루션즈",
            "시스템즈",
            "엔터테인먼트",
            "인터내셔널",
            "인더스트리",
            "머티리얼즈",
            "모빌리티",
            "로보틱스",
            "헬스케어",
            "애그리텍",
            "플랫폼",
            "클라우드",
            "시큐리티",
            "스튜디오",
            "컨설팅",
            "인공지능",
            "디지털",
            "데이터",
            "바이오",
            "에너지",
            "코리아",
            "글로벌",
            "솔루션",
            "시스템",
            "컴퍼니",
            "홀딩스",
            "파트너스",
            "미디어",
            "메디컬",
            "커머스",
            "시큐어",
            "디자인",
            "서비스",
            "연구소",
            "이앤씨",
            "스마트",
            "소프트",
            "테크",
            "센터",
            "그룹",
            "랩스",
            "푸드",
            "케어",
            "월드",
            "네트",
            "에듀",
            "기술",
            "정보",
            "통신",
            "건설",
            "산업",
            "전자",
            "제약",
            "화학",
            "소재",
            "부품",
            "환경",
            "물산",
            "상사",
            "개발",
            "한국",
            "대한",
            "텍",
            "랩",
            "팜",
            "solutions",
            "solution",
            "systems",
            "system",
            "global",
            "korea",
            "labs",
            "lab",
            "tech",
            "soft",
            "bio",
            "smart",
            "data");

    private IdentifierForms() {}

    static String nfkc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    /** 10 digits, whatever the separators; empty when it is not a BRN's length. */
    static Optional<String> brn(String text) {
        String digits = text.replaceAll("\\D", "");
        return digits.length() == 10 ? Optional.of(digits) : Optional.empty();
    }

    /** Digits of a Korean phone number (+82 read as the leading 0); empty when not one. */
    static Optional<String> phone(String text) {
        String digits = text.replaceAll("\\D", "");
        if (text.strip().startsWith("+82")) {
            digits = "0" + digits.substring(2).replaceFirst("^0", "");
        }
        return digits.startsWith("0") && digits.length() >= 9 && digits.length() <= 11
                ? Optional.of(digits)
                : Optional.empty();
    }

    static Optional<String> email(String text) {
        Matcher m = EMAIL.matcher(text);
        return m.find() ? Optional.of(m.group().toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** A company name without legal-form markers, spaces or punctuation, lower-case; empty below 2 characters. */
    static Optional<String> companyName(String text) {
        String name = MARKER.matcher(nfkc(text)).replaceAll(" ");
        String key = key(name);
        return key.length() >= 2 ? Optional.of(key) : Optional.empty();
    }

    /** Letters and digits only, lower-case: how a token of the plan is compared with a stored name. */
    static String key(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(c -> out.appendCodePoint(Character.toLowerCase(c)));
        return out.toString();
    }

    /** A person's name: 2–4 Hangul syllables, or two or three Latin words; empty otherwise. */
    static Optional<String> person(String text) {
        String name = nfkc(text).strip().toLowerCase(Locale.ROOT);
        String hangul = name.replace(" ", "");
        if (HANGUL_NAME.matcher(hangul).matches()) {
            return Optional.of(hangul);
        }
        return LATIN_NAME.matcher(name.replaceAll("\\s+", " ")).matches()
                ? Optional.of(name.replaceAll("\\s+", ""))
                : Optional.empty();
    }

    /** Road name + building number ("테헤란로 123" → "테헤란로123"); empty when the text holds no road address. */
    static Optional<String> address(String text) {
        Matcher m = ROAD_ADDRESS.matcher(nfkc(text));
        return m.find() ? Optional.of(m.group(1) + m.group(2)) : Optional.empty();
    }

    /**
     * A normalised company name that names one company even when written alone: four or more characters of which
     * at least two are not common business words ("해담스튜디오", "넥스에너지"; not "미래", "스마트솔루션").
     */
    static boolean distinctive(String name) {
        if (name.codePointCount(0, name.length()) < 4) {
            return false;
        }
        String rest = name;
        for (String part : COMMON_PARTS) {
            rest = rest.replace(part, "");
        }
        return rest.codePointCount(0, rest.length()) >= 2;
    }
}
