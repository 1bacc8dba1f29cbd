package io.planscreen.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.parsing.DocumentFixtures;
import io.planscreen.security.UserAccounts;
import io.planscreen.support.HttpTestClient;
import io.planscreen.support.TestUsers;
import io.planscreen.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Each hostile file gets its documented outcome through the real endpoint (docs/configuration.md, "Limits"):
 * refused at upload with a problem code, or accepted and then rejected or parsed by the pipeline. Never a
 * 500, and the service answers afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileFilesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    HttpTestClient http;

    Uploads uploads;

    TestUser applicant;

    @BeforeEach
    void setUp() {
        http = new HttpTestClient(port);
        uploads = new Uploads(http);
        applicant = new TestUsers(accounts).applicant();
    }

    @AfterEach
    void serviceStillAnswers() {
        HttpTestClient.Response list = http.get(
                "/api/applications", "Authorization", HttpTestClient.basic(applicant.username(), TestUsers.PASSWORD));
        assertThat(list.status()).isEqualTo(200);
    }

    @Test
    void encrypted_pdf_is_422_document_encrypted() {
        refused(DocumentFixtures.encryptedPdf(), "plan.pdf", 422, "document.encrypted");
    }

    @Test
    void truncated_pdf_is_422_document_unreadable() {
        refused(DocumentFixtures.truncatedPdf(), "plan.pdf", 422, "document.unreadable");
    }

    @Test
    void pdf_claiming_100000_pages_is_422_too_many_pages() {
        JsonNode problem =
                refused(DocumentFixtures.hundredThousandPagesPdf(), "plan.pdf", 422, "document.too_many_pages");
        assertThat(problem.get("detail").asString()).contains("100,000").contains("300");
    }

    @Test
    void pdf_bytes_named_hwp_are_415() {
        refused(DocumentFixtures.koreanPlanPdf(), "사업계획서.hwp", 415, "document.unsupported_type");
    }

    @Test
    void pdf_with_a_zip_appended_is_a_polyglot_415() {
        refused(DocumentFixtures.pdfZipPolyglot(), "plan.pdf", 415, "document.unsupported_type");
    }

    /** The probe's GIF/PDF polyglot: a GIF header, then the PDF within the first 1024 bytes readers search. */
    @Test
    void gif_header_before_a_pdf_is_a_polyglot_415() {
        byte[] gif = "GIF89a\u0001\u0000\u0001\u0000\u0080\u0000\u0000"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] pdf = DocumentFixtures.koreanPlanPdf();
        byte[] polyglot = java.util.Arrays.copyOf(gif, gif.length + pdf.length);
        System.arraycopy(pdf, 0, polyglot, gif.length, pdf.length);

        JsonNode problem = refused(polyglot, "plan.pdf", 415, "document.unsupported_type");

        assertThat(problem.get("status").asInt()).isEqualTo(415);
    }

    @Test
    void docx_listing_too_many_entries_is_an_archive_bomb() {
        refused(DocumentFixtures.docxWithTooManyEntries(1_500), "plan.docx", 422, "document.archive_bomb");
    }

    @Test
    void hwpx_declaring_too_many_uncompressed_bytes_is_an_archive_bomb() {
        refused(DocumentFixtures.hwpxBomb(210L * 1024 * 1024), "plan.hwpx", 422, "document.archive_bomb");
    }

    @Test
    void docx_lying_about_its_sizes_is_stopped_while_inflating() {
        refused(DocumentFixtures.docxLyingAboutSize(), "plan.docx", 422, "document.archive_bomb");
    }

    @Test
    void file_over_the_size_limit_is_413() {
        byte[] big = new byte[21 * 1024 * 1024];
        System.arraycopy("%PDF-1.7\n".getBytes(), 0, big, 0, 9);
        refused(big, "plan.pdf", 413, "document.too_large");
    }

    @Test
    void unknown_content_is_415() {
        refused("MZ\u0090\u0000 not a plan".getBytes(), "plan.pdf", 415, "document.unsupported_type");
    }

    @Test
    void pdf_with_a_broken_xref_is_rebuilt_and_parsed() throws Exception {
        JsonNode status = accepted(DocumentFixtures.invalidXrefPdf());
        assertThat(status.get("status").asString()).isNotIn("REJECTED_INPUT", "FAILED", "RECEIVED");
    }

    @Test
    void deeply_nested_objects_and_form_chains_are_parsed_within_the_limits() throws Exception {
        for (byte[] deep :
                new byte[][] {DocumentFixtures.deepObjectGraphPdf(200_000), DocumentFixtures.formChainPdf(20_000)}) {
            JsonNode status = accepted(deep);
            assertThat(status.get("status").asString()).isNotIn("REJECTED_INPUT", "FAILED", "RECEIVED");
        }
    }

    @Test
    void recursive_page_tree_ends_as_unreadable_input() throws Exception {
        JsonNode status = accepted(DocumentFixtures.recursivePageTreePdf());
        assertThat(status.get("status").asString()).isEqualTo("REJECTED_INPUT");
        assertThat(status.get("problemCode").asString()).isEqualTo("document.unreadable");
    }

    private JsonNode refused(byte[] content, String name, int status, String code) {
        HttpTestClient.Response response = uploads.upload(applicant, "startup-psst", name, content);
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo(code);
        assertThat(response.json().get("detail").asString()).isNotBlank();
        return response.json();
    }

    private JsonNode accepted(byte[] content) throws InterruptedException {
        HttpTestClient.Response response = uploads.upload(applicant, "startup-psst", "plan.pdf", content);
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        return uploads.awaitPastReceived(applicant, response.json().get("id").asString());
    }
}
