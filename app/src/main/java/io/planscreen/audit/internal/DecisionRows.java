package io.planscreen.audit.internal;

import io.planscreen.intake.ApplicationFacts;
import io.planscreen.intake.Applications;
import io.planscreen.security.UserAccounts;
import io.planscreen.shared.ApplicationId;
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

/**
 * The decision log as a person reads it: local time with its zone, steps and outcomes in the page's language,
 * people and applications by name, and a sentence built from the recorded output in the page's language. The
 * record's own explanation (as hashed) stays one click away. The sentence is {@link DecisionSummary}'s.
 */
@Component
class DecisionRows {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", Locale.ROOT);

    private final MessageSource messages;

    private final UserAccounts accounts;

    private final Applications applications;

    private final DecisionSummary summaries;

    private final ZoneId zone;

    DecisionRows(
            MessageSource messages,
            UserAccounts accounts,
            Applications applications,
            DecisionSummary summaries,
            AuditProperties properties) {
        this.messages = messages;
        this.accounts = accounts;
        this.applications = applications;
        this.summaries = summaries;
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
        String summary = summaries.of(r, locale);
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

    private String msg(String code, String fallback, Locale locale, Object... args) {
        return messages.getMessage(code, args, fallback, locale);
    }
}
