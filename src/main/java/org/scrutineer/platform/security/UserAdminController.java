package org.scrutineer.platform.security;

import java.util.List;
import java.util.Map;
import org.scrutineer.platform.audit.AuditTrail;
import org.scrutineer.platform.boards.Boards;
import org.scrutineer.platform.web.FormErrors;
import org.scrutineer.platform.web.NotFound;
import org.scrutineer.platform.web.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins add accounts, say which boards a councillor sits on, and disable an account or enable it again. */
@Controller
class UserAdminController {
    private final Accounts accounts;
    private final Boards boards;
    private final AuditTrail audit;
    private final Texts texts;

    public UserAdminController(Accounts accounts, Boards boards, AuditTrail audit, Texts texts) {
        this.accounts = accounts;
        this.boards = boards;
        this.audit = audit;
        this.texts = texts;
    }

    @GetMapping("/admin/users")
    public String users(Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("boards", boards.all());
        model.addAttribute("roles", Role.values());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", new FormErrors());
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new UserForm("", "", "MEMBER", List.of()));
        }
        return "platform/users";
    }

    @PostMapping("/admin/users")
    @Transactional
    public String add(
            @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String displayName,
            @RequestParam(defaultValue = "") String role,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(required = false) List<String> boardCodes,
            Model model,
            RedirectAttributes redirect) {
        List<String> chosen = boardCodes == null ? List.of() : boardCodes;
        FormErrors errors = new FormErrors();
        String name = username.trim();
        if (!Accounts.USERNAME.matcher(name).matches()) {
            errors.add("username", texts.get("platform.users.username.invalid"));
        } else if (accounts.all().stream().anyMatch(a -> a.username().equalsIgnoreCase(name))) {
            errors.add("username", texts.get("platform.users.username.taken", name));
        }
        if (displayName.isBlank()) {
            errors.add("displayName", texts.get("platform.users.displayName.required"));
        }
        Role r = null;
        try {
            r = Role.valueOf(role);
        } catch (IllegalArgumentException e) {
            errors.add("role", texts.get("platform.users.role.required"));
        }
        PasswordRule.problem(password, name).ifPresent(problem -> errors.add("password", problem));
        if (errors.any()) {
            model.addAttribute("errors", errors);
            model.addAttribute("form", new UserForm(name, displayName, role, chosen));
            return users(model);
        }
        accounts.create(name, displayName.trim(), password, r);
        chosen.forEach(code -> accounts.grantBoard(name, code));
        audit.created(
                "user:" + name,
                "app_user",
                name,
                Map.of("displayName", displayName.trim(), "role", r.name(), "boards", chosen));
        redirect.addFlashAttribute("message", texts.get("platform.users.added", name));
        return "redirect:/admin/users";
    }

    /**
     * Disables an account, or enables it again. A disabled account cannot sign in, by the form or HTTP Basic, from its
     * next request on, and its browser sessions end at once. An administrator cannot disable their own account, nor the
     * last enabled administrator's.
     */
    @PostMapping("/admin/users/{username}/enabled")
    @Transactional
    public String setEnabled(
            @PathVariable String username,
            @RequestParam(defaultValue = "") String enabled,
            RedirectAttributes redirect) {
        Accounts.Account account =
                accounts.byUsername(username).orElseThrow(() -> new NotFound("No account " + username));
        boolean enable = Boolean.parseBoolean(enabled);
        FormErrors errors = new FormErrors();
        String field = "enabled-" + account.username(); // the row's button
        if (!enabled.equals("true") && !enabled.equals("false")) {
            errors.add(field, texts.get("platform.users.enabled.required", username));
        } else if (!enable && account.username().equals(CurrentUser.name())) {
            errors.add(field, texts.get("platform.users.enabled.own"));
        } else if (!enable
                && account.role() == Role.ADMIN
                && account.enabled()
                && accounts.enabledAdministrators() <= 1) {
            errors.add(field, texts.get("platform.users.enabled.lastAdministrator", username));
        }
        if (errors.any()) {
            redirect.addFlashAttribute("errors", errors);
            return "redirect:/admin/users";
        }
        if (account.enabled() == enable) {
            redirect.addFlashAttribute(
                    "message",
                    texts.get(enable ? "platform.users.alreadyEnabled" : "platform.users.alreadyDisabled", username));
            return "redirect:/admin/users";
        }
        accounts.setEnabled(username, enable);
        int ended = enable ? 0 : accounts.endSessions(username, null);
        audit.updated(
                "user:" + username,
                "app_user",
                username,
                Map.of("enabled", !enable),
                enable ? Map.of("enabled", true) : Map.of("enabled", false, "sessionsEnded", ended));
        redirect.addFlashAttribute(
                "message",
                enable
                        ? texts.get("platform.users.enabled", username)
                        : texts.get(
                                ended == 1 ? "platform.users.disabled.oneSession" : "platform.users.disabled",
                                username,
                                ended));

        return "redirect:/admin/users";
    }

    public record UserForm(String username, String displayName, String role, List<String> boardCodes) {}
}
