package org.corridor.accounts;

/** A request about an account that cannot be carried out; the message says how to put it right. */
public class AccountException extends RuntimeException {

    private final String field;

    public AccountException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field at fault. */
    public String field() {
        return field;
    }
}
