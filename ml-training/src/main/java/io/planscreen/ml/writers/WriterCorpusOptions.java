package io.planscreen.ml.writers;

/**
 * What the second generator draws. Every field has a default ({@link #defaults()}); the {@code with...}
 * methods change one.
 *
 * @param agencies broker agencies (each serves {@code minClients}..{@code maxClients} companies)
 * @param ownVoice companies writing their own plans
 * @param capitalShare share of companies in 서울·경기·인천 (the SME statistics put it near half)
 * @param guidanceShare own-voice writers who leave the form's ※ guidance lines in
 * @param sampleShare own-voice writers who borrow from the published sample plan
 * @param formTableShare own-voice writers who fill the form's 일반현황 table (the rest write prose)
 * @param reuseMin the least share of its house paragraphs an agency puts into a client's plan
 * @param paraphraseMax the strongest rewording an agency gives reused paragraphs (0 verbatim, 1 heavy)
 * @param leftoverMax the highest chance an agency leaves a former client's identifiers in a plan
 * @param scrubShare agencies that scrub the file metadata
 * @param partialShare broker clients who buy only some sections and write the others themselves
 * @param split the split every plan is labelled with (a trainer keeps whole seeds apart)
 */
public record WriterCorpusOptions(
        int agencies,
        int minClients,
        int maxClients,
        int ownVoice,
        double capitalShare,
        double guidanceShare,
        double sampleShare,
        double formTableShare,
        double reuseMin,
        double paraphraseMax,
        double leftoverMax,
        double scrubShare,
        double partialShare,
        String split) {

    public WriterCorpusOptions {
        if (agencies < 0 || ownVoice < 0 || minClients < 1 || maxClients < minClients) {
            throw new IllegalArgumentException("agencies/own-voice must be >= 0 and 1 <= minClients <= maxClients");
        }
    }

    public static WriterCorpusOptions defaults() {
        return new WriterCorpusOptions(6, 3, 12, 60, 0.52, 0.25, 0.2, 0.6, 0.35, 0.8, 0.3, 0.25, 0.2, "test");
    }

    public WriterCorpusOptions withAgencies(int n) {
        return new WriterCorpusOptions(
                n,
                minClients,
                maxClients,
                ownVoice,
                capitalShare,
                guidanceShare,
                sampleShare,
                formTableShare,
                reuseMin,
                paraphraseMax,
                leftoverMax,
                scrubShare,
                partialShare,
                split);
    }

    public WriterCorpusOptions withOwnVoice(int n) {
        return new WriterCorpusOptions(
                agencies,
                minClients,
                maxClients,
                n,
                capitalShare,
                guidanceShare,
                sampleShare,
                formTableShare,
                reuseMin,
                paraphraseMax,
                leftoverMax,
                scrubShare,
                partialShare,
                split);
    }

    public WriterCorpusOptions withClients(int min, int max) {
        return new WriterCorpusOptions(
                agencies,
                min,
                max,
                ownVoice,
                capitalShare,
                guidanceShare,
                sampleShare,
                formTableShare,
                reuseMin,
                paraphraseMax,
                leftoverMax,
                scrubShare,
                partialShare,
                split);
    }

    public WriterCorpusOptions withSplit(String s) {
        return new WriterCorpusOptions(
                agencies,
                minClients,
                maxClients,
                ownVoice,
                capitalShare,
                guidanceShare,
                sampleShare,
                formTableShare,
                reuseMin,
                paraphraseMax,
                leftoverMax,
                scrubShare,
                partialShare,
                s);
    }

    /** How hard the agencies are to catch: the least reuse, the strongest paraphrase, the share of partial plans. */
    public WriterCorpusOptions withHabits(double minReuse, double maxParaphrase, double partial) {
        return new WriterCorpusOptions(
                agencies,
                minClients,
                maxClients,
                ownVoice,
                capitalShare,
                guidanceShare,
                sampleShare,
                formTableShare,
                minReuse,
                maxParaphrase,
                leftoverMax,
                scrubShare,
                partial,
                split);
    }
}
