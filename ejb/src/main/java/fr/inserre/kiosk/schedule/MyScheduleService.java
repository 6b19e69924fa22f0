package fr.inserre.kiosk.schedule;

import fr.inserre.kiosk.common.ClockProducer;
import fr.inserre.kiosk.common.CurrentActor;
import fr.inserre.kiosk.common.KioskLanguage;
import fr.inserre.kiosk.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * "Mon planning": the logged-in detainee's sessions and appointments, cancelled and moved ones
 * included (shown as such, never silently removed). No method takes a detainee id: it is always the
 * caller's own planning. A week costs two SQL statements whatever the size of the establishment.
 */
@Stateless
@RolesAllowed(Roles.DETAINEE)
public class MyScheduleService {

    /** The kiosk shows from last week to this many weeks ahead (the planning horizon). */
    public static final int WEEKS_AHEAD = 8;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentActor actor;

    @Inject
    Clock clock;

    @Inject
    Plannings plannings;

    /** My planning for the seven days from {@code from}, in time order. */
    public List<ScheduleItem> week(@NotNull LocalDate from) {
        LocalDate today = LocalDate.now(clock);
        if (from.isBefore(today.minusDays(7)) || from.isAfter(today.plusWeeks(WEEKS_AHEAD))) {
            throw new WeekOutOfRangeException();
        }
        return plannings.between(me(), from, from.plusDays(6));
    }

    /**
     * One item of my planning, for its detail screen, its activity described in my language (or the
     * French fallback); refused if it is not mine.
     */
    public ScheduleItem item(@NotNull ScheduleItem.Type type, long id, @NotNull KioskLanguage language) {
        long me = me();
        if (type == ScheduleItem.Type.APPOINTMENT) {
            Appointment appointment = em.find(Appointment.class, id);
            if (appointment == null || appointment.getDetainee().getId() != me) {
                throw new UnknownAppointmentException(id);
            }
            return ScheduleItem.of(appointment, LocalDate.ofInstant(appointment.getStartAt(), ClockProducer.ZONE));
        }
        return plannings.session(me, id, language).stream().findFirst().orElseThrow(() -> new UnknownSessionException(id));
    }

    private long me() {
        Long me = actor.detaineeId();
        if (me == null) {
            throw new EJBAccessException("only a detainee logged in at a kiosk");
        }
        return me;
    }
}
