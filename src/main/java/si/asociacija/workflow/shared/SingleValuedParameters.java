package si.asociacija.workflow.shared;

import java.io.IOException;
import java.util.Map;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A parameter of the product's API may be given once: {@code rating=1&rating=2} or
 * {@code answer=a&answer=b} is a 400 naming it, never silently the first value or both joined by a comma.
 */
@Configuration
class SingleValuedParameters {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> singleValuedParametersFilter() {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
                    if (parameter.getValue().length > 1) {
                        String name = parameter.getKey().length() > 50 ? parameter.getKey().substring(0, 50) : parameter.getKey();
                        ProblemResponses.writeInvalid(response, name, "appears more than once");
                        return;
                    }
                }
                chain.doFilter(request, response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/api/*", "/status/*");
        registration.setName("singleValuedParameters");
        return registration;
    }
}
