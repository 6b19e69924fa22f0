package fr.inserre.kiosk.web.staff.commission;

import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.request.commission.Commission;
import fr.inserre.kiosk.request.commission.CommissionService;
import fr.inserre.kiosk.web.common.Messages;
import jakarta.inject.Inject;

/**
 * What the two printable pages of a commission share: the commission with its whole agenda, loaded
 * once from the page's {@code id} parameter.
 */
public abstract class CommissionSheet {

    @Inject
    CommissionService service;

    @Inject
    Messages messages;

    private Long id;
    private Commission commission;

    public void load() {
        if (id == null) {
            return;
        }
        try {
            commission = service.agenda(id);
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Commission getCommission() {
        return commission;
    }
}
