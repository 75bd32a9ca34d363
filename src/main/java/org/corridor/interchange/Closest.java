package org.corridor.interchange;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The candidates closest to a value a file spells wrong (an unknown location code or name), so that a report can name
 * what was probably meant. Similarity is that of PostgreSQL's pg_trgm: the share of the words' three-letter pieces
 * two spellings have in common, after folding case, accents and punctuation; a candidate counts by its best-matching
 * spelling (a code or a name). Commons-text's edit distance is not on the classpath, and trigrams also find "Vinojug
 * camp" in "Vinojug transit centre", which an edit distance ranks low.
 */
public final class Closest {

    /** Below this similarity a candidate is not worth naming. */
    static final double THRESHOLD = 0.2;

    private Closest() {
    }

    /** Up to {@code limit} candidates most like {@code typed}, best first; none when nothing is alike. */
    public static <T> List<T> of(String typed, Collection<T> candidates, Function<T, List<String>> spellings, int limit) {
        Set<String> wanted = trigrams(typed);
        if (wanted.isEmpty()) {
            return List.of();
        }
        return candidates.stream()
                .map(c -> Map.entry(c, spellings.apply(c).stream()
                        .mapToDouble(s -> similarity(wanted, trigrams(s))).max().orElse(0)))
                .filter(e -> e.getValue() >= THRESHOLD)
                .sorted(Comparator.comparingDouble((Map.Entry<T, Double> e) -> e.getValue()).reversed())
                .limit(limit).map(Map.Entry::getKey).toList();
    }

    static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return (double) common.size() / (a.size() + b.size() - common.size());
    }

    /** As pg_trgm: each word padded with two spaces before and one after, cut in overlapping threes. */
    static Set<String> trigrams(String text) {
        Set<String> found = new HashSet<>();
        if (text == null) {
            return found;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            String padded = "  " + word + " ";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                found.add(padded.substring(i, i + 3));
            }
        }
        return found;
    }
}
