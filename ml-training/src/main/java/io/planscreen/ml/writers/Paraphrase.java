package io.planscreen.ml.writers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * The light rewording a broker gives a house paragraph so that not every client gets it verbatim: swapping
 * words for near synonyms, moving a sentence, dropping one. Strength 0 changes nothing.
 */
final class Paraphrase {

    private static final String[][] SYNONYMS = {
        {"확보", "구축"},
        {"추진", "진행"},
        {"고객", "수요층"},
        {"계획이다", "예정이다"},
        {"개선", "보완"},
        {"기존", "종래"},
        {"목표로", "지향점으로"},
        {"활용하여", "바탕으로"},
        {"빠르게", "급격히"},
        {"어렵다", "쉽지 않다"},
        {"높이", "끌어올리"},
        {"판로", "판매처"},
        {"제품", "상품"},
        {"특히", "무엇보다"},
        {"또한", "아울러"},
        {"이에 따라", "따라서"},
        {"약 ", "대략 "},
        {"기술", "기술력"}
    };

    private Paraphrase() {}

    static String apply(String paragraph, double strength, Random random) {
        if (strength <= 0) {
            return paragraph;
        }
        List<String> sentences = new ArrayList<>(sentences(paragraph));
        if (sentences.size() > 2 && random.nextDouble() < strength * 0.5) {
            sentences.remove(random.nextInt(sentences.size()));
        }
        if (sentences.size() > 1 && random.nextDouble() < strength * 0.6) {
            int i = random.nextInt(sentences.size() - 1);
            String moved = sentences.remove(i);
            sentences.add(i + 1, moved);
        }
        String text = String.join(" ", sentences);
        for (String[] pair : SYNONYMS) {
            if (random.nextDouble() < strength) {
                boolean forward = random.nextBoolean();
                // whole words only: "제품" but not the one inside "시제품"
                text = text.replaceAll(
                        "(?<![가-힣])" + Pattern.quote(forward ? pair[0] : pair[1]), forward ? pair[1] : pair[0]);
            }
        }
        return text;
    }

    /** Sentences ending in ". " (the kit's registers) kept with their full stop. */
    static List<String> sentences(String paragraph) {
        String[] parts = paragraph.split("(?<=\\.)\\s+(?=\\S)");
        return Arrays.stream(parts).filter(s -> !s.isBlank()).toList();
    }
}
