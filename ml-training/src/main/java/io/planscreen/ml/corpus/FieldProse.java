package io.planscreen.ml.corpus;

import io.planscreen.ml.plan.FieldKeys;
import java.util.List;
import java.util.Map;

/** The fields of a plan written as prose: the company's sentence or the project's comma list. */
final class FieldProse {

    private FieldProse() {}

    static String of(List<String[]> rows, boolean company, boolean ko, Map<String, String> written) {
        if (!company) {
            return String.join(
                    ko ? ", " : "; ", rows.stream().map(r -> r[0] + " " + r[1]).toList());
        }
        Map<String, String> w = written;
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
