package fr.inserre.kiosk.request.commission;

import fr.inserre.kiosk.common.BusinessException;

/** The commission cannot close while requests on its agenda have no decision (their receipts are listed). */
public class OutcomesMissingException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public OutcomesMissingException(String receipts) {
        super("commission.outcome.missing", receipts);
    }
}
