package fr.inserre.kiosk.request;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * When a request is due and when it is overdue. A request is due {@link RequestType#serviceLevelDays()}
 * days after its submission, moved to the Monday when that falls on a weekend (nobody decides then);
 * it is overdue from the day after its due date while it is still open (submitted or in review).
 * A waitlisted request was decided: it is never overdue.
 */
public final class ServiceLevels {

    private ServiceLevels() {
    }

    public static LocalDate dueDate(RequestType type, LocalDate submittedOn) {
        LocalDate due = submittedOn.plusDays(type.serviceLevelDays());
        if (due.getDayOfWeek() == DayOfWeek.SATURDAY) {
            return due.plusDays(2);
        }
        if (due.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return due.plusDays(1);
        }
        return due;
    }

    public static boolean overdue(RequestStatus status, LocalDate dueDate, LocalDate today) {
        return status.isOpen() && today.isAfter(dueDate);
    }
}
