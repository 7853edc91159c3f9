package si.asociacija.workflow.shared;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable tokens for private links (256 bits from a strong random source). */
public final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
