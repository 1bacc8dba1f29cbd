package io.planscreen.extraction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.planscreen.extraction.ExtractionResult;
import io.planscreen.ml.plan.SectionKind;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The NTS business-status connector against a scripted local registry. */
class BusinessRegistryTests {

    final List<String> requests = new CopyOnWriteArrayList<>();

    volatile int status = 200;

    volatile String body = "";

    final HttpServer server = start();

    @AfterEach
    void stop() {
        server.stop(0);
    }

    HttpServer start() {
        try {
            HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            s.createContext("/", exchange -> {
                requests.add(exchange.getRequestURI() + " "
                        + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(status, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            });
            s.start();
            return s;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    RegistryProperties enabled() {
        return new RegistryProperties(
                true,
                "http://127.0.0.1:" + server.getAddress().getPort() + "/api/nts-businessman/v1/status",
                "k&y",
                Duration.ofSeconds(2));
    }

    static String answer(String digits, String code, String text) {
        return """
                {"request_cnt":1,"status_code":"OK","data":[{"b_no":"%s","b_stt":"%s","b_stt_cd":"%s",
                 "tax_type":"부가가치세 일반과세자","end_dt":""}]}""".formatted(digits, text, code);
    }

    @Test
    void an_active_business_is_confirmed_and_the_request_follows_the_nts_protocol() {
        body = answer("2208162517", "01", "계속사업자");

        var result = new HttpBusinessRegistry(enabled()).status("220-81-62517");

        assertThat(result).hasValueSatisfying(s -> {
            assertThat(s.active()).isTrue();
            assertThat(s.statusText()).isEqualTo("계속사업자");
        });
        assertThat(requests)
                .singleElement()
                .satisfies(r -> assertThat(r).contains("serviceKey=k%26y").contains("{\"b_no\":[\"2208162517\"]}"));
    }

    @Test
    void a_closed_business_is_not_active() {
        body = answer("2208162517", "03", "폐업자");

        assertThat(new HttpBusinessRegistry(enabled()).status("220-81-62517"))
                .hasValueSatisfying(s -> assertThat(s.active()).isFalse());
    }

    @Test
    void errors_unknown_numbers_and_the_disabled_default_answer_nothing() {
        status = 500;
        body = "oops";
        assertThat(new HttpBusinessRegistry(enabled()).status("220-81-62517")).isEmpty();

        status = 200;
        body = answer("2208162517", "", "국세청에 등록되지 않은 사업자등록번호입니다");
        assertThat(new HttpBusinessRegistry(enabled()).status("220-81-62517")).isEmpty();

        int before = requests.size();
        assertThat(new HttpBusinessRegistry(TestServices.noRegistry()).status("220-81-62517"))
                .isEmpty();
        assertThat(requests).hasSize(before);
    }

    @Test
    void a_registry_answer_stands_in_for_the_certificate_in_the_paperwork_report() {
        body = answer("2208162517", "01", "계속사업자");
        var plan = PlanDocuments.plan()
                .section("□ 일반현황", SectionKind.PSST_GENERAL)
                .paragraph("사업자등록번호: 220-81-62517")
                .build();
        var program = Plans.program("startup-psst");

        ExtractionResult without = TestServices.service(TestServices.noLlm(), TestServices.noRegistry())
                .extract(plan, program);
        ExtractionResult with =
                TestServices.service(TestServices.noLlm(), enabled()).extract(plan, program);

        assertThat(source(without, "business_registration_certificate")).isEqualTo("company");
        assertThat(source(with, "business_registration_certificate")).isEqualTo("registry");
        assertThat(source(with, "startup_confirmation")).isEqualTo("registry");
        assertThat(with.paperwork().satisfiedWithoutTyping())
                .isEqualTo(without.paperwork().satisfiedWithoutTyping() + 2);
    }

    @Test
    void a_closed_business_is_an_error_finding() {
        body = answer("2208162517", "03", "폐업자");
        var plan = PlanDocuments.plan()
                .section("□ 일반현황", SectionKind.PSST_GENERAL)
                .paragraph("사업자등록번호: 220-81-62517")
                .build();

        ExtractionResult result =
                TestServices.service(TestServices.noLlm(), enabled()).extract(plan, Plans.program("startup-psst"));

        assertThat(result.findings())
                .anyMatch(
                        f -> f.code().equals("registry_inactive") && f.message().contains("폐업자"));
    }

    static String source(ExtractionResult result, String key) {
        return result.paperwork().items().stream()
                .filter(i -> i.key().equals(key))
                .findFirst()
                .orElseThrow()
                .source();
    }
}
