package si.asociacija.workflow.identity.internal;

import java.io.IOException;
import java.util.regex.Pattern;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * On an https request (behind the proxy: X-Forwarded-Proto https from a trusted address) every cookie set is
 * {@code Secure}, also those the webapps write as raw headers (Camunda's XSRF-TOKEN); on plain http none is
 * forced, so a local run over http keeps working. (Tomcat marks its session cookie itself.)
 */
class SecureCookies extends OncePerRequestFilter {

    private static final String SET_COOKIE = "Set-Cookie";
    private static final Pattern SECURE = Pattern.compile(";\\s*Secure\\s*(;|$)", Pattern.CASE_INSENSITIVE);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, request.isSecure() ? new SecureCookieResponse(response) : response);
    }

    private static final class SecureCookieResponse extends HttpServletResponseWrapper {

        SecureCookieResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addCookie(Cookie cookie) {
            cookie.setSecure(true);
            super.addCookie(cookie);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, secure(name, value));
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, secure(name, value));
        }

        private static String secure(String name, String value) {
            return SET_COOKIE.equalsIgnoreCase(name) && value != null && !SECURE.matcher(value).find() ? value + ";Secure" : value;
        }
    }
}
