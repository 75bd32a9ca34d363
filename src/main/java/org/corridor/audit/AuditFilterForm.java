package org.corridor.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.corridor.kernel.Problem;

/**
 * The audit page's filters, bound by Spring: a date that did not convert is shown back as typed beside its message
 * (see AuditController) and restricts nothing, and so does a choice that names nothing known (a person, an operation,
 * a kind); the reader's own scope always applies. The kind stays text: it is one of the record pages' names.
 */
class AuditFilterForm {

    private UUID person;
    private UUID operation;
    private String recordType;
    private LocalDate from;
    private LocalDate to;

    /** The filter the bound values make; a period ending before it starts is a problem and has no end. */
    AuditLog.Filter toFilter(List<Problem> problems) {
        LocalDate last = to;
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(new Problem("to", "audit.filter.error.toBeforeFrom"));
            last = null;
        }
        String kind = recordType == null || recordType.isBlank() ? null : recordType.trim();
        return new AuditLog.Filter(person, operation, kind != null && RecordPages.kinds().contains(kind) ? kind : null,
                from, last);
    }

    public UUID getPerson() {
        return person;
    }

    public void setPerson(UUID person) {
        this.person = person;
    }

    public UUID getOperation() {
        return operation;
    }

    public void setOperation(UUID operation) {
        this.operation = operation;
    }

    public String getRecordType() {
        return recordType;
    }

    public void setRecordType(String recordType) {
        this.recordType = recordType;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
