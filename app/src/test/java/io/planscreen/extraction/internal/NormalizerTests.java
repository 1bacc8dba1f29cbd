package io.planscreen.extraction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalizerTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "3억 5천만원; 350000000",
                "350,000천원; 350000000",
                "350,000,000원; 350000000",
                "KRW 350 million; 350000000",
                "3.5억원; 350000000",
                "1,200백만원; 1200000000",
                "5천 3백만원; 53000000",
                "2억원; 200000000",
                "₩350,000,000; 350000000",
                "KRW 1.2 billion; 1200000000",
                "350 million won; 350000000",
                "1억 2,000만원; 120000000",
                "70,000천원 (70%); 70000000"
            })
    void amounts_in_every_form_become_whole_krw(String written, long krw) {
        assertThat(KrwAmounts.parseAt(written, 1, false))
                .hasValueSatisfying(a -> assertThat(a.krw()).isEqualTo(krw));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {"2024년; ", "12명; "})
    void bare_numbers_are_not_amounts_without_a_unit(String written, String unused) {
        assertThat(KrwAmounts.parseAt(written, 1, false)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {"(단위: 천원); 1000", "단위 : 백만원; 1000000", "[Unit: KRW 1,000]; 1000", "없음; 1"})
    void table_units_are_read(String text, long unit) {
        assertThat(KrwAmounts.statedUnit(text)).isEqualTo(unit);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "2024. 3. 1.; 2024-03-01",
                "2024.03.01; 2024-03-01",
                "2024-03-01; 2024-03-01",
                "2024/3/1; 2024-03-01",
                "2024년 3월 1일; 2024-03-01",
                "2024년 3월; 2024-03-01",
                "2024. 3.; 2024-03-01",
                "March 2024; 2024-03-01",
                "March 1, 2024; 2024-03-01",
                "1 March 2024; 2024-03-01",
                "Mar. 2024; 2024-03-01",
                "2025. 12. 31.; 2025-12-31"
            })
    void dates_become_iso(String written, String iso) {
        assertThat(IsoDates.parse(written)).contains(LocalDate.parse(iso));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "전자부품 제조업 (C26); C",
                "응용 소프트웨어 개발 및 공급업(J58221); J",
                "KSIC 62010 컴퓨터 프로그래밍; J",
                "제조업; C",
                "전문, 과학 및 기술 서비스업; M",
                "Software publishing; J",
                "도매 및 소매업; G"
            })
    void industries_become_ksic_sections(String written, String section) {
        assertThat(Industries.ksicSection(written)).contains(section);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "인공지능(AI); AI",
                "AI 기반 영상 분석; AI",
                "차세대 반도체 패키징; SEMICONDUCTOR",
                "Carbon-neutral cement; CARBON_NEUTRAL",
                "스마트팜 자동화; AGRITECH",
                "biography writing; "
            })
    void tech_areas_are_normalised(String written, String area) {
        if (area == null) {
            assertThat(Industries.techArea(written)).isEmpty();
        } else {
            assertThat(Industries.techArea(written)).contains(area);
        }
    }
}
