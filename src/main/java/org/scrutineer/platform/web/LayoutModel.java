package org.scrutineer.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.scrutineer.platform.ScrutineerProperties;
import org.scrutineer.platform.security.Access;
import org.scrutineer.platform.security.CurrentUser;
import org.scrutineer.platform.security.Role;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the council's name, who is signed in, where we are, and today's date. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {
    private final ScrutineerProperties properties;
    private final java.time.Clock clock;
    private final Access access;

    public LayoutModel(ScrutineerProperties properties, java.time.Clock clock, Access access) {
        this.properties = properties;
        this.clock = clock;
        this.access = access;
    }

    @ModelAttribute("layout")
    public Layout layout(HttpServletRequest request) {
        if (CurrentUser.signedIn() && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            // the sign-out form in the header needs the token; load it (and the session it is kept in) now, before the
            // page is written, since a page's first few kilobytes may already be sent when the header's form is reached
            token.getToken();
        }
        return new Layout(
                properties.councilName(),
                CurrentUser.signedIn(),
                CurrentUser.name(),
                access.has(Role.MEMBER),
                access.has(Role.OFFICER),
                access.has(Role.ADMIN),
                // the path within the application, so that 'where we are' holds under a context path too
                request.getRequestURI().substring(request.getContextPath().length()),
                java.time.LocalDate.now(clock));
    }

    public record Layout(
            String councilName,
            boolean signedIn,
            String userName,
            boolean member,
            boolean officer,
            boolean admin,
            String path,
            java.time.LocalDate today) {
        public boolean at(String prefix) {
            return prefix.equals("/") ? path.equals("/") : path.startsWith(prefix);
        }
    }
}
