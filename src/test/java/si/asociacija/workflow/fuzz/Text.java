package si.asociacija.workflow.fuzz;

import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Encoding the fuzz inputs (bytes, percent-encoding) and showing inputs and answers readably. */
final class Text {

    private Text() {
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The bytes written in hex, two digits a byte. */
    static byte[] hex(String hex) {
        byte[] bytes = new byte[hex.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return bytes;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** Percent-encoded for a path segment. */
    static String path(String text) {
        return query(text).replace("+", "%20");
    }

    /** Percent-encoded for a query parameter value or a form body (application/x-www-form-urlencoded). */
    static String query(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** An encoded input shown as it decodes (as far as it decodes). */
    static String showEncoded(String encoded) {
        return show(decoded(encoded));
    }

    /** Percent-decoded (as far as it decodes) for showing an input. */
    static String decoded(String encoded) {
        try {
            return URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notDecodable) {
            return encoded;
        }
    }

    static String show(String text) {
        return show(text, 90);
    }

    /** Printable: control and invisible characters as \\uXXXX, long text shortened with its length. */
    static String show(String text, int max) {
        if (text == null) {
            return "null";
        }
        String shown = text;
        if (text.length() > max) {
            int same = 1;
            while (same < text.length() && text.charAt(same) == text.charAt(0)) {
                same++;
            }
            shown = same == text.length() ? "<" + text.length() + " x '" + text.charAt(0) + "'>"
                    : text.substring(0, max - 20) + "…(" + text.length() + " chars)";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            boolean visible = c >= 0x20 && c != 0x7f && !(c >= 0x80 && c < 0xa0) && !Character.isSurrogate(c)
                    && Character.getType(c) != Character.FORMAT && c != 0x2028 && c != 0x2029 && c != 0xa0;
            if (Character.isHighSurrogate(c) && i + 1 < shown.length() && Character.isLowSurrogate(shown.charAt(i + 1))) {
                b.append(c).append(shown.charAt(++i));
            } else {
                b.append(visible ? String.valueOf(c) : String.format("\\u%04x", (int) c));
            }
        }
        return "\"" + b + "\"";
    }
}
