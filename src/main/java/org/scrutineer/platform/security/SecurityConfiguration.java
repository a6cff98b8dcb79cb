package org.scrutineer.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may do what. Public visitors read what is published; members read their boards; officers enter data
 * and publish; admins manage users and reference data. Every sign-in, by the form or by HTTP Basic, goes through
 * ThrottledSignIn (too many failures are refused for a while, all audited). Forms carry CSRF tokens; an API call that
 * signed in with valid HTTP Basic credentials is exempt, because a browser cannot be tricked into sending those.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {
    /** Set on a request whose own HTTP Basic credentials signed it in, before the CSRF check. */
    static final String SIGNED_IN_BY_BASIC = SecurityConfiguration.class.getName() + ".SIGNED_IN_BY_BASIC";

    private static final RequestMatcher API = PathPatternRequestMatcher.pathPattern("/api/**");

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("""
                ROLE_ADMIN > ROLE_OFFICER
                ROLE_OFFICER > ROLE_MEMBER
                """);
    }

    @Bean
    SecurityFilterChain filterChain(
            HttpSecurity http, Refusals refusals, Accounts accounts, PasswordEncoder encoder, SignInAttempts attempts)
            throws Exception {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(encoder);
        AuthenticationManager signIn = new ProviderManager(new ThrottledSignIn(passwords, attempts));

        http.authenticationManager(signIn)
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/assets/**",
                                "/images/**",
                                "/favicon.ico",
                                "/error")
                        .permitAll()
                        .requestMatchers("/", "/sign-in", "/accessibility", "/reports", "/reports/**", "/robots.txt")
                        .permitAll()
                        .requestMatchers(PasswordController.PATH)
                        .authenticated()
                        .requestMatchers("/api/openapi/**", "/api/docs/**", "/api/swagger-ui/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/reports", "/api/reports/**")
                        .permitAll()
                        .requestMatchers(
                                HttpMethod.GET, "/meetings/new", "/meetings/*/pack-preview.pdf", "/meetings/*/items/**")
                        .hasRole("OFFICER")
                        // the public website: meetings, boards, documents and search (MeetingAccess hides drafts and
                        // Part II)
                        .requestMatchers(
                                HttpMethod.GET,
                                "/meetings",
                                "/meetings/**",
                                "/meetings.ics",
                                "/boards",
                                "/boards/**",
                                "/documents/**",
                                "/search",
                                "/api/meetings",
                                "/api/meetings/**",
                                "/api/opendata/**")
                        .permitAll()
                        // workforce equality: published returns (suppressed where small), national figures and the
                        // action plan are public
                        .requestMatchers(HttpMethod.GET, "/workforce/returns/new", "/workforce/import")
                        .hasRole("OFFICER")
                        .requestMatchers(HttpMethod.GET, "/workforce", "/workforce/**", "/api/workforce/**")
                        .permitAll()
                        // published assessments, the regional table and the improvement plan are public; drafts are
                        // filtered out
                        .requestMatchers(
                                HttpMethod.GET,
                                "/assurance",
                                "/assurance/assessments/**",
                                "/assurance/benchmark",
                                "/improvement",
                                "/improvement/**",
                                "/api/assurance/**")
                        .permitAll()
                        // public questions: residents ask without an account; officers decide and record them
                        .requestMatchers("/questions", "/questions/ask", "/questions/check", "/questions/sent")
                        .permitAll()
                        .requestMatchers("/questions/**")
                        .hasRole("OFFICER")
                        .requestMatchers(
                                HttpMethod.GET,
                                "/benchmark/import",
                                "/benchmark/imports",
                                "/benchmark/imports/**",
                                "/benchmark/council",
                                "/benchmark/indicators/*/settings")
                        .hasRole("OFFICER")
                        // approved benchmark indicators are public; Benchmarks answers "not found" for drafts to those
                        // who may not read them
                        .requestMatchers(HttpMethod.GET, "/benchmark", "/benchmark/**", "/api/benchmark/**")
                        .permitAll()
                        .requestMatchers("/admin/**", "/api/admin/**", "/api/imports/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/import/**", "/api/import/**")
                        .hasRole("OFFICER")
                        .requestMatchers(HttpMethod.GET, "/**")
                        .hasRole("MEMBER")
                        .anyRequest()
                        .hasRole("OFFICER"))
                // a refusal for too many attempts says how long to wait, in the same words whether or not the account
                // exists
                .formLogin(form -> form.loginPage("/sign-in")
                        .defaultSuccessUrl("/", false)
                        .permitAll()
                        .failureHandler((request, response, e) -> response.sendRedirect(
                                e instanceof TooManyAttempts tooMany
                                        ? "/sign-in?wait=" + tooMany.minutes()
                                        : "/sign-in?error")))
                .logout(out -> out.logoutUrl("/sign-out").logoutSuccessUrl("/?signed-out"))
                .httpBasic(basic -> basic.authenticationEntryPoint(refusals))
                // HTTP Basic is also tried before the CSRF check, so that the check knows whether the request's own
                // credentials signed it in; the later filter then finds it signed in and does nothing more
                .addFilterBefore(basicBeforeCsrf(signIn, refusals), CsrfFilter.class)
                .addFilterBefore(new PasswordChangeFirst(refusals), AuthorizationFilter.class)
                .exceptionHandling(refusals::configure)
                // an API call whose own valid HTTP Basic credentials signed it in cannot have been forged by another
                // site;
                // one that merely carries an Authorization header, or none and no cookie, gets no such pass
                .csrf(csrf -> csrf.ignoringRequestMatchers(request ->
                        API.matches(request) && Boolean.TRUE.equals(request.getAttribute(SIGNED_IN_BY_BASIC))))
                // written for every answer, kept public pages included, by SecurityHeaders
                .headers(headers -> headers.httpStrictTransportSecurity(hsts -> hsts.disable()));
        return http.build();
    }

    private static BasicAuthenticationFilter basicBeforeCsrf(AuthenticationManager signIn, Refusals refusals) {
        return new BasicAuthenticationFilter(signIn, refusals) {
            @Override
            protected void onSuccessfulAuthentication(
                    HttpServletRequest request, HttpServletResponse response, Authentication result) {
                request.setAttribute(SIGNED_IN_BY_BASIC, Boolean.TRUE);
            }
        };
    }
}
