package org.scrutineer.finance;

import java.util.Map;
import org.scrutineer.finance.domain.Amounts;
import org.scrutineer.finance.domain.CommentaryFigures;
import org.scrutineer.finance.domain.RowKind;
import org.scrutineer.finance.domain.SavingProposal;
import org.scrutineer.finance.domain.StatementRow;
import org.scrutineer.finance.domain.StatementTotals;
import org.scrutineer.platform.audit.AuditTrail;
import org.scrutineer.platform.progress.ProgressStatus;
import org.scrutineer.platform.security.Access;
import org.scrutineer.platform.web.FormErrors;
import org.scrutineer.platform.web.FormRefused;
import org.scrutineer.platform.web.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An officer's changes to the budget statements and the savings programme: each written and audited in one
 * transaction, and only when it changes something. The controller turns a form into one call here; a form with
 * something wrong in it is refused ({@link FormRefused}) with nothing written.
 */
@Service
@Transactional
class StatementEditing {
    private final Statements statements;
    private final FinanceTables tables;
    private final AuditTrail audit;
    private final Access access;

    StatementEditing(Statements statements, FinanceTables tables, AuditTrail audit, Access access) {
        this.statements = statements;
        this.tables = tables;
        this.audit = audit;
        this.access = access;
    }

    /** The four figures of a line's form, as typed. */
    record LineForm(String annualBudget, String budgetToDate, String actualSpend, String forecastOutturn) {}

    /** Corrects a line of a statement the officer may read from its form; the line's label. */
    String correctLine(long id, int position, LineForm form) {
        Statements.Stored s = FinancePages.readable(statements, access, id);
        StatementRow row = FinancePages.line(s, position);
        FormErrors errors = new FormErrors();
        Long a = thousands(errors, "annualBudget", "Annual budget", form.annualBudget());
        Long b = thousands(errors, "budgetToDate", "Budget to date", form.budgetToDate());
        Long c = thousands(errors, "actualSpend", "Actual spend", form.actualSpend());
        Long f = thousands(errors, "forecastOutturn", "Forecast outturn", form.forecastOutturn());
        FormRefused.ifAny(errors);
        correctLine(s, row, a, b, c, f);
        return row.label();
    }

    /** Whole £'000, as officers type them: 1,234 or -1,234 or (1,234). */
    static Long thousands(FormErrors errors, String field, String name, String text) {
        String t = text.trim().replace(",", "").replace("£", "");
        boolean bracketed = t.startsWith("(") && t.endsWith(")");
        if (bracketed) {
            t = "-" + t.substring(1, t.length() - 1).trim();
        }
        if (t.isEmpty()) {
            errors.add(field, "Enter the " + name.toLowerCase() + " in £'000, for example 1,340");
            return null;
        }
        if (!t.matches("-?\\d{1,12}")) {
            errors.add(field, name + " must be a whole number of £'000, like 1,340 or -729");
            return null;
        }
        return Long.parseLong(t);
    }

    /** The officer's commentary under a statement, at most 4000 characters. */
    void saveCommentary(long id, String commentary) {
        Statements.Stored s = FinancePages.readable(statements, access, id);
        String text = commentary.trim();
        if (text.isEmpty() || text.length() > 4000) {
            throw FormRefused.of(
                    "commentary",
                    text.isEmpty() ? "Enter the commentary" : "Commentary must be 4000 characters or fewer");
        }
        saveCommentary(s, text);
    }

    /** Which figures the suggested commentary is worded from, by the choice's name; the choice. */
    CommentaryFigures chooseCommentaryFigures(long id, String figures) {
        Statements.Stored s = FinancePages.readable(statements, access, id);
        CommentaryFigures chosen;
        try {
            chosen = CommentaryFigures.valueOf(figures);
        } catch (IllegalArgumentException e) {
            throw FormRefused.of("figures", "Select which figures the commentary is worded from");
        }
        chooseCommentaryFigures(s, chosen);
        return chosen;
    }

    /** The totals of a statement the officer may read replaced by those worked out from its lines; how many rows changed. */
    int acceptWorkedOutTotals(long id) {
        return acceptWorkedOutTotals(FinancePages.readable(statements, access, id));
    }

    /** A savings proposal and the progress recorded for it. */
    record SavingProgress(SavingProposal proposal, ProgressStatus status) {}

    /** Records a savings proposal's progress on the three-state scale, by the status's name. */
    SavingProgress recordSavingProgress(long id, String status) {
        SavingProposal proposal = tables.proposals().stream()
                .filter(p -> p.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFound("No savings proposal " + id));
        ProgressStatus s;
        try {
            s = ProgressStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw FormRefused.of("status-" + id, "Select the progress of " + proposal.serviceArea());
        }
        recordSavingProgress(proposal, s);
        return new SavingProgress(proposal, s);
    }

    static String scope(long id) {
        return "statement:" + id;
    }

    /** A corrected line: the four figures entered, the variance worked out from them as every statement prints it. */
    private void correctLine(
            Statements.Stored s,
            StatementRow row,
            long annualBudget,
            long budgetToDate,
            long actualSpend,
            long forecastOutturn) {
        Amounts now = Amounts.entered(annualBudget, budgetToDate, actualSpend, forecastOutturn);
        if (!now.equals(row.printed())) {
            statements.updateRow(s.id(), row.position(), now);
            audit.updated(
                    scope(s.id()),
                    "revenue_statement_row",
                    s.statement().department() + ": " + row.label(),
                    row.printed(),
                    now);
        }
    }

    private void saveCommentary(Statements.Stored s, String text) {
        if (!text.equals(s.commentary())) {
            statements.saveCommentary(s.id(), text);
            audit.saved(
                    scope(s.id()),
                    "statement_commentary",
                    s.statement().department(),
                    s.commentary() == null ? null : Map.of("commentary", s.commentary()),
                    Map.of("commentary", text));
        }
    }

    private void chooseCommentaryFigures(Statements.Stored s, CommentaryFigures chosen) {
        if (chosen != s.commentaryFigures()) {
            statements.saveCommentaryFigures(s.id(), chosen);
            audit.updated(
                    scope(s.id()),
                    "statement_commentary_figures",
                    s.statement().department(),
                    Map.of("commentaryFigures", s.commentaryFigures().name()),
                    Map.of("commentaryFigures", chosen.name()));
        }
    }

    /** Replaces the totals as entered with those worked out from the lines; answers how many rows changed. */
    private int acceptWorkedOutTotals(Statements.Stored s) {
        Map<Integer, Amounts> computed = StatementTotals.compute(s.statement());
        int changed = 0;
        for (StatementRow r : s.statement().rows()) {
            Amounts now = computed.get(r.position());
            if (r.kind() != RowKind.HEADING && now != null && !now.equals(r.printed())) {
                statements.updateRow(s.id(), r.position(), now);
                audit.updated(
                        scope(s.id()),
                        "revenue_statement_row",
                        s.statement().department() + ": " + r.label(),
                        r.printed(),
                        now);
                changed++;
            }
        }
        return changed;
    }

    private void recordSavingProgress(SavingProposal proposal, ProgressStatus s) {
        if (s != proposal.status()) {
            tables.saveStatus(proposal.id(), s);
            audit.updated(
                    "savings:" + proposal.id(),
                    "saving_proposal",
                    proposal.department() + ": " + proposal.serviceArea(),
                    Map.of("status", proposal.status().name()),
                    Map.of("status", s.name()));
        }
    }
}
