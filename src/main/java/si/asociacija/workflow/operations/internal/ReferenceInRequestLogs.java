package si.asociacija.workflow.operations.internal;

import java.util.Map;

import org.slf4j.MDC;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * While the product's API handles a request about one case ({@code /api/.../{reference}/...}), every log
 * line carries the reference under the key {@value #KEY}, as the engine's lines do while it runs a step
 * of a process instance with that business key ({@code loggingContextBusinessKey}).
 */
@Configuration
class ReferenceInRequestLogs implements WebMvcConfigurer, HandlerInterceptor {

    static final String KEY = "reference";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
                && variables.get(KEY) instanceof String reference) {
            MDC.put(KEY, reference);
        }
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        MDC.remove(KEY);
    }
}
