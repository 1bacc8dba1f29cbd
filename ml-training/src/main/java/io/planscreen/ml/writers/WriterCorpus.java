package io.planscreen.ml.writers;

import io.planscreen.ml.corpus.CorpusPlan;
import io.planscreen.ml.plan.FieldKeys;
import io.planscreen.ml.plan.PlanText;
import io.planscreen.ml.plan.SectionKind;
import io.planscreen.ml.render.DocumentProperties;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The second, independent corpus generator's entry point: {@code WriterCorpus.generate(seed, options)} gives
 * the same {@link CorpusPlan} records the first generator emits (label, agency, company, gold, plan), so the
 * trainer and evaluator read them unchanged. Deterministic by seed; every seed draws new agencies and
 * companies (agency ids carry the seed: "s7-a2").
 */
public final class WriterCorpus {

    /**
     * Changes whenever the same seed and options would give other plans, so a model card's "g2" names the data
     * it saw. v1: the first commits (b0cf87c..21aab4d); v2: harder agency habits by default (reuse from 0.35,
     * paraphrase up to 0.8, partial clients) and each company's own tables, items and sub-headings.
     */
    public static final String VERSION = "writers-v2";

    public static final String PROGRAM = "startup-leap-2025";

    private WriterCorpus() {}

    public static List<CorpusPlan> generate(long seed, WriterCorpusOptions options) {
        return write(seed, options).stream().map(WrittenPlan::plan).toList();
    }

    /** The plans with what their files carry (metadata, leftovers), in a shuffled order with ids by position. */
    public static List<WrittenPlan> write(long seed, WriterCorpusOptions options) {
        Random houseRandom = new Random(mix(seed, 1));
        List<BrokerHouse> houses = BrokerHouses.draw(seed, options, houseRandom);
        Applicants applicants = new Applicants("s" + seed + "-", new Random(mix(seed, 2)), options.capitalShare());
        List<Draft> drafts = new ArrayList<>();
        for (BrokerHouse house : houses) {
            Applicant former = null;
            for (int i = 0; i < house.clients(); i++) {
                Applicant client = applicants.next();
                drafts.add(new Draft(house, client, former));
                former = client;
            }
        }
        for (int i = 0; i < options.ownVoice(); i++) {
            drafts.add(new Draft(null, applicants.next(), null));
        }
        Collections.shuffle(drafts, new Random(mix(seed, 3)));
        List<WrittenPlan> out = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            Random random = new Random(mix(seed, 1000 + i));
            String id = "s%d-p%04d".formatted(seed, i);
            out.add(d.house() == null ? own(id, d.client(), options, random) : broker(id, d, options, random));
        }
        return out;
    }

    private record Draft(BrokerHouse house, Applicant client, Applicant former) {}

    private static WrittenPlan broker(String id, Draft d, WriterCorpusOptions options, Random random) {
        BrokerHouse house = d.house();
        BrokerPlans.Written w = BrokerPlans.write(house, d.client(), d.former(), options.partialShare(), random);
        List<String> sections = new ArrayList<>();
        if (house.look().formTable()) {
            sections.add(SectionKind.PSST_GENERAL.name());
        }
        w.sections().forEach(t -> sections.add(Titles.kind(t).name()));
        CorpusPlan plan =
                record(id, options, "broker", house.id(), house.name(), sections, false, d.client(), w.plan());
        return new WrittenPlan(
                plan, house.id(), Machines.broker(house, d.client(), random), w.leftover(), false, false);
    }

    private static WrittenPlan own(String id, Applicant a, WriterCorpusOptions options, Random random) {
        OwnPlans.Written w = OwnPlans.write(a, options, random);
        CorpusPlan plan = record(id, options, "own", null, null, List.of(), w.guidance() || w.sample(), a, w.plan());
        DocumentProperties properties = Machines.own(a, random);
        return new WrittenPlan(plan, "own", properties, null, w.guidance(), w.sample());
    }

    private static CorpusPlan record(
            String id,
            WriterCorpusOptions options,
            String label,
            String agency,
            String agencyName,
            List<String> sections,
            boolean hardNegative,
            Applicant a,
            PlanText text) {
        return new CorpusPlan(
                id,
                options.split(),
                label,
                agency,
                agencyName,
                sections,
                hardNegative,
                "ko",
                "PSST",
                2025,
                PROGRAM,
                a.company(),
                gold(a),
                surface(a),
                text);
    }

    static Map<String, Object> gold(Applicant a) {
        Map<String, Object> gold = new LinkedHashMap<>();
        gold.put(FieldKeys.COMPANY_NAME, a.company().nameKo());
        gold.put(FieldKeys.BRN, a.company().brn());
        gold.put(FieldKeys.REPRESENTATIVE, a.company().representativeKo());
        gold.put(FieldKeys.FOUNDED_ON, a.company().foundedOn().toString());
        gold.put(FieldKeys.REGION, a.company().region().name());
        gold.put(FieldKeys.INDUSTRY_KSIC, a.company().industryKsic());
        gold.put(FieldKeys.EMPLOYEES, a.company().employees());
        gold.put(FieldKeys.REVENUE_KRW, a.company().revenueKrw());
        gold.put(FieldKeys.PROJECT_TITLE, a.itemName());
        gold.put(FieldKeys.TECH_AREA, a.company().techArea());
        gold.put(FieldKeys.DEV_START, a.devStart().toString());
        gold.put(FieldKeys.DEV_END, a.devEnd().toString());
        gold.put(FieldKeys.TOTAL_BUDGET_KRW, a.total());
        gold.put(FieldKeys.GOV_GRANT_KRW, a.govGrant());
        gold.put(FieldKeys.PRIVATE_CASH_KRW, a.privateCash());
        gold.put(FieldKeys.PRIVATE_IN_KIND_KRW, a.privateInKind());
        gold.put(FieldKeys.PRINCIPAL_INVESTIGATOR, a.principalInvestigator());
        gold.put(FieldKeys.CONTACT_EMAIL, a.company().email());
        gold.put(FieldKeys.CONTACT_PHONE, a.company().phone());
        return gold;
    }

    static Map<String, String> surface(Applicant a) {
        Map<String, String> surface = new LinkedHashMap<>();
        surface.put(FieldKeys.COMPANY_NAME, a.company().nameKo());
        surface.put(FieldKeys.TOTAL_BUDGET_KRW, PlanTables.million(a.total()) + "백만원");
        surface.put(FieldKeys.GOV_GRANT_KRW, PlanTables.million(a.govGrant()) + "백만원");
        surface.put(FieldKeys.PROJECT_TITLE, a.itemName());
        return surface;
    }

    /** A 64-bit mix of the seed and a stream number (splitmix64's finaliser), so streams do not correlate. */
    static long mix(long seed, long stream) {
        long z = seed * 0x9E3779B97F4A7C15L + stream * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static String percent(double v) {
        return String.format(Locale.ROOT, "%.1f", 100 * v);
    }
}
