package fr.inserre.kiosk.web.common;

import fr.inserre.kiosk.audit.AuditTrail;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The 403 page's action: answers 403 (an error page mapped to an exception would answer 500) and
 * writes the refusal in the audit trail — a page the role may not open, or a service that refused the
 * caller (role or establishment) — with the address that was asked for.
 */
@Named
@RequestScoped
public class AccessRefusals {

    static final int DETAIL_MAX = 400;

    @Inject
    AuditTrail audit;

    private boolean recorded;

    public void onForbidden() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.setResponseStatus(403);
        if (recorded) {
            return;
        }
        recorded = true;
        Object uri = external.getRequestMap().get("jakarta.servlet.error.request_uri");
        Object exception = external.getRequestMap().get("jakarta.servlet.error.exception");
        String detail = (uri == null ? "?" : uri.toString())
                + (exception == null ? "" : " " + exception.getClass().getSimpleName());
        audit.recordRefusal("access.refused", null, null,
                detail.length() > DETAIL_MAX ? detail.substring(0, DETAIL_MAX) : detail);
    }
}
