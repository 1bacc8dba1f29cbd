package io.planscreen.similarity.internal;

import io.planscreen.ml.reuse.PlanReuse;
import io.planscreen.ml.reuse.PlanSignature;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The whole-plan signature tables ({@code reuse_plan_signature}, {@code reuse_plan_band}): written with the
 * plan by {@link ReuseStore#store}, read by the whole-plan lookup and the neighbourhood, backfilled at
 * start-up.
 */
final class PlanSignatureRows {

    private final DataSource dataSource;

    PlanSignatureRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The whole-plan signature and its band keys (none for a plan without text); stored_at defaults to the
     * transaction's now(), the plan row's.
     */
    static void insert(Connection c, UUID application, UUID company, String program, PlanSignature signature)
            throws SQLException {
        if (signature.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(
                "insert into reuse_plan_signature (application_id, company_id, program_id, signature) values (?, ?, ?, ?)")) {
            s.setObject(1, application);
            s.setObject(2, company);
            s.setString(3, program);
            s.setBytes(4, signature.toBytes());
            s.executeUpdate();
        }
        long[] keys = signature.bandKeys();
        try (PreparedStatement s = c.prepareStatement(
                "insert into reuse_plan_band (band_key, application_id) select k, ? from unnest(?::bigint[]) as k")) {
            s.setObject(1, application);
            s.setArray(2, c.createArrayOf("bigint", ReuseJdbc.boxed(keys)));
            s.executeUpdate();
        }
    }

    /** The band rows of the application's earlier whole-plan signature, found through its own band keys. */
    static void deleteBands(Connection c, UUID application) throws SQLException {
        PlanSignature old = null;
        try (PreparedStatement s =
                c.prepareStatement("select signature from reuse_plan_signature where application_id = ?")) {
            s.setObject(1, application);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    old = PlanSignature.fromBytes(rs.getBytes(1));
                }
            }
        }
        if (old == null) {
            return;
        }
        try (PreparedStatement s =
                c.prepareStatement("delete from reuse_plan_band where band_key = any(?) and application_id = ?")) {
            s.setArray(1, c.createArrayOf("bigint", ReuseJdbc.boxed(old.bandKeys())));
            s.setObject(2, application);
            s.executeUpdate();
        }
    }

    /**
     * Up to {@code limit} stored applications without a whole-plan signature (stored before V5_5, or
     * without text), by application id after {@code after} (null: from the first).
     */
    public List<UUID> plansWithoutSignature(@Nullable UUID after, int limit) {
        return ReuseJdbc.withConnection(dataSource, c -> {
            List<UUID> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("select p.application_id from reuse_plan p "
                    + "where (cast(? as uuid) is null or p.application_id > ?) and not exists "
                    + "(select 1 from reuse_plan_signature s where s.application_id = p.application_id) "
                    + "order by p.application_id limit ?")) {
                s.setObject(1, after);
                s.setObject(2, after);
                s.setInt(3, limit);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getObject(1, UUID.class));
                    }
                }
            }
            return out;
        });
    }

    /**
     * Adds a whole-plan signature and its band keys to an application stored without one, in one statement:
     * nothing when it has one by now (another instance, or a re-screening) or its plan row is gone. The plan
     * row is locked first, so a concurrent {@link ReuseStore#store} of the application either finishes before (and
     * this adds nothing) or waits for this statement to delete the plan row. One that read the (missing)
     * signature before this statement leaves these band rows beside its own: the same keys again when the
     * parsed document is unchanged, harmless to {@link #planCandidates} (distinct applications), removed by
     * the next re-store. It takes the plan row's program and store time, so a plan backfilled now joins the
     * neighbourhood pool where it was stored, as if it had had its signature then. Returns whether the
     * signature was added.
     */
    public boolean addPlanSignature(UUID application, PlanSignature signature) {
        if (signature.isEmpty()) {
            return false;
        }
        return ReuseJdbc.withConnection(dataSource, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "with plan as (select application_id, company_id, program_id, stored_at from reuse_plan "
                            + "where application_id = ? for key share), "
                            + "added as (insert into reuse_plan_signature (application_id, company_id, program_id, stored_at, signature) "
                            + "select application_id, company_id, program_id, stored_at, ? from plan "
                            + "on conflict (application_id) do nothing "
                            + "returning application_id) "
                            + "insert into reuse_plan_band (band_key, application_id) "
                            + "select k, added.application_id from added, unnest(?::bigint[]) as k")) {
                s.setObject(1, application);
                s.setBytes(2, signature.toBytes());
                s.setArray(3, c.createArrayOf("bigint", ReuseJdbc.boxed(signature.bandKeys())));
                return s.executeUpdate() > 0;
            }
        });
    }

    /**
     * Whole-plan candidates: other companies' stored plans sharing at least one LSH band key with the
     * given signature's, with their signatures (compared by {@link PlanReuse#of(String, PlanSignature,
     * Collection)}).
     */
    public List<PlanReuse.Stored> planCandidates(long[] bandKeys, UUID excludeCompany) {
        if (bandKeys.length == 0) {
            return List.of();
        }
        return ReuseJdbc.withConnection(dataSource, c -> {
            try (PreparedStatement s = c.prepareStatement("select s.application_id, s.company_id, s.signature "
                    + "from (select distinct application_id from reuse_plan_band where band_key = any(?)) b "
                    + "join reuse_plan_signature s on s.application_id = b.application_id "
                    + "where s.company_id <> ?")) {
                s.setArray(1, c.createArrayOf("bigint", ReuseJdbc.boxed(bandKeys)));
                s.setObject(2, excludeCompany);
                return storedPlans(s);
            }
        });
    }

    /**
     * The pool of {@link io.planscreen.ml.reuse.PlanNeighbourhood}: the {@code limit} most recently stored plans
     * of other companies in the program that have a whole-plan signature, newest first (ties of one
     * transaction's {@code stored_at} by application id), with their signatures: an index-only read of the
     * signature table's covering index (V5_6).
     */
    public List<PlanReuse.Stored> recentPlans(String program, UUID excludeCompany, int limit) {
        return ReuseJdbc.withConnection(dataSource, c -> {
            try (PreparedStatement s = c.prepareStatement("select application_id, company_id, signature "
                    + "from reuse_plan_signature where program_id = ? and company_id <> ? "
                    + "order by stored_at desc, application_id desc limit ?")) {
                s.setString(1, program);
                s.setObject(2, excludeCompany);
                s.setInt(3, limit);
                return storedPlans(s);
            }
        });
    }

    /** Rows of (application, company, whole-plan signature). */
    private static List<PlanReuse.Stored> storedPlans(PreparedStatement s) throws SQLException {
        List<PlanReuse.Stored> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(new PlanReuse.Stored(
                        rs.getObject(1, UUID.class).toString(),
                        rs.getObject(2, UUID.class).toString(),
                        PlanSignature.fromBytes(rs.getBytes(3))));
            }
        }
        return out;
    }
}
