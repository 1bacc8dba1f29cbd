package io.planscreen.ml.writers;

import io.planscreen.ml.render.DocumentProperties;
import java.util.List;
import java.util.Map;

/**
 * A broker agency as a writer: its house template, its house machine and its habits.
 *
 * @param id unique across seeds ("s7-a2"), so a trainer can keep agencies apart
 * @param bank the house paragraphs by section, with slots the client's facts fill
 * @param boilerplate the block the agency puts into every plan (slots too)
 * @param machine the file properties its machine writes; {@code metadataPolicy} says what survives
 * @param reuseShare share of a section's house paragraphs a client's plan takes
 * @param paraphrase strength of the rewording each reused paragraph gets (0 verbatim)
 * @param leftoverRate chance a plan keeps a former client's name, 대표자 or phone somewhere
 */
record BrokerHouse(
        String id,
        String name,
        int clients,
        HouseLook look,
        Map<Sentences.Topic, List<String>> bank,
        List<String> boilerplate,
        DocumentProperties machine,
        MetadataPolicy metadataPolicy,
        double reuseShare,
        double paraphrase,
        double leftoverRate) {

    enum MetadataPolicy {
        /** the house machine's author and company stay in every file */
        KEEP,
        /** author, last saved by and company are blanked */
        SCRUB,
        /** the author is set to the client's 대표자; last saved by still names the house machine */
        CLIENT_AS_AUTHOR
    }
}
