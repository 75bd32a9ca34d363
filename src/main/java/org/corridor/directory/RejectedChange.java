package org.corridor.directory;

/** A change the directory refuses; {@code messageCode} says why, beside the form field at fault. */
class RejectedChange extends RuntimeException {

    private final String field;
    private final String messageCode;

    RejectedChange(String field, String messageCode) {
        super(field + ": " + messageCode);
        this.field = field;
        this.messageCode = messageCode;
    }

    String field() {
        return field;
    }

    String messageCode() {
        return messageCode;
    }
}
