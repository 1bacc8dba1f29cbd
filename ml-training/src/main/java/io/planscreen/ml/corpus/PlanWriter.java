package io.planscreen.ml.corpus;

import io.planscreen.ml.corpus.Phrasebook.Role;
import io.planscreen.ml.plan.PlanText;
import io.planscreen.ml.plan.SectionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Writes one plan: sections in the writer's style, fields in many surface forms, and the gold they mean. */
final class PlanWriter {

    /** What one plan is: who writes which section. */
    record Assignment(
            String language,
            String template,
            int year,
            Style own,
            @Nullable Agency agency,
            Set<SectionKind> brokered,
            Map<Role, List<String>> sample) {}

    record Written(PlanText plan, Map<String, Object> gold, Map<String, String> surface) {}

    private final Random random;

    private final Assignment assignment;

    private final boolean ko;

    private final PlanDraft draft;

    private final SectionProse prose;

    private final PlanFields fields;

    PlanWriter(Random random, Company company, Assignment assignment) {
        this.random = random;
        this.assignment = assignment;
        this.ko = assignment.language().equals("ko");
        this.draft = new PlanDraft(random, company, assignment);
        this.prose = new SectionProse(draft);
        this.fields = new PlanFields(draft, ProjectFacts.draw(draft));
    }

    Written write() {
        List<PlanText.Section> sections = new ArrayList<>();
        List<SectionKind> kinds = SectionKind.of(assignment.template());
        Style ownStyle = assignment.own();
        boolean mergeTeam = !isOfficial(ownStyle) && random.nextDouble() < 0.15;
        for (SectionKind kind : kinds) {
            Style style = writerOf(kind);
            boolean brokered = assignment.brokered().contains(kind);
            if (!brokered && kind == SectionKind.PSST_OVERVIEW && !isOfficial(style) && random.nextDouble() < 0.3) {
                continue; // own writers often skip the summary
            }
            List<String> paragraphs = new ArrayList<>();
            switch (kind) {
                case PSST_GENERAL -> fields.generalFields(style, paragraphs);
                case SMTECH_OVERVIEW -> {
                    fields.generalFields(style, paragraphs);
                    fields.projectFields(style, paragraphs);
                    paragraphs.addAll(prose.body(Role.PROBLEM, style, brokered));
                }
                case PSST_OVERVIEW -> {
                    fields.projectFields(style, paragraphs);
                    paragraphs.addAll(prose.body(Role.OVERVIEW, style, brokered));
                }
                case PSST_PROBLEM -> paragraphs.addAll(prose.body(Role.PROBLEM, style, brokered));
                case PSST_SOLUTION -> {
                    paragraphs.addAll(prose.body(Role.SOLUTION, style, brokered));
                    fields.budgetFields(style, paragraphs);
                }
                case PSST_SCALEUP -> {
                    paragraphs.addAll(prose.body(Role.SCALEUP, style, brokered));
                    if (mergeTeam) {
                        paragraphs.addAll(prose.body(Role.TEAM, style, brokered));
                    }
                }
                case PSST_TEAM -> {
                    if (mergeTeam) {
                        continue;
                    }
                    paragraphs.addAll(prose.body(Role.TEAM, style, brokered));
                }
                case SMTECH_GOAL -> paragraphs.addAll(prose.body(Role.GOAL, style, brokered));
                case SMTECH_KPI -> {
                    paragraphs.addAll(prose.body(Role.GOAL, style, brokered).subList(0, 1));
                    fields.kpiTable();
                }
                case SMTECH_CONTENT -> paragraphs.addAll(prose.body(Role.SOLUTION, style, brokered));
                case SMTECH_COMMERCIALIZATION -> {
                    paragraphs.addAll(prose.body(Role.SCALEUP, style, brokered));
                    paragraphs.addAll(prose.body(Role.TEAM, style, brokered));
                }
                case SMTECH_BUDGET -> fields.budgetFields(style, paragraphs);
                default -> {}
            }
            if (paragraphs.isEmpty()) {
                paragraphs.add(ko ? "(별첨 참조)" : "(see attachment)");
            }
            sections.add(new PlanText.Section(
                    Headings.heading(kind, style.headingStyle(), assignment, random), kind.name(), paragraphs));
        }
        if (assignment.year() >= 2026 && assignment.template().equals("PSST")) {
            sections.add(new PlanText.Section(
                    ko ? "5. 사회적 가치 및 ESG" : "5. Social value and ESG",
                    SectionKind.OTHER.name(),
                    prose.body(Role.SCALEUP, writerOf(SectionKind.PSST_SCALEUP), false)
                            .subList(0, 1)));
        }
        if (writerOf(SectionKind.OTHER).scheduleTable() || random.nextDouble() < 0.2) {
            fields.scheduleTable();
        }
        return new Written(
                new PlanText(assignment.language(), assignment.template(), sections, draft.tables()),
                draft.gold(),
                draft.surface());
    }

    private Style writerOf(SectionKind kind) {
        if (assignment.agency() != null && (assignment.brokered().contains(kind) || kind == SectionKind.OTHER)) {
            return assignment.agency().style(assignment.language());
        }
        return assignment.own();
    }

    private static boolean isOfficial(Style style) {
        return style.headingStyle() == 0;
    }
}
