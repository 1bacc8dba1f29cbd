package io.planscreen.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class DemoApplicationsTests {

    @Test
    void manifest_names_shipped_korean_plans_for_both_programs() throws Exception {
        List<DemoApplications.DemoPlan> plans = DemoApplications.manifest();

        assertThat(plans).hasSize(8);
        assertThat(plans).extracting(DemoApplications.DemoPlan::program).contains("startup-psst", "smtech-rnd");
        assertThat(plans).extracting(DemoApplications.DemoPlan::brn).doesNotHaveDuplicates();
        for (DemoApplications.DemoPlan plan : plans) {
            try (InputStream in = new ClassPathResource("demo/" + plan.file()).getInputStream();
                    PDDocument pdf = Loader.loadPDF(in.readAllBytes())) {
                assertThat(new PDFTextStripper().getText(pdf)).contains("사업");
            }
        }
    }
}
