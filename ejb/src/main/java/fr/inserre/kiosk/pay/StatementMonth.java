package fr.inserre.kiosk.pay;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;

/**
 * The monthly statements of a whole establishment (the accounts office's month): one per detainee who
 * was in the establishment during the month, in name order, and the totals.
 */
public record StatementMonth(long establishmentId, String establishmentName, YearMonth month,
        List<MonthlyStatement> statements) implements Serializable {

    public StatementMonth {
        statements = List.copyOf(statements);
    }

    public long validatedMinutes() {
        return statements.stream().mapToLong(MonthlyStatement::validatedMinutes).sum();
    }

    public long pendingMinutes() {
        return statements.stream().mapToLong(MonthlyStatement::pendingMinutes).sum();
    }

    public Money validatedAmount() {
        Money total = Money.ZERO;
        for (MonthlyStatement statement : statements) {
            total = total.plus(statement.validatedAmount());
        }
        return total;
    }

    public Money pendingAmount() {
        Money total = Money.ZERO;
        for (MonthlyStatement statement : statements) {
            total = total.plus(statement.pendingAmount());
        }
        return total;
    }
}
