package io.planscreen.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.extraction.ExtractionResult;
import io.planscreen.extraction.ExtractionResult.ExtractedField;
import io.planscreen.extraction.ExtractionResult.PaperworkReport;
import io.planscreen.intake.Attachments;
import io.planscreen.security.UserAccounts;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.CompanyId;
import io.planscreen.shared.ProgramId;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** How the applicant's page shows values, what it lists as still needed, and when it warns about the company. */
class ApplicantPageValuesTests {

    static final UserAccounts.Company MINE =
            new UserAccounts.Company(new CompanyId(UUID.randomUUID()), "(주)플랜스크린", "220-81-62517", "서울특별시");

    @Test
    void amounts_written_in_man_won_read_as_grouped_won() {
        ExtractedField budget = field("total_budget_krw", "5,500만원", "55000000", null);

        assertThat(AmountFormat.display(budget, Locale.KOREAN)).isEqualTo("55,000,000");
        assertThat(AmountFormat.display(budget, Locale.ENGLISH)).isEqualTo("55,000,000");
        assertThat(AmountFormat.display(field("gov_grant_krw", "3억원", "300000000", "250000000"), Locale.KOREAN))
                .as("a correction shows in the same form")
                .isEqualTo("250,000,000");
        assertThat(AmountFormat.display(field("employees", "12명", "12", null), Locale.KOREAN))
                .isEqualTo("12");
        assertThat(AmountFormat.display(field("project_title", "AI 기반 검사", "AI 기반 검사", null), Locale.KOREAN))
                .isEqualTo("AI 기반 검사");
    }

    @Test
    void a_corrected_region_reads_as_the_regions_name_not_its_code() {
        assertThat(AmountFormat.display(field("region", "서울 강남구", "SEOUL", "BUSAN"), Locale.ENGLISH))
                .isEqualTo("부산광역시");
        assertThat(AmountFormat.display(field("region", "서울 강남구", "SEOUL", null), Locale.KOREAN))
                .isEqualTo("서울 강남구");
    }

    @Test
    void a_plan_naming_another_company_is_noticed_by_name_and_by_number() {
        CompanyCheck other = CompanyCheck.of(
                MINE,
                result(List.of(
                        field("company_name", "다른회사 주식회사", "다른회사 주식회사", null),
                        field("business_registration_number", "124-81-00998", "124-81-00998", null))));
        assertThat(other.mismatch()).isTrue();
        assertThat(other.nameDiffers()).isTrue();
        assertThat(other.numberDiffers()).isTrue();
        assertThat(other.planNumber()).isEqualTo("124-81-00998");

        CompanyCheck same = CompanyCheck.of(
                MINE,
                result(List.of(
                        field("company_name", "주식회사 플랜 스크린", "주식회사 플랜 스크린", null),
                        field("business_registration_number", "2208162517", "220-81-62517", null))));
        assertThat(same.mismatch())
                .as("legal-form words and spacing do not make another company")
                .isFalse();

        CompanyCheck corrected = CompanyCheck.of(
                MINE,
                result(List.of(field("business_registration_number", "124-81-00998", "124-81-00998", "220-81-62517"))));
        assertThat(corrected.mismatch()).as("the company corrected the number").isFalse();
        assertThat(CompanyCheck.of(MINE, result(List.of())).mismatch())
                .as("a plan that names no company")
                .isFalse();
    }

    @Test
    void the_items_still_needed_are_listed_by_name_in_the_page_language_and_marked_when_supplied() {
        PaperworkReport paperwork = new PaperworkReport(
                3,
                1,
                0.333,
                List.of(
                        new PaperworkReport.Item("company_name", "field", "기업명", "Company name", "plan"),
                        new PaperworkReport.Item("employees", "field", "상시근로자수", "Employees", "company"),
                        new PaperworkReport.Item(
                                "social_insurance_roster",
                                "document",
                                "4대보험 가입자명부",
                                "Social insurance member roster",
                                "company")));
        ExtractionResult extraction = new ExtractionResult(
                new ProgramId("startup-psst"),
                List.of(field("employees", "", "", "12")),
                List.of(),
                paperwork,
                "offline-1",
                null,
                null,
                null,
                0,
                List.of());

        List<MissingItem> korean = MissingItem.of(extraction, List.of(), Locale.KOREAN);
        assertThat(korean).extracting(MissingItem::label).containsExactly("상시근로자수", "4대보험 가입자명부");
        assertThat(korean).extracting(MissingItem::supplied).containsExactly(true, false);

        Attachments.Attachment roster = new Attachments.Attachment(
                1,
                new ApplicationId(UUID.randomUUID()),
                "social_insurance_roster",
                "명부.pdf",
                "application/pdf",
                "0".repeat(64),
                10,
                "applicant",
                Instant.now());
        List<MissingItem> english = MissingItem.of(extraction, List.of(roster), Locale.ENGLISH);
        assertThat(english)
                .extracting(MissingItem::label)
                .containsExactly("Employees", "Social insurance member roster");
        assertThat(english).extracting(MissingItem::supplied).containsExactly(true, true);
    }

    @Test
    void the_language_switch_keeps_the_query_and_changes_only_the_language() {
        assertThat(LanguageLinks.with("/review/programs/startup-psst?flagged=true&lang=ko&assignee=me", "en"))
                .isEqualTo("/review/programs/startup-psst?flagged=true&assignee=me&lang=en");
        assertThat(LanguageLinks.with("/applicant/applications/1?page=2&highlight=10-20", "ko"))
                .isEqualTo("/applicant/applications/1?page=2&highlight=10-20&lang=ko");
        assertThat(LanguageLinks.with("/review?q=%ED%95%9C", "en")).isEqualTo("/review?q=%ED%95%9C&lang=en");
    }

    private static ExtractionResult result(List<ExtractedField> fields) {
        return new ExtractionResult(
                new ProgramId("startup-psst"),
                fields,
                List.of(),
                new PaperworkReport(0, 0, 0, List.of()),
                "offline-1",
                null,
                null,
                null,
                0,
                List.of());
    }

    private static ExtractedField field(String key, String value, String normalized, @Nullable String corrected) {
        return new ExtractedField(key, value, normalized, 1, value, 0, value.length(), 0.9, "offline", corrected);
    }
}
