package fr.inserre.kiosk.web.staff.dashboard;

import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.dashboard.Dashboard;
import fr.inserre.kiosk.dashboard.DashboardService;
import fr.inserre.kiosk.web.common.BusinessMessages;
import fr.inserre.kiosk.web.common.Downloads;
import fr.inserre.kiosk.web.common.LanguageSelection;
import fr.inserre.kiosk.web.staff.identity.StaffUser;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The dashboard's figures as a CSV download, for the period in the address (?from=2026-11-01&to=2026-11-30),
 * under the same security constraint as the page (/staff/dashboard/*). UTF-8 with a byte-order mark,
 * so that spreadsheets read the accents.
 */
@WebServlet(IndicatorsCsvServlet.PATH)
public class IndicatorsCsvServlet extends HttpServlet {

    static final String PATH = "/staff/dashboard/indicators.csv";
    private static final long serialVersionUID = 1L;

    @Inject
    transient DashboardService dashboards;

    @Inject
    transient StaffUser staffUser;

    @Inject
    transient LanguageSelection language;

    @Inject
    transient Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LocalDate to;
        LocalDate from;
        int target;
        try {
            target = request.getParameter("target") == null ? DashboardService.DEFAULT_TARGET_HOURS
                    : Integer.parseInt(request.getParameter("target"));
            to = request.getParameter("to") == null ? LocalDate.now(clock) : LocalDate.parse(request.getParameter("to"));
            from = request.getParameter("from") == null ? to.minusDays(IndicatorsBacking.DEFAULT_DAYS - 1L)
                    : LocalDate.parse(request.getParameter("from"));
        } catch (DateTimeParseException | NumberFormatException badParameter) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Locale locale = language.getLocale();
        Dashboard dashboard;
        try {
            dashboard = dashboards.indicators(staffUser.getEstablishmentId(), from, to, target);
        } catch (BusinessException refusal) {
            response.setContentType("text/plain;charset=UTF-8");
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.getWriter().write(BusinessMessages.text(refusal, locale));
            return;
        }
        ResourceBundle staff = ResourceBundle.getBundle("fr.inserre.kiosk.web.i18n.staff", locale);
        byte[] body = ("\uFEFF" + DashboardCsv.write(dashboard, staff, locale)).getBytes(StandardCharsets.UTF_8);
        Downloads.send(response, "text/csv;charset=UTF-8", "indicateurs-" + from + "-" + to + ".csv", body);
    }
}
