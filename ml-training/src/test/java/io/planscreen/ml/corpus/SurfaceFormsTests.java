package io.planscreen.ml.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SurfaceFormsTests {

    @Test
    void writes_korean_amounts_in_eok_and_man() {
        assertThat(SurfaceForms.eokMan(350_000_000L)).isEqualTo("3억 5천만원");
        assertThat(SurfaceForms.eokMan(352_000_000L)).isEqualTo("3억 5,200만원");
        assertThat(SurfaceForms.eokMan(52_000_000L)).isEqualTo("5,200만원");
        assertThat(SurfaceForms.eokMan(300_000_000L)).isEqualTo("3억원");
        assertThat(SurfaceForms.eokMan(12_345_000_000L)).isEqualTo("123억 4,500만원");
    }

    @Test
    void uses_every_amount_form_the_brief_names() {
        Random random = new Random(1);
        Set<String> forms = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            forms.add(SurfaceForms.amountKo(350_000_000L, random));
            forms.add(SurfaceForms.amountEn(350_000_000L, random));
        }
        assertThat(forms).contains("3억 5천만원", "350,000천원", "350,000,000원", "KRW 350 million");
    }

    @Test
    void month_only_dates_normalise_to_day_one() {
        Random random = new Random(3);
        Set<String> texts = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            SurfaceForms.Written<LocalDate> w = SurfaceForms.date("ko", LocalDate.of(2024, 3, 15), random, true);
            texts.add(w.text());
            if (w.text().equals("2024년 3월")) {
                assertThat(w.value()).isEqualTo(LocalDate.of(2024, 3, 1));
            } else {
                assertThat(w.value()).isEqualTo(LocalDate.of(2024, 3, 15));
            }
        }
        assertThat(texts).contains("2024. 3. 15.", "2024년 3월", "2024-03-15");
    }

    @Test
    void picks_particles_by_final_consonant() {
        assertThat(SurfaceForms.josa("당사", "은")).isEqualTo("는");
        assertThat(SurfaceForms.josa("기업", "은")).isEqualTo("은");
        assertThat(SurfaceForms.josa("제품", "을")).isEqualTo("을");
        assertThat(SurfaceForms.josa("서울", "으로")).isEqualTo("로");
        assertThat(SurfaceForms.josa("기술", "이")).isEqualTo("이");
    }
}
