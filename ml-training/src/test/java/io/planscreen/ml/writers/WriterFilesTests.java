package io.planscreen.ml.writers;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.ml.plan.BusinessRegistrationNumbers;
import io.planscreen.ml.render.DocumentProperties;
import io.planscreen.ml.render.PlanRenderers;
import io.planscreen.ml.render.RenderOptions;
import io.planscreen.ml.render.RenderOptions.Format;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import kr.dogfoot.hwplib.reader.HWPReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriterFilesTests {

    private static final DocumentProperties HOUSE = new DocumentProperties(
            "한빛기획팀",
            "컨설턴트3",
            "한빛창업컨설팅",
            "다온테크 사업계획서",
            "한빛_사업계획서_표준.dotx",
            "Hancom Office Hwp 2022",
            List.of("HY견고딕", "맑은 고딕"),
            List.of("본문_한빛", "제목1_한빛"));

    private final WrittenPlan plan =
            WriterCorpus.write(3, WriterCorpusOptions.defaults()).get(0);

    @Test
    void docx_carries_the_house_machine_and_its_named_styles() throws Exception {
        byte[] bytes = render(Format.DOCX);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            var core = document.getProperties().getCoreProperties();
            var app = document.getProperties().getExtendedProperties().getUnderlyingProperties();
            assertThat(core.getCreator()).isEqualTo("한빛기획팀");
            assertThat(core.getLastModifiedByUser()).isEqualTo("컨설턴트3");
            assertThat(app.getCompany()).isEqualTo("한빛창업컨설팅");
            assertThat(app.getTemplate()).isEqualTo("한빛_사업계획서_표준.dotx");
            assertThat(app.getApplication()).isEqualTo("Hancom Office Hwp 2022");
        }
        assertThat(entry(bytes, "word/styles.xml")).contains("본문_한빛", "제목1_한빛", "HY견고딕");
    }

    @Test
    void hwpx_carries_creator_last_saver_fonts_and_styles() throws Exception {
        byte[] bytes = render(Format.HWPX);
        String opf = entry(bytes, "Contents/content.hpf");
        assertThat(opf).contains("name=\"creator\"", "한빛기획팀", "컨설턴트3");
        assertThat(entry(bytes, "Contents/header.xml")).contains("HY견고딕", "본문_한빛");
    }

    @Test
    void hwp_and_pdf_carry_the_author() throws Exception {
        var summary = HWPReader.fromInputStream(new ByteArrayInputStream(render(Format.HWP)))
                .getSummaryInformation();
        assertThat(summary.getAuthor()).isEqualTo("한빛기획팀");
        assertThat(summary.getLastAuthor()).isEqualTo("컨설턴트3");
        try (PDDocument pdf = Loader.loadPDF(render(Format.PDF))) {
            assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo("한빛기획팀");
            assertThat(pdf.getDocumentInformation().getCreator()).isEqualTo("Hancom Office Hwp 2022");
        }
    }

    @Test
    void an_agencys_clients_files_keep_the_house_files_created_date_and_companies_their_own() throws Exception {
        List<WrittenPlan> plans = WriterCorpus.write(3, WriterCorpusOptions.defaults());
        String agency = plans.stream()
                .filter(p -> p.plan().broker())
                .findFirst()
                .orElseThrow()
                .writer();
        List<WrittenPlan> clients =
                plans.stream().filter(p -> p.writer().equals(agency)).limit(2).toList();
        List<WrittenPlan> own =
                plans.stream().filter(p -> !p.plan().broker()).limit(2).toList();
        assertThat(created(clients.get(0))).isEqualTo(created(clients.get(1)));
        assertThat(created(own.get(0))).isNotEqualTo(created(own.get(1)));
        // saved inside the call's application window
        assertThat(clients.get(0).properties().history().modified()).startsWith("2025-0");
        var summary = HWPReader.fromInputStream(new ByteArrayInputStream(PlanRenderers.render(
                        clients.get(0).plan().plan(),
                        RenderOptions.plain(Format.HWP)
                                .withProperties(clients.get(0).properties()))))
                .getSummaryInformation();
        assertThat(summary.getCreateDateTime().toInstant().toString())
                .isEqualTo(clients.get(0).properties().history().created());
    }

    private static java.util.Date created(WrittenPlan p) throws Exception {
        byte[] bytes = PlanRenderers.render(
                p.plan().plan(), RenderOptions.plain(Format.DOCX).withProperties(p.properties()));
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            return document.getProperties().getCoreProperties().getCreated();
        }
    }

    @Test
    void default_properties_leave_the_renderers_output_as_before() {
        for (Format format : Format.values()) {
            assertThat(PlanRenderers.render(plan.plan().plan(), RenderOptions.plain(format)))
                    .isEqualTo(PlanRenderers.render(
                            plan.plan().plan(),
                            RenderOptions.plain(format).withProperties(DocumentProperties.DEFAULT)));
        }
    }

    @Test
    void the_command_writes_a_manifest_the_batch_cli_reads(@TempDir Path out) throws Exception {
        Corpus2Command.main(new String[] {"--seed", "5", "--out", out.toString(), "--agencies", "2", "--own", "4"});
        List<String> lines = Files.readAllLines(out.resolve("manifest.tsv"), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("file\tcompany\tbrn\tregion\tlabel\twriter");
        assertThat(lines)
                .hasSize(1 + Files.readAllLines(out.resolve("test.jsonl")).size());
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t");
            assertThat(out.resolve("files").resolve(cells[0])).exists();
            assertThat(BusinessRegistrationNumbers.isValid(cells[2])).isTrue();
            assertThat(cells[4]).isIn("broker", "own");
            assertThat(cells[5]).matches("own|s5-a[01]");
        }
        assertThat(out.resolve("DATASET.md")).exists();
        assertThat(Files.readAllLines(out.resolve("documents.jsonl"))).hasSize(lines.size() - 1);
    }

    private byte[] render(Format format) {
        return PlanRenderers.render(
                plan.plan().plan(), RenderOptions.plain(format).withProperties(HOUSE));
    }

    private static String entry(byte[] zip, String name) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " not in the package");
    }
}
