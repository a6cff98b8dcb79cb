package org.scrutineer.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.scrutineer.finance.Statements;
import org.scrutineer.meetings.BoardReports;
import org.scrutineer.performance.domain.Period;
import org.scrutineer.platform.boards.Board;
import org.scrutineer.platform.boards.Boards;
import org.scrutineer.support.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The number of SQL statements a Priority Based Report and the list of board reports cost, counted on a data source
 * that counts every statement prepared: a fixed number, not one or six more for each report or service area.
 */
@ScrutineerTest
class QueryCountIT {
    @Autowired
    DataSource dataSource;

    @Autowired
    Boards boards;

    @Autowired
    org.scrutineer.platform.ScrutineerProperties properties;

    final AtomicInteger statements = new AtomicInteger();

    JdbcClient counting() {
        DataSource counted = new DelegatingDataSource(dataSource) {
            @Override
            public Connection getConnection() throws SQLException {
                Connection c = super.getConnection();
                return (Connection) Proxy.newProxyInstance(
                        Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                            if (method.getName().equals("prepareStatement")
                                    || method.getName().equals("createStatement")
                                    || method.getName().equals("prepareCall")) {
                                statements.incrementAndGet();
                            }
                            try {
                                return method.invoke(c, args);
                            } catch (java.lang.reflect.InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }
        };
        return JdbcClient.create(counted);
    }

    @Test
    void aPriorityBasedReportIsBuiltInAFixedNumberOfQueries() {
        JdbcClient jdbc = counting();
        PriorityReports counted = new PriorityReports(
                new PerformanceRepository(jdbc),
                properties,
                jdbc,
                null,
                null,
                null,
                null,
                new Statements(jdbc),
                null,
                new EnglandColumn(jdbc, null, null));
        Board board = boards.byCode("HSC-PPB").orElseThrow();
        int areas = new PerformanceRepository(JdbcClient.create(dataSource))
                .serviceAreas(board.id())
                .size();
        statements.set(0);
        counted.build(board, Period.parse("Q1 2025/26"));
        System.out.println("QueryCountIT: Priority Based Report of " + board.code() + " (" + areas + " service areas): "
                + statements.get() + " statements");
        assertThat(areas).isGreaterThan(1);
        // 10, and one more for whether the board shows England's column
        assertThat(statements.get()).isLessThanOrEqualTo(11);
    }

    @Test
    void everyBoardReportIsReadInTwoQueries() {
        BoardReports counted = new BoardReports(counting());
        statements.set(0);
        int n = counted.all().size();
        System.out.println(
                "QueryCountIT: BoardReports.all() of " + n + " reports: " + statements.get() + " statements");
        assertThat(n).isGreaterThan(1);
        assertThat(statements.get()).isEqualTo(2);
    }
}
