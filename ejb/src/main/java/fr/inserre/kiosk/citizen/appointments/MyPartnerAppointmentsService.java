package fr.inserre.kiosk.citizen.appointments;

import fr.inserre.kiosk.audit.AuditTrail;
import fr.inserre.kiosk.citizen.Partner;
import fr.inserre.kiosk.citizen.release.CallingDetainee;
import fr.inserre.kiosk.citizen.release.CitizenWords;
import fr.inserre.kiosk.common.ClockProducer;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.detainee.DetaineeReleasedException;
import fr.inserre.kiosk.identity.Roles;
import fr.inserre.kiosk.notification.NotificationKind;
import fr.inserre.kiosk.notification.Notifications;
import fr.inserre.kiosk.schedule.Appointment;
import fr.inserre.kiosk.schedule.AppointmentState;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Rendez-vous partenaires" at the kiosk: the free slots of the establishment's partners in the coming
 * {@value #DAYS_AHEAD} days, booking one (first come, first served: the slot's row is locked, and whoever
 * comes second is told and offered the partner's next free slot; my own row is locked next, so two bookings of
 * mine at once are checked one against the other), my bookings to come, cancelling one until
 * the establishment's delay. A booking is a PARTNER appointment in "Mon planning", checked against my
 * schedule like any appointment. No method takes a detainee id.
 */
@Stateless
@RolesAllowed(Roles.DETAINEE)
public class MyPartnerAppointmentsService {

    public static final int DAYS_AHEAD = 14;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallingDetainee caller;

    @Inject
    PartnerSlots slots;

    @Inject
    Notifications notifications;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** What the kiosk's page shows: my appointments to come ({@link #mine()}) and the free slots ({@link #offers()}). */
    public record MyPartnerPage(List<MyPartnerAppointment> mine, List<PartnerOffer> offers) {
    }

    /** The page's two lists, reading me once (issue 10: at most 5 statements per kiosk page). */
    public MyPartnerPage page() {
        Detainee me = caller.find();
        Instant now = clock.instant();
        return new MyPartnerPage(mine(me, now), offers(me, now));
    }

    /** The active partners with free slots in the coming days, by partner name, each slot in time order. */
    public List<PartnerOffer> offers() {
        return offers(caller.find(), clock.instant());
    }

    private List<PartnerOffer> offers(Detainee me, Instant now) {
        Instant until = LocalDate.now(clock).plusDays(DAYS_AHEAD + 1L).atStartOfDay(ClockProducer.ZONE).toInstant();
        List<PartnerSlot> free = em.createQuery("select s from PartnerSlot s join s.partner p "
                + "left join s.appointment a where s.establishment = :e and s.state = :open and p.active = true "
                + "and s.startAt > :now and s.startAt < :until "
                + "and (a is null or a.state <> fr.inserre.kiosk.schedule.AppointmentState.PLANNED) "
                + "order by p.name, s.startAt, s.id", PartnerSlot.class)
                .setHint("jakarta.persistence.fetchgraph", slots.withBooking())
                .setParameter("e", me.getEstablishment()).setParameter("open", SlotState.OPEN)
                .setParameter("now", now).setParameter("until", until).getResultList();
        Map<Partner, List<FreeSlot>> byPartner = new LinkedHashMap<>();
        free.forEach(s -> byPartner.computeIfAbsent(s.getPartner(), p -> new ArrayList<>()).add(PartnerSlots.free(s)));
        List<PartnerOffer> offers = new ArrayList<>();
        byPartner.forEach((p, list) -> offers.add(new PartnerOffer(p.getId(), p.getName(), p.getKind(), List.copyOf(list))));
        return offers;
    }

    /** My partner appointments to come, in time order, with until when I may cancel each. */
    public List<MyPartnerAppointment> mine() {
        return mine(caller.find(), clock.instant());
    }

    private List<MyPartnerAppointment> mine(Detainee me, Instant now) {
        BookingPolicy policy = slots.policy(me.getEstablishment().getId());
        return em.createQuery("select s from PartnerSlot s join s.appointment a "
                + "where a.detainee = :me and a.state = :planned and s.endAt > :now order by s.startAt", PartnerSlot.class)
                .setHint("jakarta.persistence.fetchgraph", slots.withBooking())
                .setParameter("me", me).setParameter("planned", AppointmentState.PLANNED).setParameter("now", now)
                .getResultList().stream().map(s -> mine(s, policy, now)).toList();
    }

    /**
     * Books the slot for me. Refused when someone else was first (with the partner's next free slot I could
     * take), when it has started, when I am expected elsewhere then, or when I already have an appointment to
     * come with this partner.
     */
    public MyPartnerAppointment book(long slotId) {
        long meId = caller.id();
        // The slot's lock comes first, before any other read of this transaction: whoever waited for it then
        // reads what the first booking committed. My own row's lock comes next, always in this order (no
        // deadlock): my two bookings of different slots at once are served one after the other, so the second
        // sees the first in my schedule and is refused if they overlap.
        PartnerSlot slot = em.find(PartnerSlot.class, slotId, LockModeType.PESSIMISTIC_WRITE);
        Detainee me = em.find(Detainee.class, meId, LockModeType.PESSIMISTIC_WRITE);
        if (slot == null || me == null || !slot.getEstablishment().equals(me.getEstablishment())
                || !slot.getPartner().isActive()) {
            throw new UnknownSlotException(slotId);
        }
        if (!me.isPresent()) {
            throw new DetaineeReleasedException(me.getPrisonNumber());
        }
        Instant now = clock.instant();
        if (!slot.getStartAt().isAfter(now)) {
            throw new SlotInPastException();
        }
        if (slot.isBooked() || slot.getState() != SlotState.OPEN) {
            audit.recordRefusal("citizen.slot.book", "PartnerSlot", slotId, "taken");
            throw new SlotTakenException(slots.nextFree(slot.getPartner(), slot.getStartAt(), meId));
        }
        slots.bookedWith(slot.getPartner(), me, now).ifPresent(other -> {
            throw new AlreadyBookedWithPartnerException(slot.getPartner().getName(),
                    LocalDate.ofInstant(other.getStartAt(), ClockProducer.ZONE));
        });
        slots.refuseConflict(meId, slot.interval());
        Appointment appointment = Appointment.withPartner(me, slot.interval(), slot.getPlace().getName(),
                slot.getPartner().getName());
        em.persist(appointment);
        slot.book(appointment);
        notifications.tell(meId, NotificationKind.APPOINTMENT_BOOKED, appointment.getKind().name(), slot.getStartAt(),
                null);
        audit.recordWithDetail("citizen.slot.book", "PartnerSlot", slotId, "appointment " + appointment.getId());
        return mine(slot, slots.policy(me.getEstablishment().getId()), now);
    }

    /** Cancels my booking of the slot, until the establishment's delay before it; the slot is offered again. */
    public void cancel(long slotId) {
        long meId = caller.id();
        PartnerSlot slot = em.find(PartnerSlot.class, slotId, LockModeType.PESSIMISTIC_WRITE);
        if (slot == null || !slot.isBooked() || slot.getAppointment().getDetainee().getId() != meId) {
            throw new UnknownSlotException(slotId);
        }
        BookingPolicy policy = slots.policy(slot.getEstablishment().getId());
        if (!policy.mayCancel(clock.instant(), slot.getStartAt())) {
            audit.recordRefusal("citizen.slot.cancel", "PartnerSlot", slotId, "too late");
            throw new CancelTooLateException(policy.getCancelHours());
        }
        Appointment appointment = slot.getAppointment();
        appointment.cancel(CitizenWords.french("appointment.cancelledByDetainee"));
        slot.free();
        audit.recordWithDetail("citizen.slot.cancel", "PartnerSlot", slotId, "appointment " + appointment.getId());
    }

    private static MyPartnerAppointment mine(PartnerSlot slot, BookingPolicy policy, Instant now) {
        return new MyPartnerAppointment(slot.getId(), slot.getAppointment().getId(), slot.getPartner().getName(),
                slot.getPartner().getKind(), slot.getStartAt(), slot.getEndAt(), slot.getPlace().getName(),
                policy.cancellableUntil(slot.getStartAt()), policy.mayCancel(now, slot.getStartAt()));
    }
}
