package org.corridor.accounts;

import org.springframework.context.MessageSourceResolvable;

/**
 * A request about an account that cannot be carried out. Its message says how to put it right: in
 * English for the command line, and by message code for pages in the user's language.
 */
public class AccountException extends RuntimeException implements MessageSourceResolvable {

    private final String field;
    private final String code;
    private final Object[] arguments;

    public AccountException(String field, String code, String englishMessage, Object... arguments) {
        super(englishMessage);
        this.field = field;
        this.code = code;
        this.arguments = arguments;
    }

    /** The form field at fault. */
    public String field() {
        return field;
    }

    @Override
    public String[] getCodes() {
        return new String[] {code};
    }

    @Override
    public Object[] getArguments() {
        return arguments;
    }

    @Override
    public String getDefaultMessage() {
        return getMessage();
    }
}
