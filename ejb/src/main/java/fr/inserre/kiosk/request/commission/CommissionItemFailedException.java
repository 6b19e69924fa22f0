package fr.inserre.kiosk.request.commission;

import fr.inserre.kiosk.common.BusinessException;

/**
 * A decision on one request of the commission could not be recorded or applied (activity full,
 * schedule conflict, reason missing...): the message names the request's receipt, then says why in
 * the words of the cause (the second argument is the cause itself, worded by its own key). When the
 * commission was closing, nothing of it was applied.
 */
public class CommissionItemFailedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final String receipt;

    public CommissionItemFailedException(String receipt, BusinessException cause) {
        super("commission.item.failed", receipt, cause);
        this.receipt = receipt;
        initCause(cause);
    }

    /** The receipt of the request that failed. */
    public String getReceipt() {
        return receipt;
    }

    /** Why it failed. */
    public BusinessException getReason() {
        return (BusinessException) getCause();
    }
}
