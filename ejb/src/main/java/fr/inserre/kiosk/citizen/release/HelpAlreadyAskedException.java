package fr.inserre.kiosk.citizen.release;

import fr.inserre.kiosk.common.BusinessException;

/** Refusal: see the message {@code citizen.release.help.already}. */
public class HelpAlreadyAskedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public HelpAlreadyAskedException(String receipt) {
        super("citizen.release.help.already", receipt);
    }
}
