package io.planscreen.ml.training;

import io.planscreen.ml.corpus.CorpusGenerator;
import io.planscreen.ml.corpus.CorpusPlan;
import io.planscreen.ml.writers.WriterCorpus;
import io.planscreen.ml.writers.WriterCorpusOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The corpus generators training can draw on, by the name a {@link CorpusRef} gives: {@code g1} is
 * {@code io.planscreen.ml.corpus} (the project's first generator), {@code g2} the independent writers of
 * {@code io.planscreen.ml.writers}. Every plan, company and agency id is prefixed with its corpus
 * ({@link CorpusRef#prefix()}), so two corpora never share an agency by accident of naming.
 */
final class Generators {

    /** Writes the labelled plans of one corpus. */
    interface Generator {
        List<LabeledPlan> plans(CorpusRef corpus);
    }

    private static final Map<String, Generator> KNOWN = new LinkedHashMap<>();

    static {
        KNOWN.put("g1", Generators::first);
        KNOWN.put("g2", Generators::second);
    }

    private Generators() {}

    static List<LabeledPlan> plans(CorpusRef corpus) {
        Generator g = KNOWN.get(corpus.generator());
        if (g == null) {
            throw new IllegalArgumentException(
                    "unknown generator %s (known: %s)".formatted(corpus.generator(), KNOWN.keySet()));
        }
        return g.plans(corpus);
    }

    /** A description of the generator for the card. */
    static String describe(String generator) {
        return switch (generator) {
            case "g1" -> "g1 = io.planscreen.ml.corpus " + CorpusGenerator.VERSION;
            case "g2" -> "g2 = io.planscreen.ml.writers " + WriterCorpus.VERSION + ", default options";
            default -> generator;
        };
    }

    private static List<LabeledPlan> first(CorpusRef corpus) {
        List<CorpusPlan> plans =
                new CorpusGenerator().generate(CorpusGenerator.Settings.of(corpus.seed(), corpus.size()));
        return plans.stream()
                .map(p -> TrainBrokerModel.labeled(p, corpus.prefix()))
                .toList();
    }

    /** The independent writers, in the generator's default shape (its agencies draw 3-12 clients each). */
    private static List<LabeledPlan> second(CorpusRef corpus) {
        if (corpus.size() != 0) {
            throw new IllegalArgumentException("g2 corpora have the generator's default shape; no size: " + corpus);
        }
        return WriterCorpus.generate(corpus.seed(), WriterCorpusOptions.defaults()).stream()
                .map(p -> TrainBrokerModel.labeled(p, corpus.prefix()))
                .toList();
    }
}
