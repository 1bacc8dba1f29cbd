package io.planscreen.ml.corpus;

import io.planscreen.ml.plan.FieldKeys;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The fields of one plan written the way its writer lays them out (key-value table, wide table, label lines
 * or prose), each recorded with the gold value it means and the surface text it was written as.
 */
final class PlanFields {

    private final Random random;

    private final Company company;

    private final PlanWriter.Assignment assignment;

    private final boolean ko;

    private final Map<String, String> slots;

    private final Map<String, Object> gold;

    private final Map<String, String> surface;

    private final List<List<List<String>>> tables;

    private final ProjectFacts.Project project;

    PlanFields(PlanDraft draft, ProjectFacts.Project project) {
        this.random = draft.random();
        this.company = draft.company();
        this.assignment = draft.assignment();
        this.ko = draft.ko();
        this.slots = draft.slots();
        this.gold = draft.gold();
        this.surface = draft.surface();
        this.tables = draft.tables();
        this.project = project;
    }

    private boolean omit(Style style) {
        return random.nextDouble() < style.omitField();
    }

    private void record(String key, Object value, String text) {
        gold.put(key, value);
        surface.put(key, text);
    }

    void generalFields(Style style, List<String> paragraphs) {
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

    void projectFields(Style style, List<String> paragraphs) {
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

    void budgetFields(Style style, List<String> paragraphs) {
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

    void kpiTable() {
        List<List<String>> table = new ArrayList<>();
        table.add(ko ? List.of("성능지표", "단위", "목표", "측정방법") : List.of("Indicator", "Unit", "Target", "Method"));
        table.add(List.of(slots.get("kpi"), slots.get("unit"), slots.get("kpiTo"), ko ? "공인시험" : "accredited test"));
        tables.add(table);
    }

    void scheduleTable() {
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
        return ChronoUnit.MONTHS.between(project.devStart(), project.devEnd().plusDays(1));
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
            default -> paragraphs.add(FieldProse.of(rows, company, ko, surface));
        }
    }
}
