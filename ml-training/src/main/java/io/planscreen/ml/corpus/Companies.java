package io.planscreen.ml.corpus;

import io.planscreen.ml.plan.BusinessRegistrationNumbers;
import io.planscreen.ml.plan.FieldKeys;
import io.planscreen.ml.plan.Region;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Draws synthetic companies: names, valid BRNs, regions at their real shares, sizes and finances. */
final class Companies {

    private static final String[][] CORES = {
        {"한빛", "Hanbit"}, {"누리", "Nuri"}, {"다온", "Daon"}, {"새봄", "Saebom"}, {"라온", "Raon"},
        {"미르", "Mir"}, {"가람", "Garam"}, {"슬기", "Seulgi"}, {"아라", "Ara"}, {"별하", "Byeolha"},
        {"하람", "Haram"}, {"나래", "Narae"}, {"도담", "Dodam"}, {"여울", "Yeoul"}, {"윤슬", "Yunseul"},
        {"큐브", "Cube"}, {"비전", "Vision"}, {"코어", "Core"}, {"딥", "Deep"}, {"그린", "Green"},
        {"블루", "Blue"}, {"넥스", "Nex"}, {"퀀텀", "Quantum"}, {"온새", "Onsae"}, {"해솔", "Haesol"},
        {"시온", "Sion"}, {"이음", "Ieum"}, {"마루", "Maru"}, {"초록", "Chorok"}, {"에이블", "Able"}
    };

    private static final Map<String, String[][]> SUFFIXES = Map.ofEntries(
            Map.entry("AI", new String[][] {{"에이아이", "AI"}, {"랩스", "Labs"}, {"인텔리전스", "Intelligence"}}),
            Map.entry("SEMICONDUCTOR", new String[][] {{"세미콘", "Semicon"}, {"테크", "Tech"}, {"디바이스", "Devices"}}),
            Map.entry("BIO", new String[][] {{"바이오", "Bio"}, {"진단", "Diagnostics"}, {"헬스", "Health"}}),
            Map.entry("CARBON_NEUTRAL", new String[][] {{"그린텍", "Greentech"}, {"카본", "Carbon"}, {"이앤씨", "E&C"}}),
            Map.entry("MOBILITY", new String[][] {{"모빌리티", "Mobility"}, {"모터스", "Motors"}, {"로지스", "Logis"}}),
            Map.entry("ROBOTICS", new String[][] {{"로보틱스", "Robotics"}, {"오토메이션", "Automation"}, {"테크", "Tech"}}),
            Map.entry("FINTECH", new String[][] {{"페이", "Pay"}, {"핀테크", "Fintech"}, {"파이낸셜", "Financial"}}),
            Map.entry("CONTENT", new String[][] {{"스튜디오", "Studio"}, {"미디어", "Media"}, {"엔터", "Ent"}}),
            Map.entry("ENERGY", new String[][] {{"에너지", "Energy"}, {"파워", "Power"}, {"솔라", "Solar"}}),
            Map.entry("MATERIALS", new String[][] {{"머티리얼즈", "Materials"}, {"켐", "Chem"}, {"소재", "Materials"}}),
            Map.entry("SECURITY", new String[][] {{"시큐리티", "Security"}, {"보안", "Secure"}, {"시큐어", "Secure"}}),
            Map.entry("AGRITECH", new String[][] {{"팜", "Farm"}, {"애그리텍", "Agritech"}, {"그로우", "Grow"}}));

    static final String[][] SURNAMES = {
        {"김", "Kim"}, {"이", "Lee"}, {"박", "Park"}, {"최", "Choi"}, {"정", "Jung"}, {"강", "Kang"},
        {"조", "Cho"}, {"윤", "Yoon"}, {"장", "Jang"}, {"임", "Lim"}, {"한", "Han"}, {"오", "Oh"},
        {"서", "Seo"}, {"신", "Shin"}, {"권", "Kwon"}, {"황", "Hwang"}, {"안", "Ahn"}, {"송", "Song"}
    };

    static final String[][] GIVEN = {
        {"민", "min"}, {"서", "seo"}, {"준", "jun"}, {"지", "ji"}, {"현", "hyun"}, {"우", "woo"},
        {"수", "su"}, {"영", "young"}, {"도", "do"}, {"하", "ha"}, {"은", "eun"}, {"재", "jae"},
        {"윤", "yoon"}, {"성", "sung"}, {"태", "tae"}, {"진", "jin"}, {"호", "ho"}, {"연", "yeon"}
    };

    private static final Map<Region, String[][]> DISTRICTS = Map.ofEntries(
            Map.entry(Region.SEOUL, new String[][] {
                {"강남구 테헤란로", "Teheran-ro, Gangnam-gu"},
                {"금천구 가산디지털1로", "Gasan digital 1-ro, Geumcheon-gu"},
                {"마포구 월드컵북로", "World Cup buk-ro, Mapo-gu"}
            }),
            Map.entry(Region.BUSAN, new String[][] {
                {"해운대구 센텀중앙로", "Centum jungang-ro, Haeundae-gu"}, {"강서구 녹산산단로", "Noksan sandan-ro, Gangseo-gu"}
            }),
            Map.entry(
                    Region.DAEGU,
                    new String[][] {{"북구 호암로", "Hoam-ro, Buk-gu"}, {"달서구 성서공단로", "Seongseo gongdan-ro, Dalseo-gu"}}),
            Map.entry(Region.INCHEON, new String[][] {
                {"연수구 송도과학로", "Songdo gwahak-ro, Yeonsu-gu"}, {"남동구 남동대로", "Namdong-daero, Namdong-gu"}
            }),
            Map.entry(Region.GWANGJU, new String[][] {
                {"북구 첨단과기로", "Cheomdan gwagi-ro, Buk-gu"}, {"광산구 하남산단로", "Hanam sandan-ro, Gwangsan-gu"}
            }),
            Map.entry(
                    Region.DAEJEON,
                    new String[][] {{"유성구 대덕대로", "Daedeok-daero, Yuseong-gu"}, {"대덕구 대화로", "Daehwa-ro, Daedeok-gu"}}),
            Map.entry(
                    Region.ULSAN,
                    new String[][] {{"남구 삼산로", "Samsan-ro, Nam-gu"}, {"울주군 반천산업로", "Banchen saneop-ro, Ulju-gun"}}),
            Map.entry(Region.SEJONG, new String[][] {{"집현중앙로", "Jiphyeon jungang-ro"}, {"한누리대로", "Hannuri-daero"}}),
            Map.entry(Region.GYEONGGI, new String[][] {
                {"성남시 분당구 판교역로", "Pangyoyeok-ro, Bundang-gu, Seongnam-si"},
                {"수원시 영통구 광교로", "Gwanggyo-ro, Yeongtong-gu, Suwon-si"},
                {"화성시 동탄대로", "Dongtan-daero, Hwaseong-si"},
                {"안산시 단원구 별망로", "Byeolmang-ro, Danwon-gu, Ansan-si"}
            }),
            Map.entry(
                    Region.GANGWON,
                    new String[][] {{"춘천시 후석로", "Huseok-ro, Chuncheon-si"}, {"원주시 지식로", "Jisik-ro, Wonju-si"}}),
            Map.entry(Region.CHUNGBUK, new String[][] {
                {"청주시 흥덕구 오송생명로", "Osong saengmyeong-ro, Heungdeok-gu, Cheongju-si"},
                {"충주시 기업도시로", "Gieopdosi-ro, Chungju-si"}
            }),
            Map.entry(Region.CHUNGNAM, new String[][] {
                {"천안시 서북구 직산로", "Jiksan-ro, Seobuk-gu, Cheonan-si"}, {"아산시 탕정면로", "Tangjeongmyeon-ro, Asan-si"}
            }),
            Map.entry(Region.JEONBUK, new String[][] {
                {"전주시 덕진구 반룡로", "Banryong-ro, Deokjin-gu, Jeonju-si"}, {"익산시 석암로", "Seogam-ro, Iksan-si"}
            }),
            Map.entry(Region.JEONNAM, new String[][] {
                {"나주시 빛가람로", "Bitgaram-ro, Naju-si"}, {"순천시 해룡산단로", "Haeryong sandan-ro, Suncheon-si"}
            }),
            Map.entry(Region.GYEONGBUK, new String[][] {
                {"포항시 남구 지곡로", "Jigok-ro, Nam-gu, Pohang-si"}, {"구미시 산호대로", "Sanho-daero, Gumi-si"}
            }),
            Map.entry(Region.GYEONGNAM, new String[][] {
                {"창원시 성산구 공단로", "Gongdan-ro, Seongsan-gu, Changwon-si"}, {"김해시 김해대로", "Gimhae-daero, Gimhae-si"}
            }),
            Map.entry(
                    Region.JEJU,
                    new String[][] {{"제주시 첨단로", "Cheomdan-ro, Jeju-si"}, {"서귀포시 중정로", "Jungjeong-ro, Seogwipo-si"}}));

    private static final Map<Region, String> AREA_CODES = Map.ofEntries(
            Map.entry(Region.SEOUL, "02"),
            Map.entry(Region.BUSAN, "051"),
            Map.entry(Region.DAEGU, "053"),
            Map.entry(Region.INCHEON, "032"),
            Map.entry(Region.GWANGJU, "062"),
            Map.entry(Region.DAEJEON, "042"),
            Map.entry(Region.ULSAN, "052"),
            Map.entry(Region.SEJONG, "044"),
            Map.entry(Region.GYEONGGI, "031"),
            Map.entry(Region.GANGWON, "033"),
            Map.entry(Region.CHUNGBUK, "043"),
            Map.entry(Region.CHUNGNAM, "041"),
            Map.entry(Region.JEONBUK, "063"),
            Map.entry(Region.JEONNAM, "061"),
            Map.entry(Region.GYEONGBUK, "054"),
            Map.entry(Region.GYEONGNAM, "055"),
            Map.entry(Region.JEJU, "064"));

    private final Random random;

    private final Set<String> names = new HashSet<>();

    private final Set<String> brns = new HashSet<>();

    Companies(Random random) {
        this.random = random;
    }

    /** @param startup a PSST applicant (founded within three years of the application year) */
    Company next(String id, boolean startup, int applicationYear) {
        String tech = FieldKeys.TECH_AREAS.get(random.nextInt(FieldKeys.TECH_AREAS.size()));
        TechArea area = TechArea.ALL.get(tech);
        String[] name = uniqueName(tech);
        boolean corporation = random.nextDouble() < (startup ? 0.6 : 0.9);
        String brn;
        do {
            brn = BusinessRegistrationNumbers.random(random, corporation);
        } while (!brns.add(brn));
        String[] rep = person(random);
        Region region = RegionShares.sample(random);
        LocalDate founded = startup
                ? LocalDate.of(applicationYear - 1 - random.nextInt(3), 1 + random.nextInt(12), 1 + random.nextInt(28))
                : LocalDate.of(
                        applicationYear - 3 - random.nextInt(18), 1 + random.nextInt(12), 1 + random.nextInt(28));
        int employees = startup
                ? 1 + random.nextInt(random.nextDouble() < 0.8 ? 9 : 25)
                : 5 + (int) Math.round(Math.exp(random.nextDouble() * Math.log(180)));
        String size = employees < 10 ? "MICRO" : employees < 50 ? "SMALL" : "MEDIUM";
        long revenue = startup
                ? (random.nextDouble() < 0.25 ? 0 : (long) (5 + random.nextInt(600)) * 1_000_000L)
                : (long) employees * (60 + random.nextInt(240)) * 1_000_000L;
        String[] district = DISTRICTS.get(region)[random.nextInt(DISTRICTS.get(region).length)];
        int number = 10 + random.nextInt(480);
        String regionKo = random.nextDouble() < 0.7
                ? region.officialName()
                : region.aliases()
                        .get(random.nextInt(Math.min(2, region.aliases().size())));
        String addressKo = regionKo + " " + district[0] + " " + number;
        String addressEn = number + ", " + district[1] + ", " + englishRegion(region) + ", Republic of Korea";
        String industry = area.ksic().get(random.nextInt(area.ksic().size()));
        String email =
                new String[] {"ceo", "contact", "info", "biz", rep[1].split(" ")[1].toLowerCase()}[random.nextInt(5)]
                        + "@" + name[1].toLowerCase().replaceAll("[^a-z]", "")
                        + new String[] {".co.kr", ".com", ".kr"}[random.nextInt(3)];
        String phone = (random.nextDouble() < 0.25 ? "010" : AREA_CODES.get(region)) + "-"
                + (1000 + random.nextInt(9000)) + "-" + String.format("%04d", random.nextInt(10_000));
        return new Company(
                id, name[0], name[1], brn, rep[0], rep[1], founded, region, addressKo, addressEn, industry, size,
                revenue, employees, tech, email, phone);
    }

    static String[] person(Random random) {
        String[] surname = SURNAMES[random.nextInt(SURNAMES.length)];
        String[] g1 = GIVEN[random.nextInt(GIVEN.length)];
        String[] g2 = GIVEN[random.nextInt(GIVEN.length)];
        return new String[] {surname[0] + g1[0] + g2[0], capitalize(g1[1]) + "-" + g2[1] + " " + surname[1]};
    }

    static String englishRegion(Region region) {
        return region.aliases().stream()
                .filter(a -> a.chars().allMatch(c -> c < 128))
                .findFirst()
                .orElse(region.name());
    }

    private String[] uniqueName(String tech) {
        String[][] suffixes = SUFFIXES.get(tech);
        for (int attempt = 0; ; attempt++) {
            String[] core = CORES[random.nextInt(CORES.length)];
            if (random.nextBoolean()) {
                String[] g1 = GIVEN[random.nextInt(GIVEN.length)];
                String[] g2 = GIVEN[random.nextInt(GIVEN.length)];
                core = new String[] {g1[0] + g2[0], capitalize(g1[1] + g2[1])};
            }
            String[] suffix = suffixes[random.nextInt(suffixes.length)];
            String ko = core[0] + suffix[0] + (attempt > 20 ? String.valueOf(attempt) : "");
            String en = core[1] + " " + suffix[1] + (attempt > 20 ? " " + attempt : "");
            if (names.add(ko)) {
                return new String[] {ko, en};
            }
        }
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
