package org.factcheck.account;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import org.factcheck.account.ui.LoginView;
import org.factcheck.base.FilterProblems;
import org.factcheck.database.DatabaseUnavailable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Four filter chains: the public, stateless paths (the read-only API, health, API docs, errors)
 * first; then the desk's automation under /desk (any signed-in role, HTTP Basic only); then the
 * report exports for automation (editors and admins, by HTTP Basic or the UI's session); then the
 * reviewers' Vaadin UI behind the login page. Services check roles too.
 * Every chain sends the same security headers; both chains that sign in throttle failed sign-ins.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@EnableJpaAuditing(auditorAwareRef = "currentReviewer")
@EnableConfigurationProperties(SignInThrottleSettings.class)
class SecurityConfiguration {

    static final String[] PUBLIC_PATHS = {"/api/**", "/actuator/health", "/actuator/health/**",
            "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui/**", "/swagger-ui.html", "/error",
            // The public pages (site; "/" forwards to /fact-checks): no sign-in; the reviewers' UI starts at /login.
            "/fact-checks/**", "/entity/**", "/ratings", "/corrections", "/transparency", "/problems/**", "/assets/**",
            "/sitemap.xml", "/robots.txt", "/feed.atom",
            // Archived copies of published fact-checks' evidence (archive); anything unpublished is not found.
            "/archive/**"};

    @Bean
    @Order(1)
    SecurityFilterChain publicPaths(HttpSecurity http) throws Exception {
        return http.securityMatcher(PUBLIC_PATHS)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * Scripts sign in with HTTP Basic and are told 401 with a challenge rather than redirected to
     * the login page; a reviewer signed in to the UI uses the same session. When the account cannot
     * even be looked up (the database is down), the script is told 503, not that its password is wrong.
     */
    @Bean
    @Order(3)
    SecurityFilterChain reports(HttpSecurity http, SignInThrottle throttle, ReviewerService reviewers,
            FilterProblems problems) throws Exception {
        return http.securityMatcher("/reports/**")
                .addFilterBefore(new SignInThrottleFilter(throttle), BasicAuthenticationFilter.class)
                .addFilterBefore(new CurrentRights(reviewers, problems), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(Role.EDITOR.name()))
                .httpBasic(basic -> basic.authenticationEntryPoint(basicEntryPoint(problems)))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(basicEntryPoint(problems)))
                .build();
    }

    /**
     * Automation for signed-in users (a newsroom CMS pushing imports, a script loading other desks'
     * ClaimReview): HTTP Basic on every request, no session and so no cookie a cross-site request
     * could ride on (hence no CSRF token). Roles are checked as in the UI, by the services; refusals
     * are problem+json like the rest of the app's HTTP interfaces.
     */
    @Bean
    @Order(2)
    SecurityFilterChain deskAutomation(HttpSecurity http, SignInThrottle throttle, FilterProblems problems) throws Exception {
        return http.securityMatcher("/desk/**")
                .addFilterBefore(new SignInThrottleFilter(throttle), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.authenticationEntryPoint(deskEntryPoint(problems)))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(deskEntryPoint(problems))
                        .accessDeniedHandler((request, response, denied) ->
                                problems.write(response, HttpStatus.FORBIDDEN, "Your account's role may not do this.")))
                .build();
    }

    private static AuthenticationEntryPoint deskEntryPoint(FilterProblems problems) {
        return (request, response, failure) -> {
            if (failure instanceof InternalAuthenticationServiceException) {
                DatabaseUnavailable.answer(response, problems);
            } else {
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Fact-check desk\", charset=\"UTF-8\"");
                problems.write(response, HttpStatus.UNAUTHORIZED,
                        "Sign in with HTTP Basic: the username and password of a desk account.");
            }
        };
    }

    private static AuthenticationEntryPoint basicEntryPoint(FilterProblems problems) {
        BasicAuthenticationEntryPoint challenge = new BasicAuthenticationEntryPoint();
        challenge.setRealmName("Fact-check reports");
        return (request, response, failure) -> {
            if (failure instanceof InternalAuthenticationServiceException) {
                DatabaseUnavailable.answer(response, problems);
            } else {
                challenge.commence(request, response, failure);
            }
        };
    }

    @Bean
    @Order(4)
    SecurityFilterChain reviewerUi(HttpSecurity http, SignInThrottle throttle, ReviewerService reviewers,
            FilterProblems problems) throws Exception {
        // "/" is the public home page, so a reviewer who signs in lands on the dashboard.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class).defaultSuccessUrl("/dashboard"));
        return http.addFilterBefore(new SameOriginSignIn(), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new CurrentRights(reviewers, problems), AnonymousAuthenticationFilter.class)
                .build();
    }

    /**
     * The security headers, on every answer: set before any filter chain, because Vaadin has Spring
     * Security ignore some requests altogether (the login page's among them).
     */
    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeaders() {
        FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(new SecurityHeadersFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC, DispatcherType.FORWARD);
        return registration;
    }

    @Bean
    FilterRegistrationBean<TraceRefused> traceRefused(FilterProblems problems) {
        FilterRegistrationBean<TraceRefused> registration = new FilterRegistrationBean<>(new TraceRefused(problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> traceReachesTraceRefused() {
        return factory -> factory.addConnectorCustomizers(connector -> connector.setAllowTrace(true));
    }

    @Bean
    SignInThrottle signInThrottle(SignInThrottleSettings settings) {
        return new SignInThrottle(settings);
    }

    /** bcrypt, stored with its {id} prefix so the algorithm can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
