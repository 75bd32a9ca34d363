package org.corridor.directory;

/** Reads the filters of the list pages leniently: a bad value is pointed out, never a failed page. */
final class ListFilters {

    private ListFilters() {
    }

    /** The constant named {@code value} (any case), or null for no value or an unknown one. */
    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        String name = FormInput.upper(value);
        if (name == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return null;
    }

    /** A page number from the address: 0 for none, a negative or a malformed one. */
    static int pageIndex(String page) {
        try {
            int index = page == null ? 0 : Integer.parseInt(page.strip());
            return Math.max(0, Math.min(index, 100_000));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
