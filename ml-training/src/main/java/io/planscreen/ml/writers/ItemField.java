package io.planscreen.ml.writers;

import java.util.List;

/**
 * The form's 전문기술분야 (택 1), each with the normalised tech areas it maps to, a KSIC section, whether it
 * applies as 제조 or 지식서비스, and the nouns its 창업아이템 are made of ("OO기술이 적용된 OO기능의 OO제품").
 */
enum ItemField {
    MACHINERY(
            "기계·소재",
            List.of("MATERIALS", "ROBOTICS"),
            "C",
            true,
            List.of("경량 복합소재", "정밀 감속기", "협동로봇 그리퍼", "금형 냉각 유닛", "스마트 공구 거치대"),
            List.of("고강성 적층", "마모 예측", "자동 보정", "열변형 저감"),
            List.of("부품 가공업체", "중소 제조공장", "물류센터", "자동차 협력사")),
    ELECTRONICS(
            "전기·전자",
            List.of("SEMICONDUCTOR", "MOBILITY"),
            "C",
            true,
            List.of("배터리 진단 모듈", "저전력 센서 노드", "전력반도체 방열기판", "차량용 카메라 모듈", "무선 충전 패드"),
            List.of("실시간 상태 감지", "저전력 통신", "과열 차단", "고속 충전"),
            List.of("전기차 정비소", "가전 제조사", "공공 시설관리 기관", "전동 킥보드 운영사")),
    ICT(
            "정보·통신",
            List.of("AI", "SECURITY", "FINTECH"),
            "J",
            false,
            List.of("매장 수요예측 SaaS", "문서 자동분류 솔루션", "보안 관제 플랫폼", "소상공인 정산 앱", "상담 챗봇"),
            List.of("딥러닝 기반 예측", "자연어 요약", "이상 접속 탐지", "자동 정산"),
            List.of("프랜차이즈 가맹점", "중견 제조사 구매팀", "지자체", "온라인 셀러")),
    CHEMICAL(
            "화공·섬유",
            List.of("MATERIALS", "CARBON_NEUTRAL"),
            "C",
            true,
            List.of("생분해 포장필름", "기능성 냉감 원단", "친환경 세정제", "재생 PET 원사", "수성 코팅제"),
            List.of("항균", "생분해", "흡습 속건", "저VOC"),
            List.of("식품 포장업체", "아웃도어 브랜드", "세탁 프랜차이즈", "화장품 OEM사")),
    BIO(
            "바이오·의료·생명",
            List.of("BIO"),
            "M",
            false,
            List.of("반려동물 진단키트", "재활 운동 기기", "장내 미생물 분석 서비스", "수면 모니터링 밴드", "구강 스캐너 소프트웨어"),
            List.of("현장 신속 진단", "맞춤형 분석", "비접촉 생체신호 측정", "원격 모니터링"),
            List.of("동물병원", "재활 전문병원", "건강기능식품 업체", "치과 의원")),
    ENERGY(
            "에너지·자원",
            List.of("ENERGY", "CARBON_NEUTRAL", "AGRITECH"),
            "D",
            true,
            List.of("태양광 패널 세척 로봇", "폐열 회수 장치", "스마트팜 양액 제어기", "소형 풍력 인버터", "건물 에너지 관리 시스템"),
            List.of("무인 자동 운전", "에너지 사용량 예측", "원격 제어", "고효율 변환"),
            List.of("발전 사업자", "농업법인", "공동주택 관리사무소", "산업단지 입주기업")),
    DESIGN(
            "공예·디자인",
            List.of("CONTENT"),
            "R",
            false,
            List.of("전통 문양 리빙 소품", "맞춤형 굿즈 제작 플랫폼", "AR 인테리어 시뮬레이터", "업사이클 가방", "캐릭터 IP 콘텐츠"),
            List.of("사용자 맞춤 디자인", "3D 미리보기", "소량 주문 생산", "IP 라이선싱"),
            List.of("온라인 편집숍", "관광기념품 매장", "인테리어 업체", "MZ세대 소비자"));

    final String formName;

    final List<String> techAreas;

    final String ksic;

    final boolean manufacturing;

    final List<String> products;

    final List<String> functions;

    final List<String> customers;

    ItemField(
            String formName,
            List<String> techAreas,
            String ksic,
            boolean manufacturing,
            List<String> products,
            List<String> functions,
            List<String> customers) {
        this.formName = formName;
        this.techAreas = techAreas;
        this.ksic = ksic;
        this.manufacturing = manufacturing;
        this.products = products;
        this.functions = functions;
        this.customers = customers;
    }

    /** Words that make a product one company's own ("휴대형 배터리 진단 모듈"). */
    static final List<String> MODIFIERS = List.of(
            "휴대형", "IoT", "AI 기반", "저소음", "모듈형", "클라우드형", "소형", "산업용", "가정용", "무선", "고내구성", "친환경", "2세대", "양방향", "스마트");

    /** 지원 분야 (택 1) on the form. */
    String supportArea() {
        return manufacturing ? "제조" : "지식서비스";
    }
}
