package fr.inserre.kiosk.hours;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** "Mes heures" at a glance: this week, this month and since arrival, up to today. */
public record MyHours(LocalDate today, LocalDate arrival, List<HoursTotals> periods) implements Serializable {

    public HoursTotals period(HoursPeriod period) {
        return periods.stream().filter(p -> p.period() == period).findFirst().orElseThrow();
    }
}
