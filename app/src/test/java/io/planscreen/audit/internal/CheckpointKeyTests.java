package io.planscreen.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class CheckpointKeyTests {

    @TempDir
    Path keys;

    @Test
    void a_key_is_generated_once_and_reloaded_from_the_directory() throws Exception {
        CheckpointKey first = CheckpointKey.inDirectory(keys);
        CheckpointKey again = CheckpointKey.inDirectory(keys);

        assertThat(again.publicKeyBase64()).isEqualTo(first.publicKeyBase64());
        assertThat(again.keyId()).hasSize(64);
        assertThat(Files.readString(keys.resolve(CheckpointKey.PUBLIC_FILE)).strip())
                .isEqualTo(first.publicKeyBase64());
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(keys.resolve(CheckpointKey.PRIVATE_FILE))))
                .isEqualTo("rw-------");
    }

    @Test
    void a_configured_key_wins_over_the_directory() {
        CheckpointKey generated = CheckpointKey.inDirectory(keys.resolve("a"));
        String privateKey = read(keys.resolve("a").resolve(CheckpointKey.PRIVATE_FILE));
        CheckpointKey configured = CheckpointKey.from(new AuditProperties.Signing(
                privateKey, generated.publicKeyBase64(), keys.resolve("unused"), List.of()));

        assertThat(configured.publicKeyBase64()).isEqualTo(generated.publicKeyBase64());
        assertThat(Files.exists(keys.resolve("unused"))).isFalse();
    }

    @Test
    void signatures_verify_only_for_the_signed_payload_and_key() {
        CheckpointKey key = CheckpointKey.inDirectory(keys);
        String payload = Checkpoint.payload(42, "ab".repeat(32), Instant.parse("2026-11-23T00:05:00Z"), key.keyId());
        String signature = key.sign(payload);

        assertThat(CheckpointKey.verify(key.publicKeyBase64(), payload, signature))
                .isTrue();
        assertThat(CheckpointKey.verify(key.publicKeyBase64(), payload.replace("42", "43"), signature))
                .isFalse();
        CheckpointKey other = CheckpointKey.inDirectory(keys.resolve("other"));
        assertThat(CheckpointKey.verify(other.publicKeyBase64(), payload, signature))
                .isFalse();
        assertThat(CheckpointKey.verify("not a key", payload, signature)).isFalse();
    }

    @Test
    void a_checkpoint_holds_only_with_a_valid_signature_a_trusted_key_and_the_same_head() {
        CheckpointKey key = CheckpointKey.inDirectory(keys);
        CheckpointKey stranger = CheckpointKey.inDirectory(keys.resolve("stranger"));
        String head = "cd".repeat(32);
        ChainVerifier verifier = new ChainVerifier(new DriverManagerDataSource(), Set.of(key.publicKeyBase64()));
        Map<Long, String> chain = Map.of(0L, AuditChain.GENESIS, 5L, head);

        assertThat(verifier.check(checkpoint(key, 5, head), chain).valid()).isTrue();
        assertThat(verifier.check(checkpoint(key, 5, head), Map.of(5L, "ef".repeat(32)))
                        .headMatches())
                .isFalse();
        var forged = verifier.check(checkpoint(stranger, 5, head), chain);
        assertThat(forged.signatureValid()).isTrue();
        assertThat(forged.keyTrusted()).isFalse();
        assertThat(forged.valid()).isFalse();
        Checkpoint good = checkpoint(key, 5, head);
        Checkpoint columnsEdited = new Checkpoint(
                good.id(),
                good.createdAt(),
                4,
                good.headHash(),
                good.keyId(),
                good.publicKey(),
                good.payload(),
                good.signature());
        assertThat(verifier.check(columnsEdited, chain).valid()).isFalse();
    }

    private static Checkpoint checkpoint(CheckpointKey key, long headId, String headHash) {
        Instant at = Instant.parse("2026-11-23T00:05:00Z");
        String payload = Checkpoint.payload(headId, headHash, at, key.keyId());
        return new Checkpoint(1, at, headId, headHash, key.keyId(), key.publicKeyBase64(), payload, key.sign(payload));
    }

    private static String read(Path path) {
        try {
            return Files.readString(path).strip();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
