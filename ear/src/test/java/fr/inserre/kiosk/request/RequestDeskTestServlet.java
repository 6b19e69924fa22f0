package fr.inserre.kiosk.request;

import fr.inserre.kiosk.testing.AsDemoDirection;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Deployed with {@link KioskRequestsBrowserIT} only: what staff do to a request, through the real
 * {@link RequestDesk} as the demo direction, so that the kiosk test can show the detainee a question
 * and a refusal without depending on the staff screens. POST receipt, action (ask: a staff note then
 * a question; reject: refused, "not possible", with the text; waitlist: on the training's waiting list) and text. Answers 204, or 409 with the
 * refusal's key.
 */
@WebServlet("/test/request-desk")
public class RequestDeskTestServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Written as a staff note before each question: the kiosk must never show it. */
    static final String STAFF_NOTE = "Note interne : ne pas montrer à la personne";

    @Inject
    AsDemoDirection direction;

    @Inject
    RequestDesk desk;

    @Override
    protected void doPost(HttpServletRequest http, HttpServletResponse response) throws IOException {
        long id = Request.idOfReceipt(http.getParameter("receipt"));
        String text = http.getParameter("text");
        try {
            direction.call(() -> switch (http.getParameter("action")) {
                case "ask" -> {
                    desk.note(id, STAFF_NOTE);
                    yield desk.ask(id, desk.find(id).getVersion(), text);
                }
                case "reject" -> desk.decide(id, desk.find(id).getVersion(),
                        Decision.reject(RefusalReason.NOT_POSSIBLE, text));
                case "waitlist" -> desk.decide(id, desk.find(id).getVersion(), Decision.waitlist());
                default -> throw new IllegalArgumentException(http.getParameter("action"));
            });
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } catch (fr.inserre.kiosk.common.BusinessException refused) {
            response.sendError(HttpServletResponse.SC_CONFLICT, refused.getMessageKey());
        } catch (Exception e) {
            throw new IOException(e);
        }
    }
}
