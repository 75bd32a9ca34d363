package org.corridor.audit;

import java.time.LocalDate;
import java.util.List;
import org.corridor.kernel.FormValues;
import org.corridor.kernel.Problem;
import org.corridor.kernel.TextLimits;

/**
 * The audit page's filters as typed: kept as text so that a date typed wrong is shown back beside its message. A choice
 * that names nothing known (a person, an operation, a kind) restricts nothing; the reader's own scope always applies.
 */
class AuditFilterForm {

    private String person;
    private String operation;
    private String recordType;
    private String from;
    private String to;

    /** The filter the typed values make; what does not parse is a problem in {@code problems} and restricts nothing. */
    AuditLog.Filter toFilter(List<Problem> problems) {
        LocalDate first = FormValues.date(from, "from", problems);
        LocalDate last = FormValues.date(to, "to", problems);
        if (first != null && last != null && last.isBefore(first)) {
            problems.add(new Problem("to", "audit.filter.error.toBeforeFrom"));
            last = null;
        }
        String kind = FormValues.blank(recordType) ? null : recordType.trim();
        return new AuditLog.Filter(FormValues.uuid(person), FormValues.uuid(operation),
                kind != null && RecordPages.kinds().contains(kind) ? kind : null, first, last);
    }

    /** A date field is shown back as typed, but never more of it than a line: a filter is no place for a text. */
    private static String echo(String typed) {
        return typed == null || typed.length() <= TextLimits.LINE ? typed : typed.substring(0, TextLimits.LINE);
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public String getOperation() {
        return operation;
    }

    public void setOperation(String operation) {
        this.operation = operation;
    }

    public String getRecordType() {
        return recordType;
    }

    public void setRecordType(String recordType) {
        this.recordType = recordType;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = echo(from);
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = echo(to);
    }
}
