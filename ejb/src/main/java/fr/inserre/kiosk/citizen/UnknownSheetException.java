package fr.inserre.kiosk.citizen;

import fr.inserre.kiosk.common.BusinessException;

/** No sheet with that id that the caller may read (another establishment's, or a draft at the kiosk). */
public class UnknownSheetException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnknownSheetException(long id) {
        super("citizen.sheet.unknown", id);
    }
}
