package io.planscreen.ml.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/** The facts of one plan's project (title, period, budget split, PI) and the slots its prose fills in. */
final class ProjectFacts {

    record Project(
            String title,
            LocalDate devStart,
            LocalDate devEnd,
            long total,
            long gov,
            long cash,
            long inKind,
            String pi) {}

    private final Random random;

    private final Company company;

    private final PlanWriter.Assignment assignment;

    private final boolean ko;

    private final Map<String, String> slots;

    private ProjectFacts(PlanDraft draft) {
        this.random = draft.random();
        this.company = draft.company();
        this.assignment = draft.assignment();
        this.ko = draft.ko();
        this.slots = draft.slots();
    }

    /** Draws the project, then fills the draft's slots from it and the company (in this order: the corpus depends on it). */
    static Project draw(PlanDraft draft) {
        ProjectFacts facts = new ProjectFacts(draft);
        Project project = facts.project();
        facts.fillSlots(project);
        return project;
    }

    private Project project() {
        TechArea area = TechArea.ALL.get(company.techArea());
        List<String> products = ko ? area.productsKo() : area.productsEn();
        String product = products.get(random.nextInt(products.size()));
        slots.put("product", product);
        String title = ko
                ? new String[] {
                            product + " 개발",
                            product + " 개발 및 사업화",
                            product + "의 상용화",
                            area.ko() + " 기반 " + product + " 고도화"
                        }
                        [random.nextInt(4)]
                : new String[] {"Development of " + product, product + " development and commercialisation"}
                        [random.nextInt(2)];
        int year = assignment.year();
        long gov;
        long total;
        LocalDate start;
        LocalDate end;
        if (assignment.template().equals("PSST")) {
            gov = (long) (40 + 5 * random.nextInt(13)) * 1_000_000L;
            total = Math.round(gov / (0.6 + random.nextDouble() * 0.1) / 1_000_000.0) * 1_000_000L;
            start = LocalDate.of(year, 4 + random.nextInt(3), 1);
            end = LocalDate.of(year, 12, 31);
        } else {
            gov = (long) (10 + random.nextInt(41)) * 10_000_000L;
            total = Math.round(gov / (0.6 + random.nextDouble() * 0.15) / 1_000_000.0) * 1_000_000L;
            start = LocalDate.of(year, 3 + random.nextInt(4), 1);
            end = start.plusMonths(new int[] {12, 18, 21, 24}[random.nextInt(4)])
                    .minusDays(1);
        }
        long privateTotal = total - gov;
        long cash = Math.max(
                1_000_000L, Math.round(privateTotal * (0.35 + random.nextDouble() * 0.4) / 1_000_000.0) * 1_000_000L);
        long inKind = privateTotal - cash;
        String[] pi = Companies.person(random);
        return new Project(title, start, end, total, gov, cash, inKind, ko ? pi[0] : pi[1]);
    }

    private void fillSlots(Project project) {
        TechArea area = TechArea.ALL.get(company.techArea());
        String name = ko ? company.nameKo() : company.nameEn();
        String self = assignment.own().selfReference();
        if (assignment.agency() != null && !assignment.brokered().isEmpty()) {
            self = assignment.agency().style(assignment.language()).selfReference();
        }
        slots.put("company", self.replace("{name}", name));
        slots.put("tech", ko ? area.ko() : area.en());
        slots.put("market", ko ? area.ko() : area.en());
        slots.put("customer", ko ? area.customerKo() : area.customerEn());
        slots.put("pain", ko ? area.painKo() : area.painEn());
        slots.put("kpi", ko ? area.kpiKo() : area.kpiEn());
        slots.put("unit", area.unit());
        int span = area.kpiHigh() - area.kpiLow();
        boolean lowerBetter = area.key().equals("CARBON_NEUTRAL") || area.key().equals("MATERIALS");
        int a = area.kpiLow() + random.nextInt(Math.max(1, span / 2));
        int b = area.kpiHigh() - random.nextInt(Math.max(1, span / 4));
        slots.put("kpiFrom", String.valueOf(lowerBetter ? b : a));
        slots.put("kpiTo", String.valueOf(lowerBetter ? a : b));
        String city = ko ? company.region().aliases().get(0) : Companies.englishRegion(company.region());
        slots.put("city", city);
        slots.put("targetYear", String.valueOf(assignment.year() + 2 + random.nextInt(2)));
        slots.put(
                "revenueTarget",
                SurfaceForms.amount(assignment.language(), (long) (5 + random.nextInt(95)) * 100_000_000L, random));
        slots.put("field", ko ? area.ko() : area.en());
        slots.put("years", String.valueOf(3 + random.nextInt(18)));
        slots.put("years2", String.valueOf(2 + random.nextInt(12)));
        slots.put("devs", String.valueOf(1 + random.nextInt(6)));
        slots.put("sales", String.valueOf(1 + random.nextInt(3)));
        slots.put("hire", String.valueOf(1 + random.nextInt(4)));
        slots.put("pi", project.pi());
        slots.put("pilot", ko ? pickArr(Phrasebook.PILOTS_KO) : pickArr(Phrasebook.PILOTS_EN));
        slots.put("employer", ko ? pickArr(Phrasebook.EMPLOYERS_KO) : pickArr(Phrasebook.EMPLOYERS_EN));
        slots.put("school", pickArr(Phrasebook.SCHOOLS_KO));
        slots.put("major", ko ? pickArr(Phrasebook.MAJORS_KO) : pickArr(Phrasebook.MAJORS_EN));
        slots.put("rep", ko ? company.representativeKo() : company.representativeEn());
        slots.put("weeks", String.valueOf(2 + random.nextInt(20)));
        slots.put("price", String.format(Locale.ROOT, "%,d", (long) (3 + random.nextInt(60)) * 100_000L));
        slots.put("k", String.valueOf(5 + random.nextInt(30)));
        slots.put("k2", String.valueOf(3 + random.nextInt(5)));
        slots.put("hours", String.valueOf(10 + random.nextInt(150)));
        slots.put("quote", pickArr(Phrasebook.QUOTES_KO));
        slots.put("month", String.valueOf(1 + random.nextInt(12)));
        slots.put("ver", (1 + random.nextInt(3)) + "." + random.nextInt(10));
        slots.put("dataN", String.format(Locale.ROOT, "%,d", 1000 + random.nextInt(90_000)));
        slots.put("loi", String.valueOf(2 + random.nextInt(9)));
    }

    private String pickArr(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
