package io.planscreen.ml.corpus;

import java.util.List;
import java.util.Map;

/**
 * The generator's vocabulary (sentence templates with {slots}). It is the generator's alone: the
 * classifier must learn from the generated data, never from these lists.
 *
 * <p>Korean ending tokens let one template be written 개조식 ("~함"), 합니다체 or 한다체: {있} {함}
 * {한다} {됨} {임} {할예정} {었} {했}. {slot|은} appends the right particle (은/는, 이/가, 을/를, 과/와,
 * 으로/로).
 *
 * <p>Longer than the project's 300-line guide on purpose: it is data (the sentence pools), no logic.
 */
final class Phrasebook {

    enum Role {
        OVERVIEW,
        PROBLEM,
        SOLUTION,
        GOAL,
        SCALEUP,
        TEAM
    }

    private Phrasebook() {}

    static final Map<String, String[]> ENDINGS = Map.of(
            "{있}", new String[] {"있음", "있습니다", "있다"},
            "{함}", new String[] {"함", "합니다", "하다"},
            "{한다}", new String[] {"함", "합니다", "한다"},
            "{됨}", new String[] {"됨", "됩니다", "된다"},
            "{임}", new String[] {"임", "입니다", "이다"},
            "{할예정}", new String[] {"할 예정임", "할 예정입니다", "할 예정이다"},
            "{었}", new String[] {"었음", "었습니다", "었다"},
            "{했}", new String[] {"했음", "했습니다", "했다"},
            "{았}", new String[] {"았음", "았습니다", "았다"},
            "{였}", new String[] {"였음", "였습니다", "였다"});

    /** Sentences anyone writes. */
    static final Map<Role, List<String>> COMMON_KO = Map.of(
            Role.OVERVIEW,
                    List.of(
                            "{product|은} {customer|이} 겪는 {pain} 문제를 해결하는 {tech} 기반 제품{임}",
                            "주요 고객은 {customer}이며 초기 시장은 국내 {city} 지역{임}",
                            "{company|은} {product|을} 통해 {customer}의 업무 시간을 줄이는 것을 목표로 {한다}"),
            Role.PROBLEM,
                    List.of(
                            "{customer|은} {pain|으로} 인해 생산성 저하를 겪고 {있}",
                            "기존 솔루션은 가격이 높고 도입 절차가 복잡하여 {customer}의 활용도가 낮은 상황{임}",
                            "{tech} 기술의 발전으로 {market} 분야의 문제를 저비용으로 해결할 수 있는 환경이 조성{됨}",
                            "특히 지역 중소기업은 전문 인력 확보가 어려워 {pain} 문제가 더욱 심각{함}",
                            "이러한 문제를 해결하기 위해 {product}의 개발이 필요{함}",
                            "고객 인터뷰 결과 {customer}의 상당수가 {pain|을} 가장 큰 애로사항으로 꼽{았}"),
            Role.SOLUTION,
                    List.of(
                            "{company|은} {tech} 기술을 활용한 {product|을} 개발{할예정}",
                            "핵심 기능은 데이터 수집, 분석, 결과 리포트의 3단계로 구성{됨}",
                            "시제품을 통해 {kpi} {kpiTo}{unit} 수준을 목표로 {한다}",
                            "개발은 설계, 시제품 제작, 현장 실증, 고도화 순으로 추진{할예정}",
                            "경쟁 제품 대비 도입 비용을 낮추고 사용 편의성을 높인 것이 차별점{임}",
                            "개발된 제품은 {customer}의 현장에서 실증을 거쳐 완성도를 높일 계획{임}"),
            Role.GOAL,
                    List.of(
                            "최종목표는 {product}의 상용화 수준 개발{임}",
                            "{kpi} {kpiTo}{unit} 이상을 달성하는 것을 목표로 {한다}",
                            "공인시험기관 시험성적서를 통해 성능을 검증{할예정}",
                            "성능지표는 1차년도 중간 점검과 최종 평가에서 각각 측정{할예정}"),
            Role.SCALEUP,
                    List.of(
                            "초기에는 {city} 지역 {customer|을} 중심으로 판매를 시작{할예정}",
                            "구독형(SaaS) 요금제와 설치형 라이선스를 병행{할예정}",
                            "{targetYear}년 매출 {revenueTarget} 달성을 목표로 {한다}",
                            "향후 동남아 등 해외 시장 진출을 추진{할예정}",
                            "투자 유치를 통해 생산 및 마케팅 역량을 강화{할예정}"),
            Role.TEAM,
                    List.of(
                            "대표자는 {field} 분야에서 {years}년간 근무한 경력을 보유{한다}",
                            "현재 개발 인력 {devs}명과 영업 인력 {sales}명으로 구성{됨}",
                            "추가로 {hire}명의 개발자를 채용{할예정}",
                            "팀원 중 석사 이상 인력은 {hire}명{임}"));

    /** Sentences only someone who did the work can write: named pilots, measured numbers, a story. */
    static final Map<Role, List<String>> SPECIFIC_KO = Map.of(
            Role.OVERVIEW,
                    List.of(
                            "{pilot}에서 {weeks}주간 써 본 담당자들이 가장 좋아한 기능은 자동 리포트{였}",
                            "지금은 {pilot} 한 곳에서 유료로 쓰고 있고 월 {price}원을 받고 {있}"),
            Role.PROBLEM,
                    List.of(
                            "대표가 {employer}에서 {years}년간 일하면서 직접 겪은 문제가 창업의 계기가 되{었}",
                            "작년 {customer} {k}곳의 담당자를 인터뷰했더니 {k2}곳이 같은 불편을 이야기{했}",
                            "{pilot}의 경우 한 달에 약 {hours}시간을 이 작업에 쓰고 {있}",
                            "{pilot} 현장 책임자는 '{quote}'라고 말{했}"),
            Role.SOLUTION,
                    List.of(
                            "{month}월에 {pilot}에서 시범 적용한 결과 {kpi|이} {kpiFrom}{unit}에서 {kpiTo}{unit}로 개선되{었}",
                            "현재 시제품 v{ver} 버전까지 만들었고 {pilot}에서 {weeks}주째 테스트 중{임}",
                            "핵심 알고리즘은 자체 수집한 데이터 {dataN}건으로 학습{했}",
                            "첫 시제품은 {pilot} 현장에서 오작동이 잦아 센서 위치를 세 번 바꾸{었}"),
            Role.GOAL,
                    List.of(
                            "시범 적용에서 얻은 {kpi} {kpiFrom}{unit}를 기준선으로 삼아 {kpiTo}{unit}까지 끌어올리는 것이 목표{임}",
                            "측정은 {pilot} 현장 데이터 {dataN}건으로 {한다}"),
            Role.SCALEUP,
                    List.of(
                            "{pilot} 포함 {loi}곳과 구매의향서(LOI)를 체결{했}",
                            "첫 해에는 {pilot} 같은 {customer} {k}곳에 월 {price}원 수준으로 공급하는 것이 현실적인 목표{임}",
                            "{city} 테크노파크의 실증 지원사업에 선정되어 {month}월부터 현장 테스트를 시작{할예정}"),
            Role.TEAM,
                    List.of(
                            "대표 {rep|은} {school} {major} 출신으로 {employer}에서 {years}년 근무{했}",
                            "CTO는 대표의 예전 동료로 {field} 개발 경험이 {years2}년{임}",
                            "창업 멤버 3명은 모두 {employer} 출신이라 현장 용어와 업무 흐름을 잘 알고 {있}"));

    /** Sentences of the grant-writing trade: templates' own words, big claims, policy. */
    static final Map<Role, List<String>> TRADE_KO = Map.of(
            Role.OVERVIEW,
                    List.of(
                            "{product|은} {buzz} 기반의 차세대 혁신 솔루션으로 {customer}의 경쟁력을 획기적으로 제고할 수 {있}",
                            "본 아이템은 {tech} 원천기술과 비즈니스 모델을 결합한 토탈 솔루션{임}"),
            Role.PROBLEM,
                    List.of(
                            "{buzz} 시대를 맞아 {market} 산업 전반의 패러다임이 급격히 변화하고 {있}",
                            "글로벌 시장 환경 변화에 따라 {tech} 기반 혁신 솔루션에 대한 수요가 폭발적으로 증가하고 {있}",
                            "이에 따라 {customer}의 경쟁력 제고를 위한 차별화된 솔루션 확보가 시급{함}",
                            "정부 역시 {policy} 등을 통해 관련 산업 육성을 적극 추진하고 {있}",
                            "본 아이템은 이러한 시장의 페인포인트(Pain Point)를 근본적으로 해결할 수 있는 최적의 대안{임}"),
            Role.SOLUTION,
                    List.of(
                            "{company|은} 독보적인 {tech} 원천기술을 기반으로 {product|을} 개발{할예정}",
                            "본 기술은 기존 대비 성능을 획기적으로 향상시킨 {buzz} 기반 토탈 솔루션{임}",
                            "단계별 개발 로드맵에 따라 체계적인 기술개발을 추진{할예정}",
                            "특허 출원 및 지식재산권 확보를 통해 기술적 진입장벽을 구축{할예정}",
                            "핵심 성능지표 달성을 통해 기술 경쟁력을 확보하고 시장을 선도{할예정}"),
            Role.GOAL,
                    List.of(
                            "본 과제의 최종목표는 {buzz} 기반 {product} 개발 및 상용화{임}",
                            "정량적 성능지표를 설정하여 객관적인 성과 검증 체계를 구축{할예정}",
                            "{kpi} 세계 최고 수준인 {kpiTo}{unit} 달성을 목표로 {한다}"),
            Role.SCALEUP,
                    List.of(
                            "1단계 국내 시장 안착, 2단계 해외 시장 진출, 3단계 글로벌 플랫폼 도약의 3단계 성장전략을 추진{할예정}",
                            "온·오프라인 마케팅 및 전시회 참가를 통해 브랜드 인지도를 극대화{할예정}",
                            "{buzz} 트렌드에 부합하는 비즈니스 모델로 지속 가능한 성장 기반을 마련{할예정}",
                            "향후 VC 투자 유치 및 IPO를 통해 글로벌 강소기업으로 도약{할예정}",
                            "정부 지원사업과 연계하여 사업화 성과를 극대화{할예정}"),
            Role.TEAM,
                    List.of(
                            "대표자는 해당 분야의 풍부한 경험과 전문성을 보유한 전문가로서 사업 수행 역량이 우수{함}",
                            "분야별 핵심 인력으로 구성된 최적의 팀 구성을 통해 성공적인 과제 수행이 가능{함}",
                            "외부 전문가 자문단 및 협력기관 네트워크를 통해 역량을 보완{할예정}"));

    static final Map<Role, List<String>> COMMON_EN = Map.of(
            Role.OVERVIEW,
                    List.of(
                            "{product} solves {pain} for {customer} with {tech}.",
                            "Our first customers are {customer} in the {city} area."),
            Role.PROBLEM,
                    List.of(
                            "{customer} lose productivity because of {pain}.",
                            "Existing tools are expensive and hard to deploy, so few {customer} use them.",
                            "Advances in {tech} now make it affordable to solve this problem.",
                            "To address this, we need to develop {product}."),
            Role.SOLUTION,
                    List.of(
                            "We will develop {product} based on {tech}.",
                            "The prototype targets {kpi} of {kpiTo}{unit}.",
                            "Development proceeds from design to prototype, field test and refinement.",
                            "Compared with competitors, our product costs less to deploy and is easier to use."),
            Role.GOAL,
                    List.of(
                            "The final goal is a commercial-grade {product}.",
                            "We aim for {kpi} of at least {kpiTo}{unit}.",
                            "Performance will be verified by an accredited testing laboratory."),
            Role.SCALEUP,
                    List.of(
                            "We will start selling to {customer} in the {city} area.",
                            "We will offer a subscription plan alongside on-premise licences.",
                            "We target revenue of {revenueTarget} by {targetYear}.",
                            "We then plan to enter Southeast Asian markets."),
            Role.TEAM,
                    List.of(
                            "The CEO has {years} years of experience in {field}.",
                            "The team has {devs} engineers and {sales} sales staff.",
                            "We will hire {hire} more developers."));

    static final Map<Role, List<String>> SPECIFIC_EN = Map.of(
            Role.OVERVIEW, List.of("{pilot} has been a paying customer for {weeks} weeks at {price} won a month."),
            Role.PROBLEM,
                    List.of(
                            "Our CEO ran into this problem first-hand during {years} years at {employer}.",
                            "We interviewed {k} {customer} last year and {k2} of them named the same pain.",
                            "{pilot} spends about {hours} hours a month on this task."),
            Role.SOLUTION,
                    List.of(
                            "In a pilot at {pilot} in month {month}, {kpi} improved from {kpiFrom}{unit} to {kpiTo}{unit}.",
                            "Prototype v{ver} has been running at {pilot} for {weeks} weeks.",
                            "The model was trained on {dataN} records we collected ourselves."),
            Role.GOAL, List.of("Our baseline is the {kpiFrom}{unit} {kpi} measured at {pilot}."),
            Role.SCALEUP,
                    List.of(
                            "We signed letters of intent with {loi} companies including {pilot}.",
                            "A realistic first year is {k} customers like {pilot} at {price} won a month."),
            Role.TEAM,
                    List.of(
                            "{rep} studied {major} at {school} and worked at {employer} for {years} years.",
                            "Our CTO worked with the CEO before and has {years2} years in {field}."));

    static final Map<Role, List<String>> TRADE_EN = Map.of(
            Role.OVERVIEW,
                    List.of(
                            "{product} is a next-generation {buzz} solution that dramatically strengthens the competitiveness of {customer}."),
            Role.PROBLEM,
                    List.of(
                            "In the era of {buzz}, the {market} industry is undergoing a rapid paradigm shift.",
                            "Demand for innovative {tech} solutions is growing explosively worldwide.",
                            "The government is actively fostering the industry through {policy}.",
                            "This item is the optimal answer to the market's fundamental pain points."),
            Role.SOLUTION,
                    List.of(
                            "{company} will develop {product} on the basis of its unique {tech} core technology.",
                            "It is a total {buzz} solution that dramatically improves performance over existing products.",
                            "Patents and IP will build a technological barrier to entry.",
                            "Reaching the key performance indicators will secure market leadership."),
            Role.GOAL,
                    List.of(
                            "The final goal is the development and commercialisation of a {buzz}-based {product}.",
                            "We target world-class {kpi} of {kpiTo}{unit}."),
            Role.SCALEUP,
                    List.of(
                            "A three-stage strategy: domestic foothold, overseas expansion, then a global platform.",
                            "Online and offline marketing and trade shows will maximise brand awareness.",
                            "VC investment and an IPO will make us a global hidden champion."),
            Role.TEAM,
                    List.of(
                            "The CEO is a seasoned expert with deep experience and strong execution capability.",
                            "An optimal team of core specialists ensures successful delivery."));

    static final List<String> BUZZ_KO = List.of(
            "4차 산업혁명",
            "디지털 전환(DX)",
            "ESG 경영",
            "포스트 코로나",
            "초연결",
            "AI 대전환(AX)",
            "데이터 경제",
            "초격차",
            "K-글로벌",
            "스마트 팩토리",
            "메타버스",
            "그린 뉴딜");

    static final List<String> BUZZ_EN = List.of(
            "Fourth Industrial Revolution",
            "digital transformation",
            "ESG",
            "hyper-connectivity",
            "AI transformation",
            "data economy",
            "smart factory",
            "green new deal");

    static final List<String> POLICY_KO =
            List.of("K-스타트업 육성 정책", "디지털 뉴딜", "2050 탄소중립 전략", "중소기업 스마트화 지원사업", "AI 일상화 정책", "소부장 경쟁력 강화 대책");

    static final List<String> POLICY_EN =
            List.of("the K-Startup programme", "the Digital New Deal", "the 2050 carbon neutrality strategy");

    /** Macro statistics grant writers paste into any plan, whatever the item. */
    static final List<String> MACRO_STATS_KO = List.of(
            "전 세계 디지털 전환 시장은 2027년 3조 9,000억 달러 규모로 연평균 16.5% 성장할 전망(IDC)",
            "국내 중소기업의 스마트공장 도입률은 20% 미만에 그침(중소벤처기업부)",
            "국내 벤처투자 규모는 2021년 7조 6,802억 원으로 사상 최대를 기록(한국벤처캐피탈협회)",
            "글로벌 ESG 투자 자산은 2025년 53조 달러에 이를 전망(블룸버그 인텔리전스)",
            "국내 창업기업의 5년 생존율은 33.8%로 OECD 평균 대비 낮은 수준(통계청)",
            "세계 SaaS 시장은 2023년 1,970억 달러로 매년 18% 이상 성장(가트너)");

    static final List<String> MACRO_STATS_EN = List.of(
            "the global digital transformation market is forecast at USD 3.9 trillion by 2027, growing 16.5% a year (IDC)",
            "fewer than 20% of Korean SMEs run a smart factory (MSS)",
            "global ESG assets may reach USD 53 trillion by 2025 (Bloomberg Intelligence)",
            "the five-year survival rate of Korean start-ups is 33.8% (Statistics Korea)");

    static final String[][] SYNONYMS_KO = {
        {"확보", "구축"},
        {"고도화", "개선"},
        {"추진", "진행"},
        {"필요", "요구"},
        {"경쟁력", "시장 경쟁력"},
        {"극대화", "최대화"},
        {"제고", "향상"},
        {"선도", "주도"},
        {"급격히", "빠르게"},
        {"획기적으로", "크게"},
        {"최적의", "가장 효과적인"},
        {"체계적인", "단계적인"},
        {"솔루션", "해결책"},
        {"도약", "성장"},
        {"시급", "절실"},
        {"적극", "활발히"},
        {"기반", "토대"},
        {"폭발적으로", "가파르게"}
    };

    static final String[][] SYNONYMS_EN = {
        {"dramatically", "significantly"}, {"innovative", "novel"}, {"rapid", "fast"}, {"optimal", "best"},
        {"secure", "ensure"}, {"maximise", "boost"}, {"growing", "expanding"}, {"develop", "build"}
    };

    static final String[] BULLETS = {"", "", "○ ", "◦ ", "- ", "• ", "▶ ", "□ ", "· "};

    static final String[] CONNECTIVES_KO = {"또한 ", "특히 ", "이에 따라 ", "나아가 ", "아울러 ", "따라서 ", "이를 통해 "};

    static final String[] CONNECTIVES_EN = {
        "Moreover, ", "In particular, ", "Accordingly, ", "Furthermore, ", "As a result, "
    };

    static final String[] TYPOS_KO = {"됐", "됬", "역할", "역활", "며칠", "몇일", "어떻게", "어떡게", "금세", "금새", "설립", "설럽"};

    static final String[] EMPLOYERS_KO = {
        "삼성전자", "현대자동차", "LG화학", "네이버", "한국전자통신연구원", "중소 제조업체", "대학병원", "SK하이닉스", "카카오", "지역 농협"
    };

    static final String[] EMPLOYERS_EN = {
        "Samsung Electronics",
        "Hyundai Motor",
        "LG Chem",
        "Naver",
        "ETRI",
        "a mid-sized manufacturer",
        "a university hospital",
        "Kakao"
    };

    static final String[] SCHOOLS_KO = {"KAIST", "서울대학교", "부산대학교", "경북대학교", "전남대학교", "충남대학교", "한양대학교", "POSTECH"};

    static final String[] MAJORS_KO = {"전자공학", "컴퓨터공학", "기계공학", "화학공학", "생명과학", "산업공학", "경영학"};

    static final String[] MAJORS_EN = {
        "electrical engineering",
        "computer science",
        "mechanical engineering",
        "chemical engineering",
        "biology",
        "business"
    };

    static final String[] PILOTS_KO = {"○○정밀", "대성산업", "한울병원", "세진물류", "동방농원", "미래전자", "청솔식품", "우진금속", "해담스튜디오", "보람에너지"
    };

    static final String[] PILOTS_EN = {
        "Daesung Industrial", "Hanul Hospital", "Sejin Logistics", "Mirae Electronics", "Woojin Metal", "Boram Energy"
    };

    static final String[] QUOTES_KO = {"이거 없으면 야근해야 한다", "검사 인력을 더 못 구한다", "비용만 줄면 바로 쓰겠다", "엑셀로는 더 못 버틴다"};
}
