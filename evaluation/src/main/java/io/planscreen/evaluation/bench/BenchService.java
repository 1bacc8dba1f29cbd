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
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The service in this process on a loopback port, with throw-away applicants (one per company) to upload as. */
final class BenchService implements AutoCloseable {

    private static final Pattern ID =
            Pattern.compile("\"(?:id|application|applicationId)\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    /**
     * How the benchmark's uploads authenticate: {@code jwt} as API clients of a deployment do (mode jwt, a
     * signed token per client), {@code basic} as local and demo users do (a BCrypt check on every request).
     */
    enum Auth {
        jwt,
        basic
    }

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

    private BenchService(ConfigurableApplicationContext context, Auth auth, byte[] secret, int companies) {
        this.context = context;
        this.screening = context.getBean(Screening.class);
        this.base = "http://127.0.0.1:" + context.getEnvironment().getRequiredProperty("local.server.port");
        UserAccounts accounts = context.getBean(UserAccounts.class);
        List<String> authorizations = new ArrayList<>();
        for (int i = 0; i < Math.max(1, companies); i++) {
            String suffix = UUID.randomUUID().toString().substring(0, 8);
            CompanyId company = accounts.createCompany(
                    "bench " + suffix, BusinessRegistrationNumbers.random(ThreadLocalRandom.current(), true), "부산광역시");
            String user = "bench-" + suffix;
            String password = UUID.randomUUID().toString();
            accounts.saveUser(user, password, Role.APPLICANT, company, Set.of(), "bench " + suffix);
            authorizations.add(
                    auth == Auth.jwt
                            ? "Bearer " + token(secret, user, company)
                            : "Basic "
                                    + Base64.getEncoder()
                                            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        this.authorizations = List.copyOf(authorizations);
    }

    static BenchService start(Auth auth, int companies) {
        byte[] random = new byte[48];
        new SecureRandom().nextBytes(random);
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
        return new BenchService(
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
                            .issueTime(new Date())
                            .expirationTime(new Date(System.currentTimeMillis() + 3_600_000L * 6))
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
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"programId\"\r\n\r\n" + program
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
