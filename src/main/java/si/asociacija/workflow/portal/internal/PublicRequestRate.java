package si.asociacija.workflow.portal.internal;

import java.io.IOException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import si.asociacija.workflow.shared.RequestLimits;

/**
 * One script cannot open thousands of cases: the public intakes take {@code asociacija.limits.public-intake}
 * requests per client address, and a private link ({@code /status/...}, {@code /assembly/...},
 * {@code /calendar/advocacy/...}) {@code asociacija.limits.private-link} requests per link, whatever the address (a whole room may use its links from one venue network).
 * Beyond that: 429 with Retry-After.
 */
@Configuration
class PublicRequestRate {

    private static final Logger log = LoggerFactory.getLogger(PublicRequestRate.class);
    /** The private links: a case's status page, a member's assembly link and view link, a staff member's calendar feed. */
    private static final List<String> LINKS = List.of("/status/", "/assembly/", "/views/", "/calendar/advocacy/");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> publicRequestRateFilter(RequestLimits limits) {
        RequestLimits.Counter intakes = limits.publicIntake().counter();
        RequestLimits.Counter links = limits.privateLink().counter();
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String path = request.getRequestURI().substring(request.getContextPath().length());
                String prefix = LINKS.stream().filter(path::startsWith).findFirst().orElse(null);
                boolean link = prefix != null;
                if (!link && !"POST".equals(request.getMethod())) {
                    chain.doFilter(request, response);
                    return;
                }
                RequestLimits.Counter counter = link ? links : intakes;
                String key = link ? linkOf(path, prefix) : request.getRemoteAddr();
                if (!counter.tryAcquire(key)) {
                    log.warn("Too many requests to {} from {}: 429", link ? "a private link" : path, request.getRemoteAddr());
                    counter.refuse(response, "Too many requests; try again later.");
                    return;
                }
                chain.doFilter(request, response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/api/membership-applications", "/api/assistance-requests", "/status/*", "/assembly/*",
                "/views/*", "/calendar/*");
        registration.setName("publicRequestRate");
        registration.setOrder(-105);
        return registration;
    }

    /** The link's token: {@code /status/<token>/answer} counts against {@code <token>}. */
    private static String linkOf(String path, String prefix) {
        String rest = path.substring(prefix.length());
        int slash = rest.indexOf('/');
        String token = slash < 0 ? rest : rest.substring(0, slash);
        return token.length() > 64 ? token.substring(0, 64) : token;
    }
}
