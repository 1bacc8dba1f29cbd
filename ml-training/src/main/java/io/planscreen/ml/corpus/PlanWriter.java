package io.planscreen.ml.corpus;

import io.planscreen.ml.corpus.Phrasebook.Role;
import io.planscreen.ml.plan.FieldKeys;
import io.planscreen.ml.plan.PlanText;
import io.planscreen.ml.plan.SectionKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Writes one plan: sections in the writer's style, fields in many surface forms, and the gold they mean. */
final class PlanWriter {

    private static final Pattern SLOT = Pattern.compile("\\{([a-zA-Z0-9]+)(?:\\|([^}]+))?}");

    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.,])\\d{2,3}(?![\\d,])");

    /** What one plan is: who writes which section. */
    record Assignment(
            String language,
            String template,
            int year,
            Style own,
            @Nullable Agency agency,
            Set<SectionKind> brokered,
            Map<Role, List<String>> sample) {}

    record Written(PlanText plan, Map<String, Object> gold, Map<String, String> surface) {}

    private final Random random;

    private final Company company;

    private final Assignment assignment;

    private final boolean ko;

    private final Map<String, String> slots = new HashMap<>();

    private final Map<String, Object> gold = new LinkedHashMap<>();

    private final Map<String, String> surface = new LinkedHashMap<>();

    private final List<List<List<String>>> tables = new ArrayList<>();

    private final Project project;

    record Project(
            String title,
            LocalDate devStart,
            LocalDate devEnd,
            long total,
            long gov,
            long cash,
            long inKind,
            String pi) {}

    PlanWriter(Random random, Company company, Assignment assignment) {
        this.random = random;
        this.company = company;
        this.assignment = assignment;
        this.ko = assignment.language().equals("ko");
        this.project = project();
        fillSlots();
    }

    Written write() {
        List<PlanText.Section> sections = new ArrayList<>();
        List<SectionKind> kinds = SectionKind.of(assignment.template());
        Style ownStyle = assignment.own();
        boolean mergeTeam = !isOfficial(ownStyle) && random.nextDouble() < 0.15;
        for (SectionKind kind : kinds) {
            Style style = writerOf(kind);
            boolean brokered = assignment.brokered().contains(kind);
            if (!brokered && kind == SectionKind.PSST_OVERVIEW && !isOfficial(style) && random.nextDouble() < 0.3) {
                continue; // own writers often skip the summary
            }
            List<String> paragraphs = new ArrayList<>();
            switch (kind) {
                case PSST_GENERAL -> generalFields(style, paragraphs);
                case SMTECH_OVERVIEW -> {
                    generalFields(style, paragraphs);
                    projectFields(style, paragraphs);
                    paragraphs.addAll(body(Role.PROBLEM, style, brokered));
                }
                case PSST_OVERVIEW -> {
                    projectFields(style, paragraphs);
                    paragraphs.addAll(body(Role.OVERVIEW, style, brokered));
                }
                case PSST_PROBLEM -> paragraphs.addAll(body(Role.PROBLEM, style, brokered));
                case PSST_SOLUTION -> {
                    paragraphs.addAll(body(Role.SOLUTION, style, brokered));
                    budgetFields(style, paragraphs);
                }
                case PSST_SCALEUP -> {
                    paragraphs.addAll(body(Role.SCALEUP, style, brokered));
                    if (mergeTeam) {
                        paragraphs.addAll(body(Role.TEAM, style, brokered));
                    }
                }
                case PSST_TEAM -> {
                    if (mergeTeam) {
                        continue;
                    }
                    paragraphs.addAll(body(Role.TEAM, style, brokered));
                }
                case SMTECH_GOAL -> paragraphs.addAll(body(Role.GOAL, style, brokered));
                case SMTECH_KPI -> {
                    paragraphs.addAll(body(Role.GOAL, style, brokered).subList(0, 1));
                    kpiTable();
                }
                case SMTECH_CONTENT -> paragraphs.addAll(body(Role.SOLUTION, style, brokered));
                case SMTECH_COMMERCIALIZATION -> {
                    paragraphs.addAll(body(Role.SCALEUP, style, brokered));
                    paragraphs.addAll(body(Role.TEAM, style, brokered));
                }
                case SMTECH_BUDGET -> budgetFields(style, paragraphs);
                default -> {}
            }
            if (paragraphs.isEmpty()) {
                paragraphs.add(ko ? "(별첨 참조)" : "(see attachment)");
            }
            sections.add(new PlanText.Section(
                    Headings.heading(kind, style.headingStyle(), assignment, random), kind.name(), paragraphs));
        }
        if (assignment.year() >= 2026 && assignment.template().equals("PSST")) {
            sections.add(new PlanText.Section(
                    ko ? "5. 사회적 가치 및 ESG" : "5. Social value and ESG",
                    SectionKind.OTHER.name(),
                    body(Role.SCALEUP, writerOf(SectionKind.PSST_SCALEUP), false)
                            .subList(0, 1)));
        }
        if (writerOf(SectionKind.OTHER).scheduleTable() || random.nextDouble() < 0.2) {
            scheduleTable();
        }
        return new Written(new PlanText(assignment.language(), assignment.template(), sections, tables), gold, surface);
    }

    private Style writerOf(SectionKind kind) {
        if (assignment.agency() != null && (assignment.brokered().contains(kind) || kind == SectionKind.OTHER)) {
            return assignment.agency().style(assignment.language());
        }
        return assignment.own();
    }

    private static boolean isOfficial(Style style) {
        return style.headingStyle() == 0;
    }

    // ---------------------------------------------------------------- body text

    private List<String> body(Role role, Style style, boolean brokered) {
        List<String> sentences = new ArrayList<>();
        Agency agency = assignment.agency();
        if (brokered && agency != null) {
            for (String template : style.boilerplate().get(role)) {
                if (random.nextDouble() < 0.25) {
                    continue; // dropped for this client
                }
                String s = template;
                if (random.nextDouble() < agency.paraphrase()) {
                    s = paraphrase(s);
                }
                sentences.add(s);
            }
            if (sentences.isEmpty()) {
                sentences.add(style.boilerplate().get(role).get(0));
            }
            if (random.nextDouble() < agency.tailoring()) {
                sentences.add(1 + random.nextInt(Math.max(1, sentences.size())) - 1, pick(specific(role)));
            }
            if (random.nextDouble() < 0.3 && sentences.size() > 2) {
                int i = random.nextInt(sentences.size() - 1);
                java.util.Collections.swap(sentences, i, i + 1);
            }
        } else {
            int n = Math.max(1, style.length() + random.nextInt(3) - 1);
            List<String> borrowed = new ArrayList<>(assignment.sample().getOrDefault(role, List.of()));
            for (int i = 0; i < n; i++) {
                if (!borrowed.isEmpty() && random.nextDouble() < 0.35) {
                    sentences.add(paraphrase(borrowed.remove(0)));
                    continue;
                }
                double u = random.nextDouble() * (style.weights()[0] + style.weights()[1] + style.weights()[2]);
                if (u < style.weights()[0]) {
                    sentences.add(pick((ko ? Phrasebook.COMMON_KO : Phrasebook.COMMON_EN).get(role)));
                } else if (u < style.weights()[0] + style.weights()[1]) {
                    sentences.add(pick(specific(role)));
                } else if (random.nextDouble() < 0.3) {
                    sentences.add(Styles.compound(random, ko));
                } else {
                    sentences.add(pick((ko ? Phrasebook.TRADE_KO : Phrasebook.TRADE_EN).get(role)));
                }
            }
            sentences = new ArrayList<>(new java.util.LinkedHashSet<>(sentences));
        }
        if ((role == Role.PROBLEM || role == Role.SCALEUP) && random.nextDouble() < style.statRate()) {
            sentences.add(Math.min(1, sentences.size()), statSentence(style, brokered));
        }
        List<String> finished = new ArrayList<>();
        for (String s : sentences) {
            String text = finish(fill(s), style);
            if (brokered && random.nextDouble() < 0.25) {
                text = tweakNumbers(text);
            }
            finished.add(text);
        }
        return paragraphs(finished, style);
    }

    private List<String> specific(Role role) {
        return (ko ? Phrasebook.SPECIFIC_KO : Phrasebook.SPECIFIC_EN).get(role);
    }

    private String statSentence(Style style, boolean brokered) {
        TechArea area = TechArea.ALL.get(company.techArea());
        List<String> pool = new ArrayList<>(ko ? area.statsKo() : area.statsEn());
        String stat = !style.stats().isEmpty() && (brokered || random.nextDouble() < 0.5)
                ? style.stats().get(random.nextInt(style.stats().size()))
                : pool.get(random.nextInt(pool.size()));
        if (ko) {
            return new String[] {"※ ", "시장 현황: ", "", "(참고) "}[random.nextInt(4)] + stat;
        }
        return new String[] {"Note: ", "Market: ", "According to public data, "}[random.nextInt(3)] + stat;
    }

    private List<String> paragraphs(List<String> sentences, Style style) {
        List<String> out = new ArrayList<>();
        if (!style.bullet().isEmpty()) {
            for (String s : sentences) {
                out.add(style.bullet() + s);
            }
            return out;
        }
        StringBuilder current = new StringBuilder();
        int count = 0;
        for (String s : sentences) {
            if (!current.isEmpty()) {
                current.append(' ');
            }
            current.append(s);
            if (++count >= style.sentencesPerParagraph()) {
                out.add(current.toString());
                current.setLength(0);
                count = 0;
            }
        }
        if (!current.isEmpty()) {
            out.add(current.toString());
        }
        return out;
    }

    private String finish(String sentence, Style style) {
        String s = sentence;
        if (ko) {
            int ending = random.nextDouble() < style.endingMix() ? random.nextInt(3) : style.endingStyle();
            for (Map.Entry<String, String[]> e : Phrasebook.ENDINGS.entrySet()) {
                s = s.replace(e.getKey(), e.getValue()[ending]);
            }
            if ((ending != 0 || style.periods()) && !s.endsWith(")")) {
                s = s + ".";
            }
        }
        if (random.nextDouble() < style.connectiveRate() && !style.connectives().isEmpty()) {
            String c =
                    style.connectives().get(random.nextInt(style.connectives().size()));
            boolean common = s.matches(
                    "^(The|We|Our|It|A|An|In|This|To|Development|Existing|Advances|Compared|Performance|Patents|Online|Reaching) .*");
            s = c + (ko || !common ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1));
        }
        if (random.nextDouble() < style.errorRate()) {
            s = error(s);
        }
        return s;
    }

    private String paraphrase(String s) {
        String[][] synonyms = ko ? Phrasebook.SYNONYMS_KO : Phrasebook.SYNONYMS_EN;
        for (String[] pair : synonyms) {
            if (random.nextDouble() < 0.5) {
                if (s.contains(pair[0])) {
                    s = s.replace(pair[0], pair[1]);
                } else if (s.contains(pair[1])) {
                    s = s.replace(pair[1], pair[0]);
                }
            }
        }
        return s;
    }

    private String tweakNumbers(String s) {
        Matcher m = NUMBER.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int v = Integer.parseInt(m.group());
            int delta = Math.max(1, v / 20);
            m.appendReplacement(out, String.valueOf(Math.max(1, v + random.nextInt(2 * delta + 1) - delta)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String error(String s) {
        switch (random.nextInt(ko ? 5 : 4)) {
            case 0 -> {
                int i = s.indexOf(' ', 1 + random.nextInt(Math.max(1, s.length() - 1)));
                return i > 0 ? s.substring(0, i) + s.substring(i + 1) : s;
            }
            case 1 -> {
                int i = s.indexOf(' ');
                return i > 0 ? s.substring(0, i) + "  " + s.substring(i + 1) : s;
            }
            case 2 -> {
                String[] words = s.split(" ");
                int w = random.nextInt(words.length);
                return s.replaceFirst(Pattern.quote(words[w]), Matcher.quoteReplacement(words[w] + " " + words[w]));
            }
            case 3 -> {
                if (!ko) {
                    return Character.toLowerCase(s.charAt(0)) + s.substring(1).replace(" the ", " ");
                }
                for (int i = 0; i < Phrasebook.TYPOS_KO.length; i += 2) {
                    if (s.contains(Phrasebook.TYPOS_KO[i])) {
                        return s.replace(Phrasebook.TYPOS_KO[i], Phrasebook.TYPOS_KO[i + 1]);
                    }
                }
                return s.replace("을 ", "를 ");
            }
            default -> {
                return s.replace("는 ", "은 ");
            }
        }
    }

    private String fill(String template) {
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            String value;
            if (key.equals("buzz")) {
                List<String> buzz = assignment.own().buzz();
                value = buzz.get(random.nextInt(buzz.size()));
            } else if (key.equals("policy")) {
                List<String> policies = ko ? Phrasebook.POLICY_KO : Phrasebook.POLICY_EN;
                value = policies.get(random.nextInt(policies.size()));
            } else {
                value = slots.getOrDefault(key, m.group());
            }
            if (m.group(2) != null) {
                value = value + SurfaceForms.josa(value, m.group(2));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String pick(List<String> list) {
        return list.get(random.nextInt(list.size()));
    }

    // ---------------------------------------------------------------- facts and fields

    private Project project() {
        TechArea area = TechArea.ALL.get(company.techArea());
        List<String> products = ko ? area.productsKo() : area.productsEn();
        String product = products.get(random.nextInt(products.size()));
        slots.put("product", product);
        String title = ko
                ? new String[] {
                            product + " 개발",
                            product + " 개발 및 사업화",
                            product + "의 상용화",
                            area.ko() + " 기반 " + product + " 고도화"
                        }
                        [random.nextInt(4)]
                : new String[] {"Development of " + product, product + " development and commercialisation"}
                        [random.nextInt(2)];
        int year = assignment.year();
        long gov;
        long total;
        LocalDate start;
        LocalDate end;
        if (assignment.template().equals("PSST")) {
            gov = (long) (40 + 5 * random.nextInt(13)) * 1_000_000L;
            total = Math.round(gov / (0.6 + random.nextDouble() * 0.1) / 1_000_000.0) * 1_000_000L;
            start = LocalDate.of(year, 4 + random.nextInt(3), 1);
            end = LocalDate.of(year, 12, 31);
        } else {
            gov = (long) (10 + random.nextInt(41)) * 10_000_000L;
            total = Math.round(gov / (0.6 + random.nextDouble() * 0.15) / 1_000_000.0) * 1_000_000L;
            start = LocalDate.of(year, 3 + random.nextInt(4), 1);
            end = start.plusMonths(new int[] {12, 18, 21, 24}[random.nextInt(4)])
                    .minusDays(1);
        }
        long privateTotal = total - gov;
        long cash = Math.max(
                1_000_000L, Math.round(privateTotal * (0.35 + random.nextDouble() * 0.4) / 1_000_000.0) * 1_000_000L);
        long inKind = privateTotal - cash;
        String[] pi = Companies.person(random);
        return new Project(title, start, end, total, gov, cash, inKind, ko ? pi[0] : pi[1]);
    }

    private void fillSlots() {
        TechArea area = TechArea.ALL.get(company.techArea());
        String name = ko ? company.nameKo() : company.nameEn();
        String self = assignment.own().selfReference();
        if (assignment.agency() != null && !assignment.brokered().isEmpty()) {
            self = assignment.agency().style(assignment.language()).selfReference();
        }
        slots.put("company", self.replace("{name}", name));
        slots.put("tech", ko ? area.ko() : area.en());
        slots.put("market", ko ? area.ko() : area.en());
        slots.put("customer", ko ? area.customerKo() : area.customerEn());
        slots.put("pain", ko ? area.painKo() : area.painEn());
        slots.put("kpi", ko ? area.kpiKo() : area.kpiEn());
        slots.put("unit", area.unit());
        int span = area.kpiHigh() - area.kpiLow();
        boolean lowerBetter = area.key().equals("CARBON_NEUTRAL") || area.key().equals("MATERIALS");
        int a = area.kpiLow() + random.nextInt(Math.max(1, span / 2));
        int b = area.kpiHigh() - random.nextInt(Math.max(1, span / 4));
        slots.put("kpiFrom", String.valueOf(lowerBetter ? b : a));
        slots.put("kpiTo", String.valueOf(lowerBetter ? a : b));
        String city = ko ? company.region().aliases().get(0) : Companies.englishRegion(company.region());
        slots.put("city", city);
        slots.put("targetYear", String.valueOf(assignment.year() + 2 + random.nextInt(2)));
        slots.put(
                "revenueTarget",
                SurfaceForms.amount(assignment.language(), (long) (5 + random.nextInt(95)) * 100_000_000L, random));
        slots.put("field", ko ? area.ko() : area.en());
        slots.put("years", String.valueOf(3 + random.nextInt(18)));
        slots.put("years2", String.valueOf(2 + random.nextInt(12)));
        slots.put("devs", String.valueOf(1 + random.nextInt(6)));
        slots.put("sales", String.valueOf(1 + random.nextInt(3)));
        slots.put("hire", String.valueOf(1 + random.nextInt(4)));
        slots.put("pi", project.pi());
        slots.put("pilot", ko ? pickArr(Phrasebook.PILOTS_KO) : pickArr(Phrasebook.PILOTS_EN));
        slots.put("employer", ko ? pickArr(Phrasebook.EMPLOYERS_KO) : pickArr(Phrasebook.EMPLOYERS_EN));
        slots.put("school", pickArr(Phrasebook.SCHOOLS_KO));
        slots.put("major", ko ? pickArr(Phrasebook.MAJORS_KO) : pickArr(Phrasebook.MAJORS_EN));
        slots.put("rep", ko ? company.representativeKo() : company.representativeEn());
        slots.put("weeks", String.valueOf(2 + random.nextInt(20)));
        slots.put("price", String.format(Locale.ROOT, "%,d", (long) (3 + random.nextInt(60)) * 100_000L));
        slots.put("k", String.valueOf(5 + random.nextInt(30)));
        slots.put("k2", String.valueOf(3 + random.nextInt(5)));
        slots.put("hours", String.valueOf(10 + random.nextInt(150)));
        slots.put("quote", pickArr(Phrasebook.QUOTES_KO));
        slots.put("month", String.valueOf(1 + random.nextInt(12)));
        slots.put("ver", (1 + random.nextInt(3)) + "." + random.nextInt(10));
        slots.put("dataN", String.format(Locale.ROOT, "%,d", 1000 + random.nextInt(90_000)));
        slots.put("loi", String.valueOf(2 + random.nextInt(9)));
    }

    private String pickArr(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private boolean omit(Style style) {
        return random.nextDouble() < style.omitField();
    }

    private void record(String key, Object value, String text) {
        gold.put(key, value);
        surface.put(key, text);
    }

    private void generalFields(Style style, List<String> paragraphs) {
        List<String[]> rows = new ArrayList<>();
        String legal = legalName();
        record(FieldKeys.COMPANY_NAME, ko ? company.nameKo() : company.nameEn(), legal);
        rows.add(new String[] {label("기업명", "회사명", "업체명", "Company name", "Company"), legal});
        if (!omit(style)) {
            String brn =
                    random.nextDouble() < 0.9 ? company.brn() : company.brn().replace("-", "");
            record(FieldKeys.BRN, company.brn(), brn);
            rows.add(new String[] {label("사업자등록번호", "사업자번호", "사업자 등록번호", "Business registration no.", "BRN"), brn});
        }
        String rep = ko ? company.representativeKo() : company.representativeEn();
        record(FieldKeys.REPRESENTATIVE, rep, rep);
        rows.add(new String[] {label("대표자", "대표자명", "대표", "Representative", "CEO"), rep});
        if (!omit(style)) {
            SurfaceForms.Written<LocalDate> founded =
                    SurfaceForms.date(assignment.language(), company.foundedOn(), random, true);
            record(FieldKeys.FOUNDED_ON, founded.value().toString(), founded.text());
            rows.add(new String[] {label("설립일", "설립연월일", "개업연월일", "Founded", "Date of establishment"), founded.text()});
        }
        String address = ko ? company.addressKo() : company.addressEn();
        record(FieldKeys.REGION, company.region().name(), address);
        rows.add(new String[] {label("소재지", "주소", "본사 소재지", "Address", "Location"), address});
        if (!omit(style)) {
            String industry = Industries.written(company.industryKsic(), ko, random);
            record(FieldKeys.INDUSTRY_KSIC, company.industryKsic(), industry);
            rows.add(new String[] {label("업종", "주업종", "업태", "Industry", "Industry"), industry});
        }
        if (!omit(style)) {
            String employees = ko
                    ? company.employees() + new String[] {"명", " 명", "명(대표자 포함)"}[random.nextInt(3)]
                    : String.valueOf(company.employees());
            record(FieldKeys.EMPLOYEES, company.employees(), employees);
            rows.add(new String[] {label("상시근로자수", "종업원 수", "임직원 수", "Employees", "Full-time employees"), employees});
        }
        if (!omit(style)) {
            String revenue = SurfaceForms.amount(assignment.language(), company.revenueKrw(), random);
            record(FieldKeys.REVENUE_KRW, company.revenueKrw(), revenue);
            rows.add(new String[] {
                label("매출액(전년도)", "전년도 매출액", "매출액", "Revenue (last fiscal year)", "Annual revenue"), revenue
            });
        }
        if (random.nextDouble() < 0.8) {
            String phone = company.phone();
            String written = random.nextDouble() < 0.8 ? phone : "(" + phone.replaceFirst("-", ") ");
            record(FieldKeys.CONTACT_PHONE, phone, written);
            rows.add(new String[] {label("연락처", "전화번호", "전화", "Phone", "Tel."), written});
        }
        if (random.nextDouble() < 0.75) {
            record(FieldKeys.CONTACT_EMAIL, company.email(), company.email());
            rows.add(new String[] {label("이메일", "E-mail", "전자우편", "Email", "E-mail"), company.email()});
        }
        layout(style.generalLayout(), rows, paragraphs, true);
    }

    private void projectFields(Style style, List<String> paragraphs) {
        List<String[]> rows = new ArrayList<>();
        record(FieldKeys.PROJECT_TITLE, project.title(), project.title());
        rows.add(new String[] {
            assignment.template().equals("PSST")
                    ? label("창업아이템명", "아이템명", "과제명", "Item name", "Project title")
                    : label("과제명", "기술개발 과제명", "과제명", "Project title", "Project"),
            project.title()
        });
        if (!omit(style)) {
            String tech = Industries.techWritten(company.techArea(), ko, random);
            record(FieldKeys.TECH_AREA, company.techArea(), tech);
            rows.add(new String[] {label("기술분야", "기술 분야", "산업분야", "Technology area", "Field"), tech});
        }
        if (!omit(style)) {
            SurfaceForms.Written<LocalDate> start =
                    SurfaceForms.date(assignment.language(), project.devStart(), random, false);
            SurfaceForms.Written<LocalDate> end =
                    SurfaceForms.date(assignment.language(), project.devEnd(), random, false);
            String period = start.text() + (random.nextBoolean() ? " ~ " : " - ") + end.text();
            record(FieldKeys.DEV_START, start.value().toString(), start.text());
            record(FieldKeys.DEV_END, end.value().toString(), end.text());
            String months = ko ? " (" + monthsBetween() + "개월)" : " (" + monthsBetween() + " months)";
            rows.add(new String[] {
                assignment.template().equals("PSST")
                        ? label("협약기간", "사업기간", "개발기간", "Agreement period", "Project period")
                        : label("개발기간", "총 개발기간", "연구기간", "Development period", "Development period"),
                period + (random.nextBoolean() ? months : "")
            });
        }
        if (assignment.template().equals("SMTECH")) {
            record(FieldKeys.PRINCIPAL_INVESTIGATOR, project.pi(), project.pi());
            rows.add(new String[] {label("연구책임자", "과제책임자", "연구책임자", "Principal investigator", "PI"), project.pi()});
        }
        layout(style.generalLayout() == 3 ? 2 : style.generalLayout(), rows, paragraphs, false);
    }

    private void budgetFields(Style style, List<String> paragraphs) {
        String lang = assignment.language();
        String total = SurfaceForms.amount(lang, project.total(), random);
        String gov = SurfaceForms.amount(lang, project.gov(), random);
        String cash = SurfaceForms.amount(lang, project.cash(), random);
        String inKind = SurfaceForms.amount(lang, project.inKind(), random);
        boolean psst = assignment.template().equals("PSST");
        record(FieldKeys.TOTAL_BUDGET_KRW, project.total(), total);
        record(FieldKeys.GOV_GRANT_KRW, project.gov(), gov);
        record(FieldKeys.PRIVATE_CASH_KRW, project.cash(), cash);
        record(FieldKeys.PRIVATE_IN_KIND_KRW, project.inKind(), inKind);
        String govLabel = psst
                ? label("정부지원금", "정부지원사업비", "정부지원금", "Government grant", "Grant")
                : label("정부출연금", "정부출연금", "정부지원연구개발비", "Government contribution", "Government grant");
        String cashLabel = psst
                ? label("자기부담금(현금)", "대응자금(현금)", "자부담 현금", "Own contribution (cash)", "Cash")
                : label("민간부담금(현금)", "기관부담 현금", "민간부담 현금", "Private contribution (cash)", "Private cash");
        String kindLabel = psst
                ? label("자기부담금(현물)", "대응자금(현물)", "자부담 현물", "Own contribution (in kind)", "In kind")
                : label("민간부담금(현물)", "기관부담 현물", "민간부담 현물", "Private contribution (in kind)", "Private in-kind");
        String totalLabel = label("총사업비", "총 사업비", "합계", "Total budget", "Total");
        int layout = style.budgetLayout();
        if (layout == 0) {
            List<List<String>> table = new ArrayList<>();
            table.add(List.of(ko ? "구분" : "Item", ko ? "금액" : "Amount", ko ? "비율" : "Share"));
            table.add(List.of(govLabel, gov, pct(project.gov())));
            table.add(List.of(cashLabel, cash, pct(project.cash())));
            table.add(List.of(kindLabel, inKind, pct(project.inKind())));
            table.add(List.of(totalLabel, total, "100%"));
            tables.add(table);
            paragraphs.add(ko ? "사업비 구성은 아래 표와 같음" : "The budget is shown in the table below.");
        } else if (layout == 1) {
            paragraphs.add(totalLabel + ": " + total);
            paragraphs.add(govLabel + ": " + gov);
            paragraphs.add(cashLabel + ": " + cash);
            paragraphs.add(kindLabel + ": " + inKind);
        } else if (ko) {
            paragraphs.add("총사업비는 " + total + "이며, 이 중 " + govLabel + " " + gov + ", " + cashLabel + " " + cash + ", "
                    + kindLabel + " " + inKind + "으로 구성됨");
        } else {
            paragraphs.add("The total budget is " + total + ": a government grant of " + gov + ", " + cash
                    + " in private cash and " + inKind + " in kind.");
        }
    }

    private String pct(long part) {
        return String.format(Locale.ROOT, "%.1f%%", 100.0 * part / project.total());
    }

    private void kpiTable() {
        List<List<String>> table = new ArrayList<>();
        table.add(ko ? List.of("성능지표", "단위", "목표", "측정방법") : List.of("Indicator", "Unit", "Target", "Method"));
        table.add(List.of(slots.get("kpi"), slots.get("unit"), slots.get("kpiTo"), ko ? "공인시험" : "accredited test"));
        tables.add(table);
    }

    private void scheduleTable() {
        List<List<String>> table = new ArrayList<>();
        table.add(ko ? List.of("추진 내용", "기간", "세부 내용") : List.of("Task", "Period", "Details"));
        String[] tasks = ko
                ? new String[] {"설계", "시제품 제작", "실증", "고도화"}
                : new String[] {"Design", "Prototype", "Field test", "Refinement"};
        for (int i = 0; i < tasks.length; i++) {
            table.add(List.of(tasks[i], (i * 3 + 1) + "~" + (i * 3 + 3) + (ko ? "개월" : " months"), ""));
        }
        tables.add(table);
    }

    private long monthsBetween() {
        return java.time.temporal.ChronoUnit.MONTHS.between(
                project.devStart(), project.devEnd().plusDays(1));
    }

    private String legalName() {
        if (ko) {
            String[] forms = company.brn().substring(4, 6).matches("8[1678]")
                    ? new String[] {
                        "㈜" + company.nameKo(),
                        "(주)" + company.nameKo(),
                        "주식회사 " + company.nameKo(),
                        company.nameKo() + " 주식회사",
                        company.nameKo()
                    }
                    : new String[] {company.nameKo()};
            return forms[random.nextInt(forms.length)];
        }
        String[] forms = {company.nameEn() + " Co., Ltd.", company.nameEn() + " Inc.", company.nameEn()};
        return forms[random.nextInt(forms.length)];
    }

    private String label(String ko1, String ko2, String ko3, String en1, String en2) {
        if (ko) {
            return new String[] {ko1, ko1, ko2, ko3}[random.nextInt(4)];
        }
        return random.nextBoolean() ? en1 : en2;
    }

    /** @param layout 0 key-value table, 1 wide table, 2 label: value lines, 3 prose */
    private void layout(int layout, List<String[]> rows, List<String> paragraphs, boolean company) {
        switch (layout) {
            case 0 -> {
                List<List<String>> table = new ArrayList<>();
                for (String[] row : rows) {
                    table.add(List.of(row[0], row[1]));
                }
                tables.add(table);
            }
            case 1 -> {
                tables.add(List.of(
                        rows.stream().map(r -> r[0]).toList(),
                        rows.stream().map(r -> r[1]).toList()));
            }
            case 2 -> {
                String separator = new String[] {": ", " : ", "："}[random.nextInt(3)];
                if (random.nextDouble() < 0.3) {
                    paragraphs.add(String.join(
                            " / ",
                            rows.stream().map(r -> r[0] + separator + r[1]).toList()));
                } else {
                    rows.forEach(r -> paragraphs.add(r[0] + separator + r[1]));
                }
            }
            default -> paragraphs.add(prose(rows, company));
        }
    }

    private String prose(List<String[]> rows, boolean company) {
        if (!company) {
            return String.join(
                    ko ? ", " : "; ", rows.stream().map(r -> r[0] + " " + r[1]).toList());
        }
        Map<String, String> w = surface;
        StringBuilder s = new StringBuilder();
        if (ko) {
            s.append(w.get(FieldKeys.COMPANY_NAME))
                    .append("(대표 ")
                    .append(w.get(FieldKeys.REPRESENTATIVE))
                    .append(")");
            s.append(SurfaceForms.josa(w.get(FieldKeys.COMPANY_NAME), "은")).append(' ');
            if (w.containsKey(FieldKeys.FOUNDED_ON)) {
                s.append(w.get(FieldKeys.FOUNDED_ON)).append(" ");
            }
            s.append(w.get(FieldKeys.REGION)).append("에 설립된 ");
            s.append(w.containsKey(FieldKeys.INDUSTRY_KSIC) ? w.get(FieldKeys.INDUSTRY_KSIC) + " 기업으로" : "기업으로");
            if (w.containsKey(FieldKeys.EMPLOYEES)) {
                s.append(", 상시근로자 ").append(w.get(FieldKeys.EMPLOYEES));
            }
            if (w.containsKey(FieldKeys.REVENUE_KRW)) {
                s.append(", 전년도 매출액 ").append(w.get(FieldKeys.REVENUE_KRW));
            }
            s.append("의 규모임.");
            if (w.containsKey(FieldKeys.BRN)) {
                s.append(" 사업자등록번호는 ").append(w.get(FieldKeys.BRN)).append("임.");
            }
            if (w.containsKey(FieldKeys.CONTACT_PHONE)) {
                s.append(" 연락처 ").append(w.get(FieldKeys.CONTACT_PHONE));
            }
            if (w.containsKey(FieldKeys.CONTACT_EMAIL)) {
                s.append(" 이메일 ").append(w.get(FieldKeys.CONTACT_EMAIL));
            }
            return s.toString();
        }
        s.append(w.get(FieldKeys.COMPANY_NAME)).append(", led by CEO ").append(w.get(FieldKeys.REPRESENTATIVE));
        if (w.containsKey(FieldKeys.FOUNDED_ON)) {
            s.append(", was founded on ").append(w.get(FieldKeys.FOUNDED_ON));
        }
        s.append(" and is located at ").append(w.get(FieldKeys.REGION)).append('.');
        if (w.containsKey(FieldKeys.INDUSTRY_KSIC)) {
            s.append(" Industry: ").append(w.get(FieldKeys.INDUSTRY_KSIC)).append('.');
        }
        if (w.containsKey(FieldKeys.EMPLOYEES)) {
            s.append(" It has ").append(w.get(FieldKeys.EMPLOYEES)).append(" employees");
        }
        if (w.containsKey(FieldKeys.REVENUE_KRW)) {
            s.append(" and revenue of ").append(w.get(FieldKeys.REVENUE_KRW)).append(" last year");
        }
        s.append('.');
        if (w.containsKey(FieldKeys.BRN)) {
            s.append(" Business registration number: ")
                    .append(w.get(FieldKeys.BRN))
                    .append('.');
        }
        if (w.containsKey(FieldKeys.CONTACT_PHONE)) {
            s.append(" Phone ").append(w.get(FieldKeys.CONTACT_PHONE)).append('.');
        }
        if (w.containsKey(FieldKeys.CONTACT_EMAIL)) {
            s.append(" Email ").append(w.get(FieldKeys.CONTACT_EMAIL)).append('.');
        }
        return s.toString();
    }
}
