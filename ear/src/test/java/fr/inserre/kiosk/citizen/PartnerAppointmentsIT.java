package fr.inserre.kiosk.citizen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.attendance.AttendanceLedger;
import fr.inserre.kiosk.citizen.appointments.AlreadyBookedWithPartnerException;
import fr.inserre.kiosk.citizen.appointments.CancelTooLateException;
import fr.inserre.kiosk.citizen.appointments.MyPartnerAppointment;
import fr.inserre.kiosk.citizen.appointments.MyPartnerAppointmentsService;
import fr.inserre.kiosk.citizen.appointments.PartnerOffer;
import fr.inserre.kiosk.citizen.appointments.PartnerSlot;
import fr.inserre.kiosk.citizen.appointments.PartnerSlotService;
import fr.inserre.kiosk.citizen.appointments.SlotActivityConflictException;
import fr.inserre.kiosk.citizen.appointments.SlotAppointmentConflictException;
import fr.inserre.kiosk.citizen.appointments.SlotTakenException;
import fr.inserre.kiosk.citizen.appointments.SlotView;
import fr.inserre.kiosk.citizen.appointments.UnknownSlotException;
import fr.inserre.kiosk.citizen.release.CvService;
import fr.inserre.kiosk.citizen.release.ReleasePreparationService;
import fr.inserre.kiosk.common.ClockProducer;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.detainee.DetaineeService;
import fr.inserre.kiosk.establishment.Establishment;
import fr.inserre.kiosk.establishment.EstablishmentService;
import fr.inserre.kiosk.establishment.Place;
import fr.inserre.kiosk.establishment.PlaceKind;
import fr.inserre.kiosk.identity.Roles;
import fr.inserre.kiosk.identity.StaffRole;
import fr.inserre.kiosk.identity.StaffService;
import fr.inserre.kiosk.schedule.Activity;
import fr.inserre.kiosk.schedule.ActivityDetails;
import fr.inserre.kiosk.schedule.ActivityKind;
import fr.inserre.kiosk.schedule.ActivityService;
import fr.inserre.kiosk.schedule.AllocationService;
import fr.inserre.kiosk.schedule.AppointmentKind;
import fr.inserre.kiosk.schedule.AppointmentService;
import fr.inserre.kiosk.schedule.MyScheduleService;
import fr.inserre.kiosk.schedule.PayClass;
import fr.inserre.kiosk.schedule.ScheduleItem;
import fr.inserre.kiosk.schedule.SlotRule;
import fr.inserre.kiosk.schedule.WorkType;
import fr.inserre.kiosk.testing.AsDetainee;
import fr.inserre.kiosk.testing.AsStaff;
import fr.inserre.kiosk.testing.AsSystem;
import fr.inserre.kiosk.testing.Deployments;
import fr.inserre.kiosk.testing.TestDetainees;
import fr.inserre.kiosk.testing.TestEstablishments;
import fr.inserre.kiosk.testing.Concurrently;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.security.auth.server.SecurityIdentity;

/**
 * Partner appointments on the real EAR and MariaDB: two detainees booking one slot at once (one gets it,
 * the other is told and offered the next), what a partner account sees and reaches (its own partner's
 * slots, name and prison number only, never a detainee's file), the schedule check, cancellation until
 * the establishment's delay, and the booking in "Mon planning". Each test has its own establishment.
 */
@ExtendWith(ArquillianExtension.class)
class PartnerAppointmentsIT {

    static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(PartnerAppointmentsIT.class, AsStaff.class, Concurrently.class);
    }

    @Inject
    AsSystem system;

    @Inject
    EstablishmentService establishments;

    @Inject
    DetaineeService detainees;

    @Inject
    StaffService staff;

    @Inject
    PartnerDirectory directory;

    @Inject
    PartnerSlotService slots;

    @Inject
    MyPartnerAppointmentsService myAppointments;

    @Inject
    MyScheduleService mySchedule;

    @Inject
    AppointmentService appointments;

    @Inject
    ReleasePreparationService release;

    @Inject
    CvService cv;

    @Inject
    AttendanceLedger ledger;

    @Inject
    ActivityService activities;

    @Inject
    AllocationService allocations;

    private Establishment establishment;
    private Place office;
    private Partner franceTravail;
    private Partner caf;
    private String ftLogin;
    private String cafLogin;
    private Detainee julien;
    private Detainee amine;
    private LocalDate tuesday;

    @BeforeEach
    void ownEstablishment() throws Exception {
        establishment = TestEstablishments.create(system, establishments, 100, "A-001", "A-002");
        long e = establishment.getId();
        office = system.call(() -> establishments.addPlace(e, "Bureau partenaires", PlaceKind.CITIZEN_SPACE, 4));
        franceTravail = system.call(() -> directory.create(e, new PartnerDetails("France Travail", PartnerKind.FRANCE_TRAVAIL,
                "Inscription, recherche d'emploi", "Le mardi matin")));
        caf = system.call(() -> directory.create(e, new PartnerDetails("CAF", PartnerKind.CAF, "Prestations familiales",
                "Le jeudi")));
        ftLogin = account(franceTravail);
        cafLogin = account(caf);
        julien = register("A-001");
        amine = register("A-002");
        // A Tuesday more than a day ahead whatever today is: cancelling it is within the 24-hour delay.
        tuesday = LocalDate.now(ClockProducer.ZONE).with(TemporalAdjusters.next(DayOfWeek.TUESDAY)).plusWeeks(1);
    }

    private String account(Partner partner) throws Exception {
        String login = "p" + SEQUENCE.incrementAndGet() + UUID.randomUUID().toString().substring(0, 6);
        system.call(() -> staff.create(establishment.getId(), login, "Prénom", "Partenaire", EnumSet.of(StaffRole.PARTNER)));
        system.call(() -> {
            directory.linkAccount(partner.getId(), login);
            return null;
        });
        return login;
    }

    private Detainee register(String cell) throws Exception {
        return TestDetainees.register(system, detainees, establishment.getId(), cell,
                LocalDate.now(ClockProducer.ZONE).minusMonths(2), LocalDate.now(ClockProducer.ZONE).plusMonths(4));
    }

    /** A workshop every Tuesday from {@code start} to {@code end}, with the people allocated to it from today. */
    private Activity tuesdayWorkshop(String title, LocalTime start, LocalTime end, Detainee... people) throws Exception {
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        Activity activity = system.call(() -> activities.create(establishment.getId(), new ActivityDetails(
                ActivityKind.WORK, WorkType.WORKSHOP, title, null, null, "Atelier 1", 10, null, today, null, true,
                PayClass.PRODUCTION, null, null, 1)));
        system.call(() -> activities.addSlot(activity.getId(), SlotRule.weekly(DayOfWeek.TUESDAY, start, end)));
        for (Detainee person : people) {
            system.call(() -> allocations.allocate(activity.getId(), person.getId(), today, null, null));
        }
        return activity;
    }

    private <T> T asPartner(String login, Callable<T> work) throws Exception {
        return AsStaff.call(AsStaff.identity(login, Roles.PARTNER), work);
    }

    private List<PartnerSlot> publish(String login, Partner partner, LocalDate date, LocalTime start, int count)
            throws Exception {
        return asPartner(login, () -> slots.publish(partner.getId(), date, start, 30, count, office.getId()));
    }

    @Test
    void twoDetaineesTappingOneSlot_oneGetsIt_theOtherIsToldAndOfferedTheNextFreeSlot() throws Exception {
        List<PartnerSlot> published = publish(ftLogin, franceTravail, tuesday, LocalTime.of(9, 0), 3);
        long first = published.get(0).getId();

        List<Object> outcomes = bothTap(first);

        List<MyPartnerAppointment> won = outcomes.stream().filter(MyPartnerAppointment.class::isInstance)
                .map(MyPartnerAppointment.class::cast).toList();
        List<SlotTakenException> lost = outcomes.stream().filter(SlotTakenException.class::isInstance)
                .map(SlotTakenException.class::cast).toList();
        assertEquals(1, won.size(), () -> "outcomes " + outcomes);
        assertEquals(1, lost.size(), () -> "outcomes " + outcomes);
        assertEquals(first, won.get(0).slotId());
        assertNotNull(lost.get(0).getNext(), "the next free slot is offered");
        assertEquals(published.get(1).getId(), lost.get(0).getNext().slotId());
        List<SlotView> seen = asPartner(ftLogin, () -> slots.slotsOf(franceTravail.getId(), tuesday, tuesday));
        assertEquals(1, seen.stream().filter(SlotView::booked).count(), "one booking on the slot, not two");

        // The one who lost takes the slot offered.
        Detainee loser = outcomes.get(0) instanceof SlotTakenException ? julien : amine;
        long offered = lost.get(0).getNext().slotId();
        MyPartnerAppointment second = AsDetainee.call(loser.getId(), () -> myAppointments.book(offered));
        assertEquals(offered, second.slotId());
    }

    @Test
    void raceLoser_whoseNextSlotClashesWithAnActivity_isOfferedTheOneAfter() throws Exception {
        // 9:00, 9:30 and 10:00; both people are expected at the workshop from 9:30 to 10:00.
        List<PartnerSlot> published = publish(ftLogin, franceTravail, tuesday, LocalTime.of(9, 0), 3);
        tuesdayWorkshop("Conditionnement", LocalTime.of(9, 30), LocalTime.of(10, 0), julien, amine);
        long first = published.get(0).getId();

        List<Object> outcomes = bothTap(first);

        List<SlotTakenException> lost = outcomes.stream().filter(SlotTakenException.class::isInstance)
                .map(SlotTakenException.class::cast).toList();
        assertEquals(1, lost.size(), () -> "outcomes " + outcomes);
        assertEquals(published.get(2).getId(), lost.get(0).getNext().slotId(),
                "9:30 clashes with the workshop: 10:00 is offered");
        Detainee loser = outcomes.get(0) instanceof SlotTakenException ? julien : amine;
        long offered = lost.get(0).getNext().slotId();
        assertEquals(offered, AsDetainee.call(loser.getId(), () -> myAppointments.book(offered)).slotId());
    }

    @Test
    void oneDetaineeBookingTwoOverlappingSlotsAtOnce_getsOnlyOne() throws Exception {
        // Two partners, the same half hour: each slot's lock alone would let both bookings through.
        long ftSlot = publish(ftLogin, franceTravail, tuesday, LocalTime.of(9, 0), 1).get(0).getId();
        long cafSlot = publish(cafLogin, caf, tuesday, LocalTime.of(9, 15), 1).get(0).getId();
        SecurityIdentity julienAtKiosk = AsDetainee.identity(julien.getId());

        List<Object> outcomes = Concurrently.together(List.of(
                () -> AsDetainee.call(julienAtKiosk, () -> myAppointments.book(ftSlot)),
                () -> AsDetainee.call(julienAtKiosk, () -> myAppointments.book(cafSlot))));

        assertEquals(1, outcomes.stream().filter(MyPartnerAppointment.class::isInstance).count(),
                () -> "outcomes " + outcomes);
        assertEquals(1, outcomes.stream().filter(SlotAppointmentConflictException.class::isInstance).count(),
                () -> "outcomes " + outcomes);
        assertEquals(1, AsDetainee.call(julien.getId(), () -> myAppointments.mine()).size());
        List<SlotView> booked = new java.util.ArrayList<>(
                asPartner(ftLogin, () -> slots.slotsOf(franceTravail.getId(), tuesday, tuesday)));
        booked.addAll(asPartner(cafLogin, () -> slots.slotsOf(caf.getId(), tuesday, tuesday)));
        assertEquals(1, booked.stream().filter(SlotView::booked).count(), "one slot booked, not two");
    }

    @Test
    void booking_showsInMonPlanning_andTheSlotLeavesTheOffers() throws Exception {
        List<PartnerSlot> published = publish(ftLogin, franceTravail, tuesday, LocalTime.of(10, 0), 2);
        long slot = published.get(0).getId();
        List<PartnerOffer> before = AsDetainee.call(julien.getId(), () -> myAppointments.offers());
        assertEquals(List.of("France Travail"), before.stream().map(PartnerOffer::name).toList());
        assertEquals(2, before.get(0).slots().size());

        AsDetainee.call(julien.getId(), () -> myAppointments.book(slot));

        List<ScheduleItem> week = AsDetainee.call(julien.getId(), () -> mySchedule.week(tuesday));
        ScheduleItem item = week.stream().filter(i -> i.type() == ScheduleItem.Type.APPOINTMENT).findFirst().orElseThrow();
        assertEquals(AppointmentKind.PARTNER.name(), item.category());
        assertEquals("France Travail", item.withWhom());
        assertEquals("Bureau partenaires", item.place());
        assertEquals(ZonedDateTime.of(tuesday, LocalTime.of(10, 0), ClockProducer.ZONE).toInstant(), item.start());
        List<PartnerOffer> forAmine = AsDetainee.call(amine.getId(), () -> myAppointments.offers());
        assertEquals(1, forAmine.get(0).slots().size(), "the booked slot is no longer offered");
        assertEquals(List.of(slot), AsDetainee.call(julien.getId(), () -> myAppointments.mine()).stream()
                .map(MyPartnerAppointment::slotId).toList());
        // One coming appointment per partner and person.
        long other = published.get(1).getId();
        assertThrows(AlreadyBookedWithPartnerException.class,
                () -> AsDetainee.call(julien.getId(), () -> myAppointments.book(other)));
    }

    @Test
    void partner_seesOnlyItsOwnSlots_withNameAndPrisonNumberOnly_andReachesNoFile() throws Exception {
        long ftSlot = publish(ftLogin, franceTravail, tuesday, LocalTime.of(9, 0), 1).get(0).getId();
        long cafSlot = publish(cafLogin, caf, tuesday, LocalTime.of(14, 0), 1).get(0).getId();
        AsDetainee.call(julien.getId(), () -> myAppointments.book(ftSlot));
        AsDetainee.call(amine.getId(), () -> myAppointments.book(cafSlot));

        List<SlotView> mine = asPartner(ftLogin, () -> slots.slotsOf(franceTravail.getId(), tuesday, tuesday));
        assertEquals(1, mine.size());
        assertEquals(julien.getDisplayName(), mine.get(0).detaineeName());
        assertEquals(julien.getPrisonNumber(), mine.get(0).prisonNumber());
        assertEquals(List.of("slotId", "version", "partnerName", "start", "end", "place", "state", "detaineeName",
                "prisonNumber"), java.util.Arrays.stream(SlotView.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).toList(), "a partner's view holds nothing more");

        assertThrows(UnknownPartnerException.class,
                () -> asPartner(ftLogin, () -> slots.slotsOf(caf.getId(), tuesday, tuesday)));
        assertThrows(UnknownSlotException.class, () -> asPartner(ftLogin, () -> {
            slots.withdraw(cafSlot, 0);
            return null;
        }));
        assertThrows(UnknownPartnerException.class, () -> asPartner(ftLogin,
                () -> slots.publish(caf.getId(), tuesday, LocalTime.of(16, 0), 30, 1, office.getId())));
        long julienId = julien.getId();
        assertThrows(EJBAccessException.class, () -> asPartner(ftLogin, () -> detainees.view(julienId)));
        assertThrows(EJBAccessException.class, () -> asPartner(ftLogin, () -> release.checklistOf(julienId)));
        assertThrows(EJBAccessException.class, () -> asPartner(ftLogin, () -> cv.cvOf(julienId)));
        assertThrows(EJBAccessException.class, () -> asPartner(ftLogin,
                () -> ledger.of(julienId, tuesday.minusDays(30), tuesday)));
        assertThrows(EJBAccessException.class, () -> asPartner(ftLogin,
                () -> appointments.upcoming(establishment.getId(), tuesday, 10)));
    }

    @Test
    void slotOverAnotherCommitment_isRefused_withWhen() throws Exception {
        long slot = publish(ftLogin, franceTravail, tuesday, LocalTime.of(9, 0), 1).get(0).getId();
        system.call(() -> appointments.book(julien.getId(), AppointmentKind.PROBATION, tuesday, LocalTime.of(9, 15),
                LocalTime.of(10, 0), "Bureau SPIP", "CPIP", null));

        SlotAppointmentConflictException refused = assertThrows(SlotAppointmentConflictException.class,
                () -> AsDetainee.call(julien.getId(), () -> myAppointments.book(slot)));

        assertEquals(List.of(tuesday, LocalTime.of(9, 15), LocalTime.of(10, 0)), refused.getArguments());
        assertTrue(asPartner(ftLogin, () -> slots.slotsOf(franceTravail.getId(), tuesday, tuesday)).stream()
                .noneMatch(SlotView::booked));
    }

    @Test
    void slotOverAnActivitySession_isRefused_namingTheActivity() throws Exception {
        long slot = publish(ftLogin, franceTravail, tuesday, LocalTime.of(9, 0), 1).get(0).getId();
        tuesdayWorkshop("Menuiserie", LocalTime.of(8, 30), LocalTime.of(11, 30), julien);

        SlotActivityConflictException refused = assertThrows(SlotActivityConflictException.class,
                () -> AsDetainee.call(julien.getId(), () -> myAppointments.book(slot)));

        assertEquals(List.of("Menuiserie", tuesday, LocalTime.of(8, 30), LocalTime.of(11, 30)), refused.getArguments());
        assertTrue(asPartner(ftLogin, () -> slots.slotsOf(franceTravail.getId(), tuesday, tuesday)).stream()
                .noneMatch(SlotView::booked));
        // Amine is not at the workshop: the same slot is his to take.
        assertEquals(slot, AsDetainee.call(amine.getId(), () -> myAppointments.book(slot)).slotId());
    }

    @Test
    void cancel_freesTheSlot_untilTheDelay_thenIsRefused() throws Exception {
        long later = publish(ftLogin, franceTravail, tuesday, LocalTime.of(11, 0), 1).get(0).getId();
        AsDetainee.call(julien.getId(), () -> myAppointments.book(later));
        AsDetainee.call(julien.getId(), () -> {
            myAppointments.cancel(later);
            return null;
        });
        assertTrue(AsDetainee.call(julien.getId(), () -> myAppointments.mine()).isEmpty());
        assertEquals(1, AsDetainee.call(amine.getId(), () -> myAppointments.offers()).get(0).slots().size(),
                "offered again");

        // A slot within the next 24 hours: booked, but too late to cancel at the kiosk.
        ZonedDateTime soon = ZonedDateTime.now(ClockProducer.ZONE).plusHours(3).truncatedTo(ChronoUnit.HOURS);
        long close = asPartner(cafLogin, () -> slots.publish(caf.getId(), soon.toLocalDate(), soon.toLocalTime(), 30, 1,
                office.getId())).get(0).getId();
        MyPartnerAppointment booked = AsDetainee.call(amine.getId(), () -> myAppointments.book(close));
        assertEquals(false, booked.cancellable());

        CancelTooLateException refused = assertThrows(CancelTooLateException.class,
                () -> AsDetainee.call(amine.getId(), () -> {
                    myAppointments.cancel(close);
                    return null;
                }));
        assertEquals(List.of(24), refused.getArguments());
        assertEquals(1, AsDetainee.call(amine.getId(), () -> myAppointments.mine()).size());

        // The direction shortens the delay: cancelling is possible again.
        system.call(() -> slots.changeCancelHours(establishment.getId(), 1));
        AsDetainee.call(amine.getId(), () -> {
            myAppointments.cancel(close);
            return null;
        });
        assertTrue(AsDetainee.call(amine.getId(), () -> myAppointments.mine()).isEmpty());
    }

    @Test
    void partnerWithdrawingABookedSlot_cancelsTheAppointment() throws Exception {
        PartnerSlot slot = publish(ftLogin, franceTravail, tuesday, LocalTime.of(9, 0), 1).get(0);
        AsDetainee.call(julien.getId(), () -> myAppointments.book(slot.getId()));
        long version = asPartner(ftLogin, () -> slots.slotsOf(franceTravail.getId(), tuesday, tuesday)).get(0).version();

        asPartner(ftLogin, () -> {
            slots.withdraw(slot.getId(), version);
            return null;
        });

        assertTrue(AsDetainee.call(julien.getId(), () -> myAppointments.mine()).isEmpty());
        ScheduleItem item = AsDetainee.call(julien.getId(), () -> mySchedule.week(tuesday)).stream()
                .filter(i -> i.type() == ScheduleItem.Type.APPOINTMENT).findFirst().orElseThrow();
        assertTrue(item.isCancelled());
        assertNull(asPartner(ftLogin, () -> slots.slotsOf(franceTravail.getId(), tuesday, tuesday)).get(0).prisonNumber());
    }

    /** Julien and Amine tap the slot at the same moment; outcomes in that order. */
    private List<Object> bothTap(long slotId) throws Exception {
        SecurityIdentity julienAtKiosk = AsDetainee.identity(julien.getId());
        SecurityIdentity amineAtKiosk = AsDetainee.identity(amine.getId());
        return together(List.of(
                () -> AsDetainee.call(julienAtKiosk, () -> myAppointments.book(slotId)),
                () -> AsDetainee.call(amineAtKiosk, () -> myAppointments.book(slotId))));
    }

    /** The calls at the same moment; any refusal but "taken" fails the test. */
    private static List<Object> together(List<Callable<Object>> works) throws Exception {
        List<Object> outcomes = Concurrently.together(works);
        outcomes.forEach(o -> {
            if (o instanceof Exception e && !(e instanceof SlotTakenException)) {
                throw new AssertionError("unexpected refusal", e);
            }
        });
        return outcomes;
    }
}
