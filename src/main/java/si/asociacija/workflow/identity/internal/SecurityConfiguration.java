package si.asociacija.workflow.identity.internal;

import java.io.IOException;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

import jakarta.servlet.http.HttpServletResponse;
import si.asociacija.workflow.identity.Groups;
import si.asociacija.workflow.shared.ProblemResponses;

/**
 * Login everywhere but the public intake, the token-protected pages (status, assembly, calendar feed) and the
 * health check.
 * The product API ({@code /api}) and the operators' endpoints ({@code /actuator}) use HTTP Basic against
 * the Camunda identity service; the engine REST API ({@code /engine-rest}) has Camunda's own Basic
 * filter, and the webapps their own login.
 */
@Configuration
class SecurityConfiguration {

    private static final String STAFF = "GROUP_" + Groups.STAFF;
    private static final String BOARD = "GROUP_" + Groups.BOARD;
    private static final String ADMIN = "GROUP_" + Groups.ADMIN;
    private static final String COUNSELLORS = "GROUP_" + Groups.COUNSELLORS;

    @Bean
    SecurityFilterChain productApi(HttpSecurity http, CamundaIdentityAuthenticationProvider provider) throws Exception {
        http.securityMatcher("/api/**", "/status/**", "/assembly/**", "/views/**", "/calendar/**")
                .authenticationProvider(provider)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> problem(response, HttpStatus.UNAUTHORIZED)))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((request, response, e) -> problem(response, HttpStatus.UNAUTHORIZED))
                        .accessDeniedHandler((request, response, e) -> problem(response, HttpStatus.FORBIDDEN)))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/api/membership-applications", "/api/assistance-requests").permitAll()
                        .requestMatchers("/api/reports/**", "/api/inbound-mail/**", "/api/registry/**").hasAnyAuthority(STAFF, ADMIN)
                        .requestMatchers("/api/assistance-cases/**").hasAnyAuthority(STAFF, COUNSELLORS, ADMIN)
                        .requestMatchers("/status/**", "/assembly/**", "/views/**", "/calendar/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/privacy-notice").permitAll()
                        .requestMatchers("/api/assemblies/**").hasAnyAuthority(STAFF, ADMIN)
                        .requestMatchers("/api/advocacy-sources/**", "/api/advocacy-cases/**").hasAnyAuthority(STAFF, ADMIN)
                        .requestMatchers("/api/members/**", "/api/mail/**", "/api/membership-applications/**").hasAnyAuthority(STAFF, ADMIN)
                        .requestMatchers("/api/resolutions/**").hasAnyAuthority(STAFF, BOARD, ADMIN)
                        .requestMatchers("/api/personal-data/**").hasAuthority(ADMIN)
                        .requestMatchers("/api/audit/**").hasAuthority(ADMIN)
                        .anyRequest().authenticated());
        return http.build();
    }

    /**
     * The operators' endpoints: {@code /actuator/health} (and its probes) answer anyone UP or DOWN, the details
     * only to admins (management.endpoint.health.roles); info, metrics and prometheus are for admins alone.
     */
    @Bean
    SecurityFilterChain operations(HttpSecurity http, CamundaIdentityAuthenticationProvider provider) throws Exception {
        http.securityMatcher("/actuator/**")
                .authenticationProvider(provider)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> problem(response, HttpStatus.UNAUTHORIZED)))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((request, response, e) -> problem(response, HttpStatus.UNAUTHORIZED))
                        .accessDeniedHandler((request, response, e) -> problem(response, HttpStatus.FORBIDDEN)))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasAuthority(ADMIN));
        return http.build();
    }

    /** HTTP Basic against the Camunda identity service for the engine REST API: no login, 401. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("camunda-auth");
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }

    private static void problem(HttpServletResponse response, HttpStatus status) throws IOException {
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Asociacija\"");
        }
        ProblemResponses.write(response, status, null);
    }
}
