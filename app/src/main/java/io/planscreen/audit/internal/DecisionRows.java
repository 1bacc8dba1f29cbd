package io.planscreen.audit.internal;

import io.planscreen.intake.ApplicationFacts;
import io.planscreen.intake.Applications;
import io.planscreen.scoring.BrokerAssessment;
import io.planscreen.scoring.BrokerScoring;
import io.planscreen.security.UserAccounts;
import io.planscreen.shared.ApplicationId;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The decision log as a person reads it: local time with its zone, steps and outcomes in the page's language,
 * people and applications by name, and a sentence built from the recorded output in the page's language. The
 * record's own explanation (as hashed) stays one click away.
 */
@Component
class DecisionRows {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", Locale.ROOT);

    private final MessageSource messages;

    private final UserAccounts accounts;

    private final Applications applications;

    private final BrokerScoring scoring;

    private final JsonMapper json;

    private final ZoneId zone;

    DecisionRows(
            MessageSource messages,
            UserAccounts accounts,
            Applications applications,
            BrokerScoring scoring,
            JsonMapper json,
            AuditProperties properties) {
        this.messages = messages;
        this.accounts = accounts;
        this.applications = applications;
        this.scoring = scoring;
        this.json = json;
        this.zone = properties.zone();
    }

    /**
     * @param applicationName the file the company submitted, and the company, when the application is known
     * @param summary the recorded output in words, in the page's language
     * @param recorded the explanation exactly as recorded (and hashed), shown folded when it says more
     */
    record Row(
            long id,
            String at,
            String step,
            String stepCode,
            String actor,
            @Nullable UUID application,
            @Nullable String applicationName,
            @Nullable String modelVersion,
            @Nullable String outcome,
            @Nullable String outcomeCode,
            String summary,
            @Nullable String recorded,
            String hash) {}

    public String time(Instant instant) {
        return TIME.format(instant.atZone(zone));
    }

    /** An application by its file and company for the overrides page; the id when intake does not know it. */
    public String label(UUID application) {
        return applicationName(application).orElse(application.toString());
    }

    /** "user:kim" as the person's name, in the current request's language for models and modules. */
    public String person(String actor) {
        return actor(actor, people(), LocaleContextHolder.getLocale());
    }

    private Map<String, String> people() {
        return accounts.users().stream()
                .collect(Collectors.toMap(
                        UserAccounts.UserSummary::username, UserAccounts.UserSummary::displayName, (a, b) -> a));
    }

    ZoneId zone() {
        return zone;
    }

    List<Row> rows(List<Decisions.Found> found, Locale locale) {
        Map<String, String> people = people();
        Map<UUID, Optional<String>> names = new HashMap<>();
        return found.stream().map(f -> row(f, locale, people, names)).toList();
    }

    private Row row(
            Decisions.Found found, Locale locale, Map<String, String> people, Map<UUID, Optional<String>> names) {
        AuditRecord r = found.record();
        JsonNode output = parse(r.outputJson());
        String summary = summary(r, output, locale);
        String recorded = r.explanation() == null || r.explanation().isBlank() || summary.contains(r.explanation())
                ? null
                : r.explanation();
        return new Row(
                r.id(),
                time(r.decidedAt()),
                msg("audit.step." + r.step(), r.step(), locale),
                r.step(),
                actor(r.actor(), people, locale),
                r.application(),
                r.application() == null
                        ? null
                        : names.computeIfAbsent(r.application(), this::applicationName)
                                .orElse(null),
                r.modelVersion(),
                found.outcome() == null ? null : outcome(found.outcome(), locale),
                found.outcome(),
                summary,
                recorded,
                r.recordHash());
    }

    String outcome(String code, Locale locale) {
        return msg("audit.outcome." + code, code, locale);
    }

    private String actor(String actor, Map<String, String> people, Locale locale) {
        int colon = actor.indexOf(':');
        if (colon < 0) {
            return actor;
        }
        String kind = actor.substring(0, colon);
        String who = actor.substring(colon + 1);
        return switch (kind) {
            case "user" -> people.containsKey(who) ? people.get(who) + " (" + who + ")" : who;
            case "model" -> msg("audit.actor.model", who, locale, who);
            case "system" -> msg("audit.actor.system", who, locale, msg("audit.module." + who, who, locale));
            default -> actor;
        };
    }

    private Optional<String> applicationName(UUID id) {
        return applications.facts(new ApplicationId(id)).map(this::name);
    }

    private String name(ApplicationFacts facts) {
        return accounts.company(facts.company())
                .map(c -> facts.declaredName() + " · " + c.name())
                .orElse(facts.declaredName());
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
