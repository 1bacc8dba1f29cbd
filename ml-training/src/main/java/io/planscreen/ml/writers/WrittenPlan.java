package io.planscreen.ml.writers;

import io.planscreen.ml.corpus.CorpusPlan;
import io.planscreen.ml.render.DocumentProperties;
import org.jspecify.annotations.Nullable;

/**
 * A generated plan with what the files need and the JSONL does not hold: the file properties its writer's
 * machine leaves, and what it shares with text outside the company for reasons other than a broker.
 *
 * @param writer the agency id, or "own"
 * @param leftover a former client's identifier left in the plan ("company:…", "representative:…",
 *     "contact:…"), or null
 * @param guidance the plan keeps the form's ※ guidance lines; {@code sample} it borrows the published sample
 */
public record WrittenPlan(
        CorpusPlan plan,
        String writer,
        DocumentProperties properties,
        @Nullable String leftover,
        boolean guidance,
        boolean sample) {}
