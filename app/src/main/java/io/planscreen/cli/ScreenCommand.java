package io.planscreen.cli;

import io.planscreen.PlanScreenApplication;
import io.planscreen.extraction.FieldExtraction;
import io.planscreen.ml.plan.BusinessRegistrationNumbers;
import io.planscreen.parsing.DocumentParsing;
import io.planscreen.review.Reviews;
import io.planscreen.screening.ApplicationStatus;
import io.planscreen.screening.ApplicationView;
import io.planscreen.screening.Screening;
import io.planscreen.security.CurrentUser;
import io.planscreen.security.Role;
import io.planscreen.security.UserAccounts;
import io.planscreen.selfassessment.SelfAssessmentReport;
import io.planscreen.selfassessment.SelfAssessments;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.CompanyId;
import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProgramId;
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
import java.util.HashMap;
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
import org.springframework.context.MessageSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code scripts/screen <folder> --program <id>}: starts the service in this process (on a loopback port,
 * against the configured database), submits every plan in the folder through the intake endpoint as the
 * company it comes from (a manifest, or the plan's own 기업명 and 사업자등록번호), lets the service's own
 * pipeline screen them, and writes report.csv and report.html. With {@code --self-check} nothing is submitted:
 * each plan gets the company self-assessment, which keeps nothing and puts nothing in any evaluator's queue.
 */
@Command(
        name = "screen",
        mixinStandardHelpOptions = true,
        description = "Screens every PDF/HWP/HWPX/DOCX in a folder with the planscreen pipeline and writes a report.",
        footer = {
            "Exit code: 0 when every file has an outcome (screened, rejected or refused with its problem code),",
            "1 when some file has none (timeout, server error), 2 when the folder holds no plan,",
            "3 when the manifest cannot be read."
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

    /** A file self-assessed in {@code --self-check} mode. */
    static final String CHECKED = "CHECKED";

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
            names = "--manifest",
            description = "CSV or TSV naming each file's company: columns file, company (기업명), brn"
                    + " (사업자등록번호), optional region (소재지); files it does not list use the plan's own")
    @Nullable
    Path manifest;

    @Option(
            names = "--self-check",
            description = "self-assess each plan as its company would (nothing submitted, kept or queued; no score)")
    boolean selfCheck;

    @Option(names = "--lang", defaultValue = "ko", description = "language of report.html: ko (default) or en")
    String lang = "ko";

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
        Map<String, PlanCompanies.PlanCompany> listed;
        try {
            listed = manifest == null ? Map.of() : PlanCompanies.readManifest(manifest);
        } catch (IllegalArgumentException | IOException e) {
            err.println("manifest: " + e.getMessage());
            return 3;
        }
        Locale locale = "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.KOREAN;
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
            PlanCompanies companies = new PlanCompanies(
                    listed,
                    context.getBean(DocumentParsing.class),
                    context.getBean(FieldExtraction.class),
                    new ProgramId(program));
            BatchReport.Mode mode = selfCheck ? BatchReport.Mode.SELF_CHECK : BatchReport.Mode.SCREEN;
            List<BatchReport.Row> rows = selfCheck
                    ? new SelfCheck(context, companies, locale).run(files, err)
                    : new Batch(context, port, companies).run(files, err);
            MessageSource messages = context.getBean(MessageSource.class);
            BatchReport.Labels labels = new BatchReport.Labels() {
                @Override
                public String get(String code, Object... args) {
                    return messages.getMessage(code, args, code, locale);
                }

                @Override
                public String language() {
                    return locale.getLanguage();
                }
            };
            BatchReport.writeCsv(reportDir.resolve("report.csv"), rows, mode, withScores && !selfCheck);
            BatchReport.writeHtml(
                    reportDir.resolve("report.html"), program, rows, mode, withScores && !selfCheck, labels);
            long done = rows.stream()
                    .filter(r -> r.status().equals("SCREENED") || r.status().equals(CHECKED))
                    .count();
            err.printf(
                    "%n%d of %d %s; report: %s, %s%n",
                    done,
                    rows.size(),
                    selfCheck ? "checked" : "screened",
                    reportDir.resolve("report.html"),
                    reportDir.resolve("report.csv"));
            return rows.stream().allMatch(r -> isFinal(r.status())) ? 0 : 1;
        }
    }

    static boolean isFinal(String status) {
        return status.equals(REFUSED)
                || status.equals(CHECKED)
                || !status.equals(SUBMIT_FAILED)
                        && (status.equals("SCREENED")
                                || ApplicationStatus.valueOf(status).isFinal()
                                || status.equals("IN_REVIEW"));
    }

    /** Signs in as each file's company: one applicant per company (batch-<BRN>), created when missing. */
    static final class Identities {

        private final UserAccounts accounts;

        private final Map<String, Identity> byBrn = new HashMap<>();

        private @Nullable Identity unidentified;

        Identities(UserAccounts accounts) {
            this.accounts = accounts;
        }

        /** @param authorization HTTP Basic for the company's batch applicant */
        record Identity(CompanyId company, String name, String source, String username, String authorization) {}

        Identity of(PlanCompanies.@Nullable PlanCompany company) {
            if (company == null) {
                if (unidentified == null) {
                    // a plan that names no valid company still gets screened, under one company of its own
                    String suffix = UUID.randomUUID().toString().substring(0, 8);
                    unidentified = create(
                            "batch " + suffix,
                            BusinessRegistrationNumbers.random(ThreadLocalRandom.current(), true),
                            "미상",
                            PlanCompanies.UNIDENTIFIED);
                }
                return unidentified;
            }
            return byBrn.computeIfAbsent(
                    company.brn(), brn -> create(company.name(), brn, company.region(), company.source()));
        }

        private Identity create(String name, String brn, String region, String source) {
            CompanyId id = accounts.createCompany(name, brn, region);
            String known = accounts.company(id).map(UserAccounts.Company::name).orElse(name);
            String user = "batch-" + brn.replace("-", "");
            String password = UUID.randomUUID().toString();
            accounts.saveUser(user, password, Role.APPLICANT, id, Set.of(), "planscreen batch · " + known);
            return new Identity(
                    id,
                    known,
                    source,
                    user,
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** A company's check before applying, for each file: the self-assessment, which keeps nothing. */
    final class SelfCheck {

        private final SelfAssessments assessments;

        private final UserAccounts accounts;

        private final PlanCompanies companies;

        private final Locale locale;

        SelfCheck(ConfigurableApplicationContext context, PlanCompanies companies, Locale locale) {
            this.assessments = context.getBean(SelfAssessments.class);
            this.accounts = context.getBean(UserAccounts.class);
            this.companies = companies;
            this.locale = locale;
        }

        List<BatchReport.Row> run(List<Path> files, PrintStream err) throws IOException {
            List<BatchReport.Row> rows = new ArrayList<>();
            for (Path file : files) {
                byte[] content = Files.readAllBytes(file);
                long start = System.nanoTime();
                PlanCompanies.PlanCompany company = companies.of(file, content).orElse(null);
                // the company as the applicant; an unknown one is not created: a self-check stores nothing
                CompanyId id = company == null
                        ? new CompanyId(UUID.randomUUID())
                        : accounts.companyByBusinessRegistrationNumber(company.brn())
                                .orElseGet(() -> new CompanyId(UUID.randomUUID()));
                CurrentUser applicant = new CurrentUser("batch-self-check", Role.APPLICANT, id, Set.of());
                String sha256 = HexFormat.of().formatHex(sha256(content));
                String name = PlanCompanies.describe(company);
                String source = company == null ? PlanCompanies.UNIDENTIFIED : company.source();
                try {
                    SelfAssessmentReport report = assessments.assess(
                            applicant, content, file.getFileName().toString(), new ProgramId(program), locale);
                    rows.add(new BatchReport.Row(
                            file.getFileName().toString(),
                            sha256,
                            name,
                            source,
                            null,
                            CHECKED,
                            null,
                            0,
                            List.of(),
                            report.fields().size(),
                            report.findings().size(),
                            0,
                            report.completeness().missingFields().size(),
                            report.originality().genericPassages().size(),
                            null,
                            Duration.ofNanos(System.nanoTime() - start).toMillis()));
                } catch (PlanScreenException refused) {
                    rows.add(new BatchReport.Row(
                            file.getFileName().toString(),
                            sha256,
                            name,
                            source,
                            null,
                            REFUSED,
                            refused.problem().code(),
                            0,
                            List.of(),
                            0,
                            0,
                            0,
                            0,
                            0,
                            null,
                            0));
                }
                progress(err, "checked", rows.size(), files.size());
            }
            return rows;
        }
    }

    /** One batch: each file uploaded as its company, the wait, the rows. */
    final class Batch {

        private final Screening screening;

        private final Reviews reviews;

        private final HttpClient http = HttpClient.newHttpClient();

        private final String base;

        private final Identities identities;

        private final PlanCompanies companies;

        Batch(ConfigurableApplicationContext context, int port, PlanCompanies companies) {
            this.screening = context.getBean(Screening.class);
            this.reviews = context.getBean(Reviews.class);
            this.base = "http://127.0.0.1:" + port;
            this.identities = new Identities(context.getBean(UserAccounts.class));
            this.companies = companies;
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
                            s.identity.name(),
                            s.identity.source(),
                            null,
                            s.refused ? REFUSED : SUBMIT_FAILED,
                            s.problem,
                            0,
                            List.of(),
                            0,
                            0,
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
                        s.identity.name(),
                        s.identity.source(),
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
                        0,
                        0,
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
                Identities.Identity identity,
                boolean refused,
                @Nullable String problem) {}

        private Submitted submit(Path file) throws IOException, InterruptedException {
            byte[] content = Files.readAllBytes(file);
            String sha256 = HexFormat.of().formatHex(sha256(content));
            Identities.Identity identity =
                    identities.of(companies.of(file, content).orElse(null));
            String boundary = "planscreen" + UUID.randomUUID().toString().replace("-", "");
            byte[] body = multipart(boundary, file.getFileName().toString(), content);
            HttpResponse<String> response;
            try {
                response = http.send(
                        HttpRequest.newBuilder(URI.create(base + uploadPath))
                                .header("Authorization", identity.authorization())
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                // one file that cannot be sent is reported as such; the batch goes on with the others
                return new Submitted(null, sha256, identity, false, e.toString());
            }
            Matcher m = ID.matcher(response.body());
            if (response.statusCode() / 100 == 2 && m.find()) {
                return new Submitted(new ApplicationId(UUID.fromString(m.group(1))), sha256, identity, false, null);
            }
            Matcher code = CODE.matcher(response.body());
            if (response.statusCode() / 100 == 4 && code.find()) {
                return new Submitted(null, sha256, identity, true, code.group(1));
            }
            return new Submitted(
                    null, sha256, identity, false, "HTTP " + response.statusCode() + " " + response.body());
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
