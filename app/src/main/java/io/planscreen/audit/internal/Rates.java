package io.planscreen.audit.internal;

import io.planscreen.intake.ApplicationFacts;
import io.planscreen.intake.Applications;
import io.planscreen.ml.plan.Region;
import io.planscreen.security.UserAccounts;
import io.planscreen.shared.ApplicationId;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * Flag and decision rates by program, capital area and month, from the log alone (each application's last
 * scoring decision in the range and its last review), each with a 95% Wilson interval. The flag rate is over
 * scored applications and counts the system's flag ({@link SystemFlags}); the referral and request rates are over
 * reviewed ones.
 */
@Service
class Rates {

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    private final Decisions decisions;

    private final Applications applications;

    private final UserAccounts accounts;

    private final SystemFlags flags;

    private final ZoneId zone;

    Rates(
            Decisions decisions,
            Applications applications,
            UserAccounts accounts,
            SystemFlags flags,
            AuditProperties properties) {
        this.decisions = decisions;
        this.applications = applications;
        this.accounts = accounts;
        this.flags = flags;
        this.zone = properties.zone();
    }

    /** One group's counts: scored and flagged, reviewed and each outcome. */
    record Counts(String group, int scored, int flagged, int reviewed, int referred, int requested) {

        Svg.Rate flagRate() {
            return Svg.Rate.of(group, flagged, scored);
        }

        Svg.Rate referralRate() {
            return Svg.Rate.of(group, referred, reviewed);
        }

        Svg.Rate requestRate() {
            return Svg.Rate.of(group, requested, reviewed);
        }
    }

    /** @param byArea keys CAPITAL, NON_CAPITAL, UNKNOWN */
    record Report(Instant from, Instant to, List<Counts> byProgram, List<Counts> byArea, List<Counts> byMonth) {}

    Report report(Instant from, Instant to) {
        List<Decisions.ScoredApplication> all = decisions.scored(from, to);
        Set<UUID> flagged = flags.flagged(all);
        List<Subject> subjects = new ArrayList<>();
        for (Decisions.ScoredApplication scored : all) {
            applications
                    .facts(new ApplicationId(scored.application()))
                    .ifPresent(facts -> subjects.add(
                            new Subject(scored, flagged.contains(scored.application()), facts, area(facts))));
        }
        return new Report(
                from,
                to,
                group(subjects, s -> s.facts().program().value()),
                group(subjects, Subject::area),
                group(subjects, s -> MONTH.format(s.scored().scoredAt().atZone(zone))));
    }

    private record Subject(Decisions.ScoredApplication scored, boolean flagged, ApplicationFacts facts, String area) {}

    private String area(ApplicationFacts facts) {
        Optional<Region> region = accounts.company(facts.company()).flatMap(c -> Region.fromText(c.region()));
        return region.map(r -> r.capitalArea() ? "CAPITAL" : "NON_CAPITAL").orElse(Fairness.UNKNOWN);
    }

    private static List<Counts> group(List<Subject> subjects, Function<Subject, String> key) {
        Map<String, List<Subject>> groups = new TreeMap<>();
        subjects.forEach(s ->
                groups.computeIfAbsent(key.apply(s), k -> new ArrayList<>()).add(s));
        List<Counts> out = new ArrayList<>();
        groups.forEach((name, members) -> {
            int flagged = 0;
            int reviewed = 0;
            int referred = 0;
            int requested = 0;
            for (Subject s : members) {
                flagged += s.flagged() ? 1 : 0;
                String outcome = s.scored().outcome();
                if (outcome != null) {
                    reviewed++;
                    referred += "REFER".equals(outcome) ? 1 : 0;
                    requested += "REQUEST_INFO".equals(outcome) ? 1 : 0;
                }
            }
            out.add(new Counts(name, members.size(), flagged, reviewed, referred, requested));
        });
        return out;
    }
}
