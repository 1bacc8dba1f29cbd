package io.planscreen.ml.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What the writers of one plan share: its one random source (the order of its draws defines the corpus bit
 * for bit), the company and assignment, the prose slots, and what has been written so far (gold values, their
 * surface texts, tables).
 */
record PlanDraft(
        Random random,
        Company company,
        PlanWriter.Assignment assignment,
        boolean ko,
        Map<String, String> slots,
        Map<String, Object> gold,
        Map<String, String> surface,
        List<List<List<String>>> tables) {

    PlanDraft(Random random, Company company, PlanWriter.Assignment assignment) {
        this(
                random,
                company,
                assignment,
                assignment.language().equals("ko"),
                new HashMap<>(),
                new LinkedHashMap<>(),
                new LinkedHashMap<>(),
                new ArrayList<>());
    }
}
