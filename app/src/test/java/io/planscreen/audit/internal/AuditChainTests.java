package io.planscreen.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditChainTests {

    static AuditRecord record(String output, String explanation) {
        return new AuditRecord(
                7,
                Instant.parse("2026-11-23T18:00:00.123456789Z"),
                Instant.parse("2026-11-23T17:59:59Z"),
                "review.decision",
                "user:심사위원",
                UUID.fromString("00000000-0000-0000-0000-000000000001"),
                null,
                null,
                null,
                null,
                "ab".repeat(32),
                output,
                explanation,
                AuditChain.GENESIS,
                "");
    }

    @Test
    void the_canonical_form_is_exactly_the_documented_one() {
        String canonical = AuditChain.canonical(record("{\"outcome\":\"CLEAR\"}", "line\none \"quoted\" \\ \u0001"));

        assertThat(canonical)
                .isEqualTo("{\"v\":1,\"id\":7,\"recordedAt\":\"2026-11-23T18:00:00.123456Z\","
                        + "\"decidedAt\":\"2026-11-23T17:59:59.000000Z\",\"step\":\"review.decision\","
                        + "\"actor\":\"user:심사위원\",\"application\":\"00000000-0000-0000-0000-000000000001\","
                        + "\"modelVersion\":null,\"modelSha256\":null,\"promptPath\":null,\"promptSha256\":null,"
                        + "\"inputSha256\":\"" + "ab".repeat(32) + "\",\"output\":\"{\\\"outcome\\\":\\\"CLEAR\\\"}\","
                        + "\"explanation\":\"line\\u000aone \\\"quoted\\\" \\\\ \\u0001\",\"prev\":\"" + "0".repeat(64)
                        + "\"}");
    }

    @Test
    void any_change_to_any_field_changes_the_hash() {
        String hash = AuditChain.hash(record("{\"outcome\":\"CLEAR\"}", "ok"));

        assertThat(hash).hasSize(64).isEqualTo(AuditChain.hash(record("{\"outcome\":\"CLEAR\"}", "ok")));
        assertThat(AuditChain.hash(record("{\"outcome\":\"REFER\"}", "ok"))).isNotEqualTo(hash);
        assertThat(AuditChain.hash(record("{\"outcome\":\"CLEAR\"}", "ok "))).isNotEqualTo(hash);
        // null and the text "null" are different values
        assertThat(AuditChain.hash(record("{\"outcome\":\"CLEAR\"}", "null")))
                .isNotEqualTo(AuditChain.hash(new AuditRecord(
                        7,
                        Instant.parse("2026-11-23T18:00:00.123456Z"),
                        Instant.parse("2026-11-23T17:59:59Z"),
                        "review.decision",
                        "user:심사위원",
                        UUID.fromString("00000000-0000-0000-0000-000000000001"),
                        null,
                        null,
                        null,
                        null,
                        "ab".repeat(32),
                        "{\"outcome\":\"CLEAR\"}",
                        null,
                        AuditChain.GENESIS,
                        "")));
    }

    @Test
    void hashes_are_lowercase_hex_sha256_of_utf8() {
        // sha256("abc"), FIPS 180-2 test vector
        assertThat(AuditChain.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
