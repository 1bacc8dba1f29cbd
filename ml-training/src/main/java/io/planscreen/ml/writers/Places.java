package io.planscreen.ml.writers;

import io.planscreen.ml.plan.Region;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Where companies are: a region drawn with roughly the SME shares by 시·도 (the capital area about half), an
 * address on a road of one of the region's districts, and a phone with the region's area code.
 */
final class Places {

    /** Rough shares of SMEs by region; the capital three sum to 0.52 and are rescaled to the option. */
    private static final Map<Region, Double> SHARES = new EnumMap<>(Region.class);

    private static final Map<Region, String[]> DISTRICTS = new EnumMap<>(Region.class);

    private static final Map<Region, String> AREA_CODES = new EnumMap<>(Region.class);

    static {
        put(Region.SEOUL, 0.21, "02", "강남구", "마포구", "성동구", "금천구", "구로구", "송파구");
        put(Region.GYEONGGI, 0.26, "031", "성남시 분당구", "수원시 영통구", "화성시", "안산시 단원구", "고양시 일산동구", "하남시");
        put(Region.INCHEON, 0.05, "032", "연수구", "남동구", "서구", "부평구");
        put(Region.BUSAN, 0.065, "051", "해운대구", "사상구", "강서구", "부산진구");
        put(Region.DAEGU, 0.045, "053", "달서구", "북구", "동구", "수성구");
        put(Region.GWANGJU, 0.03, "062", "북구", "광산구", "서구");
        put(Region.DAEJEON, 0.03, "042", "유성구", "대덕구", "서구");
        put(Region.ULSAN, 0.02, "052", "남구", "울주군", "북구");
        put(Region.SEJONG, 0.007, "044", "조치원읍", "연기면", "한솔동");
        put(Region.GANGWON, 0.03, "033", "춘천시", "원주시", "강릉시");
        put(Region.CHUNGBUK, 0.032, "043", "청주시 흥덕구", "충주시", "진천군");
        put(Region.CHUNGNAM, 0.04, "041", "천안시 서북구", "아산시", "당진시");
        put(Region.JEONBUK, 0.033, "063", "전주시 덕진구", "군산시", "익산시");
        put(Region.JEONNAM, 0.035, "061", "순천시", "나주시", "목포시");
        put(Region.GYEONGBUK, 0.05, "054", "포항시 남구", "구미시", "경산시");
        put(Region.GYEONGNAM, 0.063, "055", "창원시 성산구", "김해시", "진주시");
        put(Region.JEJU, 0.013, "064", "제주시", "서귀포시");
    }

    private static final String[] ROADS = {"중앙로", "산업로", "과학로", "창업로", "테크노로", "혁신로", "벤처로", "대학로", "공단로", "첨단로"};

    private static final String[][] ROMAN = {
        {"김", "Kim"},
        {"이", "Lee"},
        {"박", "Park"},
        {"최", "Choi"},
        {"정", "Jung"},
        {"강", "Kang"},
        {"조", "Cho"},
        {"윤", "Yoon"},
        {"장", "Jang"},
        {"임", "Lim"},
        {"한", "Han"},
        {"오", "Oh"},
        {"서", "Seo"},
        {"신", "Shin"},
        {"권", "Kwon"},
        {"황", "Hwang"},
        {"안", "Ahn"},
        {"송", "Song"},
        {"류", "Ryu"},
        {"홍", "Hong"},
        {"민", "min"},
        {"지", "ji"},
        {"현", "hyun"},
        {"우", "woo"},
        {"준", "jun"},
        {"영", "young"},
        {"수", "su"},
        {"하", "ha"},
        {"은", "eun"},
        {"도", "do"},
        {"태", "tae"},
        {"성", "sung"},
        {"연", "yeon"},
        {"희", "hee"},
        {"재", "jae"},
        {"혜", "hye"},
        {"서", "seo"},
        {"윤", "yun"},
        {"진", "jin"},
        {"호", "ho"},
        {"경", "kyung"},
        {"승", "seung"},
        {"나", "na"},
        {"규", "gyu"}
    };

    private Places() {}

    private static void put(Region region, double share, String areaCode, String... districts) {
        SHARES.put(region, share);
        AREA_CODES.put(region, areaCode);
        DISTRICTS.put(region, districts);
    }

    static Region region(Random random, double capitalShare) {
        double u = random.nextDouble();
        boolean capital = u < capitalShare;
        double base = capital ? 0.52 : 0.48;
        double v = random.nextDouble() * base;
        Region last = null;
        for (Map.Entry<Region, Double> e : SHARES.entrySet()) {
            if (e.getKey().capitalArea() != capital) {
                continue;
            }
            last = e.getKey();
            v -= e.getValue();
            if (v < 0) {
                return last;
            }
        }
        return last;
    }

    /** Korean and English address. */
    static String[] address(Random random, Region region) {
        String[] districts = DISTRICTS.get(region);
        String district = districts[random.nextInt(districts.length)];
        String road = ROADS[random.nextInt(ROADS.length)];
        int number = 1 + random.nextInt(480);
        int floor = 1 + random.nextInt(9);
        String ko = "%s %s %s %d, %d층".formatted(region.officialName(), district, road, number, floor);
        String en = "%dF, %d %s, %s"
                .formatted(
                        floor,
                        number,
                        road,
                        region.aliases().get(region.aliases().size() - 1));
        return new String[] {ko, en};
    }

    static String phone(Random random, Region region) {
        if (random.nextDouble() < 0.3) {
            return "010-%04d-%04d".formatted(random.nextInt(10_000), random.nextInt(10_000));
        }
        String code = AREA_CODES.get(region);
        return "%s-%d%03d-%04d".formatted(code, 2 + random.nextInt(8), random.nextInt(1000), random.nextInt(10_000));
    }

    static String romanise(String name) {
        StringBuilder family = new StringBuilder();
        StringBuilder given = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            String syllable = name.substring(i, i + 1);
            String roman = syllable;
            for (String[] r : ROMAN) {
                if (r[0].equals(syllable) && (i == 0) == Character.isUpperCase(r[1].charAt(0))) {
                    roman = r[1];
                }
            }
            (i == 0 ? family : given).append(roman.toLowerCase(Locale.ROOT));
        }
        String g = given.toString();
        String f = family.toString();
        return (g.isEmpty() ? "" : Character.toUpperCase(g.charAt(0)) + g.substring(1) + " ")
                + (f.isEmpty() ? "" : Character.toUpperCase(f.charAt(0)) + f.substring(1));
    }
}
