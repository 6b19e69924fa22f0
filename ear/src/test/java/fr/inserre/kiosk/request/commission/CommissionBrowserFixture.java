package fr.inserre.kiosk.request.commission;

import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.detainee.DetaineeService;
import fr.inserre.kiosk.detainee.NewDetainee;
import fr.inserre.kiosk.establishment.Establishment;
import fr.inserre.kiosk.establishment.EstablishmentService;
import fr.inserre.kiosk.identity.Roles;
import fr.inserre.kiosk.identity.StaffService;
import fr.inserre.kiosk.request.MyRequestsService;
import fr.inserre.kiosk.request.NewRequest;
import fr.inserre.kiosk.schedule.Activity;
import fr.inserre.kiosk.schedule.ActivityDetails;
import fr.inserre.kiosk.schedule.ActivityKind;
import fr.inserre.kiosk.schedule.ActivityService;
import fr.inserre.kiosk.schedule.PayClass;
import fr.inserre.kiosk.schedule.SlotRule;
import fr.inserre.kiosk.schedule.WorkType;
import fr.inserre.kiosk.testing.AsDetainee;
import fr.inserre.kiosk.testing.TestEstablishments;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;

/**
 * Deployed with the commission's browser test: an establishment of its own ("TBROWSER-CPU") with a
 * direction account, a workshop, a training and three detainees who have asked at the kiosk — a
 * training (TRAINEE), a job in the workshop (WORKER), any work (ANY_WORK) — so that no commission of
 * the test touches the demo establishment other tests count. Created once per run.
 */
@Singleton
@Startup
@jakarta.ejb.DependsOn("inserre-kiosk-ejb.jar#SchemaMigration")
@RunAs(Roles.SYSTEM)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CommissionBrowserFixture {

    public static final String CODE = "TBROWSER-CPU";
    public static final String LOGIN = "cpu.test";
    public static final String PASSWORD = "inserre-cpu.test";
    public static final String TRAINING = "CAP cuisine (CPU)";
    public static final String WORKSHOP = "Atelier menuiserie (CPU)";
    public static final String TRAINEE = "Benali";
    public static final String WORKER = "Moreau";
    public static final String ANY_WORK = "Nguyen";

    @Inject
    EstablishmentService establishments;

    @Inject
    StaffService staff;

    @Inject
    DetaineeService detainees;

    @Inject
    ActivityService activities;

    @Inject
    MyRequestsService myRequests;

    @Inject
    Clock clock;

    @PostConstruct
    void create() {
        Establishment establishment = TestEstablishments.createOnceWithDirection(establishments, staff, CODE,
                "Test commission", 100, LOGIN, PASSWORD, "Claire Leroy").orElse(null);
        if (establishment == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Activity training = activity(establishment, ActivityKind.VOCATIONAL_TRAINING, TRAINING, LocalTime.of(13, 30),
                LocalTime.of(16, 30), today);
        Activity workshop = activity(establishment, ActivityKind.WORK, WORKSHOP, LocalTime.of(8, 0),
                LocalTime.of(11, 30), today);
        ask(person(establishment, "P-001", TRAINEE, today), NewRequest.training(training.getId(),
                "Je veux devenir cuisinier", "cpu-browser-1"));
        ask(person(establishment, "P-002", WORKER, today), NewRequest.job(workshop.getId(), null, "cpu-browser-2"));
        ask(person(establishment, "P-003", ANY_WORK, today), NewRequest.job(null, null, "cpu-browser-3"));
    }

    private Activity activity(Establishment establishment, ActivityKind kind, String title, LocalTime start,
            LocalTime end, LocalDate from) {
        boolean work = kind == ActivityKind.WORK;
        Activity activity = activities.create(establishment.getId(), new ActivityDetails(kind,
                work ? WorkType.WORKSHOP : null, title, null, null, "Salle " + title, 10, null, from, null, work,
                work ? PayClass.PRODUCTION : null, null, null, 1));
        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            activities.addSlot(activity.getId(), SlotRule.weekly(day, start, end));
        }
        return activity;
    }

    private Detainee person(Establishment establishment, String cell, String lastName, LocalDate today) {
        establishments.addCell(establishment.getId(), cell);
        return detainees.register(establishment.getId(), new NewDetainee("CPU" + cell.replace("-", ""), "Sam",
                lastName, cell, "fr", false, today.minusMonths(3), null));
    }

    private void ask(Detainee detainee, NewRequest wish) {
        try {
            AsDetainee.call(detainee.getId(), () -> myRequests.submit(wish));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
