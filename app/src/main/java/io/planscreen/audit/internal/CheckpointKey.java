package io.planscreen.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The Ed25519 key pair that signs checkpoints. Keys travel as base64 of their standard encodings (PKCS#8
 * private, X.509 public); a key's id is the SHA-256 of its public encoding.
 */
final class CheckpointKey {

    static final String PRIVATE_FILE = "checkpoint-ed25519.key";

    static final String PUBLIC_FILE = "checkpoint-ed25519.pub";

    private final PrivateKey privateKey;

    private final PublicKey publicKey;

    private CheckpointKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    static CheckpointKey from(AuditProperties.Signing signing) {
        if (signing.privateKey() != null && !signing.privateKey().isBlank()) {
            if (signing.publicKey() == null || signing.publicKey().isBlank()) {
                throw new IllegalStateException(
                        "planscreen.audit.signing.private-key needs planscreen.audit.signing.public-key too");
            }
            return new CheckpointKey(
                    privateKey(signing.privateKey().strip()),
                    publicKey(signing.publicKey().strip()));
        }
        if (!signing.generateIfMissing()) {
            throw new IllegalStateException("""
                    No audit signing key. Every instance must sign with the same configured Ed25519 pair:
                    set planscreen.audit.signing.private-key and planscreen.audit.signing.public-key
                    (PLANSCREEN_AUDIT_SIGNING_PRIVATE_KEY / PLANSCREEN_AUDIT_SIGNING_PUBLIC_KEY, base64 PKCS#8 and X.509;
                    scripts/audit-key prints a new pair). Only the demo profile generates a key of its own.""");
        }
        return inDirectory(signing.directory());
    }

    /** Loads the pair from the directory, generating it there first if it is not there yet. */
    static CheckpointKey inDirectory(Path directory) {
        Path privatePath = directory.resolve(PRIVATE_FILE);
        Path publicPath = directory.resolve(PUBLIC_FILE);
        try {
            if (!Files.exists(privatePath)) {
                generate(directory, privatePath, publicPath);
            }
            return new CheckpointKey(
                    privateKey(Files.readString(privatePath).strip()),
                    publicKey(Files.readString(publicPath).strip()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the checkpoint key in " + directory, e);
        }
    }

    /** A pair that lives only in memory (the append benchmark on a scratch database). */
    static CheckpointKey ephemeral() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            return new CheckpointKey(pair.getPrivate(), pair.getPublic());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Java 17 has Ed25519", e);
        }
    }

    private static void generate(Path directory, Path privatePath, Path publicPath) throws IOException {
        Files.createDirectories(directory);
        KeyPair pair;
        try {
            pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Java 17 has Ed25519", e);
        }
        // Write beside, then move into place: two instances starting together end with one key, not a mix.
        Path tmpPublic = Files.createTempFile(directory, "pub", ".tmp");
        Path tmpPrivate = Files.createTempFile(directory, "key", ".tmp");
        try {
            Files.setPosixFilePermissions(tmpPrivate, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the directory's ACL applies
        }
        Files.writeString(tmpPublic, b64(pair.getPublic().getEncoded()) + "\n", StandardCharsets.US_ASCII);
        Files.writeString(tmpPrivate, b64(pair.getPrivate().getEncoded()) + "\n", StandardCharsets.US_ASCII);
        try {
            Files.move(tmpPublic, publicPath, StandardCopyOption.ATOMIC_MOVE);
            Files.move(tmpPrivate, privatePath, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException raced) {
            Files.deleteIfExists(tmpPublic);
            Files.deleteIfExists(tmpPrivate);
        }
    }

    String sign(String payload) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(privateKey);
            signature.update(payload.getBytes(StandardCharsets.UTF_8));
            return b64(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a checkpoint", e);
        }
    }

    String publicKeyBase64() {
        return b64(publicKey.getEncoded());
    }

    String keyId() {
        return keyId(publicKeyBase64());
    }

    static String keyId(String publicKeyBase64) {
        return AuditChain.sha256(Base64.getDecoder().decode(publicKeyBase64));
    }

    String publicKeyPem() {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(publicKey.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    /** False for a wrong signature and for anything that is not a valid key or signature at all. */
    static boolean verify(String publicKeyBase64, String payload, String signatureBase64) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(publicKey(publicKeyBase64));
            signature.update(payload.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(signatureBase64));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static PrivateKey privateKey(String base64) {
        try {
            return KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the checkpoint private key is not a base64 PKCS#8 Ed25519 key", e);
        }
    }

    static PublicKey publicKey(String base64) {
        try {
            return KeyFactory.getInstance("Ed25519")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a base64 X.509 Ed25519 public key", e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
