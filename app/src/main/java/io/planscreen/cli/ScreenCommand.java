package io.planscreen.cli;

import io.planscreen.PlanScreenApplication;
import io.planscreen.ml.plan.BusinessRegistrationNumbers;
import io.planscreen.review.Reviews;
import io.planscreen.screening.ApplicationStatus;
import io.planscreen.screening.ApplicationView;
import io.planscreen.screening.Screening;
import io.planscreen.security.CurrentUser;
import io.planscreen.security.Role;
import io.planscreen.security.UserAccounts;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.CompanyId;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code scripts/screen <folder> --program <id>}: starts the service in this process (on a loopback port,
 * against the configured database), submits every plan in the folder through the intake endpoint as a
 * batch company, lets the service's own pipeline screen them, and writes report.csv and report.html.
 */
@Command(
        name = "screen",
        mixinStandardHelpOptions = true,
        description = "Screens every PDF/HWP/HWPX/DOCX in a folder with the planscreen pipeline and writes a report.",
        footer = {
            "Exit code: 0 when every file has an outcome (screened, rejected or refused with its problem code),",
            "1 when some file has none (timeout, server error), 2 when the folder holds no plan."
        })
public class ScreenCommand implements Callable<Integer> {

    private static final Pattern ID =
            Pattern.compile("\"(?:id|application|applicationId)\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    /** The stable problem code of a problem+json answer, e.g. document.unreadable. */
    private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([a-z_.]+)\"");

    /** A file the service refused at upload (4xx with a problem code): a final outcome for that file. */
    static final String REFUSED = "REFUSED";

    /** A file that could not be submitted for another reason (server error, connection): no outcome. */
    static final String SUBMIT_FAILED = "SUBMIT_FAILED";

    @Parameters(index = "0", description = "folder with the plans")
    Path folder = Path.of(".");

    @Option(names = "--program", required = true, description = "program code, e.g. startup-psst or smtech-rnd")
    String program = "";

    @Option(names = "--out", description = "report folder (default: <folder>/planscreen-report)")
    @Nullable
    Path out;

    @Option(names = "--timeout", defaultValue = "PT15M", description = "how long to wait for the batch (ISO-8601)")
    Duration timeout = Duration.ofMinutes(15);

    @Option(names = "--with-scores", description = "include the broker probability (agencies only)")
    boolean withScores;

    @Option(
            names = "--upload-path",
            defaultValue = "/api/applications",
            description = "the intake endpoint (multipart file + programId)")
    String uploadPath = "/api/applications";

    public static void main(String[] args) {
        System.exit(new CommandLine(new ScreenCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(Files::isRegularFile)
                    .filter(p ->
                            p.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(pdf|hwp|hwpx|docx)"))
                    .sorted()
                    .toList();
        }
        PrintStream err = System.err;
        if (files.isEmpty()) {
            err.println("no PDF/HWP/HWPX/DOCX files in " + folder);
            return 2;
        }
        Path reportDir = out != null ? out : folder.resolve("planscreen-report");
        Files.createDirectories(reportDir);
        err.printf("starting planscreen in-process for %d files of %s ...%n", files.size(), program);
        // Arguments, not builder properties: those are only defaults and lose to application.yml's ${PORT:8080}.
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PlanScreenApplication.class)
                .profiles("local")
                .run(
                        "--server.port=0",
                        "--server.address=127.0.0.1",
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN",
                        "--logging.level.io.planscreen=WARN")) {
            int port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
            Batch batch = new Batch(context, port);
            List<BatchReport.Row> rows = batch.run(files, err);
            BatchReport.writeCsv(reportDir.resolve("report.csv"), rows, withScores);
            BatchReport.writeHtml(reportDir.resolve("report.html"), program, rows, withScores);
            long screened =
                    rows.stream().filter(r -> r.status().equals("SCREENED")).count();
            err.printf(
                    "%n%d of %d screened; report: %s, %s%n",
                    screened, rows.size(), reportDir.resolve("report.html"), reportDir.resolve("report.csv"));
            return rows.stream().allMatch(r -> isFinal(r.status())) ? 0 : 1;
        }
    }

    static boolean isFinal(String status) {
        return status.equals(REFUSED)
                || !status.equals(SUBMIT_FAILED)
                        && (status.equals("SCREENED")
                                || ApplicationStatus.valueOf(status).isFinal()
                                || status.equals("IN_REVIEW"));
    }

    /** One batch: a throw-away applicant company, the uploads, the wait, the rows. */
    final class Batch {

        private final Screening screening;

        private final Reviews reviews;

        private final HttpClient http = HttpClient.newHttpClient();

        private final String base;

        private final String authorization;

        Batch(ConfigurableApplicationContext context, int port) {
            this.screening = context.getBean(Screening.class);
            this.reviews = context.getBean(Reviews.class);
            this.base = "http://127.0.0.1:" + port;
            UserAccounts accounts = context.getBean(UserAccounts.class);
            String suffix = UUID.randomUUID().toString().substring(0, 8);
            CompanyId company = accounts.createCompany(
                    "batch " + suffix, BusinessRegistrationNumbers.random(ThreadLocalRandom.current(), true), "서울특별시");
            String user = "batch-" + suffix;
            String password = UUID.randomUUID().toString();
            accounts.saveUser(user, password, Role.APPLICANT, company, Set.of(), "planscreen batch " + suffix);
            this.authorization = "Basic "
                    + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        }

        List<BatchReport.Row> run(List<Path> files, PrintStream err) throws Exception {
            Map<Path, Submitted> submitted = new LinkedHashMap<>();
            for (Path file : files) {
                submitted.put(file, submit(file));
                progress(err, "uploaded", submitted.size(), files.size());
            }
            long deadline = System.nanoTime() + timeout.toNanos();
            int done = 0;
            while (System.nanoTime() < deadline) {
                done = 0;
                for (Submitted s : submitted.values()) {
                    if (s.id == null || isFinal(status(s.id))) {
                        done++;
                    }
                }
                progress(err, "screened", done, files.size());
                if (done == files.size()) {
                    break;
                }
                Thread.sleep(250);
            }
            CurrentUser reader = new CurrentUser("batch-cli", Role.AUDITOR, null, Set.of());
            List<BatchReport.Row> rows = new ArrayList<>();
            for (Map.Entry<Path, Submitted> e : submitted.entrySet()) {
                Submitted s = e.getValue();
                if (s.id == null) {
                    rows.add(new BatchReport.Row(
                            e.getKey().getFileName().toString(),
                            s.sha256,
                            null,
                            s.refused ? REFUSED : SUBMIT_FAILED,
                            s.problem,
                            0,
                            List.of(),
                            0,
                            0,
                            0,
                            null,
                            0));
                    continue;
                }
                Reviews.EvaluatorView view = reviews.view(reader, s.id);
                ApplicationView app = view.application();
                rows.add(new BatchReport.Row(
                        e.getKey().getFileName().toString(),
                        s.sha256,
                        app.id().value().toString(),
                        app.status().name(),
                        app.problemCode(),
                        view.risk(),
                        view.signals(),
                        view.extraction() == null
                                ? 0
                                : view.extraction().fields().size(),
                        view.extraction() == null
                                ? 0
                                : view.extraction().findings().size(),
                        view.reuse() == null ? 0 : view.reuse().passages().size(),
                        withScores && view.broker() != null ? view.broker().probability() : null,
                        Duration.between(app.receivedAt(), app.updatedAt()).toMillis()));
            }
            return rows;
        }

        private String status(ApplicationId id) {
            return screening.view(id).map(v -> v.status().name()).orElse("RECEIVED");
        }

        /**
         * @param refused the service answered 4xx with a problem code: the file itself was refused
         * @param problem that code, or what went wrong when the file could not be submitted
         */
        record Submitted(
                @Nullable ApplicationId id,
                String sha256,
                boolean refused,
                @Nullable String problem) {}

        private Submitted submit(Path file) throws IOException, InterruptedException {
            byte[] content = Files.readAllBytes(file);
            String sha256 = HexFormat.of().formatHex(sha256(content));
            String boundary = "planscreen" + UUID.randomUUID().toString().replace("-", "");
            byte[] body = multipart(boundary, file.getFileName().toString(), content);
            HttpResponse<String> response;
            try {
                response = http.send(
                        HttpRequest.newBuilder(URI.create(base + uploadPath))
                                .header("Authorization", authorization)
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                // one file that cannot be sent is reported as such; the batch goes on with the others
                return new Submitted(null, sha256, false, e.toString());
            }
            Matcher m = ID.matcher(response.body());
            if (response.statusCode() / 100 == 2 && m.find()) {
                return new Submitted(new ApplicationId(UUID.fromString(m.group(1))), sha256, false, null);
            }
            Matcher code = CODE.matcher(response.body());
            if (response.statusCode() / 100 == 4 && code.find()) {
                return new Submitted(null, sha256, true, code.group(1));
            }
            return new Submitted(null, sha256, false, "HTTP " + response.statusCode() + " " + response.body());
        }

        private byte[] multipart(String boundary, String name, byte[] content) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"programId\"\r\n\r\n" + program
                            + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                            + name.replace("\"", "") + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.writeBytes(content);
            out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }
    }

    static void progress(PrintStream err, String what, int done, int total) {
        int width = 30;
        int filled = total == 0 ? width : done * width / total;
        err.print("\r[" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + done + "/" + total + " " + what
                + "   ");
        err.flush();
    }

    static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
