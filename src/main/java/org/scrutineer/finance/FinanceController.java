package org.scrutineer.finance;

import org.scrutineer.platform.web.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Revenue budget statements with their checks, for members and officers. */
@Controller
public class FinanceController {
    private final Statements statements;

    public FinanceController(Statements statements) {
        this.statements = statements;
    }

    @GetMapping("/finance")
    public String list(Model model) {
        model.addAttribute("statements", statements.all().stream().map(s -> StatementView.of(s.id(), s.statement())).toList());
        return "finance/statements";
    }

    @GetMapping("/finance/statements/{id}")
    public String show(@PathVariable long id, Model model) {
        Statements.Stored s = statements.byId(id).orElseThrow(() -> new NotFound("No statement " + id));
        model.addAttribute("statement", StatementView.of(s.id(), s.statement()));
        return "finance/statement";
    }
}
