package org.scrutineer.performance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scrutineer.platform.boards.Board;
import org.scrutineer.platform.boards.Boards;
import org.scrutineer.platform.web.FormErrors;
import org.scrutineer.platform.web.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Reference data for admins: boards and the service areas in each board's remit. */
@Controller
class ServiceAreaAdminController {
    private static final String CODE = "[A-Z0-9-]{2,20}";
    private final Boards boards;
    private final PerformanceRepository repository;
    private final Remits remits;
    private final Texts texts;

    public ServiceAreaAdminController(Boards boards, PerformanceRepository repository, Remits remits, Texts texts) {
        this.boards = boards;
        this.repository = repository;
        this.remits = remits;
        this.texts = texts;
    }

    @GetMapping("/admin/boards")
    public String page(Model model) {
        Map<Board, List<ServiceArea>> remit = new LinkedHashMap<>();
        boards.all().forEach(b -> remit.put(b, repository.serviceAreas(b.id())));
        model.addAttribute("remit", remit);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", new FormErrors());
        }
        return "platform/boards";
    }

    @PostMapping("/admin/boards")
    public String addBoard(
            @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String shortName,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        String c = code.trim().toUpperCase();
        if (!c.matches(CODE)) {
            errors.add("board-code", texts.get("performance.board.code.invalid"));
        } else if (boards.byCode(c).isPresent()) {
            errors.add("board-code", texts.get("performance.board.code.taken", c));
        }
        if (name.isBlank()) {
            errors.add("board-name", texts.get("performance.board.name.required"));
        }
        if (errors.any()) {
            redirect.addFlashAttribute("errors", errors);
            return "redirect:/admin/boards";
        }
        String shortText = shortName.isBlank() ? name.trim() : shortName.trim();
        remits.addBoard(c, name.trim(), shortText);
        redirect.addFlashAttribute("message", texts.get("performance.board.added", c));
        return "redirect:/admin/boards";
    }

    @PostMapping("/admin/service-areas")
    public String addServiceArea(
            @RequestParam(defaultValue = "") String board,
            @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String name,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        String c = code.trim().toUpperCase();
        Board b = boards.byCode(board).orElse(null);
        if (b == null) {
            errors.add("area-board", texts.get("performance.serviceArea.board.required"));
        }
        if (!c.matches(CODE)) {
            errors.add("area-code", texts.get("performance.serviceArea.code.invalid"));
        } else if (repository.serviceArea(c).isPresent()) {
            errors.add("area-code", texts.get("performance.serviceArea.code.taken", c));
        }
        if (name.isBlank()) {
            errors.add("area-name", texts.get("performance.serviceArea.name.required"));
        }
        if (errors.any()) {
            redirect.addFlashAttribute("errors", errors);
            return "redirect:/admin/boards";
        }
        remits.addServiceArea(b, c, name.trim());
        redirect.addFlashAttribute("message", texts.get("performance.serviceArea.added", c, b.name()));

        return "redirect:/admin/boards";
    }
}
