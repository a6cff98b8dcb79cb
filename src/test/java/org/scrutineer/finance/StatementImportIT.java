package org.scrutineer.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.scrutineer.finance.domain.StatementCheck;
import org.scrutineer.platform.imports.ImportRejected;
import org.scrutineer.platform.imports.RowError;
import org.scrutineer.support.ScrutineerTest;
import org.scrutineer.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Statement lines import whole or not at all, every bad row listed; a re-import replaces the statement, audited. */
@ScrutineerTest
class StatementImportIT {
    static final String HEADER =
            "department,as_at,position,section,label,kind,annual_budget,budget_to_date,actual_spend,variance,forecast_outturn\n";

    @Autowired
    StatementImport statementImport;

    @Autowired
    Statements statements;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    static ByteArrayInputStream csv(String body) {
        return new ByteArrayInputStream((HEADER + body).getBytes(StandardCharsets.UTF_8));
    }

    int rowCount() {
        return jdbc.sql("select count(*) from revenue_statement_row")
                .query(Integer.class)
                .single();
    }

    @Test
    void aGoodFileLandsAndAReimportReplaces() {
        long board = data.board("TEST-IMPF");
        var imported = statementImport.importFile(board, "s.csv", csv("""
                Imported Dept,2025-05-31,1,expenditure,Care,line,"1,000",100,120,-20,-50
                Imported Dept,2025-05-31,2,expenditure,Total Expenditure,total,1000,100,120,-20,-50
                """));
        assertThat(imported)
                .singleElement()
                .satisfies(s -> assertThat(StatementCheck.check(s)).isEmpty());
        statementImport.importFile(board, "s2.csv", csv("""
                Imported Dept,2025-05-31,1,expenditure,Care,line,1000,100,130,-30,-60
                Imported Dept,2025-05-31,2,expenditure,Total Expenditure,total,1000,100,130,-30,-60
                """));
        var stored = statements.all().stream()
                .filter(s -> s.statement().department().equals("Imported Dept"))
                .toList();
        assertThat(stored)
                .singleElement()
                .satisfies(s -> assertThat(s.statement().rows().get(0).printed().actualSpend())
                        .isEqualTo(130L));
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where entity_key = 'Imported Dept 2025-05-31' and action = 'update'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void everyBadRowIsListedAndNothingLands() {
        long board = data.board("TEST-IMPF");
        int before = rowCount();
        ImportRejected e = catchThrowableOfType(
                ImportRejected.class, () -> statementImport.importFile(board, "bad.csv", csv("""
                Bad Dept,31/05/2025,1,expenditure,Care,line,1000,100,120,-20,-50
                Bad Dept,2025-05-31,x,expenditure,Care,line,1000,100,120,-20,-50
                Bad Dept,2025-05-31,2,capital,Care,line,1000,100,120,-20,-50
                Bad Dept,2025-05-31,3,expenditure,Care,line,1000,1.5,120,-20,-50
                Bad Dept,2025-05-31,3,expenditure,Again,line,1000,100,120,-20,-50
                Bad Dept,2025-05-31,4,expenditure,Heading,heading,1,,,,
                """)));
        assertThat(e.errors())
                .extracting(RowError::line, RowError::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "as_at"),
                                org.assertj.core.groups.Tuple.tuple(3, "position"),
                        org.assertj.core.groups.Tuple.tuple(4, "section"),
                                org.assertj.core.groups.Tuple.tuple(5, "budget_to_date"),
                        org.assertj.core.groups.Tuple.tuple(6, "position"),
                                org.assertj.core.groups.Tuple.tuple(7, "kind"));
        assertThat(rowCount()).isEqualTo(before);
        assertThat(catchThrowableOfType(
                                ImportRejected.class,
                                () -> statementImport.importFile(
                                        board, "wrong.csv", new ByteArrayInputStream("dept,amount\nX,1\n".getBytes())))
                        .errors()
                        .get(0)
                        .reason())
                .startsWith("The columns must be department");
    }

    @Test
    void thePageListsTheProblems() throws Exception {
        data.board("TEST-IMPF");
        MockMultipartFile file = new MockMultipartFile(
                "file",
                "bad.csv",
                "text/csv",
                (HEADER + "Dept,2025-05-31,1,expenditure,Care,line,abc,1,1,0,0\n").getBytes());
        String page = mvc.perform(multipart("/finance/import")
                        .file(file)
                        .param("board", "TEST-IMPF")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(
                        "There is a problem",
                        "Nothing was imported",
                        "annual_budget",
                        "is not a whole number of £&#39;000");
    }
}
