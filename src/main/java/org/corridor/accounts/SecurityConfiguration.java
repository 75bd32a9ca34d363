package org.corridor.accounts;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may reach which URL at all. Finer rules (which operation's records) are in each module's
 * policy, which asks {@link CorridorUser}. Only for the web server: command-line runs have none.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    /** Our own scripts and styles only: no inline code, no third-party origins. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static final String PROBLEM = """
            {"type":"about:blank","title":"%s","status":%d,"detail":"%s"}""";

    /** The API: bearer tokens only, no session, no cookies, so no CSRF to guard against. */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, UserAccounts accounts) throws Exception {
        http.securityMatcher("/api/v1/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(accounts), BasicAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, e) -> problem(response, 401, "Unauthorized",
                                "Send a personal API token as 'Authorization: Bearer crd_...'. Create one under Account > API tokens."))
                        .accessDeniedHandler((request, response, e) -> problem(response, 403, "Forbidden",
                                "Your account may not do this.")))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    /**
     * The API's own document and its Swagger UI: read with a bearer token (as a script reads the API) or signed in
     * (in the browser). Swagger UI sets inline styles, so its pages alone may use them; scripts stay our own.
     */
    @Bean
    @Order(2)
    SecurityFilterChain apiDocumentSecurity(HttpSecurity http, UserAccounts accounts) throws Exception {
        http.securityMatcher("/api/docs", "/api/docs/**", "/api/docs.yaml")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(accounts), BasicAuthenticationFilter.class)
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain webSecurity(HttpSecurity http, KeptForms keptForms) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
                                "/actuator/health", "/actuator/health/**", "/actuator/info", "/error")
                        .permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").failureHandler(failureHandler())
                        .successHandler(successHandler(keptForms)).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut")
                        .deleteCookies(KeptForms.AUTHOR_COOKIE))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(accessDeniedHandler(keptForms)))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    /**
     * One answer for every failed sign-in, a locked account included: a different one would tell a stranger which
     * usernames exist (issue 17).
     */
    private static AuthenticationFailureHandler failureHandler() {
        return (request, response, exception) -> response.sendRedirect(request.getContextPath() + "/login?error");
    }

    /** Names the browser's person for forms kept across an ended session, and goes on to a kept form if there is one. */
    private static AuthenticationSuccessHandler successHandler(KeptForms keptForms) {
        SavedRequestAwareAuthenticationSuccessHandler usual = new SavedRequestAwareAuthenticationSuccessHandler();
        return (request, response, authentication) -> {
            if (authentication.getPrincipal() instanceof CorridorUser user) {
                keptForms.signedIn(request, response, user);
                var keptForm = keptForms.afterSignIn(request, user);
                if (keptForm.isPresent()) {
                    response.sendRedirect(keptForm.get());
                    return;
                }
            }
            usual.onAuthenticationSuccess(request, response, authentication);
        };
    }

    /**
     * A post refused for its token because the session ended keeps what was typed (never carrying out the post);
     * anything else refused is answered 403 as always.
     */
    private static AccessDeniedHandler accessDeniedHandler(KeptForms keptForms) {
        AccessDeniedHandlerImpl usual = new AccessDeniedHandlerImpl();
        return (request, response, refusal) -> {
            if (refusal instanceof CsrfException csrf && keptForms.keep(request, response, csrf)) {
                return;
            }
            usual.handle(request, response, refusal);
        };
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail)
            throws java.io.IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write(PROBLEM.formatted(title, status, detail));
    }
}
