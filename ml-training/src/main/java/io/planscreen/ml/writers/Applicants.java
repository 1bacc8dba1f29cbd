package io.planscreen.ml.writers;

import io.planscreen.ml.corpus.Company;
import io.planscreen.ml.plan.BusinessRegistrationNumbers;
import io.planscreen.ml.plan.Region;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Draws the companies of a call: names, 대표자, valid 사업자등록번호, an address and phone in their region, the
 * item and the budget within the call's rules (정부지원 ≤ 70%, 현금 ≥ 10%, 현물 ≤ 20%, 정부지원 ≤ 2억원).
 */
final class Applicants {

    private static final String[][] NAME_HEADS = {
        {"다온", "Daon"}, {"한결", "Hangyeol"}, {"누리", "Nuri"}, {"새봄", "Saebom"}, {"이음", "Ieum"},
        {"가람", "Garam"}, {"마루", "Maru"}, {"해솔", "Haesol"}, {"도담", "Dodam"}, {"라온", "Raon"},
        {"미르", "Mir"}, {"하람", "Haram"}, {"나래", "Narae"}, {"윤슬", "Yunseul"}, {"세움", "Seum"},
        {"솔찬", "Solchan"}, {"온빛", "Onbit"}, {"큰별", "Keunbyeol"}, {"푸른숲", "Pureunsup"}, {"단비", "Danbi"},
        {"여울", "Yeoul"}, {"아라", "Ara"}, {"초롱", "Chorong"}, {"벼리", "Byeori"}, {"한울", "Hanul"},
        {"새길", "Saegil"}, {"늘품", "Neulpum"}, {"모아", "Moa"}, {"바른", "Bareun"}, {"든솔", "Deunsol"},
        {"잇다", "Itda"}, {"빛고을", "Bitgoeul"}, {"청담", "Cheongdam"}, {"동행", "Donghaeng"}, {"오름", "Oreum"},
        {"제이원", "J-One"}, {"에이치투", "H2"}, {"케이엠", "KM"}, {"비엔에스", "BNS"}, {"엠투", "M2"}
    };

    private static final String[][] NAME_TAILS = {
        {"테크", "Tech"},
        {"랩", "Lab"},
        {"바이오", "Bio"},
        {"에너지", "Energy"},
        {"소재", "Materials"},
        {"디자인", "Design"},
        {"솔루션", "Solution"},
        {"시스템즈", "Systems"},
        {"웍스", "Works"},
        {"로보틱스", "Robotics"},
        {"메디", "Medi"},
        {"팩토리", "Factory"},
        {"스튜디오", "Studio"},
        {"이노베이션", "Innovation"},
        {"", ""}
    };

    private static final String[] SURNAMES = {
        "김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송", "류", "홍"
    };

    private static final String[] GIVEN = {
        "민", "서", "지", "현", "우", "준", "영", "수", "하", "은", "도", "윤", "태", "성", "연", "희", "재", "혜", "진", "호", "경", "승",
        "나", "규"
    };

    private static final String[] STAFF_ROLES = {
        "S/W 개발", "H/W 설계", "생산·품질 관리", "국내 영업", "해외 마케팅", "디자인", "재무·회계", "데이터 분석", "인증·특허 대응"
    };

    private final Random random;

    private final double capitalShare;

    private final Set<String> usedNames = new HashSet<>();

    private int next;

    private final String prefix;

    Applicants(String prefix, Random random, double capitalShare) {
        this.prefix = prefix;
        this.random = random;
        this.capitalShare = capitalShare;
    }

    Applicant next() {
        Region region = Places.region(random, capitalShare);
        String[] head;
        String[] tail;
        do {
            head = NAME_HEADS[random.nextInt(NAME_HEADS.length)];
            tail = NAME_TAILS[random.nextInt(NAME_TAILS.length)];
        } while (!usedNames.add(head[0] + tail[0]) || (head[0] + tail[0]).length() < 3);
        boolean corporation = random.nextDouble() < 0.7;
        ItemField field = ItemField.values()[random.nextInt(ItemField.values().length)];
        String product = pick(ItemField.MODIFIERS) + " " + pick(field.products);
        String function = pick(field.functions);
        String customer = pick(field.customers);
        String representative = person();
        LocalDate founded = LocalDate.of(2018 + random.nextInt(5), 1 + random.nextInt(12), 1 + random.nextInt(28));
        int employees = 2 + random.nextInt(28);
        long revenue = (long) (employees * (40 + random.nextInt(160))) * 1_000_000L;
        String size = employees < 10 ? "MICRO" : employees < 50 ? "SMALL" : "MEDIUM";
        String[] address = Places.address(random, region);
        String id = prefix + String.format(Locale.ROOT, "c%04d", next++);
        Company company = new Company(
                id,
                head[0] + tail[0],
                head[1] + (tail[1].isEmpty() ? "" : " " + tail[1]),
                BusinessRegistrationNumbers.random(random, corporation),
                representative,
                Places.romanise(representative),
                founded,
                region,
                address[0],
                address[1],
                field.ksic,
                size,
                revenue,
                employees,
                field.techAreas.get(random.nextInt(field.techAreas.size())),
                head[1].toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + "@" + pickMail(),
                Places.phone(random, region));
        long gov = (50 + random.nextInt(151)) * 1_000_000L; // 50-200 백만원
        long total = Math.round(gov / (0.6 + 0.1 * random.nextDouble()) / 1_000_000.0) * 1_000_000L;
        long cash = Math.max(Math.round(total * (0.1 + 0.1 * random.nextDouble()) / 1_000_000.0) * 1_000_000L, 0);
        long inKind = total - gov - cash;
        if (inKind > total * 0.2) {
            cash += inKind - (long) (total * 0.2) / 1_000_000L * 1_000_000L;
            inKind = total - gov - cash;
        }
        LocalDate start = LocalDate.of(2025, 5, 1);
        return new Applicant(
                company,
                field,
                product,
                function,
                customer,
                function + " 기능을 갖춘 " + product,
                corporation,
                random.nextDouble() < 0.6 ? representative : person(),
                start,
                LocalDate.of(2026, 2, 28),
                gov,
                cash,
                inKind,
                staff(employees));
    }

    String person() {
        int first = random.nextInt(GIVEN.length);
        int second = (first + 1 + random.nextInt(GIVEN.length - 1)) % GIVEN.length; // no "현현"
        String given = GIVEN[first] + GIVEN[second];
        return SURNAMES[random.nextInt(SURNAMES.length)] + given;
    }

    private List<List<String>> staff(int employees) {
        List<List<String>> rows = new ArrayList<>();
        String[] positions = {"이사", "팀장", "책임", "선임", "대리", "주임", "사원"};
        int n = Math.min(employees, 2 + random.nextInt(4));
        for (int i = 0; i < n; i++) {
            rows.add(List.of(
                    random.nextDouble() < 0.8 ? "O" : "예정",
                    positions[Math.min(i + random.nextInt(3), positions.length - 1)],
                    STAFF_ROLES[random.nextInt(STAFF_ROLES.length)],
                    "관련 경력 " + (2 + random.nextInt(14)) + "년"));
        }
        return rows;
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String pickMail() {
        String[] domains = {"naver.com", "gmail.com", "daum.net", "hanmail.net", "kakao.com"};
        return domains[random.nextInt(domains.length)];
    }
}
