package io.planscreen.ml.writers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The block a broker pastes into every client's plan: policy fit, commitment, after-care. Each house draws a
 * few of these paragraphs once; slots take the client's facts.
 */
final class Boilerplate {

    private static final String[] PARAGRAPHS = {
        "{c|은} 정부의 창업 생태계 활성화 정책 방향에 부합하는 기업으로, 본 사업을 통해 지역 일자리 창출과 혁신 성장에 기여한다",
        "본 과제는 중소벤처기업부의 도약기 창업기업 지원 취지에 맞추어 {i|을} 시장에 안착시키는 데 목적이 있다",
        "{c|은} 협약기간 동안 사업비를 관리 기준에 맞게 투명하게 집행하고 성과 지표를 분기별로 점검한다",
        "대표자 {r|은} 본 사업을 기업 성장의 전환점으로 삼아 모든 역량을 집중할 것이다",
        "협약 종료 이후에도 후속 지원사업과 투자 연계를 통해 성과를 지속적으로 확대할 계획이다",
        "사업 수행 과정에서 발생하는 위험 요인은 사전에 식별하고 대응 방안을 마련하여 관리한다",
        "{g} 지역의 산업 기반과 연계하여 협력사와 함께 성장하는 상생 모델을 구축할 계획이다",
        "ESG 경영 원칙에 따라 친환경 소재 사용과 공정한 거래 관행을 실천한다"
    };

    private Boilerplate() {}

    static List<String> draw(Random random, Korean.Register register) {
        List<String> pool = new ArrayList<>(List.of(PARAGRAPHS));
        Collections.shuffle(pool, random);
        List<String> out = new ArrayList<>();
        int n = 2 + random.nextInt(2);
        for (int i = 0; i < n; i++) {
            // two sentences a paragraph, so one block paragraph is long enough to be matched as reuse
            String first = Korean.inRegister(pool.get(2 * i) + ".", register);
            String second = Korean.inRegister(pool.get(2 * i + 1) + ".", register);
            out.add(first + " " + second);
        }
        return out;
    }
}
