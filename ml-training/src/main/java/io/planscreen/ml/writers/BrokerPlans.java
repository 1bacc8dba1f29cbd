package io.planscreen.ml.writers;

import io.planscreen.ml.plan.PlanText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a client's plan the way its agency does: the house paragraphs with the client's name and item swapped
 * in (lightly reworded for some clients), the house boilerplate, a few paragraphs about the client's own
 * facts, the house tables; now and then a former client's name, 대표자 or phone left behind.
 */
final class BrokerPlans {

    /** What the plan left behind of a former client, for the record (null when nothing). */
    /** @param sections the sections the agency wrote (the client wrote the others itself) */
    record Written(PlanText plan, String leftover, List<Sentences.Topic> sections) {}

    private BrokerPlans() {}

    static Written write(
            BrokerHouse house, Applicant client, Applicant formerClient, double partialShare, Random random) {
        HouseLook look = house.look();
        // some clients buy only a few sections and write the rest themselves
        List<Sentences.Topic> bought = new ArrayList<>(look.order());
        if (random.nextDouble() < partialShare) {
            Collections.shuffle(bought, random);
            bought = new ArrayList<>(bought.subList(0, 2 + random.nextInt(Math.max(1, bought.size() - 2))));
            bought.sort(Comparator.comparingInt(look.order()::indexOf));
        }
        Map<String, String> slots = client.slots();
        boolean leave = formerClient != null && random.nextDouble() < house.leftoverRate();
        // where the former client's identifiers stay: 0 a paragraph's company name, 1 the contact table, 2 the 대표자
        int leftoverKind = leave ? random.nextInt(look.contactTable() ? 3 : 2) : -1;
        if (leftoverKind == 1 && !look.contactTable()) {
            leftoverKind = 0;
        }
        String leftover = null;
        PlanBuilder builder = new PlanBuilder(look);
        if (look.formTable()) {
            builder.general(List.of());
            builder.table(PlanTables.general(client, look.tableVariant()));
        }
        if (look.contactTable()) {
            Applicant named = leftoverKind == 1 ? formerClient : client;
            if (leftoverKind == 1) {
                leftover = "contact:" + formerClient.company().phone();
            }
            builder.table(PlanTables.contact(client, named.company().phone()));
        }
        int number = 0;
        int leftoverSection = random.nextInt(look.order().size());
        for (Sentences.Topic topic : look.order()) {
            number++;
            List<String> paragraphs = new ArrayList<>();
            if (!bought.contains(topic)) {
                int n = 2 + random.nextInt(3);
                for (int i = 0; i < n; i++) {
                    int sentences = 2 + random.nextInt(3);
                    paragraphs.add(
                            Korean.fill(OwnWords.paragraph(random, topic, sentences, look.register(), 0.9), slots));
                }
                builder.section(topic, number, paragraphs);
                addTables(builder, topic, client, random, look.tableVariant());
                continue;
            }
            for (String template : house.bank().get(topic)) {
                if (random.nextDouble() > house.reuseShare()) {
                    continue;
                }
                Map<String, String> these = slots;
                if (leftover == null && leftoverKind != 1 && leftoverKind >= 0 && number - 1 >= leftoverSection) {
                    String key = leftoverKind == 0 ? "c" : "r";
                    if (template.contains("{" + key)) {
                        these = new HashMap<>(slots);
                        these.put(key, formerClient.slots().get(key));
                        leftover = (key.equals("c") ? "company:" : "representative:") + these.get(key);
                    }
                }
                String text = Korean.fill(template, these);
                paragraphs.add(Paraphrase.apply(text, house.paraphrase(), random));
            }
            // the client's own facts: one or two fresh paragraphs per section
            int own = 1 + random.nextInt(2);
            for (int i = 0; i < own; i++) {
                int at = random.nextInt(paragraphs.size() + 1);
                paragraphs.add(at, Korean.fill(OwnWords.paragraph(random, topic, 2, look.register(), 0.9), slots));
            }
            if (topic == look.boilerplateAfter()
                    || (!bought.contains(look.boilerplateAfter()) && topic == bought.get(0))) {
                house.boilerplate().forEach(b -> paragraphs.add(Korean.fill(b, slots)));
            }
            builder.section(topic, number, paragraphs);
            addTables(builder, topic, client, random, look.tableVariant());
        }
        return new Written(builder.build(), leftover, List.copyOf(bought));
    }

    static void addTables(PlanBuilder builder, Sentences.Topic topic, Applicant a, Random random, int variant) {
        switch (topic) {
            case SOLUTION -> builder.table(PlanTables.sales(a, random, variant));
            case SCALEUP -> {
                builder.table(PlanTables.schedule(random, variant));
                builder.table(PlanTables.budget(a, variant));
            }
            case TEAM -> builder.table(PlanTables.staff(a, variant));
            default -> {}
        }
    }
}
