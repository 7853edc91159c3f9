package si.asociacija.workflow.identity.internal;

import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;

/**
 * The browser protections on every answer (product API, public pages, engine REST API, webapps, operators'
 * endpoints), written before anything else runs so that all parts send the same: HSTS on https requests
 * only (behind the proxy: X-Forwarded-Proto https from a trusted address), no content sniffing, no framing
 * by other sites, and a strict Content-Security-Policy (no inline script or style) everywhere but the
 * Camunda webapps, which send their own (camunda.bpm.webapp.header-security). On https requests the cookies
 * are Secure ({@link SecureCookies}).
 */
@Configuration
class SecurityHeaders {

    static final String POLICY = "default-src 'self'; base-uri 'none'; object-src 'none'; form-action 'self'; "
            + "frame-ancestors 'self'";
    private static final String WEBAPPS = "/camunda/";

    @Bean
    FilterRegistrationBean<HeaderWriterFilter> securityHeaderFilter(@Value("${asociacija.security.hsts-max-age}") Duration hstsMaxAge) {
        HeaderWriterFilter filter = new HeaderWriterFilter(List.of(
                new HstsHeaderWriter(hstsMaxAge.toSeconds(), false),
                new XContentTypeOptionsHeaderWriter(),
                new XFrameOptionsHeaderWriter(XFrameOptionsMode.SAMEORIGIN),
                new DelegatingRequestMatcherHeaderWriter(
                        request -> !request.getRequestURI().startsWith(request.getContextPath() + WEBAPPS),
                        new ContentSecurityPolicyHeaderWriter(POLICY))));
        filter.setShouldWriteHeadersEagerly(true);
        FilterRegistrationBean<HeaderWriterFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setName("security-headers");
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<SecureCookies> secureCookieFilter() {
        FilterRegistrationBean<SecureCookies> registration = new FilterRegistrationBean<>(new SecureCookies());
        registration.setName("secure-cookies");
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
