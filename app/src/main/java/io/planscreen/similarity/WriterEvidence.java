package io.planscreen.similarity;

import io.planscreen.parsing.FileProvenance;
import io.planscreen.shared.ApplicationId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Applications that share a writer across companies: linked by passages (at least {@link #MIN_SHARED} of one
 * plan's paragraphs found near-verbatim, {@link #LINK_SIMILARITY} or more, in the other), by the same person
 * named in both files' metadata, or by identifiers of another applicant left in a plan (IDENTIFIER: its BRN,
 * phone, e-mail, distinctive company name, or its representative or address together with another of these); a
 * writer cluster is a connected group of such links. An application is flagged for closer review when its
 * cluster spans {@link #FLAG_COMPANIES} or more companies and it is tied to the writer itself: by the same file
 * author as another company's plan, by holding another applicant's BRN, phone or e-mail (or two kinds of its
 * identifiers), or by its own links to two or more other companies (one plan copying from one other is shown in
 * the cluster, not flagged). None of it needs a pool to speak: a
 * cluster of 5 in a call of 8 is flagged as surely as in a call of 50,000.
 */
public interface WriterEvidence {

    /**
     * Paragraphs one plan must share with another company's plan for a passage link: more than the one or two
     * official guidance lines own-voice plans copy (in a small call the program template is not learnt yet).
     */
    int MIN_SHARED = 3;

    /** A paragraph this similar to another company's counts towards a passage link (a client's name swapped). */
    double LINK_SIMILARITY = 0.80;

    /** Companies a writer cluster must span to be flagged: one writer, three or more companies. */
    int FLAG_COMPANIES = 3;

    /** What the application's file says about its writer and template, once the similarity stage ran. */
    Optional<FileProvenance> provenance(ApplicationId application);

    /**
     * The application's writer cluster as this viewer may see it: members the viewer may not read are counted
     * ({@link Cluster#withheld}), never named. Empty when the application shares a writer with no other company.
     */
    Optional<Cluster> cluster(ApplicationId application, Predicate<ApplicationId> readable);

    /** Size of each listed application's writer cluster (absent: in none), in one pass (the queue). */
    Map<ApplicationId, Size> clusterSizes(Collection<ApplicationId> applications);

    /** @param flagged see {@link WriterEvidence}: the cluster spans 3+ companies and this plan is tied to the writer */
    record Size(int applications, int companies, boolean flagged) {}

    /**
     * The flag rule for one application of a cluster (see {@link WriterEvidence}).
     *
     * @param tiedToWriter the same file author as another company's plan, or holding another applicant's BRN,
     *     phone or e-mail (or two kinds of its identifiers)
     */
    static boolean flagged(int clusterCompanies, int directCompanies, boolean tiedToWriter) {
        return clusterCompanies >= FLAG_COMPANIES && (tiedToWriter || directCompanies >= 2);
    }

    /**
     * @param applications every application of the cluster, this one included
     * @param companies distinct companies among them
     * @param members the other applications this viewer may read, closest first
     * @param withheld the other applications this viewer may not read (counted only)
     * @param shared what links the cluster: PASSAGES, AUTHOR, TEMPLATE (this plan's template fingerprint
     *     appears in another company's plan of the cluster)
     * @param author this file's author (or last saver) when another company's file of the cluster names the same
     *     person
     * @param authorCompanies companies whose files name that person, this one included
     * @param withheldIdentifiers applications the viewer may not read whose identifiers this plan holds, or whose
     *     plans hold this one's (counted only: neither the identifier nor the company is shown)
     */
    record Cluster(
            int applications,
            int companies,
            List<Member> members,
            int withheld,
            List<String> shared,
            @Nullable String author,
            int authorCompanies,
            boolean flagged,
            int withheldIdentifiers) {

        public Cluster {
            members = List.copyOf(members);
            shared = List.copyOf(shared);
        }
    }

    /**
     * @param links how this member is linked to the viewed application directly (PASSAGES, AUTHOR); empty when
     *     only through other members
     * @param sharedParagraphs paragraphs of one of the two plans found near-verbatim in the other (0 when not
     *     linked by passages)
     * @param sameTemplate both files carry the same template fingerprint (supporting evidence only: official
     *     forms give many own-voice plans one template)
     * @param company the member's company name as its identifiers record it (null when none is stored)
     * @param identifiers identifiers tying the two plans: the member's held by the viewed plan, or the viewed
     *     application's held by the member's plan
     */
    record Member(
            ApplicationId application,
            List<String> links,
            int sharedParagraphs,
            boolean sameTemplate,
            @Nullable String company,
            List<Identifier> identifiers) {

        public Member {
            links = List.copyOf(links);
            identifiers = List.copyOf(identifiers);
        }
    }

    /**
     * One company identifier left in a plan.
     *
     * @param kind COMPANY_NAME, BRN, REPRESENTATIVE, INVESTIGATOR, PHONE, EMAIL or ADDRESS
     * @param found as the plan writes it
     * @param heldHere true: the viewed plan holds the member's identifier; false: the member's plan holds the
     *     viewed application's
     */
    record Identifier(String kind, String found, boolean heldHere) {}
}
