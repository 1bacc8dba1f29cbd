package io.planscreen.cli;

import io.planscreen.PlanScreenApplication;
import io.planscreen.extraction.FieldExtraction;
import io.planscreen.parsing.DocumentParsing;
import io.planscreen.screening.ApplicationStatus;
import io.planscreen.shared.ProgramId;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
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

    static final Pattern ID = Pattern.compile("\"(?:id|application|applicationId)\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    /** The stable problem code of a problem+json answer, e.g. document.unreadable. */
    static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([a-z_.]+)\"");

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
                    ? new SelfCheckBatch(context, companies, locale, new ProgramId(program)).run(files, err)
                    : new UploadBatch(
                                    context,
                                    port,
                                    companies,
                                    new UploadBatch.Settings(program, uploadPath, timeout, withScores))
                            .run(files, err);
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
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
