package io.planscreen.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.planscreen.support.HttpTestClient;
import io.planscreen.support.HttpTestClient.Response;
import io.planscreen.support.SignedInSession;
import io.planscreen.support.TestUsers;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "planscreen.security.mode=jwt",
            "planscreen.security.jwt.hmac-secret=" + JwtModeIntegrationTests.SECRET
        })
class JwtModeIntegrationTests {

    static final String SECRET = "a-test-secret-that-is-long-enough-for-hs256";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    HttpTestClient http;

    @BeforeEach
    void setUp() {
        http = new HttpTestClient(port);
    }

    private static String token(String secret, String role, String company, List<String> programs) throws Exception {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject("sso-user-" + UUID.randomUUID())
                .claim("planscreen_role", role)
                .claim("program_ids", programs)
                .expirationTime(Date.from(Instant.now().plusSeconds(300)));
        if (company != null) {
            claims.claim("company_id", company);
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
        jwt.sign(new MACSigner(secret));
        return jwt.serialize();
    }

    @Test
    void a_signed_token_maps_claims_to_role_and_company() throws Exception {
        String token = token(SECRET, "APPLICANT", UUID.randomUUID().toString(), List.of());

        Response response = http.get("/api/applications", "Authorization", "Bearer " + token);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().isArray()).isTrue();
    }

    @Test
    void a_token_with_the_wrong_role_is_403_problem() throws Exception {
        String token = token(SECRET, "ADMIN", null, List.of());

        Response response = http.get("/api/applications", "Authorization", "Bearer " + token);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("code").asString()).isEqualTo("auth.forbidden");
    }

    @Test
    void a_forged_token_is_401_problem() throws Exception {
        String forged = token("another-secret-that-is-long-enough-for-hs256", "AUDITOR", null, List.of());

        Response response = http.get("/api/applications", "Authorization", "Bearer " + forged);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("auth.unauthenticated");
    }

    @Test
    void an_applicant_token_without_a_company_is_refused() throws Exception {
        String token = token(SECRET, "APPLICANT", null, List.of());

        Response response = http.get("/api/applications", "Authorization", "Bearer " + token);

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void a_token_without_exp_is_refused() throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject("sso-user-" + UUID.randomUUID())
                .claim("planscreen_role", "AUDITOR")
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(SECRET));

        Response response = http.get("/api/applications", "Authorization", "Bearer " + jwt.serialize());

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("code").asString()).isEqualTo("auth.unauthenticated");
    }

    @Test
    void pages_take_no_database_passwords_in_jwt_mode_only_the_token() throws Exception {
        TestUsers.TestUser auditor = new TestUsers(accounts).auditor();
        SignedInSession browser = new SignedInSession(port);

        HttpResponse<String> form = browser.signIn(auditor.username(), TestUsers.PASSWORD);
        HttpResponse<String> after = browser.get("/audit");
        Response withToken = http.get(
                "/audit",
                "Authorization",
                "Bearer " + token(SECRET, "AUDITOR", null, List.of()),
                "Accept",
                "text/html");

        assertThat(form.headers().firstValue("Location").orElse("")).doesNotEndWith("/");
        assertThat(after.statusCode()).isIn(401, 403);
        assertThat(withToken.status()).isEqualTo(200);
    }
}
