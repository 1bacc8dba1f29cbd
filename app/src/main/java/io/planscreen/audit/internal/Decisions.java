package io.planscreen.audit.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * Read side of the log: search, and the pairs of scoring and review decisions that overrides and the fairness
 * report are computed from. Agreed output shapes: {@code scoring.broker} records
 * {@code {"probability":0..1,"flagged":bool,"band":"LOW|MEDIUM|HIGH",..}}, {@code review.decision} records
 * {@code {"outcome":"CLEAR|REQUEST_INFO|REFER",..}}.
 */
@Repository
class Decisions {

    static final String SCORING_STEP = "scoring.broker";

    static final String REVIEW_STEP = "review.decision";

    /** One word per decision to search by: a review's outcome, FLAGGED/NOT_FLAGGED for scoring, a status's target. */
    static final String OUTCOME = "coalesce(o->>'outcome',"
            + " case when jsonb_typeof(o->'flagged') = 'boolean'"
            + " then case when (o->>'flagged')::boolean then 'FLAGGED' else 'NOT_FLAGGED' end end,"
            + " o->>'to')";

    private static final RowMapper<Found> FOUND = (rs, n) -> new Found(AuditLog.map(rs, n), rs.getString("outcome"));

    private final JdbcTemplate jdbc;

    Decisions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Criteria(
            @Nullable UUID application,
            @Nullable String modelVersion,
            @Nullable String step,
            @Nullable String outcome,
            @Nullable Instant from,
            @Nullable Instant to,
            int limit,
            int offset) {}

    record Found(AuditRecord record, @Nullable String outcome) {}

    List<Found> search(Criteria criteria) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> args = new ArrayList<>();
        if (criteria.application() != null) {
            where.append(" and application_id = ?");
            args.add(criteria.application());
        }
        if (criteria.modelVersion() != null) {
            where.append(" and model_version = ?");
            args.add(criteria.modelVersion());
        }
        if (criteria.step() != null) {
            where.append(" and step = ?");
            args.add(criteria.step());
        }
        if (criteria.from() != null) {
            where.append(" and decided_at >= ?");
            args.add(criteria.from().atOffset(ZoneOffset.UTC));
        }
        if (criteria.to() != null) {
            where.append(" and decided_at < ?");
            args.add(criteria.to().atOffset(ZoneOffset.UTC));
        }
        String outer = "";
        if (criteria.outcome() != null) {
            outer = " where outcome = ?";
            args.add(criteria.outcome());
        }
        args.add(criteria.limit());
        args.add(Math.max(0, criteria.offset()));
        String sql = "select * from (select " + AuditLog.COLUMNS + ", " + OUTCOME + " as outcome"
                + " from audit_record, lateral (select output_json::jsonb as o) j" + where + ") d" + outer
                + " order by id desc limit ? offset ?";
        return jdbc.query(sql, FOUND, args.toArray());
    }

    /** What the auditor's home page counts: records, scoring decisions and flags, reviews, since an instant. */
    record Activity(long records, long scored, long flagged, long reviewed) {}

    Activity activity(Instant since) {
        return jdbc.queryForObject(
                """
                select count(*),
                       count(*) filter (where step = ?),
                       count(*) filter (where step = ? and output_json::jsonb->>'flagged' = 'true'),
                       count(*) filter (where step = ?)
                from audit_record where decided_at >= ?
                """,
                (rs, n) -> new Activity(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)),
                SCORING_STEP,
                SCORING_STEP,
                REVIEW_STEP,
                since.atOffset(ZoneOffset.UTC));
    }

    Optional<Found> find(long id) {
        return jdbc
                .query(
                        "select " + AuditLog.COLUMNS + ", " + OUTCOME + " as outcome"
                                + " from audit_record, lateral (select output_json::jsonb as o) j where id = ?",
                        FOUND,
                        id)
                .stream()
                .findFirst();
    }

    /**
     * @param flagged what the last scoring decision before the review said; null when there was none
     */
    record ReviewedScore(
            long reviewId,
            UUID application,
            Instant reviewedAt,
            String reviewer,
            String outcome,
            @Nullable String reason,
            @Nullable Long scoringId,
            @Nullable Boolean flagged,
            @Nullable Double probability,
            @Nullable String modelVersion) {}

    /** Every review decided in [from, to), beside the last scoring decision that preceded it. */
    List<ReviewedScore> reviews(Instant from, Instant to) {
        return jdbc.query(
                """
                select r.id, r.application_id, r.decided_at, r.actor, r.output_json::jsonb->>'outcome' as outcome,
                       r.explanation, s.id as scoring_id, s.o->>'flagged' as flagged,
                       s.o->>'probability' as probability, s.model_version
                from audit_record r
                left join lateral (
                    select id, output_json::jsonb as o, model_version from audit_record x
                    where x.application_id = r.application_id and x.step = ? and x.id < r.id
                    order by x.id desc limit 1) s on true
                where r.step = ? and r.application_id is not null and r.decided_at >= ? and r.decided_at < ?
                order by r.id
                """,
                (rs, n) -> new ReviewedScore(
                        rs.getLong("id"),
                        rs.getObject("application_id", UUID.class),
                        rs.getObject("decided_at", OffsetDateTime.class).toInstant(),
                        rs.getString("actor"),
                        String.valueOf(rs.getString("outcome")),
                        rs.getString("explanation"),
                        (Long) rs.getObject("scoring_id"),
                        rs.getString("flagged") == null ? null : Boolean.valueOf(rs.getString("flagged")),
                        parseDouble(rs.getString("probability")),
                        rs.getString("model_version")),
                SCORING_STEP,
                REVIEW_STEP,
                from.atOffset(ZoneOffset.UTC),
                to.atOffset(ZoneOffset.UTC));
    }

    /**
     * @param outcome the last review decision on the application so far, null when not reviewed
     */
    record ScoredApplication(
            UUID application,
            long scoringId,
            Instant scoredAt,
            boolean flagged,
            @Nullable Double probability,
            @Nullable String band,
            @Nullable String outcome) {}

    /** Applications whose last scoring decision was made in [from, to), with their last review outcome. */
    List<ScoredApplication> scored(Instant from, Instant to) {
        return jdbc.query(
                """
                select s.application_id, s.id, s.decided_at, s.o->>'flagged' as flagged, s.o->>'probability' as probability,
                       s.o->>'band' as band, r.outcome
                from (select distinct on (application_id) application_id, id, decided_at, output_json::jsonb as o
                      from audit_record where step = ? and application_id is not null
                      order by application_id, id desc) s
                left join lateral (
                    select output_json::jsonb->>'outcome' as outcome from audit_record x
                    where x.application_id = s.application_id and x.step = ?
                    order by x.id desc limit 1) r on true
                where s.decided_at >= ? and s.decided_at < ?
                order by s.id
                """,
                (rs, n) -> new ScoredApplication(
                        rs.getObject(1, UUID.class),
                        rs.getLong(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant(),
                        Boolean.parseBoolean(rs.getString(4)),
                        parseDouble(rs.getString(5)),
                        rs.getString(6),
                        rs.getString(7)),
                SCORING_STEP,
                REVIEW_STEP,
                from.atOffset(ZoneOffset.UTC),
                to.atOffset(ZoneOffset.UTC));
    }

    private static @Nullable Double parseDouble(@Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            return Double.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
