package io.planscreen.evaluation;

import java.util.List;

/** A registered scorer for the smoke test: a plan's paragraph count squashed to 0..1 (a weak real signal). */
public class ParagraphCountScorer implements PlanBrokerScorer {

    @Override
    public String name() {
        return "paragraph-count-test";
    }

    @Override
    public double threshold() {
        return 0.5;
    }

    @Override
    public double[] probabilities(List<Input> plans) {
        return plans.stream()
                .mapToDouble(p -> 1 / (1 + Math.exp(-(p.plan().paragraphs().size() - 30) / 10.0)))
                .toArray();
    }
}
