package io.planscreen.similarity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param candidatePlans plans fetched from the HNSW index per lookup in addition to the paragraph-level
 *     LSH band candidates (0: band candidates only, the default — they find every plan sharing a passage);
 *     like band candidates, a paragraph of theirs is compared with the upload's paragraphs it shares an LSH
 *     band with
 * @param efSearch HNSW search breadth (pgvector {@code hnsw.ef_search})
 * @param templateMinCompanies / templateShare text repeated by this many / this share of a program's
 *     companies is template, not reuse
 * @param passagesShown passages kept in a report (best first)
 * @param backfillPlanSignatures at start-up, in the background, compute and store the whole-plan signature
 *     of stored applications that have none (screened before V5_5), from their stored parsed documents
 * @param prewarmWorkingSet when the service is ready, in the background, load the relations a lookup reads
 *     into PostgreSQL's buffer pool ({@link ReuseWorkingSet}; only where pg_prewarm is installed and
 *     shared_buffers holds them)
 */
@ConfigurationProperties("planscreen.similarity")
record SimilarityProperties(
        @DefaultValue("0") int candidatePlans,
        @DefaultValue("64") int efSearch,
        @DefaultValue("8") int templateMinCompanies,
        @DefaultValue("0.25") double templateShare,
        @DefaultValue("50") int passagesShown,
        @DefaultValue("true") boolean backfillPlanSignatures,
        @DefaultValue("true") boolean prewarmWorkingSet) {}
