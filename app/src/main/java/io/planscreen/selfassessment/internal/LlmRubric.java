package io.planscreen.selfassessment.internal;

import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.output.OutputParsingException;
import io.planscreen.extraction.LanguageModels;
import io.planscreen.extraction.VersionedPrompt;
import io.planscreen.ml.plan.PlanText;
import io.planscreen.ml.plan.SectionKind;
import io.planscreen.selfassessment.SelfAssessmentReport.Level;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Asks the configured LLM to judge the template criteria whose sections the plan has, sending only those
 * sections' visible text, delimited as data and capped in size. Its answer is checked item by item; what
 * fails the checks, and any failure of the call, leaves the offline judgement in force.
 */
@Component
class LlmRubric {

    private static final Logger log = LoggerFactory.getLogger(LlmRubric.class);

    static final int MAX_ADVICE = 3;

    static final int MAX_ADVICE_CHARS = 300;

    private final LanguageModels models;

    private final MessageSource messages;

    private final @Nullable RubricReader reader;

    private final VersionedPrompt prompt;

    /** The shared chat model, with the self-assessment's own (shorter) time limits: a person waits. */
    @Autowired
    LlmRubric(LanguageModels models, SelfAssessmentProperties properties, MessageSource messages) {
        this(models.withLimits(properties.llmTimeout(), properties.llmMaxRetries()), messages);
    }

    LlmRubric(LanguageModels models, MessageSource messages) {
        this.models = models;
        this.messages = messages;
        this.prompt = VersionedPrompt.load(RubricReader.PROMPT_PATH);
        this.reader = models.chatModel()
                .map(model ->
                        AiServices.builder(RubricReader.class).chatModel(model).build())
                .orElse(null);
    }

    enum Status {
        /** No LLM configured, or no section to judge: nothing was sent. */
        NOT_ASKED,
        USED,
        /** Some items failed the checks; their criteria keep the offline judgement. */
        PARTLY_USED,
        /** The answer was not usable at all. */
        INVALID,
        /** The call failed (connection, timeout, server error) after the configured retries. */
        UNAVAILABLE
    }

    record Judged(Level level, List<String> advice) {}

    /** @param dropped why items were not used, one entry each (for the audit) */
    record Outcome(Status status, Map<SectionKind, Judged> accepted, List<String> dropped, int charsSent) {

        boolean contributed() {
            return status == Status.USED || status == Status.PARTLY_USED;
        }

        boolean asked() {
            return status != Status.NOT_ASKED;
        }
    }

    VersionedPrompt prompt() {
        return prompt;
    }

    String modelName() {
        return models.name();
    }

    Outcome judge(PlanText plan, List<RubricRules.Criterion> offline, Locale locale) {
        List<SectionKind> present = offline.stream()
                .filter(c -> c.level() != Level.MISSING)
                .map(RubricRules.Criterion::kind)
                .toList();
        if (reader == null || present.isEmpty()) {
            return new Outcome(Status.NOT_ASKED, Map.of(), List.of(), 0);
        }
        String sections = sections(plan, present, models.maxDocumentChars());
        RubricReader.Judgements answer;
        try {
            answer = reader.judge(english(locale) ? "English" : "Korean", criteria(present, locale), sections)
                    .content();
        } catch (OutputParsingException e) {
            log.warn("LLM rubric answer is not valid JSON for the schema, the offline rubric stands: {}", e.toString());
            return new Outcome(Status.INVALID, Map.of(), List.of("not valid JSON for the schema"), sections.length());
        } catch (RuntimeException e) {
            log.warn("LLM rubric failed, the offline rubric stands: {}", e.toString());
            return new Outcome(Status.UNAVAILABLE, Map.of(), List.of(), sections.length());
        }
        if (answer == null || answer.criteria() == null) {
            return new Outcome(Status.INVALID, Map.of(), List.of("no criteria"), sections.length());
        }
        Map<SectionKind, Judged> accepted = new LinkedHashMap<>();
        List<String> dropped = new ArrayList<>();
        for (RubricReader.Judgement item : answer.criteria()) {
            String reason = check(item, present);
            if (reason == null && accepted.containsKey(SectionKind.valueOf(item.criterion()))) {
                reason = "criterion answered twice";
            }
            if (reason != null) {
                dropped.add((item == null || item.criterion() == null ? "?" : item.criterion()) + ": " + reason);
                continue;
            }
            accepted.put(SectionKind.valueOf(item.criterion()), new Judged(level(item.level()), advice(item.advice())));
        }
        Status status = accepted.isEmpty() ? Status.INVALID : dropped.isEmpty() ? Status.USED : Status.PARTLY_USED;
        return new Outcome(status, accepted, dropped, sections.length());
    }

    // ---- what is sent ----------------------------------------------------------------------------

    /** Each present criterion's own sections, visible text only, with an equal share of the size cap. */
    static String sections(PlanText plan, List<SectionKind> present, int maxChars) {
        int share = Math.max(0, maxChars / present.size());
        StringBuilder out = new StringBuilder();
        for (SectionKind kind : present) {
            String body = RubricRules.body(plan, kind)
                    .replace("<", "‹")
                    .replace(">", "›")
                    .strip();
            if (body.length() > share) {
                int end = share > 0 && Character.isHighSurrogate(body.charAt(share - 1)) ? share - 1 : share;
                body = body.substring(0, end);
            }
            out.append("<section criterion=\"")
                    .append(kind.name())
                    .append("\">\n")
                    .append(body)
                    .append("\n</section>\n");
        }
        return out.toString();
    }

    private String criteria(List<SectionKind> present, Locale locale) {
        StringBuilder out = new StringBuilder();
        for (SectionKind kind : present) {
            String hint = messages.getMessage("selfassessment.hint." + kind.name(), null, "", locale);
            out.append("- ")
                    .append(kind.name())
                    .append(": ")
                    .append(english(locale) ? kind.englishTitle() : kind.koreanTitle())
                    .append("; ")
                    .append(hint)
                    .append('\n');
        }
        return out.toString().stripTrailing();
    }

    // ---- what comes back -------------------------------------------------------------------------

    /** Null when the item may be used; otherwise why not. */
    static @Nullable String check(RubricReader.@Nullable Judgement item, List<SectionKind> present) {
        if (item == null || item.criterion() == null) {
            return "no criterion";
        }
        if (present.stream().noneMatch(k -> k.name().equals(item.criterion()))) {
            return "not a requested criterion";
        }
        if (item.level() == null
                || Arrays.stream(Level.values()).noneMatch(l -> l.name().equals(item.level()))) {
            return "not a level";
        }
        if (item.advice() == null || advice(item.advice()).isEmpty()) {
            return "no usable advice";
        }
        return null;
    }

    /**
     * The plan has this section (the offline rules found it), so the model cannot call it missing either:
     * that reads as "there, but says nothing yet".
     */
    static Level level(String level) {
        Level judged = Level.valueOf(level);
        return judged == Level.MISSING ? Level.THIN : judged;
    }

    /** Non-blank pieces within the length bound, at most three; longer pieces are dropped, not cut. */
    static List<String> advice(List<@Nullable String> advice) {
        return advice.stream()
                .filter(a -> a != null)
                .map(a -> a.strip().replaceAll("\\s+", " "))
                .filter(a -> !a.isEmpty() && a.length() <= MAX_ADVICE_CHARS)
                .distinct()
                .limit(MAX_ADVICE)
                .toList();
    }

    private static boolean english(Locale locale) {
        return locale.getLanguage().equals("en");
    }
}
