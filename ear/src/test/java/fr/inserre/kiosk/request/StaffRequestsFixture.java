package fr.inserre.kiosk.request;

import fr.inserre.kiosk.demo.DemoDataLoader;
import fr.inserre.kiosk.demo.DemoSchedule;
import fr.inserre.kiosk.identity.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * Deployed with {@code StaffRequestsBrowserIT}: the requests that demo detainees 50 to 52 (cells B-001
 * to B-003, digital workshop on weekday mornings) make at the kiosk, so that staff find them in their
 * queues: a training each (both trainings are full in the demo, so approving puts on the waiting
 * list) and an appointment with the CPIP on a coming weekday morning (over their workshop). Made at
 * deployment, once: not again while the same ones are still in progress.
 */
@Singleton
@Startup
@DependsOn("DemoDataLoader")
@RunAs(Roles.SYSTEM)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StaffRequestsFixture {

    public static final int APPROVED_TRAINEE = 50;
    public static final int REFUSED_TRAINEE = 51;
    public static final int APPOINTMENT = 52;
    public static final String CAP = "CAP cuisine";
    public static final String LOGISTICS = "Logistique et CACES";

    @PersistenceContext
    EntityManager em;

    @Inject
    KioskStandIn kiosk;

    @PostConstruct
    void submit() {
        submit(APPROVED_TRAINEE, RequestType.TRAINING_ENROLMENT, CAP, "Je veux devenir cuisinier.", List.of());
        submit(REFUSED_TRAINEE, RequestType.TRAINING_ENROLMENT, LOGISTICS, null, List.of());
        submit(APPOINTMENT, RequestType.APPOINTMENT, null, "Préparer ma sortie.",
                List.of(new HalfDay(appointmentDay(LocalDate.now(fr.inserre.kiosk.common.ClockProducer.ZONE)),
                        HalfDay.Half.MORNING)));
    }

    /** The second weekday from today that is no public holiday: the workshop runs that morning. */
    public static LocalDate appointmentDay(LocalDate today) {
        LocalDate day = today;
        int weekdays = 0;
        while (weekdays < 2) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !DemoSchedule.PUBLIC_HOLIDAYS.containsKey(MonthDay.from(day))) {
                weekdays++;
            }
        }
        return day;
    }

    private void submit(int index, RequestType type, String activityTitle, String text, List<HalfDay> halfDays) {
        long detainee = ((Number) em.createNativeQuery("select detainee_id from detainee_credential "
                + "where badge_number = ?").setParameter(1, DemoDataLoader.badge(index)).getSingleResult()).longValue();
        if (kiosk.inProgress(detainee, type) > 0) {
            return;
        }
        Long activity = activityTitle == null ? null : em.createQuery("select a.id from Activity a "
                + "where a.title = :title and a.establishment.code = :code", Long.class)
                .setParameter("title", activityTitle).setParameter("code", DemoDataLoader.ESTABLISHMENT_CODE)
                .getSingleResult();
        kiosk.submit(detainee, type, null, activity, text, halfDays);
    }
}
