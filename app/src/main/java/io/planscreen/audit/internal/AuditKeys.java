package io.planscreen.audit.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The keyring: the key every instance signs with (shared configuration, the same pair on all instances) and
 * the public keys whose signatures verify: the signing key's and the earlier ones kept after a rotation.
 */
final class AuditKeys {

    private final CheckpointKey signing;

    private final Set<String> trusted;

    AuditKeys(CheckpointKey signing, Collection<String> earlierPublicKeys) {
        this.signing = signing;
        Set<String> keys = new LinkedHashSet<>();
        earlierPublicKeys.stream().map(String::strip).filter(k -> !k.isEmpty()).forEach(keys::add);
        keys.add(signing.publicKeyBase64());
        this.trusted = Set.copyOf(keys);
    }

    static AuditKeys from(AuditProperties properties) {
        return new AuditKeys(
                CheckpointKey.from(properties.signing()), properties.signing().trustedPublicKeys());
    }

    CheckpointKey signing() {
        return signing;
    }

    Set<String> trusted() {
        return trusted;
    }
}
