package org.corridor.directory;

import java.util.Locale;

/** Tidies what people type before it is validated: outer spaces go, an empty field is no value. */
final class FormInput {

    private FormInput() {
    }

    static String clean(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    static String upper(String typed) {
        String clean = clean(typed);
        return clean == null ? null : clean.toUpperCase(Locale.ROOT);
    }

    static String lower(String typed) {
        String clean = clean(typed);
        return clean == null ? null : clean.toLowerCase(Locale.ROOT);
    }
}
