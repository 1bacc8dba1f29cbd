package io.planscreen.ml.training;

import io.planscreen.ml.features.PlanFeatures;
import io.planscreen.ml.reuse.ReuseIndex;
import io.planscreen.ml.reuse.ReuseSignals;
import io.planscreen.ml.reuse.TemplateRule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Turns labelled plans into feature rows through the serving code path: reuse signals from the same
 * reuse code over all plans of the corpus (one index per template, the plan's own company excluded —
 * as the service compares an upload with every stored application), then {@link PlanFeatures}.
 * Reuse uses no labels, so indexing the validation and test plans leaks nothing about them.
 */
public final class BrokerDataset {

    private BrokerDataset() {}

    public record Row(LabeledPlan plan, double[] features) {

        public int label() {
            return plan.brokerWritten() ? 1 : 0;
        }
    }

    public static List<Row> rows(List<LabeledPlan> plans, Consumer<String> progress) {
        Map<String, ReuseIndex> indexes = new HashMap<>();
        for (LabeledPlan p : plans) {
            indexes.computeIfAbsent(p.plan().template(), t -> new ReuseIndex(TemplateRule.DEFAULT))
                    .add(p.id(), p.company(), p.plan().paragraphs());
        }
        progress.accept("indexed %d plans for reuse (%d templates)".formatted(plans.size(), indexes.size()));
        List<Row> rows = new ArrayList<>();
        for (LabeledPlan p : plans) {
            ReuseSignals reuse =
                    indexes.get(p.plan().template()).signals(p.plan().paragraphs(), p.company());
            rows.add(new Row(p, PlanFeatures.compute(p.plan(), p.fields(), reuse)));
            if (rows.size() % 500 == 0) {
                progress.accept("features: %d / %d plans".formatted(rows.size(), plans.size()));
            }
        }
        return rows;
    }

    /**
     * The rows as a new call's first applications see it: the plans arrive one by one in an order drawn from
     * {@code seed}, and each plan's reuse signals come from the plans that arrived before it (the service scores
     * an application once, against what is stored when it is screened). The first client of an agency therefore
     * has no sibling to be found with, as in the service. Rows come back in the plans' order.
     */
    public static List<Row> rowsInArrivalOrder(List<LabeledPlan> plans, long seed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        Map<String, ReuseIndex> indexes = new HashMap<>();
        Row[] rows = new Row[plans.size()];
        for (int i : order) {
            LabeledPlan p = plans.get(i);
            ReuseIndex index = indexes.computeIfAbsent(p.plan().template(), t -> new ReuseIndex(TemplateRule.DEFAULT));
            ReuseSignals reuse = index.signals(p.plan().paragraphs(), p.company());
            rows[i] = new Row(p, PlanFeatures.compute(p.plan(), p.fields(), reuse));
            index.add(p.id(), p.company(), p.plan().paragraphs());
        }
        return List.of(rows);
    }

    public static List<Row> split(List<Row> rows, String split) {
        return rows.stream().filter(r -> r.plan().split().equals(split)).toList();
    }

    public static double[][] x(List<Row> rows) {
        return rows.stream().map(Row::features).toArray(double[][]::new);
    }

    public static int[] y(List<Row> rows) {
        return rows.stream().mapToInt(Row::label).toArray();
    }
}
