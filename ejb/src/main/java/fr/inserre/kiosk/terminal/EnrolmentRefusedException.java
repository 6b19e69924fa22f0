package fr.inserre.kiosk.terminal;

import fr.inserre.kiosk.common.BusinessException;

/** An enrolment code was not accepted; the enrolment API answers the same for every subclass. */
public abstract class EnrolmentRefusedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    protected EnrolmentRefusedException(String messageKey) {
        super(messageKey);
    }
}
