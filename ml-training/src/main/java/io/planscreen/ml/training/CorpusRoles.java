package io.planscreen.ml.training;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which plans train, which choose and which are kept for the final figure when the corpora come from more than
 * one generator. Choosing on a generator the model was not trained on, and on agencies it never saw, is what
 * tells whether it learnt brokers or one generator's style; the final corpora are read once, after the choice.
 *
 * <p>A corpus of the first generator carries its own splits (train / validation / test / drift): in the
 * training role only the splits given are used, elsewhere all but drift (a fresh seed's agencies are all new).
 * Corpora of other generators have no splits: all their plans take the corpus's role.
 */
final class CorpusRoles {

    enum Role {
        TRAIN,
        SELECT,
        FINAL
    }

    /** One corpus's feature rows (computed over its own reuse index) and the role the command gave it. */
    record Corpus(CorpusRef ref, Role role, List<BrokerDataset.Row> rows) {}

    /** Rows by what they are used for. */
    record Split(List<BrokerDataset.Row> train, List<BrokerDataset.Row> select, List<BrokerDataset.Row> last) {}

    /** The generator whose corpora carry train / validation / test / drift splits. */
    static final String SPLIT_GENERATOR = "g1";

    private CorpusRoles() {}

    /** Refuses a corpus named in two roles: a plan chosen on, or finally measured, must not have been trained on. */
    static void requireDisjoint(List<CorpusRef> train, List<CorpusRef> select, List<CorpusRef> last) {
        Set<String> seen = new HashSet<>();
        for (List<CorpusRef> role : List.of(train, select, last)) {
            for (CorpusRef ref : role) {
                if (!seen.add(ref.generator() + ":" + ref.seed())) {
                    throw new IllegalArgumentException(
                            "corpus %s:%d is named twice: training, selection and final corpora must differ"
                                    .formatted(ref.generator(), ref.seed()));
                }
            }
        }
    }

    /** The rows of each role; {@code trainSplits} are the first generator's splits that are trained on. */
    static Split split(List<Corpus> corpora, List<String> trainSplits) {
        List<BrokerDataset.Row> train = new ArrayList<>();
        List<BrokerDataset.Row> select = new ArrayList<>();
        List<BrokerDataset.Row> last = new ArrayList<>();
        for (Corpus c : corpora) {
            List<BrokerDataset.Row> target =
                    switch (c.role()) {
                        case TRAIN -> train;
                        case SELECT -> select;
                        case FINAL -> last;
                    };
            for (BrokerDataset.Row r : c.rows()) {
                if (used(c, r.plan().split(), trainSplits)) {
                    target.add(r);
                }
            }
        }
        requireNewAgencies(train, select, "selection");
        requireNewAgencies(train, last, "final");
        return new Split(train, select, last);
    }

    /**
     * Leave one generator out: trained on the other generators' training corpora (the first generator's
     * validation split held back), chosen (early stopping, calibration, threshold) on their held-back part —
     * the first generator's validation split and the other generators' selection corpora — and tested on every
     * training and selection plan of the generator left out. Final corpora are never read here.
     */
    static Split leaveOut(List<Corpus> corpora, String generator) {
        List<BrokerDataset.Row> train = new ArrayList<>();
        List<BrokerDataset.Row> select = new ArrayList<>();
        List<BrokerDataset.Row> test = new ArrayList<>();
        for (Corpus c : corpora) {
            if (c.role() == Role.FINAL) {
                continue;
            }
            boolean heldOut = c.ref().generator().equals(generator);
            boolean splits = c.ref().generator().equals(SPLIT_GENERATOR);
            for (BrokerDataset.Row r : c.rows()) {
                String split = r.plan().split();
                if (splits && split.equals("drift")) {
                    continue;
                }
                if (heldOut) {
                    test.add(r);
                } else if (c.role() == Role.SELECT || (splits && split.equals("validation"))) {
                    select.add(r);
                } else {
                    train.add(r);
                }
            }
        }
        return new Split(train, select, test);
    }

    private static boolean used(Corpus c, String split, List<String> trainSplits) {
        if (!c.ref().generator().equals(SPLIT_GENERATOR)) {
            return true;
        }
        return c.role() == Role.TRAIN ? trainSplits.contains(split) : !split.equals("drift");
    }

    private static void requireNewAgencies(List<BrokerDataset.Row> train, List<BrokerDataset.Row> other, String what) {
        Set<String> trained = new HashSet<>();
        train.forEach(r -> {
            if (r.plan().broker() != null) {
                trained.add(r.plan().broker());
            }
        });
        for (BrokerDataset.Row r : other) {
            if (r.plan().broker() != null && trained.contains(r.plan().broker())) {
                throw new IllegalStateException("agency %s of the %s corpora was trained on"
                        .formatted(r.plan().broker(), what));
            }
        }
    }
}
