package io.planscreen.extraction.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Money as Korean plans write it, to whole KRW: "3억 5천만원", "350,000천원", "350,000,000원", "3.5억원",
 * "1,200백만원", "KRW 350 million", "₩350,000,000". Korean units group as the language does: 천/백/십
 * multiply inside a group that 만/억/조 closes ("5천 3백만원" = 53,000,000).
 */
final class KrwAmounts {

    static final String NUMBER = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";

    private static final Pattern KOREAN =
            Pattern.compile("(?:(?:" + NUMBER + ")\\s*(?:천만|백만|십만|천억|백억|십억|조|억|만|천|백|십)?\\s*)+원?");

    private static final Pattern KOREAN_TOKEN = Pattern.compile("(" + NUMBER + ")\\s*(천만|백만|십만|천억|백억|십억|조|억|만|천|백|십)?");

    private static final Pattern ENGLISH = Pattern.compile(
            "(?:KRW|₩|W)\\s?(" + NUMBER + ")\\s*(trillion|billion|million|thousand|bn|mn|[MBK])?\\b" + "|(" + NUMBER
                    + ")\\s*(trillion|billion|million|thousand)?\\s*(?:KRW|won|Won|WON)\\b",
            Pattern.CASE_INSENSITIVE);

    /** An amount found at the start of {@code text} (after blanks), with how many chars it took. */
    record Amount(long krw, int length, boolean explicitUnit) {}

    private KrwAmounts() {}

    /**
     * Reads the amount {@code text} starts with. {@code defaultUnit} multiplies a bare number (a table's
     * "(단위: 천원)"); a bare number without one is accepted only when {@code allowBare}.
     */
    static Optional<Amount> parseAt(String text, long defaultUnit, boolean allowBare) {
        int lead = 0;
        while (lead < text.length() && (text.charAt(lead) == ' ' || text.charAt(lead) == '\t')) {
            lead++;
        }
        String rest = text.substring(lead);
        Matcher english = ENGLISH.matcher(rest);
        if (english.lookingAt()) {
            String number = english.group(1) != null ? english.group(1) : english.group(3);
            String scale = english.group(1) != null ? english.group(2) : english.group(4);
            BigDecimal value = decimal(number).multiply(BigDecimal.valueOf(englishScale(scale)));
            return Optional.of(new Amount(whole(value), lead + english.end(), true));
        }
        Matcher korean = KOREAN.matcher(rest);
        if (!korean.lookingAt() || korean.end() == 0) {
            return Optional.empty();
        }
        String match = korean.group().stripTrailing();
        boolean hasUnit = match.endsWith("원") || match.matches(".*[조억만천백십].*");
        if (!hasUnit && !allowBare) {
            return Optional.empty();
        }
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal group = BigDecimal.ZERO;
        int tokens = 0;
        Matcher token = KOREAN_TOKEN.matcher(match);
        while (token.find()) {
            tokens++;
            BigDecimal number = decimal(token.group(1));
            String unit = token.group(2);
            if (unit == null) {
                group = group.add(number);
                continue;
            }
            long small = smallUnit(unit);
            long big = bigUnit(unit);
            group = group.add(number.multiply(BigDecimal.valueOf(small)));
            if (big > 1) {
                total = total.add(group.multiply(BigDecimal.valueOf(big)));
                group = BigDecimal.ZERO;
            }
        }
        if (tokens == 0) {
            return Optional.empty();
        }
        if (!match.matches(".*[조억만천백십].*")) {
            group = group.multiply(BigDecimal.valueOf(defaultUnit));
        }
        total = total.add(group);
        return Optional.of(new Amount(whole(total), lead + match.length(), hasUnit));
    }

    /** Every amount with an explicit unit anywhere in {@code text}, for checking a quoted value. */
    static List<Long> all(String text) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean start = Character.isDigit(c) || c == '₩' || c == 'K' || c == 'k';
            boolean boundary = i == 0
                    || !Character.isDigit(text.charAt(i - 1)) && text.charAt(i - 1) != ',' && text.charAt(i - 1) != '.';
            if (start && boundary) {
                parseAt(text.substring(i), 1, true).ifPresent(a -> out.add(a.krw()));
            }
        }
        return out;
    }

    /** "(단위: 천원)", "단위 : 백만원", "[Unit: KRW 1,000]" → multiplier, 1 when none is stated. */
    static long statedUnit(String text) {
        Matcher m = Pattern.compile(
                        "(?:단위|unit)\\s*[:：]?\\s*(천원|백만원|만원|억원|원|KRW\\s?1,000,000|KRW\\s?1,000|KRW\\s?thousand|KRW\\s?million)",
                        Pattern.CASE_INSENSITIVE)
                .matcher(text);
        if (!m.find()) {
            return 1;
        }
        String unit = m.group(1).toLowerCase(Locale.ROOT).replace(" ", "");
        return switch (unit) {
            case "천원", "krw1,000", "krwthousand" -> 1_000L;
            case "만원" -> 10_000L;
            case "백만원", "krw1,000,000", "krwmillion" -> 1_000_000L;
            case "억원" -> 100_000_000L;
            default -> 1L;
        };
    }

    private static long smallUnit(String unit) {
        return switch (unit.charAt(0)) {
            case '천' -> unit.length() > 1 ? 1000 : 1000;
            case '백' -> 100;
            case '십' -> 10;
            default -> 1;
        };
    }

    private static long bigUnit(String unit) {
        char last = unit.charAt(unit.length() - 1);
        return switch (last) {
            case '조' -> 1_000_000_000_000L;
            case '억' -> 100_000_000L;
            case '만' -> 10_000L;
            default -> 1;
        };
    }

    private static long englishScale(String scale) {
        if (scale == null) {
            return 1;
        }
        return switch (scale.toLowerCase(Locale.ROOT)) {
            case "trillion" -> 1_000_000_000_000L;
            case "billion", "bn", "b" -> 1_000_000_000L;
            case "million", "mn", "m" -> 1_000_000L;
            case "thousand", "k" -> 1_000L;
            default -> 1;
        };
    }

    private static BigDecimal decimal(String number) {
        return new BigDecimal(number.replace(",", ""));
    }

    private static long whole(BigDecimal value) {
        return value.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
