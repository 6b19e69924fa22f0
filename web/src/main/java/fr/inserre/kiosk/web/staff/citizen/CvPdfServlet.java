package fr.inserre.kiosk.web.staff.citizen;

import fr.inserre.kiosk.citizen.release.CvService;
import fr.inserre.kiosk.detainee.UnknownDetaineeException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A detainee's CV as a PDF (?detainee=id), under the constraint of the CV page (staff who work with the
 * detainee; never partners); the service checks role and establishment again and audits the download.
 */
@WebServlet(CvPdfServlet.PATH)
public class CvPdfServlet extends HttpServlet {

    static final String PATH = "/staff/citizen/cv.pdf";
    private static final long serialVersionUID = 1L;

    @Inject
    transient CvService cv;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long detaineeId;
        try {
            detaineeId = Long.parseLong(request.getParameter("detainee"));
        } catch (NumberFormatException missing) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        byte[] pdf;
        try {
            pdf = cv.pdf(detaineeId);
        } catch (UnknownDetaineeException unknown) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"cv-" + detaineeId + ".pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
