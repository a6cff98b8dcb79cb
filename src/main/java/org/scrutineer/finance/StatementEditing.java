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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An officer's changes to the budget statements and the savings programme: each written and audited in one
 * transaction, and only when it changes something. The controller turns a form into one call here.
 */
@Service
@Transactional
class StatementEditing {
    private final Statements statements;
    private final FinanceTables tables;
    private final AuditTrail audit;

    StatementEditing(Statements statements, FinanceTables tables, AuditTrail audit) {
        this.statements = statements;
        this.tables = tables;
        this.audit = audit;
    }

    static String scope(long id) {
        return "statement:" + id;
    }

    /** A corrected line: the four figures entered, the variance worked out from them as every statement prints it. */
    void correctLine(
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

    void saveCommentary(Statements.Stored s, String text) {
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

    void chooseCommentaryFigures(Statements.Stored s, CommentaryFigures chosen) {
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
    int acceptWorkedOutTotals(Statements.Stored s) {
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

    void recordSavingProgress(SavingProposal proposal, ProgressStatus s) {
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
