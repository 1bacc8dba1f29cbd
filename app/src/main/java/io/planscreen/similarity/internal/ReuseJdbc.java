package io.planscreen.similarity.internal;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Plain JDBC on a data source, joining Spring's transaction when there is one, so the benchmark drives the
 * reuse tables' code without a Spring context.
 */
final class ReuseJdbc {

    private ReuseJdbc() {}

    interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    static <T> T withConnection(DataSource dataSource, SqlWork<T> work) {
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException("reuse storage failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }

    static Long[] boxed(long[] values) {
        Long[] out = new Long[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }

    static String literal(float[] vector) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < vector.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(vector[i]);
        }
        return b.append(']').toString();
    }
}
