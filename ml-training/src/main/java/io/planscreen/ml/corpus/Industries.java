package io.planscreen.ml.corpus;

import java.util.Map;
import java.util.Random;

/** KSIC sections and technology areas as plans write them. */
final class Industries {

    private static final Map<String, String[]> KSIC = Map.ofEntries(
            Map.entry("A", new String[] {"농업, 임업 및 어업", "Agriculture, forestry and fishing"}),
            Map.entry("C", new String[] {"제조업", "Manufacturing"}),
            Map.entry("D", new String[] {"전기, 가스, 증기 및 공기 조절 공급업", "Electricity, gas and steam supply"}),
            Map.entry("E", new String[] {"수도, 하수 및 폐기물 처리, 원료 재생업", "Water supply, sewerage and waste management"}),
            Map.entry("H", new String[] {"운수 및 창고업", "Transportation and storage"}),
            Map.entry("J", new String[] {"정보통신업", "Information and communication"}),
            Map.entry("K", new String[] {"금융 및 보험업", "Financial and insurance activities"}),
            Map.entry("M", new String[] {"전문, 과학 및 기술 서비스업", "Professional, scientific and technical activities"}),
            Map.entry("Q", new String[] {"보건업 및 사회복지 서비스업", "Human health and social work"}),
            Map.entry("R", new String[] {"예술, 스포츠 및 여가관련 서비스업", "Arts, sports and recreation"}));

    private static final Map<String, String[]> TECH = Map.ofEntries(
            Map.entry("AI", new String[] {"인공지능(AI)", "AI", "Artificial intelligence"}),
            Map.entry("SEMICONDUCTOR", new String[] {"반도체", "시스템반도체", "Semiconductors"}),
            Map.entry("BIO", new String[] {"바이오", "바이오헬스", "Biotechnology"}),
            Map.entry("CARBON_NEUTRAL", new String[] {"탄소중립", "탄소중립·환경", "Carbon neutrality"}),
            Map.entry("MOBILITY", new String[] {"모빌리티", "미래차", "Mobility"}),
            Map.entry("ROBOTICS", new String[] {"로봇", "지능형 로봇", "Robotics"}),
            Map.entry("FINTECH", new String[] {"핀테크", "금융IT", "Fintech"}),
            Map.entry("CONTENT", new String[] {"콘텐츠", "디지털콘텐츠", "Digital content"}),
            Map.entry("ENERGY", new String[] {"에너지", "에너지신산업", "Energy"}),
            Map.entry("MATERIALS", new String[] {"소재", "소재·부품", "Advanced materials"}),
            Map.entry("SECURITY", new String[] {"정보보호", "사이버보안", "Cybersecurity"}),
            Map.entry("AGRITECH", new String[] {"스마트농업", "스마트팜", "Agritech"}));

    private Industries() {}

    static String written(String section, boolean ko, Random random) {
        String[] names = KSIC.get(section);
        if (!ko) {
            return random.nextBoolean() ? names[1] : names[1] + " (KSIC " + section + ")";
        }
        return switch (random.nextInt(3)) {
            case 0 -> names[0];
            case 1 -> names[0] + "(" + section + ")";
            default -> section + ". " + names[0];
        };
    }

    static String techWritten(String area, boolean ko, Random random) {
        String[] names = TECH.get(area);
        return ko ? names[random.nextInt(2)] : names[2];
    }
}
