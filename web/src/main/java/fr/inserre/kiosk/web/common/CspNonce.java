package fr.inserre.kiosk.web.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.primefaces.context.PrimeFacesContext;

/**
 * The Content-Security-Policy nonce of the page being rendered (PrimeFaces' CSP mode), for forms
 * without PrimeFaces' scripts: PrimeFaces checks that a form posted back carries the nonce of the
 * page it came from (parameter {@value #PARAMETER}), which its own script adds to every form. The
 * kiosk's plain forms (tag i:submit, the language switch) write it as a hidden field instead. It is
 * no protection against forged requests (SameSite cookies and server-side view state are).
 */
@Named("cspNonce")
@ApplicationScoped
public class CspNonce {

    /** The request parameter PrimeFaces reads. */
    public static final String PARAMETER = "primefaces.nonce";

    public String getParameter() {
        return PARAMETER;
    }

    public String getValue() {
        return PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
    }
}
