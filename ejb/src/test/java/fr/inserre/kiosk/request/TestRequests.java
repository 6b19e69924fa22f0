package fr.inserre.kiosk.request;

import static fr.inserre.kiosk.common.Persisted.withId;

import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.establishment.Establishment;
import fr.inserre.kiosk.schedule.Activity;
import fr.inserre.kiosk.schedule.ActivityDetails;
import fr.inserre.kiosk.schedule.ActivityKind;
import fr.inserre.kiosk.schedule.PayClass;
import fr.inserre.kiosk.schedule.WorkType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test builder of requests as a detainee submits them (the constructor is the request engine's own),
 * each with the id the database would give it, in an establishment with a workshop and a training.
 */
public final class TestRequests {

    public static final Establishment ARRAS = withId(new Establishment("ARR", "InSERRE Arras", 180), 1L);
    public static final LocalDate START = LocalDate.of(2026, 9, 1);
    public static final Instant SUBMITTED_AT = Instant.parse("2026-11-02T09:00:00Z");
    public static final Activity WORKSHOP = withId(new Activity(ARRAS, new ActivityDetails(ActivityKind.WORK,
            WorkType.WORKSHOP, "Atelier menuiserie", null, null, "Atelier 2", 12, null, START, null, true,
            PayClass.PRODUCTION, null, null, 1), null), 10L);
    public static final Activity TRAINING = withId(new Activity(ARRAS, new ActivityDetails(
            ActivityKind.VOCATIONAL_TRAINING, null, "CAP cuisine", null, null, "Salle 1", 8, null, START, null, false,
            null, null, null, 1), null), 11L);

    private static final AtomicLong IDS = new AtomicLong(100);

    private TestRequests() {
    }

    public static Detainee detainee() {
        long id = IDS.incrementAndGet();
        return withId(new Detainee(ARRAS, "26A" + id, "Julien", "Dupont", LocalDate.of(2026, 1, 5), null), id);
    }

    public static Request training() {
        return submitted(RequestType.TRAINING_ENROLMENT, Team.TRAINING, TRAINING, false);
    }

    public static Request job() {
        return submitted(RequestType.JOB_APPLICATION, Team.WORK, WORKSHOP, false);
    }

    public static Request anyWork() {
        return submitted(RequestType.JOB_APPLICATION, Team.WORK, null, true);
    }

    private static Request submitted(RequestType type, Team team, Activity activity, boolean anyWork) {
        return withId(new Request(detainee(), type, team, activity, anyWork, null, List.of(), "token-" + IDS.get(),
                At.detainee(7L, SUBMITTED_AT), SUBMITTED_AT.atZone(fr.inserre.kiosk.common.ClockProducer.ZONE).toLocalDate()
                        .plusDays(type.serviceLevelDays())), IDS.incrementAndGet());
    }
}
