package fr.inserre.kiosk.schedule;

import fr.inserre.kiosk.common.KioskLanguage;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a detainee's planning: a session of one of their activities or one of their
 * appointments, with what the kiosk shows about it.
 *
 * @param category the activity's kind or the appointment's kind (it picks the pictogram and, for an
 *                 appointment, the words)
 * @param title the activity's title; null for an appointment (its kind is its title)
 * @param description what the activity is, in the reader's language or the French fallback; null for an
 *                    appointment or an activity without description
 */
public record ScheduleItem(Type type, long id, LocalDate date, String category, String title, Instant start,
        Instant end, String place, String withWhom, String whatToBring, ActivityDescription description, SessionState state,
        String reason, Instant originalStart) {

    public enum Type {
        SESSION,
        APPOINTMENT
    }

    /** A session, its activity described for a reader of {@code language}. */
    static ScheduleItem of(ActivitySession session, KioskLanguage language) {
        Activity activity = session.getActivity();
        return new ScheduleItem(Type.SESSION, session.getId(), session.getDate(), activity.getKind().name(),
                activity.getTitle(), session.getStartAt(), session.getEndAt(), session.getPlace(), null,
                activity.getWhatToBring(), activity.describeIn(language), session.getState(), session.getReason(),
                session.getOriginalStartAt());
    }

    static ScheduleItem of(Appointment appointment, LocalDate date) {
        boolean cancelled = appointment.getState() == AppointmentState.CANCELLED;
        return new ScheduleItem(Type.APPOINTMENT, appointment.getId(), date, appointment.getKind().name(), null,
                appointment.getStartAt(), appointment.getEndAt(), appointment.getPlace(), appointment.getWithWhom(),
                null, null, cancelled ? SessionState.CANCELLED : SessionState.PLANNED,
                appointment.getCancelReason(), null);
    }

    public boolean isCancelled() {
        return state == SessionState.CANCELLED;
    }

    public boolean isMoved() {
        return state == SessionState.MOVED;
    }

    public boolean isAppointment() {
        return type == Type.APPOINTMENT;
    }
}
