package io.planscreen.audit.internal;

import io.planscreen.extraction.ExtractionResult;
import io.planscreen.extraction.FieldExtraction;
import io.planscreen.intake.ApplicationFacts;
import io.planscreen.intake.Applications;
import io.planscreen.ml.plan.FieldKeys;
import io.planscreen.ml.plan.Region;
import io.planscreen.security.UserAccounts;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.ProgramId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The fairness report, computed from the log (each application's last scoring decision in the range and its last
 * review decision) plus who the company is. Flagged means the system's flag, as the evaluator's queue shows it:
 * the model's or the writer cluster's ({@link SystemFlags}). The favourable outcome is "not flagged"; a group whose
 * not-flagged rate is below four fifths of the best group's is marked (the four-fifths rule), if the group has
 * at least {@code planscreen.audit.fairness-minimum-group} applications. Precision is the share of flagged and
 * reviewed applications the evaluator referred.
 */
@Service
class Fairness {

    static final String UNKNOWN = "UNKNOWN";

    static final double FOUR_FIFTHS = 0.8;

    private final Decisions decisions;

    private final Applications applications;

    private final FieldExtraction extraction;

    private final UserAccounts accounts;

    private final SystemFlags flags;

    private final int minimumGroup;

    Fairness(
            Decisions decisions,
            Applications applications,
            FieldExtraction extraction,
            UserAccounts accounts,
            SystemFlags flags,
            AuditProperties properties) {
        this.decisions = decisions;
        this.applications = applications;
        this.extraction = extraction;
        this.accounts = accounts;
        this.flags = flags;
        this.minimumGroup = properties.fairnessMinimumGroup();
    }

    record Report(
            String program,
            Instant from,
            Instant to,
            int minimumGroup,
            Group overall,
            List<Dimension> dimensions,
            Instant generatedAt) {}

    /** @param key capital_area, region, company_size, company_age, industry */
    record Dimension(String key, List<Group> groups) {}

    /**
     * @param impactRatio not-flagged rate over the best eligible group's (null when the group is too small)
     * @param flagRateRatio flag rate over the overall flag rate
     */
    record Group(
            String group,
            int applications,
            int flagged,
            double flagRate,
            int reviewed,
            Map<String, Integer> outcomes,
            int flaggedReviewed,
            int flaggedReferred,
            @Nullable Double precision,
            @Nullable Double flagRateRatio,
            @Nullable Double impactRatio,
            boolean eligible,
            boolean belowFourFifths) {}

    /** One application with the attributes the report groups by. */
    /** @param flagged the system's flag (the model's or the writer cluster's) */
    record Subject(Decisions.ScoredApplication scored, boolean flagged, Map<String, String> attributes) {}

    Report report(ProgramId program, Instant from, Instant to) {
        Map<Decisions.ScoredApplication, ApplicationFacts> inProgram = new LinkedHashMap<>();
        for (Decisions.ScoredApplication scored : decisions.scored(from, to)) {
            applications
                    .facts(new ApplicationId(scored.application()))
                    .filter(facts -> facts.program().equals(program))
                    .ifPresent(facts -> inProgram.put(scored, facts));
        }
        Set<UUID> flagged = flags.flagged(List.copyOf(inProgram.keySet()));
        List<Subject> subjects = new ArrayList<>();
        inProgram.forEach((scored, facts) -> subjects.add(new Subject(
                scored, flagged.contains(scored.application()), attributes(facts, extraction.extracted(facts.id())))));
        Group overall = group("ALL", subjects, null, null);
        List<Dimension> dimensions = new ArrayList<>();
        for (String key : List.of("capital_area", "region", "company_size", "company_age", "industry")) {
            dimensions.add(dimension(key, subjects, overall));
        }
        return new Report(program.value(), from, to, minimumGroup, overall, dimensions, Instant.now());
    }

    private Dimension dimension(String key, List<Subject> subjects, Group overall) {
        Map<String, List<Subject>> byGroup = new TreeMap<>();
        for (Subject s : subjects) {
            byGroup.computeIfAbsent(s.attributes().get(key), k -> new ArrayList<>())
                    .add(s);
        }
        double bestPassRate = byGroup.entrySet().stream()
                .filter(e -> !e.getKey().equals(UNKNOWN) && e.getValue().size() >= minimumGroup)
                .mapToDouble(
                        e -> 1 - group(e.getKey(), e.getValue(), null, null).flagRate())
                .max()
                .orElse(Double.NaN);
        List<Group> groups = new ArrayList<>();
        byGroup.forEach((name, members) -> groups.add(group(name, members, overall, bestPassRate)));
        return new Dimension(key, groups);
    }

    private Group group(String name, List<Subject> members, @Nullable Group overall, @Nullable Double bestPassRate) {
        int flagged = 0;
        int reviewed = 0;
        int flaggedReviewed = 0;
        int flaggedReferred = 0;
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        for (String outcome : List.of("CLEAR", "REQUEST_INFO", "REFER")) {
            outcomes.put(outcome, 0);
        }
        for (Subject s : members) {
            Decisions.ScoredApplication a = s.scored();
            if (s.flagged()) {
                flagged++;
            }
            if (a.outcome() != null) {
                reviewed++;
                outcomes.merge(a.outcome(), 1, Integer::sum);
                if (s.flagged()) {
                    flaggedReviewed++;
                    if ("REFER".equals(a.outcome())) {
                        flaggedReferred++;
                    }
                }
            }
        }
        int n = members.size();
        double flagRate = n == 0 ? 0 : (double) flagged / n;
        boolean eligible = n >= minimumGroup && !name.equals(UNKNOWN);
        Double flagRateRatio = overall == null || overall.flagRate() == 0 ? null : flagRate / overall.flagRate();
        Double impactRatio = bestPassRate == null || bestPassRate.isNaN() || bestPassRate == 0 || !eligible
                ? null
                : (1 - flagRate) / bestPassRate;
        return new Group(
                name,
                n,
                flagged,
                flagRate,
                reviewed,
                outcomes,
                flaggedReviewed,
                flaggedReferred,
                flaggedReviewed == 0 ? null : (double) flaggedReferred / flaggedReviewed,
                flagRateRatio,
                impactRatio,
                eligible,
                impactRatio != null && impactRatio < FOUR_FIFTHS);
    }

    private Map<String, String> attributes(ApplicationFacts facts, Optional<ExtractionResult> extracted) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Optional<Region> region = accounts.company(facts.company())
                .flatMap(c -> Region.fromText(c.region()))
                .or(() -> value(extracted, FieldKeys.REGION).flatMap(Fairness::regionByName));
        attributes.put(
                "capital_area",
                region.map(r -> r.capitalArea() ? "CAPITAL" : "NON_CAPITAL").orElse(UNKNOWN));
        attributes.put("region", region.map(Region::name).orElse(UNKNOWN));
        attributes.put(
                "company_size",
                value(extracted, FieldKeys.EMPLOYEES)
                        .flatMap(Fairness::integer)
                        .map(Fairness::sizeBand)
                        .orElse(UNKNOWN));
        LocalDate at = facts.receivedAt().atZone(ZoneOffset.UTC).toLocalDate();
        attributes.put(
                "company_age",
                value(extracted, FieldKeys.FOUNDED_ON)
                        .flatMap(Fairness::date)
                        .map(founded -> ageBand(Period.between(founded, at).getYears()))
                        .orElse(UNKNOWN));
        attributes.put(
                "industry",
                value(extracted, FieldKeys.INDUSTRY_KSIC)
                        .map(v -> v.strip().toUpperCase())
                        .filter(v -> v.matches("[A-U]"))
                        .orElse(UNKNOWN));
        return attributes;
    }

    static String sizeBand(long employees) {
        if (employees < 10) {
            return "1-9";
        }
        if (employees < 50) {
            return "10-49";
        }
        return employees < 300 ? "50-299" : "300+";
    }

    static String ageBand(int years) {
        if (years < 3) {
            return "0-2y";
        }
        return years < 7 ? "3-6y" : "7y+";
    }

    private static Optional<String> value(Optional<ExtractionResult> extracted, String key) {
        return extracted
                .flatMap(r -> r.field(key))
                .map(f -> f.correctedValue() != null ? f.correctedValue() : f.normalized())
                .filter(v -> !v.isBlank());
    }

    private static Optional<Region> regionByName(String name) {
        try {
            return Optional.of(Region.valueOf(name.strip()));
        } catch (IllegalArgumentException e) {
            return Region.fromText(name);
        }
    }

    private static Optional<Long> integer(String value) {
        return parse(value.replace(",", "").strip(), Long::valueOf);
    }

    private static Optional<LocalDate> date(String value) {
        return parse(value.strip(), LocalDate::parse);
    }

    private static <T> Optional<T> parse(String value, Function<String, T> parser) {
        try {
            return Optional.of(parser.apply(value));
        } catch (RuntimeException unparseable) {
            return Optional.empty();
        }
    }
}
