package io.planscreen.similarity.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The relations (and forks) a reuse lookup reads through {@link ReuseStore}, and loading them into PostgreSQL's
 * buffer pool with the {@code pg_prewarm} extension. Pages held only by the operating system's page cache are
 * reclaimed when idle (these VMs run DAMON reclaim: a 100,000-plan index is then read from disk again); the
 * buffer pool is shared memory, which without swap stays resident, so a {@code shared_buffers} that holds the
 * working set keeps lookups off the disk.
 */
final class ReuseWorkingSet {

    /**
     * Prewarming is skipped when the working set takes more than this share of {@code shared_buffers}: it would
     * evict its own pages, and other queries need buffers too.
     */
    static final double MAX_SHARE_OF_SHARED_BUFFERS = 0.9;

    /** One fork of one relation: {@code main} (the pages), or {@code vm}, which index-only reads consult. */
    public record Part(String relation, String fork) {}

    private static final List<Part> LOOKUP = List.of(
            // bandCandidates: band keys -> paragraph ids, then the paragraph side, both index-only
            new Part("reuse_band_key_idx", "main"),
            new Part("reuse_band", "vm"),
            new Part("reuse_paragraph_candidate_idx", "main"),
            new Part("reuse_paragraph", "vm"),
            // texts: the matched paragraphs' text by (application, ordinal)
            new Part("reuse_paragraph_pkey", "main"),
            new Part("reuse_paragraph", "main"),
            // templateCounts (prepare)
            new Part("reuse_program_count_pkey", "main"),
            new Part("reuse_program_count", "main"),
            new Part("reuse_template_count_pkey", "main"),
            new Part("reuse_template_count", "main"),
            // planCandidates: whole-plan band keys -> signatures
            new Part("reuse_plan_band_key_idx", "main"),
            new Part("reuse_plan_band", "vm"),
            new Part("reuse_plan_signature_pkey", "main"),
            new Part("reuse_plan_signature", "main"),
            // recentPlans (the neighbourhood pool), index-only
            new Part("reuse_plan_signature_recent_idx", "main"),
            new Part("reuse_plan_signature", "vm"));

    /** nearestPlans (only with {@code candidate-plans} above 0): the HNSW index and the plan rows. */
    private static final List<Part> NEAREST_PLANS =
            List.of(new Part("reuse_plan_vector_idx", "main"), new Part("reuse_plan", "main"));

    /** A part's size when read, and the blocks {@code pg_prewarm} loaded (0 when skipped or empty). */
    public record Prewarmed(Part part, long bytes, long blocks) {}

    /**
     * What {@link #prewarm()} did: every part with its size, the working set's bytes against {@code
     * shared_buffers}, how long it took, and why nothing was loaded (null when it was).
     */
    public record Outcome(
            List<Prewarmed> parts,
            long bytes,
            long sharedBuffers,
            Duration took,
            @Nullable String skipped) {

        public long blocks() {
            return parts.stream().mapToLong(Prewarmed::blocks).sum();
        }

        public String describe() {
            if (skipped != null) {
                return "reuse working set not prewarmed: " + skipped;
            }
            return "reuse working set prewarmed: %d parts, %.1f MB in %.1f s (shared_buffers %.0f MB)"
                    .formatted(
                            parts.size(),
                            blocks() * BLOCK / 1048576.0,
                            took.toMillis() / 1000.0,
                            sharedBuffers / 1048576.0);
        }
    }

    /** Blocks of the working set's relations found in the buffer pool and read from outside it, so far. */
    public record BlockCounts(long hit, long read) {

        public BlockCounts since(BlockCounts earlier) {
            return new BlockCounts(hit - earlier.hit, read - earlier.read);
        }
    }

    private static final long BLOCK = 8192;

    private final DataSource dataSource;

    private final List<Part> parts;

    /** @param nearestPlans whether lookups also read the HNSW plan index ({@code candidate-plans} above 0) */
    public ReuseWorkingSet(DataSource dataSource, boolean nearestPlans) {
        this.dataSource = dataSource;
        List<Part> all = new ArrayList<>(LOOKUP);
        if (nearestPlans) {
            all.addAll(NEAREST_PLANS);
        }
        this.parts = List.copyOf(all);
    }

    public List<Part> parts() {
        return parts;
    }

    /**
     * Loads every part into the buffer pool ({@code pg_prewarm} mode {@code buffer}), in the lookup's order; nothing
     * when the extension is not installed in the database or the parts would not fit in {@code shared_buffers}.
     */
    public Outcome prewarm() {
        long start = System.nanoTime();
        return withConnection(c -> {
            List<Prewarmed> sized = sizes(c);
            long bytes = sized.stream().mapToLong(Prewarmed::bytes).sum();
            long sharedBuffers = single(
                    c, "select setting::bigint * pg_size_bytes(unit) from pg_settings where name = 'shared_buffers'");
            if (single(c, "select count(*) from pg_extension where extname = 'pg_prewarm'") == 0) {
                return new Outcome(
                        sized,
                        bytes,
                        sharedBuffers,
                        Duration.ZERO,
                        "the pg_prewarm extension is not installed in this database "
                                + "(a superuser: create extension pg_prewarm)");
            }
            String tooLarge = tooLarge(bytes, sharedBuffers);
            if (tooLarge != null) {
                return new Outcome(sized, bytes, sharedBuffers, Duration.ZERO, tooLarge);
            }
            List<Prewarmed> loaded = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("select pg_prewarm(cast(? as regclass), 'buffer', ?)")) {
                for (Prewarmed p : sized) {
                    long blocks = 0;
                    // an empty fork may not exist yet (a table never vacuumed has no visibility map)
                    if (p.bytes() > 0) {
                        s.setString(1, p.part().relation());
                        s.setString(2, p.part().fork());
                        blocks = single(s);
                    }
                    loaded.add(new Prewarmed(p.part(), p.bytes(), blocks));
                }
            }
            return new Outcome(loaded, bytes, sharedBuffers, Duration.ofNanos(System.nanoTime() - start), null);
        });
    }

    /** Why a working set of this many bytes is not prewarmed into this {@code shared_buffers}; null when it fits. */
    static @Nullable String tooLarge(long bytes, long sharedBuffers) {
        if (bytes <= MAX_SHARE_OF_SHARED_BUFFERS * sharedBuffers) {
            return null;
        }
        return ("it takes %.0f MB, more than %.0f%% of shared_buffers (%.0f MB); give shared_buffers at least %.0f MB "
                        + "(README, \"Database memory\")")
                .formatted(
                        bytes / 1048576.0,
                        MAX_SHARE_OF_SHARED_BUFFERS * 100,
                        sharedBuffers / 1048576.0,
                        Math.ceil(bytes / MAX_SHARE_OF_SHARED_BUFFERS / 1048576.0));
    }

    /** The parts' bytes now, together. */
    public long bytes() {
        return withConnection(this::sizes).stream().mapToLong(Prewarmed::bytes).sum();
    }

    /** The parts with their sizes now; a relation missing from the schema is an error, not a zero. */
    private List<Prewarmed> sizes(Connection c) throws SQLException {
        List<Prewarmed> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "select case when to_regclass(?) is null then -1 else pg_relation_size(to_regclass(?), ?) end")) {
            for (Part part : parts) {
                s.setString(1, part.relation());
                s.setString(2, part.relation());
                s.setString(3, part.fork());
                long bytes = single(s);
                if (bytes < 0) {
                    throw new IllegalStateException(
                            "the reuse working set names " + part.relation() + ", which the schema does not have");
                }
                out.add(new Prewarmed(part, bytes, 0));
            }
        }
        return out;
    }

    /**
     * Blocks of the working set's relations hit in the buffer pool and read from outside it (the operating
     * system's cache or the disk) since the statistics were reset, including this connection's pending counts.
     */
    public BlockCounts blockCounts() {
        return withConnection(c -> {
            // PostgreSQL 15 flushes a backend's counts when it goes idle, at most once a second
            single(c, "select 0 from (select pg_stat_force_next_flush()) f");
            long hit = 0, fetched = 0;
            try (PreparedStatement s = c.prepareStatement("select coalesce(sum(pg_stat_get_blocks_hit(r.oid)), 0), "
                    + "coalesce(sum(pg_stat_get_blocks_fetched(r.oid)), 0) from pg_class r "
                    + "where r.oid = any(cast(? as regclass[]))")) {
                s.setArray(
                        1,
                        c.createArrayOf(
                                "text",
                                parts.stream().map(Part::relation).distinct().toArray()));
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    hit = rs.getLong(1);
                    fetched = rs.getLong(2);
                }
            }
            return new BlockCounts(hit, fetched - hit);
        });
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            return single(s);
        }
    }

    private static long single(PreparedStatement s) throws SQLException {
        try (ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private <T> T withConnection(ReuseJdbc.SqlWork<T> work) {
        return ReuseJdbc.withConnection(dataSource, work);
    }
}
