package fr.inserre.kiosk.pay;

import fr.inserre.kiosk.common.BusinessException;

/** Nobody was in the establishment during the month: there is no statement to print. */
public class NoStatementException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NoStatementException(String month) {
        super("pay.statement.none", month);
    }
}
