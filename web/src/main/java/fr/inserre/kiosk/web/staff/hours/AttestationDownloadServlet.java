package fr.inserre.kiosk.web.staff.hours;

import fr.inserre.kiosk.attestation.AttestationService;
import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.web.common.Downloads;
import fr.inserre.kiosk.web.common.LanguageSelection;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * An issued attestation as PDF (/staff/hours/attestation.pdf?id=12), printed again exactly as issued,
 * under the constraint of /staff/hours/*; the service checks the role and the establishment and audits
 * the print. Another establishment's id answers 404, as an unknown one does.
 */
@WebServlet(AttestationDownloadServlet.PATH)
public class AttestationDownloadServlet extends HttpServlet {

    static final String PATH = "/staff/hours/attestation.pdf";
    private static final long serialVersionUID = 1L;

    @Inject
    transient AttestationService attestations;

    @Inject
    transient LanguageSelection language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException badId) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        byte[] pdf;
        try {
            pdf = attestations.pdf(id, language.getLocale());
        } catch (BusinessException | EJBAccessException notFound) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Downloads.send(response, "application/pdf", "attestation-" + id + ".pdf", pdf);
    }
}
