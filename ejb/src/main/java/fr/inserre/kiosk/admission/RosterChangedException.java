package fr.inserre.kiosk.admission;

import fr.inserre.kiosk.common.BusinessException;

/** The file to import is not the one whose dry-run was confirmed. */
public class RosterChangedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public RosterChangedException() {
        super("roster.changed");
    }
}
