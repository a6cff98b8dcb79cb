package org.scrutineer.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may do what. Public visitors read what is published; members read their boards; officers enter data
 * and publish; admins manage users and reference data. Forms carry CSRF tokens; API clients that send
 * HTTP Basic credentials are exempt because a browser cannot be tricked into sending those.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

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
    SecurityFilterChain filterChain(HttpSecurity http, Refusals refusals) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/webjars/**", "/css/**", "/js/**", "/assets/**", "/images/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/", "/sign-in", "/accessibility", "/reports", "/reports/**", "/robots.txt").permitAll()
                        .requestMatchers("/api/openapi/**", "/api/docs/**", "/api/swagger-ui/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/reports", "/api/reports/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/meetings/new", "/meetings/*/pack-preview.pdf", "/meetings/*/items/**").hasRole("OFFICER")
                        // the public website: meetings, boards, documents and search (MeetingAccess hides drafts and Part II)
                        .requestMatchers(HttpMethod.GET, "/meetings", "/meetings/**", "/meetings.ics", "/boards", "/boards/**",
                                "/documents/**", "/search", "/api/meetings", "/api/meetings/**").permitAll()
                        // published assessments, the regional table and the improvement plan are public; drafts are filtered out
                        .requestMatchers(HttpMethod.GET, "/assurance", "/assurance/assessments/**", "/assurance/benchmark",
                                "/improvement", "/improvement/**", "/api/assurance/**").permitAll()
                        .requestMatchers("/admin/**", "/api/admin/**").hasRole("ADMIN")
                        .requestMatchers("/import/**", "/api/import/**").hasRole("OFFICER")
                        .requestMatchers(HttpMethod.GET, "/**").hasRole("MEMBER")
                        .anyRequest().hasRole("OFFICER"))
                .formLogin(form -> form.loginPage("/sign-in").defaultSuccessUrl("/", false).failureUrl("/sign-in?error").permitAll())
                .logout(out -> out.logoutUrl("/sign-out").logoutSuccessUrl("/?signed-out"))
                .httpBasic(basic -> basic.authenticationEntryPoint(refusals))
                .exceptionHandling(refusals::configure)
                // API calls carrying their own credentials, or no cookies at all, cannot be forged by another site.
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getRequestURI().startsWith("/api/")
                        && (request.getHeader("Authorization") != null || request.getCookies() == null)))
                // written for every answer, kept public pages included, by SecurityHeaders
                .headers(headers -> headers.httpStrictTransportSecurity(hsts -> hsts.disable()));
        return http.build();
    }
}
