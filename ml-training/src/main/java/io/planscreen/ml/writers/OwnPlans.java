package io.planscreen.ml.writers;

import io.planscreen.ml.plan.PlanText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A company writing its own plan: its own look and register, quality and length of its own, its own facts
 * throughout. Some leave the form's ※ guidance lines in, some borrow paragraphs from the published sample plan
 * (with their own name swapped in or verbatim), some fill the form's 일반현황 table and others say it in prose.
 */
final class OwnPlans {

    /** How this plan came to overlap with text other applicants also have, for the record. */
    record Written(PlanText plan, boolean guidance, boolean sample) {}

    private OwnPlans() {}

    static Written write(Applicant a, WriterCorpusOptions options, Random random) {
        HouseLook drawn = BrokerHouses.look(random);
        boolean formTable = random.nextDouble() < options.formTableShare();
        HouseLook look = new HouseLook(
                drawn.order(),
                drawn.numbering(),
                drawn.bullet(),
                drawn.register(),
                formTable,
                random.nextDouble() < 0.2,
                0,
                drawn.subsections(),
                drawn.boilerplateAfter());
        Map<String, String> slots = a.slots();
        boolean guidance = random.nextDouble() < options.guidanceShare();
        boolean sample = random.nextDouble() < options.sampleShare();
        // quality: a careful writer writes more and longer paragraphs
        double quality = random.nextDouble();
        double idiolect = 0.4 + 0.5 * random.nextDouble();
        PlanBuilder builder = new PlanBuilder(look);
        if (formTable) {
            builder.general(List.of());
            builder.table(PlanTables.general(a, 0));
        } else {
            builder.general(List.of(Korean.inRegister(prose(a, random), look.register())));
        }
        if (look.contactTable()) {
            builder.table(PlanTables.contact(a, a.company().phone()));
        }
        int number = 0;
        for (Sentences.Topic topic : look.order()) {
            number++;
            List<String> paragraphs = new ArrayList<>();
            if (guidance && random.nextDouble() < 0.7) {
                List<String> lines = OfficialText.GUIDANCE.get(topic);
                paragraphs.addAll(lines.subList(0, 1 + random.nextInt(lines.size())));
            }
            int n = 1 + (int) Math.round(quality * 4 * random.nextDouble()) + random.nextInt(2);
            for (int i = 0; i < n; i++) {
                int sentences = 2 + random.nextInt(1 + (int) Math.round(quality * 3));
                String text = Korean.fill(OwnWords.paragraph(random, topic, sentences, look.register(), 0.9), slots);
                // each writer words the kit's sentences its own way
                paragraphs.add(Paraphrase.apply(text, idiolect, random));
            }
            if (sample && random.nextDouble() < 0.6) {
                List<String> borrowed = OfficialText.SAMPLE.get(topic);
                String text = borrowed.get(random.nextInt(borrowed.size()));
                paragraphs.add(random.nextInt(paragraphs.size() + 1), Korean.fill(text, slots));
            }
            builder.section(topic, number, paragraphs);
            if (formTable || random.nextDouble() < 0.5) {
                BrokerPlans.addTables(builder, topic, a, random, 0);
            }
        }
        return new Written(builder.build(), guidance, sample);
    }

    /** The 일반현황 facts said in a sentence, for writers who do not fill the table. */
    private static final String[] PROSE = {
        "%1$s %2$d년 %3$d월 설립된 %4$s(대표자 %5$s)로, %6$s 분야에서 '%7$s'를 추진하며 총사업비 %8$s백만원 중 %9$s백만원을 정부지원사업비로 신청한다",
        "대표자 %5$s, 설립 %2$d년 %3$d월, %4$s. 아이템은 %7$s(%6$s)이고 신청 금액은 정부지원 %9$s백만원(총 %8$s백만원)이다",
        "%1$s %6$s 분야 %4$s로 %2$d년에 문을 열었으며, 이번에 %7$s의 사업화를 위해 %9$s백만원을 요청한다. 대표자는 %5$s이다"
    };

    /** The 일반현황 facts said in a sentence, for writers who do not fill the table. */
    static String prose(Applicant a, Random random) {
        return PROSE[random.nextInt(PROSE.length)].formatted(
                Korean.particle(a.company().nameKo(), "은"),
                a.company().foundedOn().getYear(),
                a.company().foundedOn().getMonthValue(),
                a.corporation() ? "법인사업자" : "개인사업자",
                a.company().representativeKo(),
                a.field().formName,
                a.itemName(),
                PlanTables.million(a.total()),
                PlanTables.million(a.govGrant()));
    }
}
