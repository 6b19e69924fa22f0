package fr.inserre.kiosk.web.staff.pay;

import fr.inserre.kiosk.pay.MonthlyStatement;
import fr.inserre.kiosk.pay.StatementLine;
import fr.inserre.kiosk.pay.StatementMonth;
import fr.inserre.kiosk.web.common.Csv;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The month's statements for the accounts office: one line per statement line (prison number, name,
 * activity, validated or pending, first and last day, minutes, hours in decimal, hourly rate, gross
 * amount), then one total line per detainee and the establishment's totals. Amounts and hours with a
 * decimal comma in French, so that a spreadsheet adds them up.
 */
final class StatementsCsv {

    private StatementsCsv() {
    }

    static String write(StatementMonth month, ResourceBundle staff, Locale locale) {
        StringBuilder csv = new StringBuilder();
        String k = "staff_pay_statements.";
        Csv.line(csv, staff.getString(k + "prisonNumber"), staff.getString(k + "name"), staff.getString(k + "activity"),
                staff.getString(k + "status"), staff.getString(k + "firstDay"), staff.getString(k + "lastDay"),
                staff.getString(k + "minutes"), staff.getString(k + "hours"), staff.getString(k + "rate"),
                staff.getString(k + "amount"));
        for (MonthlyStatement statement : month.statements()) {
            for (StatementLine line : statement.lines()) {
                Csv.line(csv, statement.prisonNumber(), statement.displayName(), line.activityTitle(),
                        staff.getString(k + (line.validated() ? "validated" : "pending")), line.firstDay().toString(),
                        line.lastDay().toString(), Long.toString(line.minutes()), decimal(hours(line.minutes()), locale),
                        decimal(line.rate().perHour().amount(), locale), decimal(line.amount().amount(), locale));
            }
            if (!statement.isBlank()) {
                Csv.line(csv, statement.prisonNumber(), statement.displayName(), staff.getString(k + "totalValidated"),
                        staff.getString(k + "validated"), "", "", Long.toString(statement.validatedMinutes()),
                        decimal(hours(statement.validatedMinutes()), locale), "",
                        decimal(statement.validatedAmount().amount(), locale));
            }
        }
        Csv.line(csv, "", staff.getString(k + "establishmentTotal"), month.establishmentName(),
                staff.getString(k + "validated"), month.month().atDay(1).toString(), month.month().atEndOfMonth().toString(),
                Long.toString(month.validatedMinutes()), decimal(hours(month.validatedMinutes()), locale), "",
                decimal(month.validatedAmount().amount(), locale));
        Csv.line(csv, "", staff.getString(k + "establishmentTotal"), month.establishmentName(),
                staff.getString(k + "pending"), month.month().atDay(1).toString(), month.month().atEndOfMonth().toString(),
                Long.toString(month.pendingMinutes()), decimal(hours(month.pendingMinutes()), locale), "",
                decimal(month.pendingAmount().amount(), locale));
        return csv.toString();
    }

    static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }

    /** "12,50" in French, "12.50" in English, no grouping. */
    static String decimal(BigDecimal value, Locale locale) {
        String plain = value.setScale(2, RoundingMode.HALF_UP).toPlainString();
        return Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? plain.replace('.', ',') : plain;
    }
}
