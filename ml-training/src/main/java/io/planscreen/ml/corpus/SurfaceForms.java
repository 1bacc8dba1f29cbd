package io.planscreen.ml.corpus;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;

/**
 * The many ways Korean and English plans write the same amount or date. Every form is exact: an
 * extractor that normalises it correctly gets the gold value (month-only dates normalise to day 01).
 */
final class SurfaceForms {

    private static final String[] MONTHS = {
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December"
    };

    private SurfaceForms() {}

    /** A surface form and the normalised value it means. */
    record Written<T>(String text, T value) {}

    /** Amounts are whole millions of won, so every form below is exact. */
    static String amountKo(long krw, Random random) {
        return switch (random.nextInt(6)) {
            case 0, 1 -> eokMan(krw);
            case 2 -> String.format(Locale.ROOT, "%,d천원", krw / 1000);
            case 3 -> String.format(Locale.ROOT, "%,d원", krw);
            case 4 -> String.format(Locale.ROOT, "%,d백만원", krw / 1_000_000);
            default -> String.format(Locale.ROOT, "%,d 천원", krw / 1000);
        };
    }

    static String amountEn(long krw, Random random) {
        return switch (random.nextInt(4)) {
            case 0, 1 -> String.format(Locale.ROOT, "KRW %,d million", krw / 1_000_000);
            case 2 -> String.format(Locale.ROOT, "KRW %,d", krw);
            default -> String.format(Locale.ROOT, "%,d KRW", krw);
        };
    }

    static String amount(String language, long krw, Random random) {
        return language.equals("ko") ? amountKo(krw, random) : amountEn(krw, random);
    }

    /** "3억 5천만원", "3억 5,200만원", "5,200만원", "3억원". */
    static String eokMan(long krw) {
        long eok = krw / 100_000_000L;
        long man = (krw % 100_000_000L) / 10_000L;
        StringBuilder s = new StringBuilder();
        if (eok > 0) {
            s.append(String.format(Locale.ROOT, "%,d억", eok));
        }
        if (man > 0) {
            if (!s.isEmpty()) {
                s.append(' ');
            }
            if (man % 1000 == 0) {
                s.append(man / 1000).append("천만");
            } else {
                s.append(String.format(Locale.ROOT, "%,d만", man));
            }
        }
        if (s.isEmpty()) {
            s.append('0');
        }
        return s.append("원").toString();
    }

    /** A date as written and its normalised value (day 01 when only the month is written). */
    static Written<LocalDate> date(String language, LocalDate date, Random random, boolean monthOnlyAllowed) {
        int form = random.nextInt(monthOnlyAllowed ? 6 : 5);
        if (language.equals("en")) {
            return switch (form) {
                case 0, 1 ->
                    new Written<>(
                            MONTHS[date.getMonthValue() - 1] + " " + date.getDayOfMonth() + ", " + date.getYear(),
                            date);
                case 2, 3 -> new Written<>(date.toString(), date);
                case 4 ->
                    new Written<>(
                            date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear(), date);
                default ->
                    new Written<>(MONTHS[date.getMonthValue() - 1] + " " + date.getYear(), date.withDayOfMonth(1));
            };
        }
        return switch (form) {
            case 0 ->
                new Written<>(date.getYear() + ". " + date.getMonthValue() + ". " + date.getDayOfMonth() + ".", date);
            case 1 -> new Written<>(date.toString(), date);
            case 2 ->
                new Written<>(
                        String.format(
                                Locale.ROOT,
                                "%d.%02d.%02d",
                                date.getYear(),
                                date.getMonthValue(),
                                date.getDayOfMonth()),
                        date);
            case 3, 4 ->
                new Written<>(date.getYear() + "년 " + date.getMonthValue() + "월 " + date.getDayOfMonth() + "일", date);
            default -> new Written<>(date.getYear() + "년 " + date.getMonthValue() + "월", date.withDayOfMonth(1));
        };
    }

    /** Korean particles after a word: 은/는, 이/가, 을/를, 과/와, 으로/로. */
    static String josa(String word, String pair) {
        char last = lastHangul(word);
        boolean batchim;
        boolean rieul = false;
        if (last == 0) {
            char c = word.isEmpty() ? 'a' : Character.toLowerCase(word.charAt(word.length() - 1));
            batchim = "lmnrkpt0136789".indexOf(c) >= 0;
            rieul = c == 'l';
        } else {
            int jong = (last - 0xAC00) % 28;
            batchim = jong != 0;
            rieul = jong == 8;
        }
        return switch (pair) {
            case "은" -> batchim ? "은" : "는";
            case "이" -> batchim ? "이" : "가";
            case "을" -> batchim ? "을" : "를";
            case "과" -> batchim ? "과" : "와";
            case "으로" -> batchim && !rieul ? "으로" : "로";
            default -> pair;
        };
    }

    private static char lastHangul(String word) {
        for (int i = word.length() - 1; i >= 0; i--) {
            char c = word.charAt(i);
            if (c >= 0xAC00 && c <= 0xD7A3) {
                return c;
            }
            if (Character.isLetterOrDigit(c)) {
                return 0;
            }
        }
        return 0;
    }
}
