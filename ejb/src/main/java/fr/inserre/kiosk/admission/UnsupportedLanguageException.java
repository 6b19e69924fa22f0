package fr.inserre.kiosk.admission;

import fr.inserre.kiosk.common.BusinessException;

/** The kiosk does not speak the language asked for a new arrival: it must be one of the kiosk's languages. */
public class UnsupportedLanguageException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnsupportedLanguageException(String code) {
        super("admission.language.unsupported", code);
    }
}
