package io.planscreen.ml.corpus;

import io.planscreen.ml.corpus.Phrasebook.Role;
import io.planscreen.ml.plan.SectionKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generates the corpus, deterministically from a seed. Splits: train, validation and test draw their
 * broker agencies from disjoint sets (validation and test agencies are never seen in training); drift
 * uses the next year's templates with two new agencies and three known ones.
 */
public final class CorpusGenerator {

    public static final String VERSION = "v1";

    public static final long DEFAULT_SEED = 20251;

    public static final int DEFAULT_SIZE = 3000;

    public static final List<String> SPLITS = List.of("train", "validation", "test", "drift");

    static final Map<String, int[]> AGENCIES_BY_SPLIT = Map.of(
            "train", new int[] {0, 1, 2, 3, 4, 5},
            "validation", new int[] {6, 7},
            "test", new int[] {8, 9, 10},
            "drift", new int[] {0, 1, 2, 11, 12});

    public record Settings(long seed, int size, double brokerShare, double englishShare) {

        public static Settings of(long seed, int size) {
            return new Settings(seed, size, 0.35, 0.15);
        }
    }

    public List<CorpusPlan> generate(Settings settings) {
        Random master = new Random(settings.seed());
        List<Agency> agencies = Styles.agencies(master);
        List<Map<Role, List<String>>> samplePlans = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            samplePlans.add(samplePlan(master, i % 2 == 0 ? "ko" : "ko", i >= 4));
        }
        Companies companies = new Companies(new Random(master.nextLong()));
        List<CorpusPlan> plans = new ArrayList<>(settings.size());
        for (int i = 0; i < settings.size(); i++) {
            Random random = new Random(mix(settings.seed() * 1_000_003L + i));
            String split = splitOf(i, settings.size());
            int year = split.equals("drift") ? 2026 : 2025;
            String template = random.nextDouble() < 0.55 ? "PSST" : "SMTECH";
            String language = random.nextDouble() < settings.englishShare() ? "en" : "ko";
            Company company = companies.next(String.format("c%05d", i + 1), template.equals("PSST"), year);
            boolean broker = random.nextDouble() < settings.brokerShare();
            boolean hardNegative = !broker && random.nextDouble() < 0.25;
            Style own = Styles.own(random, language, hardNegative);
            Agency agency = null;
            Set<SectionKind> brokered = new LinkedHashSet<>();
            if (broker) {
                int[] pool = AGENCIES_BY_SPLIT.get(split);
                agency = agencies.get(pool[random.nextInt(pool.length)]);
                List<SectionKind> kinds = SectionKind.of(template);
                if (random.nextDouble() < 0.25) {
                    for (SectionKind kind : kinds) {
                        if (random.nextDouble() < 0.5) {
                            brokered.add(kind);
                        }
                    }
                    if (brokered.isEmpty()) {
                        brokered.add(kinds.get(2 + random.nextInt(kinds.size() - 2)));
                    }
                } else {
                    brokered.addAll(kinds);
                }
            }
            Map<Role, List<String>> sample = !broker && random.nextDouble() < 0.25 && language.equals("ko")
                    ? samplePlans.get(random.nextInt(samplePlans.size()))
                    : Map.of();
            PlanWriter.Assignment assignment =
                    new PlanWriter.Assignment(language, template, year, own, agency, brokered, sample);
            PlanWriter.Written written = new PlanWriter(random, company, assignment).write();
            plans.add(new CorpusPlan(
                    String.format("p%05d", i + 1),
                    split,
                    broker ? "broker" : "own",
                    agency == null ? null : agency.id(),
                    agency == null ? null : agency.name(),
                    brokered.stream().map(Enum::name).toList(),
                    hardNegative,
                    language,
                    template,
                    year,
                    template.equals("PSST") ? "startup-psst" : "smtech-rnd",
                    company,
                    written.gold(),
                    written.surface(),
                    written.plan()));
        }
        return plans;
    }

    /** Published sample plans (우수 사례) that some founders copy from: shared text between own-voice plans. */
    private static Map<Role, List<String>> samplePlan(Random random, String language, boolean trade) {
        Map<Role, List<String>> plan = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            List<String> pool = new ArrayList<>(Phrasebook.COMMON_KO.get(role));
            if (trade) {
                pool.addAll(Phrasebook.TRADE_KO.get(role));
            }
            plan.put(role, Styles.pick(random, pool, 2 + random.nextInt(2)));
        }
        return plan;
    }

    /** Consecutive seeds give java.util.Random correlated first draws; scramble them first (SplitMix64). */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    static String splitOf(int index, int size) {
        double f = (index + 0.5) / size;
        if (f < 0.6) {
            return "train";
        }
        if (f < 0.75) {
            return "validation";
        }
        if (f < 0.9) {
            return "test";
        }
        return "drift";
    }
}
