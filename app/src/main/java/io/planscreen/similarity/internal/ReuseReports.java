package io.planscreen.similarity.internal;

import io.planscreen.similarity.ReuseSummary;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The stored reuse reports ({@code reuse_report}) and which company each stored plan came from. */
final class ReuseReports {

    private final JdbcClient jdbc;

    ReuseReports(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    void save(UUID application, String json) {
        jdbc.sql(
                        "insert into reuse_report (application_id, report_json) values (?, ?::jsonb) "
                                + "on conflict (application_id) do update set report_json = excluded.report_json, computed_at = now()")
                .params(application, json)
                .update();
    }

    Optional<String> report(UUID application) {
        return jdbc.sql("select report_json::text from reuse_report where application_id = ?")
                .param(application)
                .query(String.class)
                .optional();
    }

    /** The company of each stored application among these (the self-check counts companies, not plans). */
    Map<UUID, UUID> companiesOf(Collection<UUID> applications) {
        Map<UUID, UUID> out = new HashMap<>();
        if (applications.isEmpty()) {
            return out;
        }
        jdbc.sql(
                        "select application_id, company_id from reuse_plan where application_id = any(cast(string_to_array(?, ',') as uuid[]))")
                .param(uuids(applications))
                .query(rs -> {
                    out.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
                });
        return out;
    }

    /**
     * The report's headline figures, read out of the stored JSON in the database in one statement: the
     * passages and clusters (up to a hundred members with text per paragraph) never leave it.
     */
    Map<UUID, ReuseSummary> summaries(Collection<UUID> applications) {
        Map<UUID, ReuseSummary> out = new HashMap<>();
        if (applications.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                        select application_id,
                               coalesce((report_json ->> 'maxSimilarity')::double precision, 0),
                               coalesce((report_json ->> 'paragraphsReused')::int, 0),
                               coalesce((report_json ->> 'otherCompanies')::int, 0)
                        from reuse_report where application_id = any(cast(string_to_array(?, ',') as uuid[]))""").param(uuids(applications)).query(rs -> {
            out.put(rs.getObject(1, UUID.class), new ReuseSummary(rs.getDouble(2), rs.getInt(3), rs.getInt(4)));
        });
        return out;
    }

    /** The ids joined by commas, split in the database (JdbcClient binds no Java array as a SQL array). */
    private static String uuids(Collection<UUID> ids) {
        return ids.stream().distinct().map(UUID::toString).collect(Collectors.joining(","));
    }
}
