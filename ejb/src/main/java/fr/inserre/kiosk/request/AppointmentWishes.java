package fr.inserre.kiosk.request;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The half-days a detainee may propose for an appointment: working days from tomorrow to
 * {@link #WEEKS_AHEAD} weeks ahead, at least one, at most {@link Request#HALF_DAYS_MAX}.
 */
public final class AppointmentWishes {

    public static final int WEEKS_AHEAD = 4;

    private AppointmentWishes() {
    }

    /** Refuses a set of half-days that cannot be proposed on {@code today}. */
    public static void check(Collection<HalfDay> halfDays, LocalDate today) {
        if (halfDays == null || halfDays.isEmpty()) {
            throw new HalfDaysRequiredException();
        }
        if (halfDays.stream().distinct().count() > Request.HALF_DAYS_MAX) {
            throw new TooManyHalfDaysException(Request.HALF_DAYS_MAX);
        }
        for (HalfDay halfDay : halfDays) {
            if (!offered(halfDay.getDay(), today)) {
                throw new HalfDayNotOfferedException(halfDay.getDay());
            }
        }
    }

    static boolean offered(LocalDate day, LocalDate today) {
        return day.isAfter(today) && !day.isAfter(today.plusWeeks(WEEKS_AHEAD))
                && day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The days a kiosk picker offers, in order. */
    public static List<LocalDate> days(LocalDate today) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = today.plusDays(1); !day.isAfter(today.plusWeeks(WEEKS_AHEAD)); day = day.plusDays(1)) {
            if (offered(day, today)) {
                days.add(day);
            }
        }
        return days;
    }
}
