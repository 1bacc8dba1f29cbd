package io.planscreen.audit.internal;

import io.planscreen.scoring.BrokerAssessment;
import io.planscreen.scoring.BrokerScoring;
import io.planscreen.shared.ApplicationId;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A log record's output in one sentence of the page's language; its stored explanation when no step says more. */
@Component
class DecisionSummary {

    private final MessageSource messages;

    private final BrokerScoring scoring;

    private final JsonMapper json;

    DecisionSummary(MessageSource messages, BrokerScoring scoring, JsonMapper json) {
        this.messages = messages;
        this.scoring = scoring;
        this.json = json;
    }

    String of(AuditRecord r, Locale locale) {
        return summary(r, parse(r.outputJson()), locale);
    }

    /** The recorded output in a sentence of the page's language; the stored explanation when no step says more. */
    private String summary(AuditRecord r, @Nullable JsonNode o, Locale locale) {
        String fallback = r.explanation() == null ? "" : r.explanation();
        if (o == null) {
            return fallback;
        }
        return switch (r.step()) {
            case Decisions.SCORING_STEP -> scoring(r, o, locale);
            case "review.decision", "review.referral-proposed" ->
                msg(
                        "audit.summary.review",
                        fallback,
                        locale,
                        msg("outcome." + text(o, "outcome"), text(o, "outcome"), locale),
                        fallback);
            case AuditListener.STATUS_STEP ->
                msg(
                        "audit.summary.status",
                        fallback,
                        locale,
                        msg("status." + text(o, "from"), text(o, "from"), locale),
                        msg("status." + text(o, "to"), text(o, "to"), locale));
            case "intake.accepted" -> msg("audit.summary.accepted", fallback, locale);
            case "intake.rejected" ->
                msg(
                        "audit.summary.rejected",
                        fallback,
                        locale,
                        msg("problem." + text(o, "code") + ".title", text(o, "code"), locale));
            case "parsing.parsed" ->
                msg(
                        "audit.summary.parsed",
                        fallback,
                        locale,
                        o.path("pages").asInt(),
                        o.path("sections").asInt(),
                        o.path("tables").asInt(),
                        o.path("needsOcr").asBoolean() ? msg("audit.summary.needsOcr", "", locale) : "");
            case "extraction.fields" ->
                msg(
                        "audit.summary.extracted",
                        fallback,
                        locale,
                        o.path("fields").size(),
                        errors(o.path("findings")));
            case "extraction.correction" ->
                msg(
                        "audit.summary.corrected",
                        fallback,
                        locale,
                        text(o, "field"),
                        text(o, "extracted"),
                        text(o, "corrected"));
            case "similarity.reuse" ->
                msg(
                        "audit.summary.reuse",
                        fallback,
                        locale,
                        o.path("paragraphsReused").asInt(),
                        o.path("paragraphsChecked").asInt(),
                        o.path("otherCompanies").asInt());
            case "admin.model-activated" ->
                msg(
                        "audit.summary.modelActivated",
                        fallback,
                        locale,
                        text(o, "name"),
                        text(o, "version"),
                        reason(fallback));
            case "registry.model-registered", "registry.model-replaced" ->
                msg(
                        "audit.summary." + r.step().substring("registry.".length()),
                        fallback,
                        locale,
                        text(o, "name"),
                        text(o, "version"));
            case "admin.program-saved" ->
                msg("audit.summary.programSaved", fallback, locale, text(o, "program"), text(o, "version"));
            case "selfassessment.checked" -> msg("audit.summary.selfAssessed", fallback, locale);
            default -> fallback;
        };
    }

    private String scoring(AuditRecord r, JsonNode o, Locale locale) {
        double probability = o.path("probability").asDouble();
        String band = text(o, "band");
        String sentence = msg(
                o.path("flagged").asBoolean() ? "audit.summary.flagged" : "audit.summary.notFlagged",
                "",
                locale,
                percent(probability, locale),
                msg("band." + band, band, locale));
        return sentence + reasons(r, locale);
    }

    /** The model's reasons in the page's language, when the stored assessment is the one this record made. */
    private String reasons(AuditRecord r, Locale locale) {
        String recorded = r.explanation() == null ? "" : r.explanation();
        if (r.application() == null) {
            return recorded.isBlank() ? "" : " " + recorded;
        }
        Optional<BrokerAssessment> assessment = scoring.assessment(new ApplicationId(r.application()));
        if (assessment.isEmpty()
                || !assessment.get().modelVersion().equals(r.modelVersion())
                || !assessment.get().reasons().stream()
                        .map(BrokerAssessment.Reason::textEn)
                        .collect(Collectors.joining(" "))
                        .equals(recorded)) {
            return recorded.isBlank() ? "" : " " + recorded;
        }
        return " "
                + assessment.get().reasons().stream()
                        .map(reason -> "ko".equals(locale.getLanguage()) ? reason.textKo() : reason.textEn())
                        .collect(Collectors.joining(" "));
    }

    private static String percent(double value, Locale locale) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    private static long errors(JsonNode findings) {
        long n = 0;
        for (JsonNode f : findings) {
            if ("ERROR".equals(f.path("severity").asString(""))) {
                n++;
            }
        }
        return n;
    }

    private static String reason(String explanation) {
        int open = explanation.indexOf('(');
        return open < 0 || !explanation.endsWith(")") ? "-" : explanation.substring(open + 1, explanation.length() - 1);
    }

    private static String text(JsonNode o, String field) {
        return o.path(field).asString("");
    }

    private @Nullable JsonNode parse(String output) {
        try {
            return json.readTree(output);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private String msg(String code, String fallback, Locale locale, Object... args) {
        return messages.getMessage(code, args, fallback, locale);
    }
}
