package io.planscreen.cli;

import io.planscreen.review.Reviews;
import io.planscreen.screening.ApplicationView;
import io.planscreen.screening.Screening;
import io.planscreen.security.CurrentUser;
import io.planscreen.security.Role;
import io.planscreen.security.UserAccounts;
import io.planscreen.shared.ApplicationId;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;

/** One batch: each file uploaded through the intake endpoint as its company, the wait, the rows. */
final class UploadBatch {

    private final Screening screening;

    private final Reviews reviews;

    private final HttpClient http = HttpClient.newHttpClient();

    private final String base;

    private final BatchIdentities identities;

    private final PlanCompanies companies;

    private final Settings settings;

    /**
     * @param uploadPath the intake endpoint (multipart file + programId)
     * @param withScores whether rows carry the broker probability
     */
    record Settings(String program, String uploadPath, Duration timeout, boolean withScores) {}

    UploadBatch(ConfigurableApplicationContext context, int port, PlanCompanies companies, Settings settings) {
        this.screening = context.getBean(Screening.class);
        this.reviews = context.getBean(Reviews.class);
        this.base = "http://127.0.0.1:" + port;
        this.identities = new BatchIdentities(context.getBean(UserAccounts.class));
        this.companies = companies;
        this.settings = settings;
    }

    List<BatchReport.Row> run(List<Path> files, PrintStream err) throws Exception {
        Map<Path, Submitted> submitted = new LinkedHashMap<>();
        for (Path file : files) {
            submitted.put(file, submit(file));
            ScreenCommand.progress(err, "uploaded", submitted.size(), files.size());
        }
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        int done = 0;
        while (System.nanoTime() < deadline) {
            done = 0;
            for (Submitted s : submitted.values()) {
                if (s.id == null || ScreenCommand.isFinal(status(s.id))) {
                    done++;
                }
            }
            ScreenCommand.progress(err, "screened", done, files.size());
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
                rows.add(BatchReport.Row.withoutOutcome(
                        e.getKey().getFileName().toString(),
                        s.sha256,
                        s.identity.name(),
                        s.identity.source(),
                        s.refused ? ScreenCommand.REFUSED : ScreenCommand.SUBMIT_FAILED,
                        s.problem));
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
                    view.extraction() == null ? 0 : view.extraction().fields().size(),
                    view.extraction() == null ? 0 : view.extraction().findings().size(),
                    view.reuse() == null ? 0 : view.reuse().passages().size(),
                    0,
                    0,
                    settings.withScores() && view.broker() != null
                            ? view.broker().probability()
                            : null,
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
            BatchIdentities.Identity identity,
            boolean refused,
            @Nullable String problem) {}

    private Submitted submit(Path file) throws IOException, InterruptedException {
        byte[] content = Files.readAllBytes(file);
        String sha256 = HexFormat.of().formatHex(ScreenCommand.sha256(content));
        BatchIdentities.Identity identity =
                identities.of(companies.of(file, content).orElse(null));
        String boundary = "planscreen" + UUID.randomUUID().toString().replace("-", "");
        byte[] body = multipart(boundary, file.getFileName().toString(), content);
        HttpResponse<String> response;
        try {
            response = http.send(
                    HttpRequest.newBuilder(URI.create(base + settings.uploadPath()))
                            .header("Authorization", identity.authorization())
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            // one file that cannot be sent is reported as such; the batch goes on with the others
            return new Submitted(null, sha256, identity, false, e.toString());
        }
        Matcher m = ScreenCommand.ID.matcher(response.body());
        if (response.statusCode() / 100 == 2 && m.find()) {
            return new Submitted(new ApplicationId(UUID.fromString(m.group(1))), sha256, identity, false, null);
        }
        Matcher code = ScreenCommand.CODE.matcher(response.body());
        if (response.statusCode() / 100 == 4 && code.find()) {
            return new Submitted(null, sha256, identity, true, code.group(1));
        }
        return new Submitted(null, sha256, identity, false, "HTTP " + response.statusCode() + " " + response.body());
    }

    private byte[] multipart(String boundary, String name, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"programId\"\r\n\r\n" + settings.program()
                                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                                + name.replace("\"", "") + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
