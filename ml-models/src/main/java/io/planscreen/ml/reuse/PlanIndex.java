package io.planscreen.ml.reuse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An in-memory whole-plan index (LSH buckets on {@link PlanSignature#bandKeys()}) over one program's
 * plans, for training: candidates found exactly as the service finds them in its band-key table, then
 * compared by {@link PlanReuse#of(String, PlanSignature, java.util.Collection)}.
 */
public final class PlanIndex {

    private final Map<Long, List<PlanReuse.Stored>> buckets = new HashMap<>();

    private final List<PlanReuse.Stored> all = new ArrayList<>();

    public void add(String plan, String company, PlanSignature signature) {
        if (signature.isEmpty()) {
            return;
        }
        PlanReuse.Stored stored = new PlanReuse.Stored(plan, company, signature);
        all.add(stored);
        for (long key : signature.bandKeys()) {
            buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(stored);
        }
    }

    public PlanReuse find(PlanSignature query, String ownCompany) {
        Map<String, PlanReuse.Stored> candidates = new LinkedHashMap<>();
        for (long key : query.bandKeys()) {
            for (PlanReuse.Stored c : buckets.getOrDefault(key, List.of())) {
                candidates.putIfAbsent(c.plan(), c);
            }
        }
        return PlanReuse.of(ownCompany, query, candidates.values());
    }

    /**
     * The plan's neighbourhood among the {@link PlanNeighbourhood#POOL} last-added plans of other companies,
     * as the service takes the most recently stored ones of the program.
     */
    public PlanNeighbourhood neighbourhood(PlanSignature query, String ownCompany) {
        List<PlanReuse.Stored> pool = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0 && pool.size() < PlanNeighbourhood.POOL; i--) {
            if (!all.get(i).company().equals(ownCompany)) {
                pool.add(all.get(i));
            }
        }
        return PlanNeighbourhood.of(ownCompany, query, pool);
    }
}
