package io.planscreen.extraction.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The national tax service's business-status look-up over HTTP (국세청 사업자등록 상태조회 protocol). */
@Component
class HttpBusinessRegistry implements BusinessRegistry {

    static final String LOOKUP = "nts-business-status";

    private static final Logger log = LoggerFactory.getLogger(HttpBusinessRegistry.class);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RegistryProperties properties;

    private final HttpClient client;

    HttpBusinessRegistry(RegistryProperties properties) {
        this.properties = properties;
        this.client =
                HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
    }

    @Override
    public String lookup() {
        return LOOKUP;
    }

    @Override
    public Optional<BusinessStatus> status(String brn) {
        if (!properties.enabled() || properties.url().isBlank()) {
            return Optional.empty();
        }
        String digits = brn.replace("-", "");
        String url = properties.url()
                + (properties.serviceKey().isBlank()
                        ? ""
                        : (properties.url().contains("?") ? "&" : "?") + "serviceKey="
                                + URLEncoder.encode(properties.serviceKey(), StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(properties.timeout())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"b_no\":[\"" + digits + "\"]}"))
                .build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                log.warn("registry answered {} for a business-status look-up", response.statusCode());
                return Optional.empty();
            }
            for (JsonNode entry : JSON.readTree(response.body()).path("data")) {
                if (entry.path("b_no").asString("").equals(digits)) {
                    String code = entry.path("b_stt_cd").asString("");
                    if (code.isEmpty()) {
                        return Optional.empty(); // "국세청에 등록되지 않은 사업자등록번호입니다"
                    }
                    return Optional.of(new BusinessStatus(
                            brn,
                            code.equals("01"),
                            entry.path("b_stt").asString(""),
                            entry.path("tax_type").asString("")));
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            log.warn("registry look-up failed: {}", e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
