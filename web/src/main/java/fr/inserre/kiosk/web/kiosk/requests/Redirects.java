package fr.inserre.kiosk.web.kiosk.requests;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Where a request form sends the browser once done, by a plain redirect rather than a Faces
 * "faces-redirect" outcome: Faces navigation to another view empties the form's view scope, so a
 * form replayed afterwards (same view state) would get a new bean and a new client token, and could
 * create a second request. Redirected this way, the view keeps its bean, its token and its outcome.
 */
final class Redirects {

    private Redirects() {
    }

    /** Redirects to a page of the application (path from the context root, e.g. /kiosk/index.xhtml). */
    static String to(String path) {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
        return null;
    }
}
