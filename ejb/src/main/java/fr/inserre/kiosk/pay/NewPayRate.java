package fr.inserre.kiosk.pay;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A new value the direction records: the minimum wage (national), or the establishment's own share of
 * a pay class (percent) or training allowance (euros an hour), from today or a later day.
 */
public record NewPayRate(
        @NotNull RateItem item,
        @NotNull LocalDate from,
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = PayRate.PRECISION - PayRate.SCALE,
                fraction = PayRate.SCALE) BigDecimal value) {
}
