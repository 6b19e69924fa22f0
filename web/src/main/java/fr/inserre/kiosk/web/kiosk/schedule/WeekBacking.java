package fr.inserre.kiosk.web.kiosk.schedule;

import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.schedule.MyScheduleService;
import fr.inserre.kiosk.schedule.ScheduleItem;
import fr.inserre.kiosk.web.common.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Backing of /kiosk/schedule/week.xhtml, "Mon planning": seven days from today (week 0) or from the
 * same weekday one to eight weeks ahead, grouped by day, empty days included.
 */
@Named
@RequestScoped
public class WeekBacking {

    /** One day of the week shown, with its items in time order (possibly none). */
    public record Day(LocalDate date, boolean today, boolean tomorrow, List<ScheduleItem> items) {
    }

    @Inject
    MyScheduleService schedule;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    private int week;
    private List<Day> days = List.of();

    /** Loads the week asked for (view action, after the week parameter is converted and checked). */
    public void load() {
        LocalDate from = LocalDate.now(clock).plusWeeks(week);
        try {
            Map<LocalDate, List<ScheduleItem>> byDay = new LinkedHashMap<>();
            for (int i = 0; i < 7; i++) {
                byDay.put(from.plusDays(i), new ArrayList<>());
            }
            for (ScheduleItem item : schedule.week(from)) {
                byDay.computeIfAbsent(item.date(), d -> new ArrayList<>()).add(item);
            }
            LocalDate today = LocalDate.now(clock);
            List<Day> loaded = new ArrayList<>();
            byDay.forEach((date, items) -> loaded.add(new Day(date, date.equals(today), date.equals(today.plusDays(1)),
                    items)));
            days = loaded;
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
    }

    public int getWeek() {
        return week;
    }

    public void setWeek(int week) {
        this.week = week;
    }

    public List<Day> getDays() {
        return days;
    }

    public boolean isNothingPlanned() {
        return days.stream().allMatch(d -> d.items().isEmpty());
    }

    public boolean isHasPrevious() {
        return week > 0;
    }

    public boolean isHasNext() {
        return week < MyScheduleService.WEEKS_AHEAD;
    }

    public int getMaxWeek() {
        return MyScheduleService.WEEKS_AHEAD;
    }
}
