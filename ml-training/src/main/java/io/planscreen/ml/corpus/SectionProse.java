package io.planscreen.ml.corpus;

import io.planscreen.ml.corpus.Phrasebook.Role;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prose of one plan's sections in its writer's style: the agency's boilerplate (dropped, paraphrased,
 * tailored) or the company's own sentences, with slots filled, endings, connectives and typing errors.
 * Draws from the plan's one random source, in the order {@link PlanWriter} calls it.
 */
final class SectionProse {

    private static final Pattern SLOT = Pattern.compile("\\{([a-zA-Z0-9]+)(?:\\|([^}]+))?}");

    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.,])\\d{2,3}(?![\\d,])");

    private final Random random;

    private final Company company;

    private final PlanWriter.Assignment assignment;

    private final boolean ko;

    private final Map<String, String> slots;

    SectionProse(PlanDraft draft) {
        this.random = draft.random();
        this.company = draft.company();
        this.assignment = draft.assignment();
        this.ko = draft.ko();
        this.slots = draft.slots();
    }

    List<String> body(Role role, Style style, boolean brokered) {
        List<String> sentences = new ArrayList<>();
        Agency agency = assignment.agency();
        if (brokered && agency != null) {
            for (String template : style.boilerplate().get(role)) {
                if (random.nextDouble() < 0.25) {
                    continue; // dropped for this client
                }
                String s = template;
                if (random.nextDouble() < agency.paraphrase()) {
                    s = paraphrase(s);
                }
                sentences.add(s);
            }
            if (sentences.isEmpty()) {
                sentences.add(style.boilerplate().get(role).get(0));
            }
            if (random.nextDouble() < agency.tailoring()) {
                sentences.add(1 + random.nextInt(Math.max(1, sentences.size())) - 1, pick(specific(role)));
            }
            if (random.nextDouble() < 0.3 && sentences.size() > 2) {
                int i = random.nextInt(sentences.size() - 1);
                Collections.swap(sentences, i, i + 1);
            }
        } else {
            int n = Math.max(1, style.length() + random.nextInt(3) - 1);
            List<String> borrowed = new ArrayList<>(assignment.sample().getOrDefault(role, List.of()));
            for (int i = 0; i < n; i++) {
                if (!borrowed.isEmpty() && random.nextDouble() < 0.35) {
                    sentences.add(paraphrase(borrowed.remove(0)));
                    continue;
                }
                double u = random.nextDouble() * (style.weights()[0] + style.weights()[1] + style.weights()[2]);
                if (u < style.weights()[0]) {
                    sentences.add(pick((ko ? Phrasebook.COMMON_KO : Phrasebook.COMMON_EN).get(role)));
                } else if (u < style.weights()[0] + style.weights()[1]) {
                    sentences.add(pick(specific(role)));
                } else if (random.nextDouble() < 0.3) {
                    sentences.add(Styles.compound(random, ko));
                } else {
                    sentences.add(pick((ko ? Phrasebook.TRADE_KO : Phrasebook.TRADE_EN).get(role)));
                }
            }
            sentences = new ArrayList<>(new LinkedHashSet<>(sentences));
        }
        if ((role == Role.PROBLEM || role == Role.SCALEUP) && random.nextDouble() < style.statRate()) {
            sentences.add(Math.min(1, sentences.size()), statSentence(style, brokered));
        }
        List<String> finished = new ArrayList<>();
        for (String s : sentences) {
            String text = finish(fill(s), style);
            if (brokered && random.nextDouble() < 0.25) {
                text = tweakNumbers(text);
            }
            finished.add(text);
        }
        return paragraphs(finished, style);
    }

    private List<String> specific(Role role) {
        return (ko ? Phrasebook.SPECIFIC_KO : Phrasebook.SPECIFIC_EN).get(role);
    }

    private String statSentence(Style style, boolean brokered) {
        TechArea area = TechArea.ALL.get(company.techArea());
        List<String> pool = new ArrayList<>(ko ? area.statsKo() : area.statsEn());
        String stat = !style.stats().isEmpty() && (brokered || random.nextDouble() < 0.5)
                ? style.stats().get(random.nextInt(style.stats().size()))
                : pool.get(random.nextInt(pool.size()));
        if (ko) {
            return new String[] {"※ ", "시장 현황: ", "", "(참고) "}[random.nextInt(4)] + stat;
        }
        return new String[] {"Note: ", "Market: ", "According to public data, "}[random.nextInt(3)] + stat;
    }

    private List<String> paragraphs(List<String> sentences, Style style) {
        List<String> out = new ArrayList<>();
        if (!style.bullet().isEmpty()) {
            for (String s : sentences) {
                out.add(style.bullet() + s);
            }
            return out;
        }
        StringBuilder current = new StringBuilder();
        int count = 0;
        for (String s : sentences) {
            if (!current.isEmpty()) {
                current.append(' ');
            }
            current.append(s);
            if (++count >= style.sentencesPerParagraph()) {
                out.add(current.toString());
                current.setLength(0);
                count = 0;
            }
        }
        if (!current.isEmpty()) {
            out.add(current.toString());
        }
        return out;
    }

    private String finish(String sentence, Style style) {
        String s = sentence;
        if (ko) {
            int ending = random.nextDouble() < style.endingMix() ? random.nextInt(3) : style.endingStyle();
            for (Map.Entry<String, String[]> e : Phrasebook.ENDINGS.entrySet()) {
                s = s.replace(e.getKey(), e.getValue()[ending]);
            }
            if ((ending != 0 || style.periods()) && !s.endsWith(")")) {
                s = s + ".";
            }
        }
        if (random.nextDouble() < style.connectiveRate() && !style.connectives().isEmpty()) {
            String c =
                    style.connectives().get(random.nextInt(style.connectives().size()));
            boolean common = s.matches(
                    "^(The|We|Our|It|A|An|In|This|To|Development|Existing|Advances|Compared|Performance|Patents|Online|Reaching) .*");
            s = c + (ko || !common ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1));
        }
        if (random.nextDouble() < style.errorRate()) {
            s = error(s);
        }
        return s;
    }

    private String paraphrase(String s) {
        String[][] synonyms = ko ? Phrasebook.SYNONYMS_KO : Phrasebook.SYNONYMS_EN;
        for (String[] pair : synonyms) {
            if (random.nextDouble() < 0.5) {
                if (s.contains(pair[0])) {
                    s = s.replace(pair[0], pair[1]);
                } else if (s.contains(pair[1])) {
                    s = s.replace(pair[1], pair[0]);
                }
            }
        }
        return s;
    }

    private String tweakNumbers(String s) {
        Matcher m = NUMBER.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int v = Integer.parseInt(m.group());
            int delta = Math.max(1, v / 20);
            m.appendReplacement(out, String.valueOf(Math.max(1, v + random.nextInt(2 * delta + 1) - delta)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String error(String s) {
        switch (random.nextInt(ko ? 5 : 4)) {
            case 0 -> {
                int i = s.indexOf(' ', 1 + random.nextInt(Math.max(1, s.length() - 1)));
                return i > 0 ? s.substring(0, i) + s.substring(i + 1) : s;
            }
            case 1 -> {
                int i = s.indexOf(' ');
                return i > 0 ? s.substring(0, i) + "  " + s.substring(i + 1) : s;
            }
            case 2 -> {
                String[] words = s.split(" ");
                int w = random.nextInt(words.length);
                return s.replaceFirst(Pattern.quote(words[w]), Matcher.quoteReplacement(words[w] + " " + words[w]));
            }
            case 3 -> {
                if (!ko) {
                    return Character.toLowerCase(s.charAt(0)) + s.substring(1).replace(" the ", " ");
                }
                for (int i = 0; i < Phrasebook.TYPOS_KO.length; i += 2) {
                    if (s.contains(Phrasebook.TYPOS_KO[i])) {
                        return s.replace(Phrasebook.TYPOS_KO[i], Phrasebook.TYPOS_KO[i + 1]);
                    }
                }
                return s.replace("을 ", "를 ");
            }
            default -> {
                return s.replace("는 ", "은 ");
            }
        }
    }

    private String fill(String template) {
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            String value;
            if (key.equals("buzz")) {
                List<String> buzz = assignment.own().buzz();
                value = buzz.get(random.nextInt(buzz.size()));
            } else if (key.equals("policy")) {
                List<String> policies = ko ? Phrasebook.POLICY_KO : Phrasebook.POLICY_EN;
                value = policies.get(random.nextInt(policies.size()));
            } else {
                value = slots.getOrDefault(key, m.group());
            }
            if (m.group(2) != null) {
                value = value + SurfaceForms.josa(value, m.group(2));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String pick(List<String> list) {
        return list.get(random.nextInt(list.size()));
    }
}
