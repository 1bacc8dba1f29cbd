package io.planscreen.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
                privateKey, generated.publicKeyBase64(), keys.resolve("unused"), List.of(), false));

        assertThat(configured.publicKeyBase64()).isEqualTo(generated.publicKeyBase64());
        assertThat(Files.exists(keys.resolve("unused"))).isFalse();
    }

    @Test
    void without_a_configured_key_only_an_instance_allowed_to_generate_one_starts() {
        AuditProperties.Signing unset = new AuditProperties.Signing(null, null, keys.resolve("x"), List.of(), false);
        AuditProperties.Signing demo = new AuditProperties.Signing(null, null, keys.resolve("x"), List.of(), true);

        assertThatThrownBy(() -> CheckpointKey.from(unset))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PLANSCREEN_AUDIT_SIGNING_PRIVATE_KEY");
        assertThat(CheckpointKey.from(demo).keyId()).hasSize(64);
    }

    @Test
    void a_rotated_keyring_trusts_the_old_key_and_signs_with_the_new_one() {
        CheckpointKey old = CheckpointKey.inDirectory(keys.resolve("old"));
        CheckpointKey current = CheckpointKey.inDirectory(keys.resolve("new"));

        AuditKeys ring = new AuditKeys(current, List.of(old.publicKeyBase64(), " "));

        assertThat(ring.signing().keyId()).isEqualTo(current.keyId());
        assertThat(ring.trusted()).containsExactlyInAnyOrder(old.publicKeyBase64(), current.publicKeyBase64());
    }

    /** scripts/audit-key's openssl output (base64 DER PKCS#8 / X.509) is what the service reads. */
    @Test
    void a_pair_printed_by_openssl_is_read() throws Exception {
        Path dir = Files.createDirectories(keys.resolve("openssl"));
        Process gen = new ProcessBuilder(
                        "sh",
                        "-c",
                        "openssl genpkey -algorithm ed25519 -outform DER -out key.der"
                                + " && openssl pkey -inform DER -in key.der -pubout -outform DER -out pub.der")
                .directory(dir.toFile())
                .inheritIO()
                .start();
        assertThat(gen.waitFor()).isZero();
        String privateKey = java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(dir.resolve("key.der")));
        String publicKey = java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(dir.resolve("pub.der")));

        CheckpointKey key = CheckpointKey.from(
                new AuditProperties.Signing(privateKey, publicKey, keys.resolve("unused"), List.of(), false));

        assertThat(CheckpointKey.verify(publicKey, "payload", key.sign("payload")))
                .isTrue();
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
