package io.planscreen.evaluation.bench;

import io.planscreen.PlanScreenApplication;
import io.planscreen.ml.plan.BusinessRegistrationNumbers;
import io.planscreen.screening.ApplicationStatus;
import io.planscreen.screening.ApplicationView;
import io.planscreen.screening.Screening;
import io.planscreen.security.Role;
import io.planscreen.security.UserAccounts;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.CompanyId;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measurements, not tests: {@code e2e} (warm service, 20-page plans, upload → SCREENED latency and
 * throughput) and {@code surge} (loopback uploads at a fixed rate for a bounded time; upload latency and
 * whether every accepted upload reaches a final state). Both start the service in this process.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        subcommands = {BenchCommand.E2e.class, BenchCommand.Surge.class})
public class BenchCommand {

    private static final Pattern ID =
            Pattern.compile("\"(?:id|application|applicationId)\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchCommand()).execute(args));
    }

    @Command(
            name = "e2e",
            description = "p50/p95 upload→SCREENED of a 20-page plan, one at a time, then plans/minute in a batch")
    static class E2e implements java.util.concurrent.Callable<Integer> {

        @Option(names = "--pages", defaultValue = "20")
        int pages = 20;

        @Option(names = "--warmup", defaultValue = "5")
        int warmup = 5;

        @Option(names = "--sequential", defaultValue = "30")
        int sequential = 30;

        @Option(names = "--batch", defaultValue = "100")
        int batch = 100;

        @Option(names = "--auth", defaultValue = "jwt", description = "jwt (a deployment's API clients) or basic")
        Auth auth = Auth.jwt;

        @Override
        public Integer call() throws Exception {
            // every plan from its own company, as in a call for applications: the reuse lookup compares each
            // with all the others (one company's plans are never compared with each other)
            try (Service service = Service.start(auth, warmup + sequential + batch)) {
                int company = 0;
                for (int i = 0; i < warmup; i++) {
                    service.awaitFinal(
                            service.upload(SamplePlans.psst(i, pages), company++)
                                    .orElseThrow(),
                            Duration.ofMinutes(2));
                }
                List<Long> latencies = new ArrayList<>();
                for (int i = 0; i < sequential; i++) {
                    byte[] plan = SamplePlans.psst(1000 + i, pages);
                    long start = System.nanoTime();
                    ApplicationId id = service.upload(plan, company++).orElseThrow();
                    ApplicationStatus status = service.awaitFinal(id, Duration.ofMinutes(2));
                    latencies.add((System.nanoTime() - start) / 1_000_000);
                    if (status != ApplicationStatus.SCREENED) {
                        System.out.println("plan " + i + " ended " + status);
                    }
                }
                List<byte[]> plans = new ArrayList<>();
                for (int i = 0; i < batch; i++) {
                    plans.add(SamplePlans.psst(5000 + i, pages));
                }
                long start = System.nanoTime();
                Duration cpuBefore = processCpu();
                List<ApplicationId> ids = new ArrayList<>();
                for (byte[] plan : plans) {
                    service.upload(plan, company++).ifPresent(ids::add);
                }
                int screened = 0;
                for (ApplicationId id : ids) {
                    if (service.awaitFinal(id, Duration.ofMinutes(10)) == ApplicationStatus.SCREENED) {
                        screened++;
                    }
                }
                double minutes = (System.nanoTime() - start) / 60e9;
                Duration cpu = processCpu().minus(cpuBefore);
                System.out.printf(
                        Locale.ROOT,
                        "e2e %d-page plans: p50 %d ms, p95 %d ms (n=%d, one at a time); batch of %d: %d screened in %.1f s = %.0f plans/minute;"
                                + " service CPU %d ms per plan (this JVM: service and benchmark client; PostgreSQL not counted)%n",
                        pages,
                        percentile(latencies, 50),
                        percentile(latencies, 95),
                        latencies.size(),
                        batch,
                        screened,
                        minutes * 60,
                        screened / minutes,
                        cpu.toMillis() / Math.max(1, screened));
                return 0;
            }
        }
    }

    @Command(
            name = "surge",
            description = "uploads at a fixed rate for a bounded time on loopback; p99 upload latency; none lost")
    static class Surge implements java.util.concurrent.Callable<Integer> {

        @Option(names = "--rate", defaultValue = "20")
        int rate = 20;

        @Option(names = "--seconds", defaultValue = "60")
        int seconds = 60;

        @Option(names = "--pages", defaultValue = "5")
        int pages = 5;

        @Option(names = "--drain", defaultValue = "PT15M", description = "how long to wait for every upload to finish")
        Duration drain = Duration.ofMinutes(15);

        @Option(
                names = "--distinct",
                defaultValue = "40",
                description = "different plans sent in turn; a plan sent again answers as a duplicate")
        int distinct = 40;

        @Option(names = "--auth", defaultValue = "jwt", description = "jwt (a deployment's API clients) or basic")
        Auth auth = Auth.jwt;

        @Override
        public Integer call() throws Exception {
            // plan k always from company k (of --distinct): a plan sent again is that company's duplicate
            try (Service service = Service.start(auth, Math.max(1, distinct))) {
                List<byte[]> plans = new ArrayList<>();
                int seed = ThreadLocalRandom.current().nextInt(1_000_000);
                for (int i = 0; i < Math.max(1, distinct); i++) {
                    plans.add(SamplePlans.psst(seed + i, pages));
                }
                int total = rate * seconds;
                ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
                ConcurrentLinkedQueue<ApplicationId> accepted = new ConcurrentLinkedQueue<>();
                ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
                ScheduledExecutorService clock = Executors.newScheduledThreadPool(16);
                long periodMicros = 1_000_000L / rate;
                for (int i = 0; i < total; i++) {
                    int k = i % plans.size();
                    byte[] plan = plans.get(k);
                    clock.schedule(
                            () -> {
                                long start = System.nanoTime();
                                try {
                                    Optional<ApplicationId> id = service.upload(plan, k);
                                    latencies.add((System.nanoTime() - start) / 1_000_000);
                                    id.ifPresentOrElse(accepted::add, () -> refused.add("refused"));
                                } catch (Exception e) {
                                    refused.add(e.toString());
                                }
                            },
                            i * periodMicros,
                            TimeUnit.MICROSECONDS);
                }
                clock.shutdown();
                clock.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
                long drainStart = System.nanoTime();
                int finished = 0;
                int screened = 0;
                for (ApplicationId id : accepted) {
                    long left = drain.toNanos() - (System.nanoTime() - drainStart);
                    ApplicationStatus status = service.awaitFinal(id, Duration.ofNanos(Math.max(left, 0)));
                    if (status.isFinal() || status == ApplicationStatus.SCREENED) {
                        finished++;
                    }
                    if (status == ApplicationStatus.SCREENED) {
                        screened++;
                    }
                }
                List<Long> sorted = new ArrayList<>(latencies);
                System.out.printf(
                        Locale.ROOT,
                        "surge %d/s for %d s (%s): %d uploads, %d accepted (%d applications), %d refused;"
                                + " upload p50 %d ms, p99 %d ms, max %d ms;"
                                + " %d of %d accepted reached a final state (%d screened), %d not final within the drain; drained in %.0f s%n",
                        rate,
                        seconds,
                        auth,
                        total,
                        accepted.size(),
                        new java.util.HashSet<>(accepted).size(),
                        refused.size(),
                        percentile(sorted, 50),
                        percentile(sorted, 99),
                        sorted.isEmpty() ? 0 : Collections.max(sorted),
                        finished,
                        accepted.size(),
                        screened,
                        accepted.size() - finished,
                        (System.nanoTime() - drainStart) / 1e9);
                if (!refused.isEmpty()) {
                    System.out.println(
                            "refused, e.g.: " + (service.lastRefusal != null ? service.lastRefusal : refused.peek()));
                }
                return refused.isEmpty() && accepted.size() == finished ? 0 : 1;
            }
        }
    }

    /** CPU time this process has used so far (all threads): a figure that a busy machine does not inflate. */
    static Duration processCpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    static long percentile(List<Long> values, int p) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    /**
     * How the benchmark's uploads authenticate: {@code jwt} as API clients of a deployment do (mode jwt, a
     * signed token per client), {@code basic} as local and demo users do (a BCrypt check on every request).
     */
    enum Auth {
        jwt,
        basic
    }

    /** The service in this process on a loopback port, with throw-away applicants (one per company) to upload as. */
    static final class Service implements AutoCloseable {

        final ConfigurableApplicationContext context;

        final Screening screening;

        final String base;

        /** One applicant per company: upload {@code k} is sent as company {@code k % companies}. */
        final List<String> authorizations;

        final HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        final String program = "startup-psst";

        /** What the last refused upload was answered, for the result line. */
        volatile @Nullable String lastRefusal;

        private Service(ConfigurableApplicationContext context, Auth auth, byte[] secret, int companies) {
            this.context = context;
            this.screening = context.getBean(Screening.class);
            this.base = "http://127.0.0.1:" + context.getEnvironment().getRequiredProperty("local.server.port");
            UserAccounts accounts = context.getBean(UserAccounts.class);
            List<String> authorizations = new ArrayList<>();
            for (int i = 0; i < Math.max(1, companies); i++) {
                String suffix = UUID.randomUUID().toString().substring(0, 8);
                CompanyId company = accounts.createCompany(
                        "bench " + suffix,
                        BusinessRegistrationNumbers.random(ThreadLocalRandom.current(), true),
                        "부산광역시");
                String user = "bench-" + suffix;
                String password = UUID.randomUUID().toString();
                accounts.saveUser(user, password, Role.APPLICANT, company, Set.of(), "bench " + suffix);
                authorizations.add(
                        auth == Auth.jwt
                                ? "Bearer " + token(secret, user, company)
                                : "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(
                                                        (user + ":" + password).getBytes(StandardCharsets.UTF_8)));
            }
            this.authorizations = List.copyOf(authorizations);
        }

        static Service start(Auth auth, int companies) {
            byte[] random = new byte[48];
            new java.security.SecureRandom().nextBytes(random);
            // the service signs with the UTF-8 bytes of the configured secret
            String secretText = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            byte[] secret = secretText.getBytes(StandardCharsets.UTF_8);
            // Command-line arguments: they win over application.yml (builder properties are only defaults,
            // so server.port=0 there would lose to the yml's ${PORT:8080}).
            List<String> arguments = new ArrayList<>(List.of(
                    "--server.port=0",
                    "--server.address=127.0.0.1",
                    "--spring.main.banner-mode=off",
                    "--logging.level.root=WARN"));
            if (auth == Auth.jwt) {
                arguments.add("--planscreen.security.mode=jwt");
                arguments.add("--planscreen.security.jwt.hmac-secret=" + secretText);
            }
            return new Service(
                    new SpringApplicationBuilder(PlanScreenApplication.class)
                            .profiles("local")
                            .run(arguments.toArray(String[]::new)),
                    auth,
                    secret,
                    companies);
        }

        /** An HS256 token for the applicant, signed with this run's secret, as a gateway would issue it. */
        private static String token(byte[] secret, String user, CompanyId company) {
            try {
                com.nimbusds.jwt.SignedJWT jwt = new com.nimbusds.jwt.SignedJWT(
                        new com.nimbusds.jose.JWSHeader(com.nimbusds.jose.JWSAlgorithm.HS256),
                        new com.nimbusds.jwt.JWTClaimsSet.Builder()
                                .subject(user)
                                .claim("planscreen_role", Role.APPLICANT.name())
                                .claim("company_id", company.value().toString())
                                .issueTime(new java.util.Date())
                                .expirationTime(new java.util.Date(System.currentTimeMillis() + 3_600_000L * 6))
                                .build());
                jwt.sign(new com.nimbusds.jose.crypto.MACSigner(secret));
                return jwt.serialize();
            } catch (com.nimbusds.jose.JOSEException e) {
                throw new IllegalStateException(e);
            }
        }

        Optional<ApplicationId> upload(byte[] plan, int k) throws Exception {
            String boundary = "bench" + UUID.randomUUID().toString().replace("-", "");
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(
                    ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"programId\"\r\n\r\n" + program
                                    + "\r\n--" + boundary
                                    + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"plan.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
                            .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(plan);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/applications"))
                            .timeout(Duration.ofSeconds(60))
                            .header("Authorization", authorizations.get(k % authorizations.size()))
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = ID.matcher(response.body());
            if (response.statusCode() / 100 == 2 && m.find()) {
                return Optional.of(new ApplicationId(UUID.fromString(m.group(1))));
            }
            lastRefusal = "HTTP " + response.statusCode() + " "
                    + response.body().substring(0, Math.min(300, response.body().length()));
            return Optional.empty();
        }

        /** Waits until SCREENED or a final state; returns the last status seen. */
        ApplicationStatus awaitFinal(ApplicationId id, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            @Nullable ApplicationStatus status = null;
            do {
                status = screening.view(id).map(ApplicationView::status).orElse(ApplicationStatus.RECEIVED);
                if (status == ApplicationStatus.SCREENED || status.isFinal()) {
                    return status;
                }
                Thread.sleep(20);
            } while (System.nanoTime() < deadline);
            return status;
        }

        @Override
        public void close() {
            context.close();
        }
    }
}
