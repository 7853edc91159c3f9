package si.asociacija.workflow.portal.internal;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import si.asociacija.workflow.shared.ProblemResponses;

/**
 * Public endpoints take bodies up to {@code asociacija.max-public-request-bytes} (larger ones get 413),
 * and a JSON body must be valid UTF-8 (JSON's encoding; a lenient decoder would turn broken bytes into
 * other characters).
 */
@Configuration
class PublicRequestLimit {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> publicRequestLimitFilter(@Value("${asociacija.max-public-request-bytes}") long limit) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(limited(limit));
        registration.addUrlPatterns("/api/membership-applications", "/api/assistance-requests", "/status/*", "/assembly/*");
        registration.setName("publicRequestLimit");
        return registration;
    }

    /** A member's view link takes a view with up to three files (in base64): its own, larger limit. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> memberViewRequestLimitFilter(
            @Value("${asociacija.advocacy.max-view-request-bytes}") long limit) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(limited(limit));
        registration.addUrlPatterns("/views/*");
        registration.setName("memberViewRequestLimit");
        return registration;
    }

    private static OncePerRequestFilter limited(long limit) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                boolean hasBody = "POST".equals(request.getMethod()) || "PUT".equals(request.getMethod());
                // a POST without Content-Length and without Transfer-Encoding has no body (a check-in, say)
                boolean unknownLength = request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") != null;
                if (hasBody && (unknownLength || request.getContentLengthLong() > limit)) {
                    ProblemResponses.write(response, unknownLength ? HttpStatus.LENGTH_REQUIRED
                            : HttpStatus.PAYLOAD_TOO_LARGE, "At most " + limit + " bytes with a Content-Length.");
                    return;
                }
                if (hasBody && request.getContentType() != null && request.getContentType().contains("json")) {
                    String charset = declaredCharset(request.getHeader("Content-Type"));
                    if (charset != null && !charset.equalsIgnoreCase("UTF-8")) {
                        ProblemResponses.write(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "JSON is read as UTF-8 only.");
                        return;
                    }
                    byte[] body = request.getInputStream().readNBytes((int) limit + 1);
                    if (!utf8(body)) {
                        ProblemResponses.write(response, HttpStatus.BAD_REQUEST, "The body is not valid UTF-8.");
                        return;
                    }
                    chain.doFilter(new ReadBody(request, body), response);
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    /** The charset the client named in Content-Type (the request's own encoding is set to UTF-8 for all). */
    private static String declaredCharset(String contentType) {
        Matcher charset = CHARSET.matcher(contentType);
        return charset.find() ? charset.group(1) : null;
    }

    private static final Pattern CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([^\";\\s]*)");

    private static boolean utf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The request with its body already read. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
