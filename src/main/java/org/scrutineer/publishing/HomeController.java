package org.scrutineer.publishing;

import org.scrutineer.performance.PriorityReports;
import org.scrutineer.platform.boards.Boards;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {
    private final Boards boards;
    private final PriorityReports reports;

    public HomeController(Boards boards, PriorityReports reports) {
        this.boards = boards;
        this.reports = reports;
    }

    @GetMapping("/")
    public String home(Model model) {
        model.addAttribute("boards", boards.all());
        model.addAttribute("published", reports.published());
        return "platform/home";
    }

    @GetMapping("/accessibility")
    public String accessibility() {
        return "platform/accessibility";
    }
}
