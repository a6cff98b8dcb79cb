package org.scrutineer.platform.security;

import java.util.List;
import java.util.Map;
import org.scrutineer.platform.audit.AuditTrail;
import org.scrutineer.platform.boards.Boards;
import org.scrutineer.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins add accounts and say which boards a councillor sits on. */
@Controller
public class UserAdminController {
    static final int MIN_PASSWORD = 12;
    private final Accounts accounts;
    private final Boards boards;
    private final AuditTrail audit;

    public UserAdminController(Accounts accounts, Boards boards, AuditTrail audit) {
        this.accounts = accounts;
        this.boards = boards;
        this.audit = audit;
    }

    @GetMapping("/admin/users")
    public String users(Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("boards", boards.all());
        model.addAttribute("roles", Role.values());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", new FormErrors());
            model.addAttribute("form", new UserForm("", "", "MEMBER", List.of()));
        }
        return "platform/users";
    }

    @PostMapping("/admin/users")
    @Transactional
    public String add(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String displayName,
                      @RequestParam(defaultValue = "") String role, @RequestParam(defaultValue = "") String password,
                      @RequestParam(required = false) List<String> boardCodes, Model model, RedirectAttributes redirect) {
        List<String> chosen = boardCodes == null ? List.of() : boardCodes;
        FormErrors errors = new FormErrors();
        String name = username.trim();
        if (!name.matches("[a-z0-9._-]{3,40}")) {
            errors.add("username", "Enter a username of 3 to 40 lower-case letters, digits, dots, dashes or underscores");
        } else if (accounts.all().stream().anyMatch(a -> a.username().equalsIgnoreCase(name))) {
            errors.add("username", "There is already an account called " + name);
        }
        if (displayName.isBlank()) {
            errors.add("displayName", "Enter the person's name");
        }
        Role r = null;
        try {
            r = Role.valueOf(role);
        } catch (IllegalArgumentException e) {
            errors.add("role", "Select a role");
        }
        if (password.length() < MIN_PASSWORD) {
            errors.add("password", "Enter a password of at least " + MIN_PASSWORD + " characters");
        }
        if (errors.any()) {
            model.addAttribute("errors", errors);
            model.addAttribute("form", new UserForm(name, displayName, role, chosen));
            return users(model);
        }
        accounts.create(name, displayName.trim(), password, r);
        chosen.forEach(code -> accounts.grantBoard(name, code));
        audit.created("user:" + name, "app_user", name, Map.of("displayName", displayName.trim(), "role", r.name(), "boards", chosen));
        redirect.addFlashAttribute("message", "Account " + name + " added");
        return "redirect:/admin/users";
    }

    public record UserForm(String username, String displayName, String role, List<String> boardCodes) {
    }
}
