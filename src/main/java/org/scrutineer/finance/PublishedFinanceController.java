package org.scrutineer.finance;

import org.scrutineer.meetings.MeetingAccess;
import org.scrutineer.meetings.Meetings;
import org.scrutineer.meetings.domain.Meeting;
import org.scrutineer.platform.web.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The finance published with a meeting's agenda pack, for everyone: each Part I paper's statements, summary tables,
 * savings and text checks, and what two papers both state, as frozen when the pack was published. Public from the
 * agenda's publication date, as the meeting page is (MeetingAccess); a version is kept at its address for good.
 */
@Controller
class PublishedFinanceController {
    private final Meetings meetings;
    private final MeetingAccess access;
    private final PublishedFinance published;

    public PublishedFinanceController(Meetings meetings, MeetingAccess access, PublishedFinance published) {
        this.meetings = meetings;
        this.access = access;
        this.published = published;
    }

    @GetMapping("/meetings/{key}/finance")
    public String index(@PathVariable String key, @RequestParam(required = false) Integer version, Model model) {
        snapshot(key, version, model);
        model.addAttribute("versions", published.versions(meetings.idOf(key).orElseThrow()));
        return "finance/published";
    }

    @GetMapping("/meetings/{key}/finance/{paper}")
    public String paper(
            @PathVariable String key,
            @PathVariable String paper,
            @RequestParam(required = false) Integer version,
            Model model) {
        paper(snapshot(key, version, model), paper, model);
        return "finance/published-paper";
    }

    @GetMapping("/meetings/{key}/finance/{paper}/statements/{statement}")
    public String statement(
            @PathVariable String key,
            @PathVariable String paper,
            @PathVariable String statement,
            @RequestParam(required = false) Integer version,
            Model model) {
        FinancePapers.Paper p = paper(snapshot(key, version, model), paper, model);
        FinancePapers.Named<StatementView> s = p.statement(statement);
        if (s == null) {
            throw new NotFound("No statement " + statement + " in " + p.subject());
        }
        model.addAttribute("statement", s.view());
        return "finance/published-statement";
    }

    @GetMapping("/meetings/{key}/finance/{paper}/tables/{table}")
    public String table(
            @PathVariable String key,
            @PathVariable String paper,
            @PathVariable String table,
            @RequestParam(required = false) Integer version,
            Model model) {
        FinancePapers.Paper p = paper(snapshot(key, version, model), paper, model);
        FinancePapers.Named<TableView> t = p.table(table);
        if (t == null) {
            throw new NotFound("No table " + table + " in " + p.subject());
        }
        model.addAttribute("table", t.view());
        return "finance/published-table";
    }

    @GetMapping("/meetings/{key}/finance/{paper}/savings")
    public String savings(
            @PathVariable String key,
            @PathVariable String paper,
            @RequestParam(required = false) Integer version,
            Model model) {
        FinancePapers.Paper p = paper(snapshot(key, version, model), paper, model);
        if (p.savings() == null) {
            throw new NotFound("No savings programme in " + p.subject());
        }
        model.addAttribute("savings", p.savings());
        return "finance/published-savings";
    }

    /** The published finance of a meeting the person asking may see; "not found" for anything else, Part II included. */
    private PublishedFinance.Snapshot snapshot(String key, Integer version, Model model) {
        Meeting m = meetings.byKey(key).orElseThrow(() -> new NotFound("No meeting " + key));
        if (!access.view(m).agendaVisible()) {
            throw new NotFound("No published finance for " + key);
        }
        PublishedFinance.Snapshot s = published
                .of(m.id(), version)
                .orElseThrow(() -> new NotFound("No finance was published with the agenda pack of " + key));
        model.addAttribute("snapshot", s);
        model.addAttribute("base", "/meetings/" + key + "/finance");
        model.addAttribute("versionQuery", "?version=" + s.version());
        return s;
    }

    private static FinancePapers.Paper paper(PublishedFinance.Snapshot s, String slug, Model model) {
        FinancePapers.Paper p = s.paper(slug);
        if (p == null) {
            throw new NotFound("No paper " + slug + " was published with this agenda pack");
        }
        model.addAttribute("paper", p);
        return p;
    }
}
