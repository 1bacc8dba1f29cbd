package io.planscreen.ml.forms;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.ml.plan.PlanText;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LeapFormFillerTests {

    @Test
    void drawn_budgets_keep_the_calls_rules() {
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) {
            LeapFormFacts f = LeapFormFacts.draw(random);
            double total = f.totalMillion();
            assertThat(f.govMillion() / total).isLessThanOrEqualTo(0.70);
            assertThat(f.cashMillion() / total).isGreaterThanOrEqualTo(0.10);
            assertThat(f.inKindMillion() / total).isLessThanOrEqualTo(0.20);
            assertThat(f.govMillion()).isLessThanOrEqualTo(f.successReturn() ? 300 : 200);
        }
    }

    @Test
    void the_fill_has_the_forms_label_cells_guidance_and_the_chosen_option_marked() {
        LeapFormFacts f = LeapFormFacts.draw(new Random(1));

        PlanText marked = LeapFormFiller.fill(f, true);
        PlanText deleted = LeapFormFiller.fill(f, false);

        List<String> cells = marked.tables().stream()
                .flatMap(List::stream)
                .flatMap(List::stream)
                .toList();
        for (String label : LeapFormFiller.FORM_LABELS) {
            assertThat(cells).anyMatch(c -> c.replace(" ", "").startsWith(label.replace(" ", "")));
        }
        assertThat(marked.paragraphs()).anyMatch(p -> p.startsWith("※"));
        assertThat(cells).anyMatch(c -> c.contains("■ " + f.businessType()));
        assertThat(deleted.tables().get(0).get(1)).contains(f.businessType());
        assertThat(f.gold()).containsEntry("founded_on", f.opened().toString());
    }
}
