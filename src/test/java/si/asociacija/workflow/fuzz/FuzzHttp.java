package si.asociacija.workflow.fuzz;

import static si.asociacija.workflow.fuzz.Text.concat;
import static si.asociacija.workflow.fuzz.Text.show;
import static si.asociacija.workflow.fuzz.Text.utf8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Requests to the application on its port: through java.net.http where it will send them, else written
 * byte for byte on a socket. Each answer carries the exception the server logged behind a 5xx.
 */
final class FuzzHttp implements AutoCloseable {

    /** An answer: status (-1: none), Content-Type, Location, body, and for a 5xx the exception logged. */
    record Answer(int status, String contentType, String location, String body, String exception) {
        boolean problem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }
    }

    private final int port;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final ServerLog log = new ServerLog();

    FuzzHttp(int port) {
        this.port = port;
        log.attach();
    }

    @Override
    public void close() {
        log.detach();
    }

    Answer get(String pathAndQuery, String accept, String authorization) {
        return getOrPost(pathAndQuery, headers("Accept", accept, authorization), null);
    }

    /** A JSON body, in UTF-8. */
    Answer post(String path, String jsonBody) {
        return post(path, "application/json", utf8(jsonBody), null);
    }

    Answer post(String path, String contentType, byte[] body, String authorization) {
        return getOrPost(path, headers("Content-Type", contentType, authorization), body);
    }

    /** A form body, already encoded. */
    Answer postForm(String path, String body) {
        return post(path, "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.ISO_8859_1), null);
    }

    /** A POST without a body, asking for {@code accept}. */
    Answer postAccepting(String path, String accept) {
        return getOrPost(path, headers("Accept", accept, null), new byte[0]);
    }

    Answer postEmpty(String path, String authorization) {
        return post(path, null, new byte[0], authorization);
    }

    /** Another method: with a JSON body, or none (null). */
    Answer method(String method, String path, String authorization, String jsonBody) {
        HttpRequest.Builder b = request(path, authorization);
        if (jsonBody == null) {
            b.method(method, BodyPublishers.noBody());
        } else {
            b.method(method, BodyPublishers.ofString(jsonBody)).header("Content-Type", "application/json");
        }
        return send(b);
    }

    private static Map<String, String> headers(String name, String value, String authorization) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (value != null) {
            headers.put(name, value);
        }
        if (authorization != null) {
            headers.put("Authorization", authorization);
        }
        return headers;
    }

    /** A GET (no body) or POST; on a socket what java.net.http refuses to send (a bad path, a bad header). */
    private Answer getOrPost(String pathAndQuery, Map<String, String> headers, byte[] body) {
        try {
            HttpRequest.Builder b = request(pathAndQuery, null);
            if (body == null) {
                b.GET();
            } else {
                b.POST(BodyPublishers.ofByteArray(body));
            }
            headers.forEach(b::header);
            return send(b);
        } catch (IllegalArgumentException notForHttpClient) {
            return raw(body == null ? "GET" : "POST", pathAndQuery, headers, body, false);
        }
    }

    private HttpRequest.Builder request(String pathAndQuery, String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    private Answer send(HttpRequest.Builder builder) {
        log.clear();
        try {
            HttpResponse<byte[]> r = client.send(builder.build(), BodyHandlers.ofByteArray());
            return answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null),
                    r.headers().firstValue("Location").orElse(null), new String(r.body(), StandardCharsets.UTF_8));
        } catch (IOException ex) {
            return new Answer(-1, null, null, ex.getClass().getSimpleName() + ": " + ex.getMessage(), null);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private Answer answer(int status, String contentType, String location, String body) {
        return new Answer(status, contentType, location, body, status >= 500 ? log.lastException() : null);
    }

    /** A request written byte for byte, for what java.net.http will not send. */
    Answer raw(String method, String pathAndQuery, Map<String, String> headers, byte[] body, boolean chunked) {
        StringBuilder head = new StringBuilder(method).append(' ').append(pathAndQuery).append(" HTTP/1.1\r\n")
                .append("Host: localhost:").append(port).append("\r\nConnection: close\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        byte[] payload = new byte[0];
        if (body != null) {
            if (chunked) {
                head.append("Transfer-Encoding: chunked\r\n");
                payload = concat(utf8(Integer.toHexString(body.length) + "\r\n"), body, utf8("\r\n0\r\n\r\n"));
            } else {
                head.append("Content-Length: ").append(body.length).append("\r\n");
                payload = body;
            }
        }
        head.append("\r\n");
        boolean latin1 = head.chars().allMatch(c -> c <= 0xff);
        return rawBytes(concat(head.toString().getBytes(latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8), payload));
    }

    /** A whole request as written (ISO-8859-1). */
    Answer rawRequest(String request) {
        return rawBytes(request.getBytes(StandardCharsets.ISO_8859_1));
    }

    private Answer rawBytes(byte[] request) {
        log.clear();
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    received.write(buffer, 0, n);
                }
            } catch (IOException closedEarly) {
                if (received.size() == 0) {
                    throw closedEarly;
                }
            }
        } catch (IOException ex) {
            return new Answer(-1, null, null, ex.getClass().getSimpleName() + ": " + ex.getMessage(), null);
        }
        String text = received.toString(StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/") || end < 0) {
            return new Answer(-1, null, null, "not an HTTP answer: " + show(text), null);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        String contentType = null;
        String location = null;
        for (String line : lines) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-type:")) {
                contentType = line.substring(13).trim();
            } else if (lower.startsWith("location:")) {
                location = line.substring(9).trim();
            }
        }
        byte[] all = received.toByteArray();
        String body = new String(all, end + 4, all.length - end - 4, StandardCharsets.UTF_8);
        return answer(status, contentType, location, body);
    }
}
