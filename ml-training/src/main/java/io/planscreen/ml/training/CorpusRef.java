package io.planscreen.ml.training;

/**
 * One generated corpus named on the command line as {@code GENERATOR:SEED[:SIZE]} ({@code g1:5550001},
 * {@code g2:7101:120}): which generator wrote it, the seed that draws its agencies, companies and plans, and
 * how many plans it holds. Each corpus gets its own reuse index, so its plans are compared only with one another,
 * as one program's applications are.
 *
 * @param size plans in the corpus; 0 means the trainer's {@code --size}
 */
public record CorpusRef(String generator, long seed, int size) {

    public CorpusRef {
        if (!generator.matches("[a-z][a-z0-9]*")) {
            throw new IllegalArgumentException("generator names are lower-case words like g1: " + generator);
        }
        if (size < 0) {
            throw new IllegalArgumentException("a corpus size is not negative: " + size);
        }
    }

    public static CorpusRef parse(String text) {
        String[] parts = text.trim().split(":");
        if (parts.length < 2 || parts.length > 3) {
            throw new IllegalArgumentException("a corpus is GENERATOR:SEED[:SIZE], e.g. g2:7101:120, not " + text);
        }
        try {
            return new CorpusRef(
                    parts[0], Long.parseLong(parts[1]), parts.length == 3 ? Integer.parseInt(parts[2]) : 0);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a corpus's seed and size are numbers: " + text, e);
        }
    }

    public CorpusRef withDefaultSize(int fallback) {
        return size > 0 ? this : new CorpusRef(generator, seed, fallback);
    }

    /** The prefix that keeps this corpus's plan, company and agency ids apart from every other corpus's. */
    public String prefix() {
        return generator + "s" + seed + "-";
    }

    @Override
    public String toString() {
        return generator + ":" + seed + (size > 0 ? ":" + size : "");
    }
}
