package si.asociacija.workflow.fuzz;

import static si.asociacija.workflow.fuzz.RandomText.randomText;
import static si.asociacija.workflow.fuzz.Text.show;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Authorization headers: the real staff login, and missing, malformed and wrong ones. */
final class Logins {

    private static final Set<String> REAL_USERS = Set.of("staff", "staff2", "admin", "counsellor1", "counsellor2", "demo");

    /** The staff login, allowed on every staff endpoint. */
    static final String STAFF = basic("staff", "demo");

    /** A login to try: what it is, and the Authorization header (null: none). */
    record Auth(String label, String header) {
    }

    private Logins() {
    }

    /**
     * Missing, malformed and unknown logins, and demo users outside the endpoint's groups. Never a
     * real user with a wrong password: Camunda would lock the account for the rest of the run.
     */
    static List<Auth> authFuzz(Random random, int randomCount, boolean boardMayRead, boolean counsellorMayRead) {
        List<Auth> list = new ArrayList<>();
        list.add(new Auth("no login", null));
        list.add(new Auth("Authorization: Basic", "Basic"));
        list.add(new Auth("Authorization: Basic !!!!", "Basic !!!!"));
        list.add(new Auth("Basic without a colon", "Basic " + b64("fuzznocolon")));
        list.add(new Auth("Basic with empty user and password", "Basic " + b64(":")));
        list.add(new Auth("Basic with an empty user", "Basic " + b64(":demo")));
        list.add(new Auth("unknown user", basic("fuzz-nobody", "demo")));
        list.add(new Auth("unknown user, empty password", basic("fuzz-nobody", "")));
        list.add(new Auth("user with NUL", basic("fuzz\u0000nobody", "demo")));
        list.add(new Auth("user with CRLF", basic("fuzz\r\nnobody", "demo")));
        list.add(new Auth("SQL in user and password", basic("' or '1'='1", "' or '1'='1")));
        list.add(new Auth("wildcards", basic("*", "*")));
        list.add(new Auth("percent signs", basic("%", "%")));
        list.add(new Auth("user of 5000 characters", basic("fuzz" + "x".repeat(5000), "demo")));
        list.add(new Auth("Authorization header of 10 KB", basic("fuzz" + "x".repeat(8000), "demo")));
        list.add(new Auth("user not UTF-8", "Basic " + Base64.getEncoder().encodeToString(new byte[] {(byte) 0xe8, 'x', ':', 'x'})));
        list.add(new Auth("user with a lone surrogate", basic("fuzz\ud800", "demo")));
        list.add(new Auth("Bearer token", "Bearer abc.def.ghi"));
        list.add(new Auth("Digest", "Digest username=\"fuzz\", realm=\"x\", nonce=\"1\", response=\"2\""));
        list.add(new Auth("Negotiate", "Negotiate YII="));
        list.add(new Auth("two schemes", basic("fuzz", "x") + ", Bearer x"));
        if (!boardMayRead) {
            list.add(new Auth("board01 (board member)", basic("board01", "demo")));
        }
        if (!counsellorMayRead) {
            list.add(new Auth("counsellor1 (counsellor)", basic("counsellor1", "demo")));
        }
        for (int i = 0; i < randomCount; i++) {
            switch (i % 4) {
                case 0 -> {
                    byte[] bytes = new byte[1 + random.nextInt(60)];
                    random.nextBytes(bytes);
                    if (!realUser(new String(bytes, StandardCharsets.UTF_8))) {
                        String b = Base64.getEncoder().encodeToString(bytes);
                        list.add(new Auth("Basic of random bytes " + b, "Basic " + b));
                    }
                }
                case 1 -> {
                    String user = "fuzz-" + randomText(random, 20, false);
                    String password = randomText(random, 20, false);
                    list.add(new Auth("unknown user " + show(user) + " password " + show(password), basic(user, password)));
                }
                case 2 -> {
                    StringBuilder junk = new StringBuilder();
                    String chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_.!~*";
                    for (int k = 1 + random.nextInt(80); k > 0; k--) {
                        junk.append(chars.charAt(random.nextInt(chars.length())));
                    }
                    String value = "Basic " + junk;
                    if (!decodesToRealUser(junk.toString())) {
                        list.add(new Auth("Authorization: " + value, value));
                    }
                }
                default -> {
                    String[] schemes = {"Bearer", "Token", "OAuth", "basic", "BASIC", "Basic  ", "Negotiate", "AWS4-HMAC-SHA256", "X"};
                    String scheme = schemes[random.nextInt(schemes.length)];
                    String value = scheme + " " + b64("fuzz-" + random.nextInt(100000) + ":" + random.nextInt());
                    list.add(new Auth("Authorization: " + value, value));
                }
            }
        }
        return list;
    }

    private static boolean decodesToRealUser(String base64) {
        try {
            return realUser(new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    /** Whether "user:password" (or a user alone) names a real user. */
    private static boolean realUser(String decoded) {
        String user = decoded.contains(":") ? decoded.substring(0, decoded.indexOf(':')) : decoded;
        return REAL_USERS.contains(user) || user.matches("board\\d\\d");
    }

    static String basic(String user, String password) {
        return "Basic " + b64(user + ":" + password);
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
