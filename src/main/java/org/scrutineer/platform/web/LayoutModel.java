package org.scrutineer.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.scrutineer.platform.ScrutineerProperties;
import org.scrutineer.platform.security.CurrentUser;
import org.scrutineer.platform.security.Role;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the council's name, who is signed in, and where we are. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
public class LayoutModel {
    private final ScrutineerProperties properties;

    public LayoutModel(ScrutineerProperties properties) {
        this.properties = properties;
    }

    @ModelAttribute("layout")
    public Layout layout(HttpServletRequest request) {
        return new Layout(properties.councilName(), CurrentUser.signedIn(), CurrentUser.name(),
                CurrentUser.hasRole(Role.MEMBER) || CurrentUser.hasRole(Role.OFFICER) || CurrentUser.hasRole(Role.ADMIN),
                CurrentUser.hasRole(Role.OFFICER) || CurrentUser.hasRole(Role.ADMIN),
                CurrentUser.hasRole(Role.ADMIN), request.getRequestURI());
    }

    public record Layout(String councilName, boolean signedIn, String userName, boolean member, boolean officer,
                         boolean admin, String path) {
        public boolean at(String prefix) {
            return prefix.equals("/") ? path.equals("/") : path.startsWith(prefix);
        }
    }
}
