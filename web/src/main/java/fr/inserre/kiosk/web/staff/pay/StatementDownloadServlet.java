package fr.inserre.kiosk.web.staff.pay;

import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.detainee.UnknownDetaineeException;
import fr.inserre.kiosk.pay.MonthlyStatementService;
import fr.inserre.kiosk.pay.StatementMonth;
import fr.inserre.kiosk.web.common.BusinessMessages;
import fr.inserre.kiosk.web.common.Csv;
import fr.inserre.kiosk.web.common.Downloads;
import fr.inserre.kiosk.web.common.LanguageSelection;
import fr.inserre.kiosk.web.staff.identity.StaffUser;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Downloads of the monthly statements, under the constraint of /staff/pay/* (the service checks roles
 * and establishment again): one detainee's PDF ({@value #ONE}?detainee=12&month=2026-10), every
 * statement of the month in one PDF ({@value #ALL_PDF}?month=...) and the accounts office's CSV
 * ({@value #CSV}?month=...). The detainee id comes from the address: the service checks it.
 */
@WebServlet({StatementDownloadServlet.ONE, StatementDownloadServlet.ALL_PDF, StatementDownloadServlet.CSV})
public class StatementDownloadServlet extends HttpServlet {

    static final String ONE = "/staff/pay/statement.pdf";
    static final String ALL_PDF = "/staff/pay/statements.pdf";
    static final String CSV = "/staff/pay/statements.csv";
    private static final long serialVersionUID = 1L;

    @Inject
    transient MonthlyStatementService statements;

    @Inject
    transient StaffUser staffUser;

    @Inject
    transient LanguageSelection language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        YearMonth month;
        Long detaineeId = null;
        try {
            month = YearMonth.parse(request.getParameter("month"));
            if (ONE.equals(request.getServletPath())) {
                detaineeId = Long.valueOf(request.getParameter("detainee"));
            }
        } catch (DateTimeParseException | NumberFormatException | NullPointerException badParameter) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Locale locale = language.getLocale();
        try {
            switch (request.getServletPath()) {
                case ONE -> Downloads.send(response, "application/pdf", "releve-" + month + "-" + detaineeId + ".pdf",
                        statements.pdf(detaineeId, month, locale));
                case ALL_PDF -> Downloads.send(response, "application/pdf", "releves-" + month + ".pdf",
                        statements.pdfAll(staffUser.getEstablishmentId(), month, locale));
                default -> {
                    StatementMonth all = statements.month(staffUser.getEstablishmentId(), month);
                    ResourceBundle staff = ResourceBundle.getBundle("fr.inserre.kiosk.web.i18n.staff", locale);
                    Downloads.send(response, "text/csv;charset=UTF-8", "releves-" + month + ".csv",
                            (Csv.BOM + StatementsCsv.write(all, staff, locale)).getBytes(StandardCharsets.UTF_8));
                }
            }
        } catch (UnknownDetaineeException | EJBAccessException notYours) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (BusinessException refusal) {
            response.setContentType("text/plain;charset=UTF-8");
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.getWriter().write(BusinessMessages.text(refusal, locale));
        }
    }
}
