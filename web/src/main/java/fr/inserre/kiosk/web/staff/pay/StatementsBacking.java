package fr.inserre.kiosk.web.staff.pay;

import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.pay.Money;
import fr.inserre.kiosk.pay.MonthlyStatement;
import fr.inserre.kiosk.pay.MonthlyStatementService;
import fr.inserre.kiosk.pay.StatementMonth;
import fr.inserre.kiosk.web.common.LanguageSelection;
import fr.inserre.kiosk.web.common.Messages;
import fr.inserre.kiosk.web.staff.identity.StaffUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Backing of /staff/pay/statements.xhtml?month=2026-10: the month's statements of every detainee of the
 * establishment (the previous month unless given), a row each with hours and amounts, and the links to
 * download one PDF, all in one PDF, or the accounts office's CSV. The month is loaded once per view.
 */
@Named
@ViewScoped
public class StatementsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MonthlyStatementService statements;

    @Inject
    StaffUser staffUser;

    @Inject
    LanguageSelection language;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    private String month;
    private StatementMonth loaded;
    private List<Row> rows = List.of();
    private List<Row> filtered;

    /** A detainee's row, with getters for the table's sorting and filtering. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final MonthlyStatement statement;

        Row(MonthlyStatement statement) {
            this.statement = statement;
        }

        public long getDetaineeId() {
            return statement.detaineeId();
        }

        public String getPrisonNumber() {
            return statement.prisonNumber();
        }

        public String getName() {
            return statement.displayName();
        }

        public long getValidatedMinutes() {
            return statement.validatedMinutes();
        }

        public long getPendingMinutes() {
            return statement.pendingMinutes();
        }

        public Money getValidatedAmount() {
            return statement.validatedAmount();
        }

        public Money getPendingAmount() {
            return statement.pendingAmount();
        }

        public int getLineCount() {
            return statement.lines().size();
        }
    }

    /** f:viewAction: the month of the address, else the previous one. */
    public void load() {
        YearMonth chosen;
        try {
            chosen = month == null || month.isBlank() ? YearMonth.now(clock).minusMonths(1) : YearMonth.parse(month);
        } catch (DateTimeParseException bad) {
            chosen = YearMonth.now(clock).minusMonths(1);
        }
        month = chosen.toString();
        try {
            loaded = statements.month(staffUser.getEstablishmentId(), chosen);
            rows = loaded.statements().stream().map(Row::new).toList();
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
    }

    public String hours(long minutes) {
        return fr.inserre.kiosk.document.DocumentTexts.hours(minutes);
    }

    public String money(Money amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(language.getLocale());
        format.setCurrency(java.util.Currency.getInstance("EUR"));
        return format.format(amount.amount());
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public StatementMonth getLoaded() {
        return loaded;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<Row> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<Row> filtered) {
        this.filtered = filtered;
    }
}
