package io.planscreen.ml.corpus;

import io.planscreen.ml.plan.PlanText;
import io.planscreen.ml.plan.SectionKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The single surface cues a dataset card reports (buzzwords, official headings, digits, first person, slips,
 * statistics, bullets) and how well each alone, and all combined, separate broker from own-voice plans.
 */
final class SurfaceCues {

    private SurfaceCues() {}

    static String section(List<CorpusPlan> plans) {
        StringBuilder s = new StringBuilder("## Signals and how strong each is alone\n\n");
        s.append("""
                Each row is one surface cue scored on its own; AUC is the probability that a random broker plan
                scores higher than a random own-voice plan (0.5 = useless; we report max(AUC, 1 − AUC) and the
                direction). No single cue separates the classes: own-voice hard negatives follow the template and
                borrow trade phrasing and statistics, some founders copy published sample plans (text reuse
                between own-voice plans), agencies tailor some sections with client facts and some clients use a
                broker for only a few sections. The signal is in their combination and in reuse across clients,
                which is why detection needs a learned model plus text reuse, not a phrase list.

                """);
        Map<String, ToDoubleFunction<CorpusPlan>> cues = surfaceCues();
        s.append("| cue | AUC (all) | AUC (test) | higher for |\n|---|---:|---:|---|\n");
        List<CorpusPlan> test =
                plans.stream().filter(p -> p.split().equals("test")).toList();
        for (Map.Entry<String, ToDoubleFunction<CorpusPlan>> cue : cues.entrySet()) {
            s.append(row(cue.getKey(), auc(plans, cue.getValue()), auc(test, cue.getValue())));
        }
        Map<String, Double> reuseAll = new LinkedHashMap<>();
        for (String split : CorpusGenerator.SPLITS) {
            List<CorpusPlan> inSplit =
                    plans.stream().filter(p -> p.split().equals(split)).toList();
            double[] reuse = Reuse.maxSimilarity(inSplit);
            reuseAll.put(split, auc(inSplit, reuse));
        }
        s.append(String.format(
                Locale.ROOT,
                "| max text reuse with another company in the same split (MinHash, char 5-grams) | %.3f (train) | %.3f | %s |%n",
                Math.max(reuseAll.get("train"), 1 - reuseAll.get("train")),
                Math.max(reuseAll.get("test"), 1 - reuseAll.get("test")),
                reuseAll.get("test") >= 0.5 ? "broker" : "own"));
        s.append(String.format(
                Locale.ROOT,
                "| **all of the above together** (logistic regression fitted on train, scored on test) | | %.3f | |%n",
                combinedTestAuc(plans)));
        s.append("""

                Reuse is the strongest single signal (agencies sell the same text to many clients) but it is not
                clean: own-voice plans share the template's own words, public statistics and copied sample plans,
                and partially brokered plans share only some sections. The broker-detection target (ROC-AUC ≥ 0.95
                on unseen agencies) therefore needs several signals together.
                """);
        return s.toString();
    }

    /** Single surface cues a naive detector might use; the card and a test show none separates the classes. */
    static Map<String, ToDoubleFunction<CorpusPlan>> surfaceCues() {
        Map<String, ToDoubleFunction<CorpusPlan>> cues = new LinkedHashMap<>();
        cues.put("length (characters)", p -> p.plan().fullText().length());
        cues.put("buzzword density (generator's buzzword list, per 1k chars)", SurfaceCues::buzzDensity);
        cues.put("official headings (share of sections)", SurfaceCues::officialHeadings);
        cues.put("digits per 100 characters (specificity)", SurfaceCues::digitDensity);
        cues.put("first-person words (저희/우리/we/our)", SurfaceCues::firstPerson);
        cues.put("slips (double spaces, repeated words)", SurfaceCues::slips);
        cues.put("market statistic lines", SurfaceCues::statistics);
        cues.put("tables", p -> p.plan().tables().size());
        cues.put("bulleted paragraphs (share)", SurfaceCues::bullets);
        return cues;
    }

    /**
     * A plain logistic regression on all cues above plus reuse, fitted on train and scored on test: shows
     * the classes are separable in combination (an upper bound for nothing, a sanity check for the data).
     */
    static double combinedTestAuc(List<CorpusPlan> plans) {
        Map<String, ToDoubleFunction<CorpusPlan>> cues = surfaceCues();
        List<CorpusPlan> train =
                plans.stream().filter(p -> p.split().equals("train")).toList();
        List<CorpusPlan> test =
                plans.stream().filter(p -> p.split().equals("test")).toList();
        double[][] xTrain = features(train, cues);
        double[][] xTest = features(test, cues);
        int d = xTrain[0].length;
        double[] mean = new double[d];
        double[] sd = new double[d];
        for (int j = 0; j < d; j++) {
            final int jj = j;
            mean[j] = Arrays.stream(xTrain).mapToDouble(r -> r[jj]).average().orElse(0);
            sd[j] = Math.sqrt(Arrays.stream(xTrain)
                    .mapToDouble(r -> (r[jj] - mean[jj]) * (r[jj] - mean[jj]))
                    .average()
                    .orElse(1));
            if (sd[j] == 0) {
                sd[j] = 1;
            }
        }
        double[] w = new double[d + 1];
        for (int epoch = 0; epoch < 400; epoch++) {
            double[] grad = new double[d + 1];
            for (int i = 0; i < xTrain.length; i++) {
                double z = w[d];
                for (int j = 0; j < d; j++) {
                    z += w[j] * (xTrain[i][j] - mean[j]) / sd[j];
                }
                double err = 1 / (1 + Math.exp(-z)) - (train.get(i).broker() ? 1 : 0);
                for (int j = 0; j < d; j++) {
                    grad[j] += err * (xTrain[i][j] - mean[j]) / sd[j];
                }
                grad[d] += err;
            }
            for (int j = 0; j <= d; j++) {
                w[j] -= 0.5 * grad[j] / xTrain.length;
            }
        }
        double[] scores = new double[xTest.length];
        for (int i = 0; i < xTest.length; i++) {
            double z = w[d];
            for (int j = 0; j < d; j++) {
                z += w[j] * (xTest[i][j] - mean[j]) / sd[j];
            }
            scores[i] = z;
        }
        return auc(test, scores);
    }

    private static double[][] features(List<CorpusPlan> plans, Map<String, ToDoubleFunction<CorpusPlan>> cues) {
        double[] reuse = Reuse.maxSimilarity(plans);
        double[][] x = new double[plans.size()][];
        for (int i = 0; i < plans.size(); i++) {
            CorpusPlan p = plans.get(i);
            double[] row = new double[cues.size() + 1];
            int j = 0;
            for (ToDoubleFunction<CorpusPlan> cue : cues.values()) {
                row[j++] = cue.applyAsDouble(p);
            }
            row[j] = reuse[i];
            x[i] = row;
        }
        return x;
    }

    private static String row(String name, double all, double test) {
        return String.format(
                Locale.ROOT,
                "| %s | %.3f | %.3f | %s |%n",
                name,
                Math.max(all, 1 - all),
                Math.max(test, 1 - test),
                test >= 0.5 ? "broker" : "own");
    }

    static double auc(List<CorpusPlan> plans, ToDoubleFunction<CorpusPlan> score) {
        double[] s = plans.stream().mapToDouble(score).toArray();
        return auc(plans, s);
    }

    /** Mann-Whitney AUC with ties counted half. */
    static double auc(List<CorpusPlan> plans, double[] score) {
        List<double[]> pos = new ArrayList<>();
        Integer[] idx = new Integer[plans.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> Double.compare(score[a], score[b]));
        double rankSumPos = 0;
        long nPos = 0;
        int i = 0;
        while (i < idx.length) {
            int j = i;
            while (j + 1 < idx.length && score[idx[j + 1]] == score[idx[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (plans.get(idx[k]).broker()) {
                    rankSumPos += rank;
                    nPos++;
                }
            }
            i = j + 1;
        }
        long nNeg = plans.size() - nPos;
        if (nPos == 0 || nNeg == 0) {
            return 0.5;
        }
        pos.clear();
        return (rankSumPos - nPos * (nPos + 1) / 2.0) / ((double) nPos * nNeg);
    }

    private static double buzzDensity(CorpusPlan p) {
        String text = p.plan().fullText();
        long hits = 0;
        for (String b : p.language().equals("ko") ? Phrasebook.BUZZ_KO : Phrasebook.BUZZ_EN) {
            int from = 0;
            while ((from = text.indexOf(b, from)) >= 0) {
                hits++;
                from += b.length();
            }
        }
        return 1000.0 * hits / Math.max(1, text.length());
    }

    private static double officialHeadings(CorpusPlan p) {
        List<PlanText.Section> sections = p.plan().sections();
        long official = sections.stream()
                .filter(s -> !s.kind().equals("OTHER"))
                .filter(s -> {
                    SectionKind kind = SectionKind.valueOf(s.kind());
                    String title = p.language().equals("ko") ? kind.koreanTitle() : kind.englishTitle();
                    return s.heading().matches("^(\\d+\\. |□ ).*")
                            && s.heading().contains(title);
                })
                .count();
        return (double) official / Math.max(1, sections.size());
    }

    private static double digitDensity(CorpusPlan p) {
        String text = String.join("\n", p.plan().paragraphs());
        return 100.0 * text.chars().filter(Character::isDigit).count() / Math.max(1, text.length());
    }

    private static double firstPerson(CorpusPlan p) {
        String text = p.plan().fullText();
        String[] words =
                p.language().equals("ko") ? new String[] {"저희", "우리"} : new String[] {" we ", " our ", "We ", "Our "};
        long hits = 0;
        for (String w : words) {
            int from = 0;
            while ((from = text.indexOf(w, from)) >= 0) {
                hits++;
                from += w.length();
            }
        }
        return hits;
    }

    private static double slips(CorpusPlan p) {
        long n = 0;
        for (String para : p.plan().paragraphs()) {
            if (para.contains("  ")) {
                n++;
            }
            String[] w = para.split(" ");
            for (int i = 1; i < w.length; i++) {
                if (!w[i].isEmpty() && w[i].equals(w[i - 1])) {
                    n++;
                }
            }
        }
        return n;
    }

    private static double statistics(CorpusPlan p) {
        return p.plan().paragraphs().stream()
                .filter(
                        t -> t.matches(
                                ".*\\([^)]*(IDC|Research|협회|부|청|원|Statista|WSTS|IFR|가트너|블룸버그|Bloomberg|MSS|MOTIE|MSIT|KISA|KOCCA|KEPCO|KIRIA|MOLIT|MAFRA|Insights)[^)]*\\).*"))
                .count();
    }

    private static double bullets(CorpusPlan p) {
        List<String> paragraphs = p.plan().paragraphs();
        long b = paragraphs.stream().filter(t -> t.matches("^[○◦\\-•▶□·] .*")).count();
        return (double) b / Math.max(1, paragraphs.size());
    }
}
