package io.planscreen.ml.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReuseIndexTests {

    static final String TEMPLATE = "※ 본 항목에는 창업 아이템의 개발 동기와 목적, 국내외 시장 현황 및 문제점을 기재합니다.";

    @Test
    void finds_a_brokers_paragraph_in_other_clients_and_ignores_text_every_company_repeats() {
        ReuseIndex index = new ReuseIndex(new TemplateRule(5, 0.5));
        for (int c = 0; c < 10; c++) {
            List<String> own = new ArrayList<>();
            own.add(TEMPLATE);
            own.add("회사 " + c + "번의 고유한 기술 설명: " + "가나다라마바사아자차카타파하".substring(c % 5, c % 5 + 8)
                    + " 공정의 수율을 개선하는 장비를 설계합니다 " + "예".repeat(c + 1));
            if (c < 3) {
                own.add(MinHashSignatureTests.ORIGINAL);
            }
            index.add("plan-" + c, "company-" + c, own);
        }

        List<String> query = List.of(TEMPLATE, MinHashSignatureTests.LIGHT_EDIT);
        List<ParagraphMatch> matches = index.find(query, "company-new");

        assertThat(matches).extracting(ParagraphMatch::paragraph).containsOnly(1);
        assertThat(matches)
                .extracting(ParagraphMatch::otherCompany)
                .containsExactlyInAnyOrder("company-0", "company-1", "company-2");
        ReuseSignals signals = index.signals(query, "company-new");
        assertThat(signals.paragraphsChecked()).isEqualTo(1);
        assertThat(signals.largestCluster()).isEqualTo(3);
        assertThat(index.find(query, "company-0"))
                .extracting(ParagraphMatch::otherCompany)
                .doesNotContain("company-0");
    }
}
