package io.planscreen.ml.plan;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The 17 first-level administrative divisions (시·도). Policy compares the capital area (서울, 인천,
 * 경기) with the rest. Aliases cover the short and former names plans use (e.g. "서울시", "강원도",
 * "전라북도" before 2024's 전북특별자치도).
 */
public enum Region {
    SEOUL("서울특별시", true, "서울", "서울시", "Seoul"),
    BUSAN("부산광역시", false, "부산", "부산시", "Busan"),
    DAEGU("대구광역시", false, "대구", "대구시", "Daegu"),
    INCHEON("인천광역시", true, "인천", "인천시", "Incheon"),
    GWANGJU("광주광역시", false, "광주", "광주시", "Gwangju"),
    DAEJEON("대전광역시", false, "대전", "대전시", "Daejeon"),
    ULSAN("울산광역시", false, "울산", "울산시", "Ulsan"),
    SEJONG("세종특별자치시", false, "세종", "세종시", "Sejong"),
    GYEONGGI("경기도", true, "경기", "Gyeonggi"),
    GANGWON("강원특별자치도", false, "강원", "강원도", "Gangwon"),
    CHUNGBUK("충청북도", false, "충북", "Chungcheongbuk", "North Chungcheong"),
    CHUNGNAM("충청남도", false, "충남", "Chungcheongnam", "South Chungcheong"),
    JEONBUK("전북특별자치도", false, "전북", "전라북도", "Jeollabuk", "North Jeolla"),
    JEONNAM("전라남도", false, "전남", "Jeollanam", "South Jeolla"),
    GYEONGBUK("경상북도", false, "경북", "Gyeongsangbuk", "North Gyeongsang"),
    GYEONGNAM("경상남도", false, "경남", "Gyeongsangnam", "South Gyeongsang"),
    JEJU("제주특별자치도", false, "제주", "제주도", "Jeju");

    private final String officialName;

    private final boolean capitalArea;

    private final List<String> aliases;

    Region(String officialName, boolean capitalArea, String... aliases) {
        this.officialName = officialName;
        this.capitalArea = capitalArea;
        this.aliases = List.of(aliases);
    }

    public String officialName() {
        return officialName;
    }

    public boolean capitalArea() {
        return capitalArea;
    }

    public List<String> aliases() {
        return aliases;
    }

    /** The region an address or name starts with, by official name or alias (longest match wins). */
    public static Optional<Region> fromText(String text) {
        String t = text.strip();
        Region best = null;
        int bestLength = 0;
        for (Region region : values()) {
            for (String name : names(region)) {
                if (t.regionMatches(true, 0, name, 0, name.length()) && name.length() > bestLength) {
                    best = region;
                    bestLength = name.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static List<String> names(Region region) {
        return Stream.concat(Arrays.stream(new String[] {region.officialName}), region.aliases.stream())
                .toList();
    }
}
