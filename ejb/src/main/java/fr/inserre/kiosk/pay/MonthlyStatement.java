package fr.inserre.kiosk.pay;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;

/**
 * A detainee's relevé d'heures for a month: their lines by activity and rate, the validated ones (what
 * is paid) and the pending ones (weeks not validated yet, shown apart, not added to the amount due).
 *
 * @param month the month
 * @param detaineeId the detainee
 * @param prisonNumber their prison number (numéro d'écrou)
 * @param displayName their name as staff write it (NOM Prénom)
 * @param lines validated lines first, then pending ones, each in the order the activities first appear
 */
public record MonthlyStatement(YearMonth month, long detaineeId, String prisonNumber, String displayName,
        List<StatementLine> lines) implements Serializable {

    public MonthlyStatement {
        lines = List.copyOf(lines);
    }

    public List<StatementLine> validatedLines() {
        return lines.stream().filter(StatementLine::validated).toList();
    }

    public List<StatementLine> pendingLines() {
        return lines.stream().filter(line -> !line.validated()).toList();
    }

    public long validatedMinutes() {
        return validatedLines().stream().mapToLong(StatementLine::minutes).sum();
    }

    public long pendingMinutes() {
        return pendingLines().stream().mapToLong(StatementLine::minutes).sum();
    }

    /** The gross amount due for the month: the validated lines' amounts added up. */
    public Money validatedAmount() {
        return sum(validatedLines());
    }

    /** What the pending lines would earn once validated (an estimate, not due yet). */
    public Money pendingAmount() {
        return sum(pendingLines());
    }

    /** Whether the month has any line at all. */
    public boolean isBlank() {
        return lines.isEmpty();
    }

    private static Money sum(List<StatementLine> lines) {
        Money total = Money.ZERO;
        for (StatementLine line : lines) {
            total = total.plus(line.amount());
        }
        return total;
    }
}
