package si.asociacija.workflow.registry.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What tells a changed record from one that is not: SHA-256 of its values as text (null as U+0000),
 * separated by U+001F, in hexadecimal. The records held keep theirs across versions, so it must not change.
 */
final class Fingerprint {

    private static final byte[] SEPARATOR = "\u001f".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NULL = "\u0000".getBytes(StandardCharsets.UTF_8);

    private final MessageDigest digest;

    Fingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String of(Object[] values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                digest.update(SEPARATOR);
            }
            digest.update(values[i] == null ? NULL : values[i].toString().getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
