package org.scrutineer.platform.database;

import java.net.ConnectException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Notices when the database cannot be reached during a request, wherever that happens: Spring Session reading the
 * session, Spring Security looking up an account (which turns the failure into "wrong password"), a page cache, a
 * controller. {@code platform.web.ServiceUnavailable} then answers 503 instead of whatever those made of it. After the
 * first failure the rest of the request gets none of the pool's wait: one wait per request, not one per query.
 */
@Component
public class ConnectionFailures implements BeanPostProcessor {
    private static final ThreadLocal<boolean[]> WATCHED = new ThreadLocal<>();

    /** From now until the returned watch is closed, failures on this thread are noted. */
    public static Watch watch() {
        boolean[] outer = WATCHED.get();
        boolean[] failed = new boolean[1];
        WATCHED.set(failed);
        return new Watch(failed, outer);
    }

    /** One request's watch. */
    public static final class Watch implements AutoCloseable {
        private final boolean[] failed;
        private final boolean[] outer;

        private Watch(boolean[] failed, boolean[] outer) {
            this.failed = failed;
            this.outer = outer;
        }

        /** Whether the database could not be reached since the watch began. */
        public boolean failed() {
            return failed[0];
        }

        @Override
        public void close() {
            if (outer == null) {
                WATCHED.remove();
            } else {
                WATCHED.set(outer);
            }
        }
    }

    /** Whether the exception, or one of its causes, says the database cannot be reached (as opposed to a query's error). */
    public static boolean isConnectionFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException) {
                return true;
            }
            // 08: connection exception; 57P01-57P03: the server is shutting down, crashed or not yet accepting
            // connections
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
                return true;
            }
        }
        return false;
    }

    private static void noted(SQLException e) {
        boolean[] failed = WATCHED.get();
        if (failed != null && isConnectionFailure(e)) {
            failed[0] = true;
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource ds && !(bean instanceof Watching)) {
            return new Watching(ds);
        }
        return bean;
    }

    /** The application's DataSource, noting failures to connect. */
    static final class Watching extends DelegatingDataSource {
        Watching(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            boolean[] failed = WATCHED.get();
            if (failed != null && failed[0]) {
                throw new SQLTransientConnectionException(
                        "The database could not be reached earlier in this request", "08001");
            }
            try {
                return super.getConnection();
            } catch (SQLException e) {
                noted(e);
                throw e;
            }
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            try {
                return super.getConnection(username, password);
            } catch (SQLException e) {
                noted(e);
                throw e;
            }
        }
    }
}
