package org.tutela.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tutela.shared.PrivateFiles;

/**
 * The key that signs the chain's checkpoints (HMAC-SHA256). It is never stored in the database, so whoever can
 * rewrite the database still cannot sign a rewritten chain: it comes from TUTELA_AUDIT_KEY (the same on every node)
 * or else from a file in the data folder, created on first start, outside PostgreSQL's own folder.
 */
@Component
class AuditKey {

    private static final Logger log = LoggerFactory.getLogger(AuditKey.class);
    private static final int KEY_BYTES = 32;

    private final SecretKeySpec key;

    AuditKey(AuditProperties properties) {
        this.key = new SecretKeySpec(load(properties), "HmacSHA256");
    }

    static byte[] load(AuditProperties properties) {
        if (properties.key() != null && !properties.key().isBlank()) {
            return decode(properties.key(), "TUTELA_AUDIT_KEY");
        }
        Path file = properties.keyFile();
        try {
            if (Files.isRegularFile(file)) {
                log.info("Signing audit checkpoints with the key in {}; several nodes need one key in "
                        + "TUTELA_AUDIT_KEY", file);
                return decode(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the audit key in " + file, e);
        }
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        PrivateFiles.write(file, Base64.getEncoder().encodeToString(key) + "\n");
        log.info("Created the audit checkpoint key in {}; several nodes need one key in TUTELA_AUDIT_KEY", file);
        return key;
    }

    private static byte[] decode(String base64, String source) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The audit key in " + source + " is not base64");
        }
        if (key.length < KEY_BYTES) {
            throw new IllegalStateException("The audit key in " + source + " is shorter than " + KEY_BYTES
                    + " bytes");
        }
        return key;
    }

    byte[] sign(long position, byte[] hash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(("tutela-audit-checkpoint:" + position + ":" + HexFormat.of().formatHex(hash))
                    .getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    boolean signed(long position, byte[] hash, byte[] signature) {
        return hash != null && signature != null && MessageDigest.isEqual(sign(position, hash), signature);
    }

    /** Whether this key signed the checkpoint; one that it did not sign is forged (or signed by another key). */
    boolean signed(Checkpoint checkpoint) {
        return signed(checkpoint.position(), checkpoint.hash(), checkpoint.signature());
    }
}
