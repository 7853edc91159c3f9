package si.asociacija.workflow.fuzz;

import static si.asociacija.workflow.fuzz.Text.utf8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * A valid JSON body broken as bytes: cut at a length of every class, random bytes inserted, overwritten,
 * deleted or repeated, stray syntax, and other encodings (Latin-1, Windows-1250, CESU-8, overlong forms,
 * UTF-16 and UTF-32, Base64, percent-encoding, gzip). Each result is checked to be no JSON a strict
 * reader takes in UTF-8 ({@link #malformed}); one that still is, is broken again.
 */
final class MalformedBytes {

    /** A body and what was done to it. */
    record Broken(String label, byte[] body) {
    }

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private static final String[] SYNTAX = {"{", "}", "[", "]", ",", ":", "\"", "\\", "'", "//", "/*", "NaN", "-", "0x1", "+1",
            "undefined", "\\u", "\\x41", ",,", "::", "}{", "][", "\"\":", "=", "\u0000"};
    private static final String[] CHARSETS = {"ISO-8859-1", "windows-1250", "ISO-8859-2", "IBM437"};

    private MalformedBytes() {
    }

    /** Whether no strict reader takes it as JSON: not UTF-8, or not one JSON document. */
    static boolean malformed(byte[] body) {
        if (!strictUtf8(body)) {
            return true;
        }
        try {
            STRICT.readTree(body);
            return false;
        } catch (IOException notJson) {
            return true;
        }
    }

    static boolean strictUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }

    /** The valid body (compact JSON; raw non-ASCII text in it makes the wrong encodings show) broken as bytes. */
    static Broken broken(Random random, String valid) {
        for (int attempt = 0; attempt < 40; attempt++) {
            Broken b = random.nextInt(4) == 0 ? encoded(random, valid) : syntax(random, utf8(valid), 1 + random.nextInt(3));
            if (malformed(b.body())) {
                return b;
            }
        }
        return cut(random, utf8(valid));
    }

    /** Cut at a length of one of the classes: nothing, 1, 2-4, 5-16, up to half, past half, the last 3 bytes. */
    static Broken cut(Random random, byte[] body) {
        int n = body.length;
        int length = switch (random.nextInt(7)) {
            case 0 -> 0;
            case 1 -> 1;
            case 2 -> 2 + random.nextInt(3);
            case 3 -> 5 + random.nextInt(12);
            case 4 -> 17 + random.nextInt(Math.max(1, n / 2 - 17));
            case 5 -> n / 2 + random.nextInt(Math.max(1, n / 2 - 3));
            default -> n - 1 - random.nextInt(3);
        };
        length = Math.max(0, Math.min(length, n - 1));
        return new Broken("cut at " + length + " of " + n + " bytes", Arrays.copyOf(body, length));
    }

    private static Broken syntax(Random random, byte[] body, int times) {
        StringBuilder label = new StringBuilder();
        byte[] b = body;
        for (int i = 0; i < times; i++) {
            int at = b.length == 0 ? 0 : random.nextInt(b.length);
            int len = 1 + random.nextInt(Math.max(1, Math.min(8, b.length - at)));
            label.append(label.isEmpty() ? "" : ", ");
            switch (random.nextInt(7)) {
                case 0 -> {
                    byte[] bytes = new byte[1 + random.nextInt(8)];
                    random.nextBytes(bytes);
                    b = splice(b, at, 0, bytes);
                    label.append("random bytes ").append(hex(bytes)).append(" inserted at ").append(at);
                }
                case 1 -> {
                    byte[] bytes = new byte[len];
                    random.nextBytes(bytes);
                    b = splice(b, at, len, bytes);
                    label.append(len).append(" bytes at ").append(at).append(" overwritten with ").append(hex(bytes));
                }
                case 2 -> {
                    b = splice(b, at, len, new byte[0]);
                    label.append(len).append(" bytes at ").append(at).append(" deleted");
                }
                case 3 -> {
                    b = splice(b, at, 0, Arrays.copyOfRange(b, at, Math.min(b.length, at + len)));
                    label.append(len).append(" bytes at ").append(at).append(" repeated");
                }
                case 4 -> {
                    String s = SYNTAX[random.nextInt(SYNTAX.length)];
                    b = splice(b, at, 0, utf8(s));
                    label.append(Text.show(s)).append(" inserted at ").append(at);
                }
                case 5 -> {
                    int other = random.nextInt(Math.max(1, b.length));
                    if (b.length > 0) {
                        byte t = b[at];
                        b[at] = b[other];
                        b[other] = t;
                    }
                    label.append("bytes ").append(at).append(" and ").append(other).append(" swapped");
                }
                default -> {
                    Broken c = cut(random, b);
                    b = c.body();
                    label.append(c.label());
                }
            }
        }
        return new Broken(label.toString(), b);
    }

    private static Broken encoded(Random random, String valid) {
        return switch (random.nextInt(9)) {
            case 0 -> {
                String charset = CHARSETS[random.nextInt(CHARSETS.length)];
                yield new Broken("in " + charset, valid.getBytes(Charset.forName(charset)));
            }
            case 1 -> new Broken("in CESU-8 (surrogates encoded one by one)", cesu8(valid));
            case 2 -> {
                byte[] b = utf8(valid);
                int at = random.nextInt(b.length);
                int c = b[at] & 0x7f;
                byte[] overlong = random.nextBoolean() ? new byte[] {(byte) (0xc0 | c >> 6), (byte) (0x80 | c & 0x3f)}
                        : new byte[] {(byte) 0xe0, (byte) (0x80 | c >> 6), (byte) (0x80 | c & 0x3f)};
                yield new Broken("byte " + at + " in an overlong form", splice(b, at, 1, overlong));
            }
            case 3 -> {
                Charset charset = Charset.forName(new String[] {"UTF-16LE", "UTF-16BE", "UTF-16", "UTF-32LE", "UTF-32BE"}[random.nextInt(5)]);
                yield new Broken("in " + charset.name(), valid.getBytes(charset));
            }
            case 4 -> new Broken("in Base64", utf8(Base64.getEncoder().encodeToString(utf8(valid))));
            case 5 -> new Broken("percent-encoded", utf8(Text.query(valid)));
            case 6 -> new Broken("gzip-compressed", gzip(utf8(valid)));
            case 7 -> new Broken("UTF-8 byte order mark twice", Text.concat(Text.hex("efbbbfefbbbf"), utf8(valid)));
            default -> new Broken("as a JSON string", utf8(JsonValues.js(valid)));
        };
    }

    private static byte[] cesu8(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (char c : text.toCharArray()) {
            if (Character.isSurrogate(c) || c >= 0x800) {
                out.write(0xe0 | c >> 12);
                out.write(0x80 | c >> 6 & 0x3f);
                out.write(0x80 | c & 0x3f);
            } else {
                out.writeBytes(utf8(String.valueOf(c)));
            }
        }
        return out.toByteArray();
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        return out.toByteArray();
    }

    private static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
        int end = Math.min(b.length, at + remove);
        return Text.concat(Arrays.copyOfRange(b, 0, at), insert, Arrays.copyOfRange(b, end, b.length));
    }

    private static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte x : bytes) {
            s.append(String.format("%02X", x & 0xff));
        }
        return s.toString();
    }
}
