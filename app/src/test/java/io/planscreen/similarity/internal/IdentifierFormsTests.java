package io.planscreen.similarity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifierFormsTests {

    @Test
    void brn_and_phone_are_digits_whatever_the_separators() {
        assertThat(IdentifierForms.brn("220-81-62517")).contains("2208162517");
        assertThat(IdentifierForms.brn("220 81 62517")).contains("2208162517");
        assertThat(IdentifierForms.brn("220-81-6251")).isEmpty();
        assertThat(IdentifierForms.phone("02-1234-5678")).contains("0212345678");
        assertThat(IdentifierForms.phone("+82-2-1234-5678")).contains("0212345678");
        assertThat(IdentifierForms.phone("+82 10-1234-5678")).contains("01012345678");
        assertThat(IdentifierForms.phone("(031) 123-4567")).contains("0311234567");
        assertThat(IdentifierForms.phone("1234-5678")).isEmpty();
    }

    @Test
    void email_is_lower_case() {
        assertThat(IdentifierForms.email(" CEO@Haedam.Co.KR ")).contains("ceo@haedam.co.kr");
        assertThat(IdentifierForms.email("없음")).isEmpty();
    }

    @Test
    void company_names_lose_legal_form_markers_spaces_and_punctuation() {
        assertThat(IdentifierForms.companyName("(주)해담 스튜디오")).contains("해담스튜디오");
        assertThat(IdentifierForms.companyName("주식회사 해담스튜디오")).contains("해담스튜디오");
        assertThat(IdentifierForms.companyName("㈜해담스튜디오")).contains("해담스튜디오");
        assertThat(IdentifierForms.companyName("해담스튜디오（주）")).contains("해담스튜디오");
        assertThat(IdentifierForms.companyName("Haedam Studio Co., Ltd.")).contains("haedamstudio");
        assertThat(IdentifierForms.companyName("코리아 R&D 파트너스")).contains("코리아rd파트너스");
        assertThat(IdentifierForms.companyName("(주)한")).isEmpty();
    }

    @Test
    void person_names_are_two_to_four_syllables_or_two_latin_words() {
        assertThat(IdentifierForms.person("김 민준")).contains("김민준");
        assertThat(IdentifierForms.person("남궁민수")).contains("남궁민수");
        assertThat(IdentifierForms.person("Jane Kim")).contains("janekim");
        assertThat(IdentifierForms.person("대표이사 김민준")).isEmpty();
        assertThat(IdentifierForms.person("김")).isEmpty();
    }

    @Test
    void an_address_is_its_road_name_and_building_number() {
        assertThat(IdentifierForms.address("서울특별시 강남구 테헤란로 123, 4층")).contains("테헤란로123");
        assertThat(IdentifierForms.address("대전광역시 유성구 대덕대로512번길 20")).contains("대덕대로512번길20");
        assertThat(IdentifierForms.address("부산광역시")).isEmpty();
    }

    @Test
    void only_names_with_an_uncommon_part_of_two_characters_name_a_company_alone() {
        assertThat(IdentifierForms.distinctive("해담스튜디오")).isTrue();
        assertThat(IdentifierForms.distinctive("넥스에너지")).isTrue();
        assertThat(IdentifierForms.distinctive("도성애그리텍")).isTrue();
        assertThat(IdentifierForms.distinctive("haedamstudio")).isTrue();
        // short names and ordinary business phrases
        assertThat(IdentifierForms.distinctive("미래")).isFalse();
        assertThat(IdentifierForms.distinctive("한빛")).isFalse();
        assertThat(IdentifierForms.distinctive("다원기술")).isTrue();
        assertThat(IdentifierForms.distinctive("스마트솔루션")).isFalse();
        assertThat(IdentifierForms.distinctive("글로벌테크")).isFalse();
        assertThat(IdentifierForms.distinctive("바이오헬스케어")).isFalse();
    }
}
