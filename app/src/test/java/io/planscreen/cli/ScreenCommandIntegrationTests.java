package io.planscreen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.parsing.DocumentFixtures;
import io.planscreen.support.PlanPdfs;
import io.planscreen.support.TestDatabase;
import io.planscreen.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code scripts/screen} end to end: the command starts the real service in this JVM (test database, random
 * loopback port), uploads a folder of plans through the intake endpoint, lets the real pipeline screen them
 * and writes the reports. A file the service refuses is a row with its problem code, not a crashed batch.
 */
class ScreenCommandIntegrationTests {

    @TempDir
    Path folder;

    @TempDir
    Path out;

    @Test
    void screens_a_folder_as_each_plans_own_company_and_reports_every_file_with_its_outcome() throws Exception {
        // Text unique to this run: the database is long-lived and reuse across runs is not what this checks.
        String run = UUID.randomUUID().toString().substring(0, 8);
        String brnA = TestUsers.randomValidBrn();
        String brnM = TestUsers.randomValidBrn();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("a-plan.pdf", PlanPdfs.psst("테스트" + run + " 주식회사", brnA, 3));
        files.put("b-plan.pdf", PlanPdfs.psst("샘플" + run + " 주식회사", TestUsers.randomValidBrn(), 4));
        files.put("c-broken.pdf", DocumentFixtures.truncatedPdf());
        files.put("m-plan.pdf", PlanPdfs.psst("다른" + run + " 주식회사", TestUsers.randomValidBrn(), 3));
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Files.write(folder.resolve(file.getKey()), file.getValue());
        }
        Files.writeString(folder.resolve("notes.txt"), "not a plan: not uploaded");
        // the manifest wins over what the plan says
        Path manifest = out.resolve("companies.tsv");
        Files.writeString(manifest, "파일\t기업명\t사업자등록번호\t소재지\nm-plan.pdf\t목록" + run + "\t" + brnM + "\t부산\n");

        int exit = new CommandLine(new ScreenCommand())
                .execute(
                        folder.toString(),
                        "--program",
                        "startup-psst",
                        "--out",
                        out.toString(),
                        "--manifest",
                        manifest.toString(),
                        "--timeout",
                        "PT3M",
                        "--with-scores");

        assertThat(exit).as("every file has an outcome").isZero();
        List<String> lines = Files.readAllLines(out.resolve("report.csv"), StandardCharsets.UTF_8);
        assertThat(lines.get(0))
                .isEqualTo("file,sha256,company,company_source,application,status,problem,risk,signals,fields,"
                        + "findings,reused_passages,broker_probability,millis");
        assertThat(lines).hasSize(5);
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            assertThat(cells).as(line).hasSize(14);
            rows.put(cells[0], cells);
        }
        assertThat(rows.keySet()).containsExactly("a-plan.pdf", "b-plan.pdf", "c-broken.pdf", "m-plan.pdf");

        for (String plan : List.of("a-plan.pdf", "b-plan.pdf", "m-plan.pdf")) {
            String[] row = rows.get(plan);
            assertThat(row[1]).as("sha256 of the file sent").isEqualTo(sha256(files.get(plan)));
            assertThat(UUID.fromString(row[4])).isNotNull();
            assertThat(row[5]).as(plan).isEqualTo("SCREENED");
            assertThat(row[6]).as("no problem").isEmpty();
            assertThat(Integer.parseInt(row[7]))
                    .as("risk on the queue's 0-100 scale")
                    .isBetween(0, 100);
            assertThat(Integer.parseInt(row[9]))
                    .as("fields extracted from " + plan)
                    .isPositive();
            assertThat(Double.parseDouble(row[12])).as("broker probability").isBetween(0.0, 1.0);
            assertThat(Long.parseLong(row[13])).isPositive();
        }
        assertThat(rows.get("a-plan.pdf")[2]).isEqualTo("테스트" + run + " 주식회사");
        assertThat(rows.get("a-plan.pdf")[3]).isEqualTo("plan");
        assertThat(rows.get("m-plan.pdf")[2]).isEqualTo("목록" + run);
        assertThat(rows.get("m-plan.pdf")[3]).isEqualTo("manifest");
        assertThat(companyBrn(rows.get("a-plan.pdf")[4]))
                .as("submitted as the plan's company")
                .isEqualTo(brnA);
        assertThat(companyBrn(rows.get("m-plan.pdf")[4]))
                .as("submitted as the manifest's company")
                .isEqualTo(brnM);

        String[] broken = rows.get("c-broken.pdf");
        assertThat(broken[1]).isEqualTo(sha256(files.get("c-broken.pdf")));
        assertThat(broken[3]).isEqualTo("unidentified");
        assertThat(broken[4]).as("no application was created").isEmpty();
        assertThat(broken[5]).isEqualTo("REFUSED");
        assertThat(broken[6]).isEqualTo("document.unreadable");
        assertThat(broken[12]).as("no score for a refused file").isEmpty();

        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        assertThat(html)
                .startsWith("<!DOCTYPE html>\n<html lang=\"ko\">")
                .contains("planscreen 일괄 처리 · startup-psst", "파일 4개", "<th>브로커 작성 확률</th>")
                .contains("<td>a-plan.pdf</td><td>테스트" + run + " 주식회사 <small>계획서 기재</small></td><td>선별 완료</td>")
                .contains("<td>접수 거부 <small>document.unreadable</small></td>")
                .doesNotContain("notes.txt", "SCREENED", "Risk");
        Matcher risk = Pattern.compile("<td>a-plan.pdf</td><td>[^\n]*?<td>선별 완료</td><td>(\\d+)</td>")
                .matcher(html);
        assertThat(risk.find()).isTrue();
        assertThat(risk.group(1)).as("HTML and CSV agree on the risk").isEqualTo(rows.get("a-plan.pdf")[7]);
    }

    @Test
    void a_self_check_reports_each_plan_in_english_and_leaves_nothing_in_any_queue() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        byte[] plan = PlanPdfs.psst("자가" + run + " 주식회사", TestUsers.randomValidBrn(), 3);
        Files.write(folder.resolve("self.pdf"), plan);

        int exit = new CommandLine(new ScreenCommand())
                .execute(
                        folder.toString(),
                        "--program",
                        "startup-psst",
                        "--out",
                        out.toString(),
                        "--self-check",
                        "--with-scores",
                        "--lang",
                        "en");

        assertThat(exit).isZero();
        List<String> lines = Files.readAllLines(out.resolve("report.csv"), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).doesNotContain("risk", "broker_probability", "application");
        String[] row = lines.get(1).split(",", -1);
        assertThat(row[2]).startsWith("자가" + run + " 주식회사");
        assertThat(row[4]).isEqualTo("CHECKED");
        assertThat(Integer.parseInt(row[6])).as("fields").isPositive();
        assertThat(applicationsWith(sha256(plan)))
                .as("nothing submitted, so nothing in any queue")
                .isZero();
        assertThat(usersNamed("batch-" + row[2].replaceAll(".*\\((.*)\\)", "$1").replace("-", "")))
                .as("no batch applicant created")
                .isZero();
        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        assertThat(html)
                .startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
                .contains("Self-assessment only", "Checked", "Missing required fields")
                .doesNotContain("선별", "Risk", "Broker probability");
    }

    private static String companyBrn(String application) throws Exception {
        return query(
                "select c.brn from application a join company c on c.id = a.company_id where a.id = ?::uuid",
                application);
    }

    private static long applicationsWith(String sha256) throws Exception {
        return Long.parseLong(query("select count(*) from application where sha256 = ?", sha256));
    }

    private static long usersNamed(String username) throws Exception {
        return Long.parseLong(query("select count(*) from app_user where username = ?", username));
    }

    private static String query(String sql, String parameter) throws Exception {
        Map<String, String> db = TestDatabase.properties();
        try (Connection connection = DriverManager.getConnection(
                        db.get("spring.datasource.url"),
                        db.get("spring.datasource.username"),
                        db.get("spring.datasource.password"));
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    @Test
    void a_folder_without_plans_is_exit_code_2_and_starts_nothing() throws Exception {
        Files.writeString(folder.resolve("readme.txt"), "no plans here");

        int exit = new CommandLine(new ScreenCommand())
                .execute(folder.toString(), "--program", "startup-psst", "--out", out.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(out.resolve("report.csv")).doesNotExist();
    }

    private static String sha256(byte[] content) {
        return HexFormat.of().formatHex(ScreenCommand.sha256(content));
    }
}
