package org.scrutineer.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scrutineer.platform.audit.AuditAction;
import org.scrutineer.platform.audit.AuditTrail;
import org.scrutineer.platform.web.FormErrors;
import org.scrutineer.platform.web.Texts;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Anyone signed in changes their own password: the current one, then the new one twice. The change is audited (never
 * the password), the account's other sessions end, and an account that had to change its password may go on.
 */
@Controller
class PasswordController {
    static final String PATH = "/account/password";
    private final Accounts accounts;
    private final SignInAttempts attempts;
    private final AuditTrail audit;
    private final Texts texts;

    public PasswordController(Accounts accounts, SignInAttempts attempts, AuditTrail audit, Texts texts) {
        this.accounts = accounts;
        this.attempts = attempts;
        this.audit = audit;
        this.texts = texts;
    }

    @GetMapping(PATH)
    public String form(CsrfToken csrf, Model model) {
        csrf.getToken(); // kept in the session now, not when the form is reached with part of the page already sent
        model.addAttribute(
                "mustChange", mustChange(SecurityContextHolder.getContext().getAuthentication()));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", new FormErrors());
        }
        return "platform/password";
    }

    @PostMapping(PATH)
    public String change(
            @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword,
            @RequestParam(defaultValue = "") String confirmPassword,
            CsrfToken csrf,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        String username = CurrentUser.name();
        String address = request.getRemoteAddr();
        FormErrors errors = new FormErrors();
        Optional<Duration> wait = attempts.wait(username, address);
        if (currentPassword.isEmpty()) {
            errors.add("currentPassword", texts.get("platform.password.currentPassword.required"));
        } else if (wait.isPresent()) {
            errors.add("currentPassword", TooManyAttempts.message(AttemptLimit.minutes(wait.get())));
        } else if (!accounts.passwordMatches(username, currentPassword)) {
            // a guess at the password from a signed-in session counts against the account as a failed sign-in would
            attempts.failed(username, address, "wrong current password on the password change page");
            errors.add("currentPassword", texts.get("platform.password.currentPassword.wrong"));
        }
        Optional<String> problem = PasswordRule.problem(newPassword, username);
        if (problem.isPresent()) {
            errors.add("newPassword", problem.get());
        } else if (newPassword.equals(currentPassword)) {
            errors.add("newPassword", texts.get("platform.password.newPassword.same"));
        }
        if (confirmPassword.isEmpty()) {
            errors.add("confirmPassword", texts.get("platform.password.confirmPassword.required"));
        } else if (!confirmPassword.equals(newPassword)) {
            errors.add("confirmPassword", texts.get("platform.password.confirmPassword.different"));
        }
        if (errors.any()) {
            model.addAttribute("errors", errors);
            return form(csrf, model);
        }
        accounts.changePassword(username, newPassword);
        HttpSession session = request.getSession(false);
        int ended = accounts.endSessions(username, session == null ? null : session.getId());
        audit.record(
                "user:" + username,
                AuditAction.UPDATE,
                "app_user",
                username,
                null,
                Map.of("password", "changed by the account's holder", "otherSessionsEnded", ended),
                null);
        signedInWithoutChangeDue(request, response);
        redirect.addFlashAttribute("message", texts.get("platform.password.changed"));

        return "redirect:" + PATH;
    }

    /** The session goes on signed in, no longer held to change the password, under a new session id. */
    private static void signedInWithoutChangeDue(HttpServletRequest request, HttpServletResponse response) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (!mustChange(auth)) {
            return;
        }
        List<GrantedAuthority> kept = auth.getAuthorities().stream()
                .filter(a -> !Accounts.MUST_CHANGE_PASSWORD.equals(a.getAuthority()))
                .map(a -> (GrantedAuthority) a)
                .toList();
        UsernamePasswordAuthenticationToken updated =
                UsernamePasswordAuthenticationToken.authenticated(auth.getPrincipal(), null, kept);
        updated.setDetails(auth.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(updated);
        SecurityContextHolder.setContext(context);
        if (request.getSession(false) != null) {
            request.changeSessionId();
            new HttpSessionSecurityContextRepository().saveContext(context, request, response);
        }
    }

    private static boolean mustChange(Authentication auth) {
        return auth != null
                && auth.getAuthorities().stream().anyMatch(a -> Accounts.MUST_CHANGE_PASSWORD.equals(a.getAuthority()));
    }
}
