package org.factcheck.site;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.factcheck.feed.PublicationSettings;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * "/" is the public home page, the newest fact-checks; but "/" is also where the reviewers' Vaadin UI
 * sends its own requests ({@code ?v-r=uidl}, {@code ?v-r=init}, POSTs). So a reader's GET of "/" is
 * forwarded to the list's page ({@link PublicPages#home}) before any security chain or Vaadin sees it,
 * and everything else at "/" stays Vaadin's.
 */
@Configuration(proxyBeanMethods = false)
class HomePage {

    static final String VAADIN_REQUEST_PARAMETER = "v-r";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> publicHomePage() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !"/".equals(request.getRequestURI())
                        || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                        || request.getParameter(VAADIN_REQUEST_PARAMETER) != null;
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                request.getRequestDispatcher(PublicationSettings.FACT_CHECK_PAGES).forward(request, response);
            }
        });
        // After the security headers, before Spring Security's chains and Vaadin.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
