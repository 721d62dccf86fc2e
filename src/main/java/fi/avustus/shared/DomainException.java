package fi.avustus.shared;

import java.util.Arrays;

/**
 * A rule of the domain was broken. Carries a translation key and its arguments so that every
 * screen and endpoint can show the reason in the user's language; never a stack trace.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public DomainException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
