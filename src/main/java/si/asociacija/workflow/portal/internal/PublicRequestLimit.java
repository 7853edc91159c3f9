package si.asociacija.workflow.portal.internal;

import java.io.IOException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Public endpoints take bodies up to {@code asociacija.max-public-request-bytes}; larger ones get 413. */
@Configuration
class PublicRequestLimit {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> publicRequestLimitFilter(@Value("${asociacija.max-public-request-bytes}") long limit) {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                boolean hasBody = "POST".equals(request.getMethod()) || "PUT".equals(request.getMethod());
                if (hasBody && (request.getContentLengthLong() < 0 || request.getContentLengthLong() > limit)) {
                    response.setStatus(request.getContentLengthLong() < 0 ? 411 : 413);
                    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                    response.getWriter().write("{\"title\":\"Request body too large or without length\",\"status\":"
                            + response.getStatus() + ",\"detail\":\"At most " + limit + " bytes with a Content-Length.\"}");
                    return;
                }
                chain.doFilter(request, response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/api/membership-applications", "/api/assistance-requests", "/status/*");
        registration.setName("publicRequestLimit");
        return registration;
    }
}
