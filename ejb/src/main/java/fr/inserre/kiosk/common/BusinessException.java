package fr.inserre.kiosk.common;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A refusal by a domain rule. It carries a message key (resolved by the view in the user's
 * language) and its arguments; it rolls the transaction back and never reaches the user as a stack
 * trace.
 */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final List<Object> arguments;

    protected BusinessException(String messageKey, Object... arguments) {
        super(messageKey + " " + List.of(arguments));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    /** Key in the ValidationMessages/bundles, e.g. {@code detainee.prisonNumber.duplicate}. */
    public String getMessageKey() {
        return messageKey;
    }

    public List<Object> getArguments() {
        return arguments;
    }
}
