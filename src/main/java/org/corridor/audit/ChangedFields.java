package org.corridor.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an entry's change did to a record, as a head reads it: the fields whose value differs between the stored
 * before and after (all of the after's for a creation, all of the before's for a deletion), each value written as
 * text and cut short with a marker, instead of two blocks of raw JSON. The record's bookkeeping is left out.
 */
final class ChangedFields {

    /** A value longer than this is cut, with {@link #CUT} at its end; the whole record is on its own page. */
    static final int LONGEST_VALUE = 160;
    static final String CUT = "…";
    static final int LONGEST_TITLE = 80;

    /** The fields that name a record, best first: a visit has no title, but its purpose says which one it is. */
    private static final List<String> TITLES = List.of("title", "name", "shortName", "topic", "displayName",
            "username", "purpose");

    /** One row of the table: the field, its value before and after (null where it had none). */
    record Change(String field, String before, String after) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * The record's bookkeeping, left out of the table: its id and operation are in the entry's own columns, and its
     * version and who-and-when stamps change with every change and are the entry itself.
     */
    static final Set<String> BOOKKEEPING = Set.of("id", "operationId", "version", "createdAt", "createdBy",
            "updatedAt", "updatedBy");

    private ChangedFields() {
    }

    /** The changed fields of a stored before and after (either may be null); empty when nothing differs. */
    static List<Change> of(String before, String after) {
        Map<String, JsonNode> was = fields(before);
        Map<String, JsonNode> is = fields(after);
        Set<String> names = new LinkedHashSet<>(was.keySet());
        names.addAll(is.keySet());
        List<Change> changes = new ArrayList<>();
        names.removeAll(BOOKKEEPING);
        for (String name : names) {
            JsonNode a = was.get(name);
            JsonNode b = is.get(name);
            if (!Objects.equals(a, b) && !(isEmpty(a) && isEmpty(b))) {
                changes.add(new Change(name, text(a), text(b)));
            }
        }
        return changes;
    }

    /**
     * The record's own name in the stored content, if it has one (a title, a name, a topic, a visit's purpose), for the page to name the
     * record by; the after's first, else the before's (a deletion).
     */
    static String title(String before, String after) {
        for (String content : new String[] {after, before}) {
            Map<String, JsonNode> fields = fields(content);
            for (String key : TITLES) {
                JsonNode value = fields.get(key);
                if (value != null && value.isString() && !value.stringValue().isBlank()) {
                    return cut(value.stringValue().strip(), LONGEST_TITLE);
                }
            }
        }
        return null;
    }

    /** A field of the stored content by name, as text (a related record's id, for a link), or null. */
    static String field(String content, String key) {
        JsonNode value = fields(content).get(key);
        return value == null || value.isNull() ? null : value.isString() ? value.stringValue() : value.toString();
    }

    /** The top-level fields of a stored state; content that is not an object is one field, "value". */
    private static Map<String, JsonNode> fields(String content) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        if (content == null || content.isBlank()) {
            return fields;
        }
        try {
            JsonNode node = JSON.readTree(content);
            if (node.isObject()) {
                node.properties().forEach(e -> fields.put(e.getKey(), e.getValue()));
            } else if (!node.isNull()) {
                fields.put("value", node);
            }
        } catch (JacksonException notJson) {
            // Some modules store a plain sentence rather than a record: it is the value.
            fields.put("value", JSON.getNodeFactory().stringNode(content));
        }
        return fields;
    }

    private static boolean isEmpty(JsonNode value) {
        return value == null || value.isNull();
    }

    private static String text(JsonNode value) {
        if (isEmpty(value)) {
            return null;
        }
        return cut(value.isString() ? value.stringValue() : value.toString(), LONGEST_VALUE);
    }

    static String cut(String value, int longest) {
        if (value.length() <= longest) {
            return value;
        }
        int end = longest - CUT.length();
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + CUT;
    }
}
