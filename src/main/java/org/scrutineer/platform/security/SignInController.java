package org.scrutineer.platform.security;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page, with what went wrong last time: the username or password, or too many attempts. */
@Controller
class SignInController {
    /** A wait longer than the limits allow is not one Scrutineer asked for: the address was made up. */
    private static final long LONGEST_WAIT = SignInAttempts.PER_ACCOUNT.within().toMinutes();

    @GetMapping("/sign-in")
    public String signIn(@RequestParam(required = false) String wait, CsrfToken csrf, Model model) {
        csrf.getToken(); // kept in the session now, not when the form is reached with part of the page already sent
        Long minutes = null;
        if (wait != null && wait.matches("\\d{1,2}")) {
            long m = Long.parseLong(wait);
            minutes = m >= 1 && m <= LONGEST_WAIT ? m : null;
        }
        model.addAttribute("tooMany", minutes == null ? null : TooManyAttempts.message(minutes));
        return "platform/sign-in";
    }
}
