package io.planscreen.review.internal;

import io.planscreen.review.Reviews;
import io.planscreen.similarity.WriterEvidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * The explanation's lines on company identifiers left in plans: another applicant's held by this plan (raises
 * the likelihood), this company's held by another applicant's plan (a fact: a plan does not choose who names
 * it), and from programs the viewer may not read only how many applications, never the identifier or the
 * company. The kinds are joined the way each language lists them ("사업자등록번호와 기업명", "business
 * registration number and company name"), the Korean particle chosen after the last one.
 */
final class EvidenceExplanationIdentifiers {

    private final MessageSource messages;

    EvidenceExplanationIdentifiers(MessageSource messages) {
        this.messages = messages;
    }

    List<Reviews.ExplanationLine> explain(WriterEvidence.Cluster cluster) {
        List<Reviews.ExplanationLine> lines = new ArrayList<>();
        for (WriterEvidence.Member member : cluster.members()) {
            for (boolean here : new boolean[] {true, false}) {
                List<WriterEvidence.Identifier> ids = member.identifiers().stream()
                        .filter(i -> i.heldHere() == here)
                        .toList();
                if (ids.isEmpty()) {
                    continue;
                }
                String key = (here ? "evidence.identifier.held" : "evidence.identifier.left")
                        + (member.company() == null ? ".unnamed" : "");
                String found = String.join(
                        ", ", ids.stream().map(WriterEvidence.Identifier::found).toList());
                String application = member.application().value().toString();
                lines.add(new Reviews.ExplanationLine(
                        here ? Reviews.ExplanationLine.Kind.RAISES : Reviews.ExplanationLine.Kind.FACT,
                        text(key, Locale.KOREAN, member.company(), kinds(ids, Locale.KOREAN), found, application),
                        text(key, Locale.ENGLISH, member.company(), kinds(ids, Locale.ENGLISH), found, application)));
            }
        }
        if (cluster.withheldIdentifiers() > 0) {
            lines.add(new Reviews.ExplanationLine(
                    Reviews.ExplanationLine.Kind.FACT,
                    text("evidence.identifier.withheld", Locale.KOREAN, cluster.withheldIdentifiers()),
                    text("evidence.identifier.withheld", Locale.ENGLISH, cluster.withheldIdentifiers())));
        }
        return lines;
    }

    /** "A", "A과(와) B", "A, B과(와) C" (the particle resolved after formatting); "A and B", "A, B and C". */
    private String kinds(List<WriterEvidence.Identifier> ids, Locale locale) {
        List<String> names = ids.stream()
                .map(i -> text("evidence.identifier.kind." + i.kind(), locale))
                .distinct()
                .toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        String last = names.get(names.size() - 1);
        String head = String.join(", ", names.subList(0, names.size() - 1));
        return locale.getLanguage().equals("ko") ? head + "과(와) " + last : head + " and " + last;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
