package io.planscreen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.parsing.DocumentFixtures;
import io.planscreen.support.PlanPdfs;
import io.planscreen.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
    void screens_a_folder_and_reports_every_file_with_its_outcome() throws Exception {
        // Text unique to this run: the database is long-lived and reuse across runs is not what this checks.
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("a-plan.pdf", PlanPdfs.psst("테스트" + run + " 주식회사", TestUsers.randomValidBrn(), 3));
        files.put("b-plan.pdf", PlanPdfs.psst("샘플" + run + " 주식회사", TestUsers.randomValidBrn(), 4));
        files.put("c-broken.pdf", DocumentFixtures.truncatedPdf());
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Files.write(folder.resolve(file.getKey()), file.getValue());
        }
        Files.writeString(folder.resolve("notes.txt"), "not a plan: not uploaded");

        int exit = new CommandLine(new ScreenCommand())
                .execute(
                        folder.toString(),
                        "--program",
                        "startup-psst",
                        "--out",
                        out.toString(),
                        "--timeout",
                        "PT3M",
                        "--with-scores");

        assertThat(exit).as("every file has an outcome").isZero();
        List<String> lines = Files.readAllLines(out.resolve("report.csv"), StandardCharsets.UTF_8);
        assertThat(lines.get(0))
                .isEqualTo("file,sha256,application,status,problem,risk,signals,fields,findings,reused_passages,"
                        + "broker_probability,millis");
        assertThat(lines).hasSize(4);
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            assertThat(cells).as(line).hasSize(12);
            rows.put(cells[0], cells);
        }
        assertThat(rows.keySet()).containsExactly("a-plan.pdf", "b-plan.pdf", "c-broken.pdf");

        for (String plan : List.of("a-plan.pdf", "b-plan.pdf")) {
            String[] row = rows.get(plan);
            assertThat(row[1]).as("sha256 of the file sent").isEqualTo(sha256(files.get(plan)));
            assertThat(UUID.fromString(row[2])).isNotNull();
            assertThat(row[3]).as(plan).isEqualTo("SCREENED");
            assertThat(row[4]).as("no problem").isEmpty();
            assertThat(Double.parseDouble(row[5])).isBetween(0.0, 1.0);
            assertThat(Integer.parseInt(row[7]))
                    .as("fields extracted from " + plan)
                    .isPositive();
            assertThat(Double.parseDouble(row[10])).as("broker probability").isBetween(0.0, 1.0);
            assertThat(Long.parseLong(row[11])).isPositive();
        }

        String[] broken = rows.get("c-broken.pdf");
        assertThat(broken[1]).isEqualTo(sha256(files.get("c-broken.pdf")));
        assertThat(broken[2]).as("no application was created").isEmpty();
        assertThat(broken[3]).isEqualTo("REFUSED");
        assertThat(broken[4]).isEqualTo("document.unreadable");
        assertThat(broken[10]).as("no score for a refused file").isEmpty();

        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        assertThat(html)
                .contains("planscreen batch · startup-psst", "3 files", "<th>broker probability</th>")
                .contains("<td>a-plan.pdf</td><td>SCREENED</td>", "<td>b-plan.pdf</td><td>SCREENED</td>")
                .contains("<td>c-broken.pdf</td><td>REFUSED <small>document.unreadable</small></td>")
                .doesNotContain("notes.txt");
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
