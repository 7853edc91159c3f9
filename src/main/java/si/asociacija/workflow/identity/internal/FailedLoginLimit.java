package si.asociacija.workflow.identity.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import si.asociacija.workflow.shared.ProblemResponses;
import si.asociacija.workflow.shared.RequestLimits;
import si.asociacija.workflow.shared.TextRules;

/**
 * Wrong passwords are limited per client address, never by locking the account: an address that has
 * failed {@code asociacija.limits.failed-logins} times in a period gets 429 for logins until the
 * period ends, while the account's owner logs in from anywhere else as usual. Covers the product API,
 * the engine REST API and the webapps' login.
 */
@Configuration
class FailedLoginLimit {

    private static final Logger log = LoggerFactory.getLogger(FailedLoginLimit.class);
    private static final String WEBAPP_LOGIN = "/camunda/api/admin/auth/user/";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> failedLoginLimitFilter(RequestLimits limits) {
        RequestLimits.Counter failures = limits.failedLogins().counter();
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (!login(request)) {
                    chain.doFilter(request, response);
                    return;
                }
                String address = request.getRemoteAddr();
                if (failures.exhausted(address)) {
                    failures.refuse(response, "Too many failed logins from this address; try again later.");
                    return;
                }
                if (!plausibleLogin(request)) {
                    // a user name no account can have (control characters, not UTF-8): refused before any look-up
                    failures.record(address);
                    response.setHeader("WWW-Authenticate", "Basic realm=\"Asociacija\"");
                    ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, null);
                    return;
                }
                chain.doFilter(request, response);
                if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
                    failures.record(address);
                    if (failures.exhausted(address)) {
                        log.warn("Failed logins from {} limited for {}", address, limits.failedLogins().per());
                    }
                }
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/api/*", "/actuator/*", "/engine-rest/*", WEBAPP_LOGIN + "*");
        registration.setName("failedLoginLimit");
        // before Spring Security (-100) and Camunda's engine REST authentication
        registration.setOrder(-110);
        return registration;
    }

    /** A user name that an account could have: one line of text, at most 64 characters (Camunda's limit). */
    private static boolean plausibleLogin(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        String user;
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String credentials = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(Base64.getDecoder().decode(authorization.substring(6).trim()))).toString();
                user = credentials.contains(":") ? credentials.substring(0, credentials.indexOf(':')) : credentials;
            } catch (IllegalArgumentException | CharacterCodingException notBase64OrUtf8) {
                return false;
            }
        } else {
            user = request.getParameter("username");
        }
        return user != null && !user.isEmpty() && user.length() <= 64 && TextRules.problem(user, true) == null;
    }

    /** A request that tries a password: HTTP Basic credentials, or the webapps' login form. */
    private static boolean login(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6))
                || ("POST".equals(request.getMethod()) && request.getRequestURI().startsWith(WEBAPP_LOGIN)
                        && request.getRequestURI().contains("/login/"));
    }
}
