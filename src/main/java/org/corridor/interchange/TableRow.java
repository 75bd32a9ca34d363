package org.corridor.interchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A data row: its line in the file (the row number in a spreadsheet) and its cells, trimmed; missing cells are "". */
public record TableRow(long line, List<String> cells) {

    public TableRow {
        cells = List.copyOf(cells);
    }

    public String value(TableColumn column) {
        return column.index() < cells.size() ? cells.get(column.index()) : "";
    }

    /** The row as column to value, in column order. */
    public Map<TableColumn, String> values(List<TableColumn> columns) {
        Map<TableColumn, String> values = new LinkedHashMap<>();
        columns.forEach(c -> values.put(c, value(c)));
        return values;
    }

    public boolean blank() {
        return cells.stream().allMatch(String::isEmpty);
    }
}
