package io.planscreen.extraction.internal;

import io.planscreen.extraction.ProgramDefinition.FieldSpec;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentences plans write about a company without labels ("㈜A(대표 B)은 <date> <address>에 설립된 <industry>
 * 기업으로", "A, led by CEO B, ...", "has 21 employees", "KRW 20 million in private cash"), read into the fields
 * whose definition names the role ({@link FieldSpec#prose()}); and self-identifying values without a label (a
 * BRN, an e-mail address) when the program has exactly one field of that type. All at lower confidence.
 */
final class ProseSentences {

    private static final Pattern KO_COMPANY = Pattern.compile(
            "(?m)^((?:\\(주\\)\\s?|㈜\\s?|\\(유\\)\\s?)?[^\\n()]{2,40}?(?:\\s?\\(주\\)|\\s?㈜)?)\\s?\\(대표(?:자|이사)?\\s+([^)\\n]{2,20})\\)\\s*[은는이가]\\s+([^\\n]{0,120}?)에\\s*설립된\\s+([^\\n]{0,60}?)\\s*기업으로");

    private static final Pattern EN_COMPANY =
            Pattern.compile("(?m)^([^\\n]{2,60}?), led by CEO ([^,\\n]{2,40}?)(?:,| and is)");

    private static final Pattern EN_EMPLOYEES =
            Pattern.compile("\\bhas (\\d{1,3}(?:,\\d{3})*|\\d+) (?:full-time )?employees\\b");

    private static final Pattern EN_AMOUNT_BEFORE = Pattern.compile(
            "((?:KRW|₩)\\s?[\\d,.]*\\d(?:\\s*(?:million|billion))?|[\\d,.]*\\d(?:\\s*(?:million|billion))?\\s*KRW)\\s+in (private cash|cash|kind)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final double CONFIDENCE = 0.75;

    private final ExtractionScan scan;

    ProseSentences(ExtractionScan scan) {
        this.scan = scan;
    }

    void run() {
        String vis = scan.vis;
        Matcher ko = KO_COMPANY.matcher(vis);
        while (ko.find()) {
            if (scan.masked(ko.start())) {
                continue;
            }
            add("company", ko.start(1), ko.end(1), ko.group(1).strip());
            add(
                    "representative",
                    ko.start(2),
                    ko.end(2),
                    TextValues.personName(ko.group(2).strip()));
            String middle = ko.group(3);
            int at = ko.start(3);
            Optional<IsoDates.Found> founded =
                    IsoDates.find(middle, 0, Math.min(middle.length(), 30)).filter(d -> d.start() <= 2);
            int addressFrom = at;
            if (founded.isPresent()) {
                add(
                        "founded",
                        at + founded.get().start(),
                        at + founded.get().end(),
                        founded.get().date().toString());
                addressFrom = at + founded.get().end();
            }
            String address = vis.substring(addressFrom, ko.end(3)).strip();
            int addressStart = vis.indexOf(address, addressFrom);
            TextValues.region(address).ifPresent(r -> add("address", addressStart, addressStart + address.length(), r));
            int industryStart = ko.start(4);
            int industryEnd = ko.end(4);
            Industries.ksicSection(ko.group(4)).ifPresent(k -> add("industry", industryStart, industryEnd, k));
        }
        Matcher en = EN_COMPANY.matcher(vis);
        while (en.find()) {
            if (!scan.masked(en.start())) {
                add("company", en.start(1), en.end(1), en.group(1).strip());
                add(
                        "representative",
                        en.start(2),
                        en.end(2),
                        TextValues.personName(en.group(2).strip()));
            }
        }
        Matcher employees = EN_EMPLOYEES.matcher(vis);
        while (employees.find()) {
            if (!scan.masked(employees.start())) {
                add(
                        "headcount",
                        employees.start(1),
                        employees.end(1),
                        employees.group(1).replace(",", ""));
            }
        }
        Matcher before = EN_AMOUNT_BEFORE.matcher(vis);
        while (before.find()) {
            if (scan.masked(before.start())) {
                continue;
            }
            String role = before.group(2).equalsIgnoreCase("kind") ? "in_kind" : "cash";
            int start = before.start(1);
            int end = before.end(1);
            KrwAmounts.parseAt(before.group(1), 1, false)
                    .ifPresent(a -> add(role, start, end, String.valueOf(a.krw())));
        }
    }

    /** Self-identifying values without a label (lower confidence): a BRN, an e-mail address. */
    void unlabelled() {
        only("brn").ifPresent(key -> {
            Matcher brn = ValueReaders.BRN.matcher(scan.vis);
            while (brn.find()) {
                if (!scan.masked(brn.start()) && brn.group(1) != null) {
                    scan.add(key, brn.start(), brn.end(), ValueReaders.brn(brn), 0.6);
                    break;
                }
            }
        });
        only("email").ifPresent(key -> {
            Matcher email = ValueReaders.EMAIL.matcher(scan.vis);
            while (email.find()) {
                if (!scan.masked(email.start())) {
                    scan.add(key, email.start(), email.end(), email.group(), 0.6);
                    break;
                }
            }
        });
    }

    private Optional<String> only(String type) {
        List<FieldSpec> of = scan.program.fields().stream()
                .filter(f -> f.fromPlan() && f.type().equals(type))
                .toList();
        return of.size() == 1 ? Optional.of(of.get(0).key()) : Optional.empty();
    }

    private void add(String role, int start, int end, String normalized) {
        for (FieldSpec f : scan.program.fields()) {
            if (role.equals(f.prose()) && f.fromPlan()) {
                scan.add(f.key(), start, end, normalized, CONFIDENCE);
            }
        }
    }
}
