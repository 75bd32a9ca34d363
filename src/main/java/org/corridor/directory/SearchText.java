package org.corridor.directory;

/** Turns what someone typed into a search box into a LIKE pattern for {@code directory_fold} columns. */
final class SearchText {

    private SearchText() {
    }

    /** Null for no search; otherwise a contains-pattern with LIKE's wildcards taken literally. */
    static String containsPattern(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String escaped = typed.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
