package org.corridor.interchange;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A HXL hashtag with its attributes, e.g. {@code #affected+f+children}. Tags and attributes are case-insensitive and
 * attributes unordered, so both are kept lower case and sorted: {@code #Affected +Children+F} is the same column.
 */
public record HxlTag(String name, Set<String> attributes) {

    private static final Pattern SPEC = Pattern.compile(
            "\\s*#\\s*([a-z][a-z0-9_]*)((?:\\s*\\+\\s*[a-z][a-z0-9_]*)*)\\s*", Pattern.CASE_INSENSITIVE);

    public HxlTag {
        name = name.toLowerCase(Locale.ROOT);
        TreeSet<String> sorted = new TreeSet<>();
        attributes.forEach(a -> sorted.add(a.toLowerCase(Locale.ROOT)));
        attributes = java.util.Collections.unmodifiableSortedSet(sorted);
    }

    /**
     * The tag a cell spells, if it spells one. As in the reference HXL library, a cell may also carry a language
     * suffix or other text only as attributes: anything else is not a tag.
     */
    public static Optional<HxlTag> parse(String cell) {
        if (cell == null) {
            return Optional.empty();
        }
        var matcher = SPEC.matcher(cell);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Set<String> attributes = new TreeSet<>();
        for (String part : matcher.group(2).split("\\+")) {
            if (!part.isBlank()) {
                attributes.add(part.trim());
            }
        }
        return Optional.of(new HxlTag(matcher.group(1), attributes));
    }

    /**
     * Whether this column's tag matches a tag pattern as in libhxl: the same tag name, and at least the pattern's
     * attributes; extra attributes match, so {@code #sector+cluster} is a {@code #sector} and {@code #org+es} an
     * {@code #org}.
     */
    public boolean matches(HxlTag pattern) {
        return name.equals(pattern.name()) && attributes.containsAll(pattern.attributes());
    }

    /**
     * Of the candidates whose pattern this tag matches, the most specific (the most attributes); the first of those
     * on a tie. Empty when none matches.
     */
    public <T> java.util.Optional<T> mostSpecific(java.util.Collection<T> candidates,
            java.util.function.Function<T, HxlTag> pattern) {
        T best = null;
        int bestSize = -1;
        for (T candidate : candidates) {
            HxlTag p = pattern.apply(candidate);
            if (matches(p) && p.attributes().size() > bestSize) {
                best = candidate;
                bestSize = p.attributes().size();
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    public boolean has(String attribute) {
        return attributes.contains(attribute);
    }

    /** The normalised spelling, e.g. {@code #affected+children+f}. */
    @Override
    public String toString() {
        StringBuilder spec = new StringBuilder("#").append(name);
        attributes.forEach(a -> spec.append('+').append(a));
        return spec.toString();
    }
}
