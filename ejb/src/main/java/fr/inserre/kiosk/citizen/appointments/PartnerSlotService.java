package fr.inserre.kiosk.citizen.appointments;

import fr.inserre.kiosk.audit.AuditTrail;
import fr.inserre.kiosk.citizen.Partner;
import fr.inserre.kiosk.citizen.PartnerDirectory;
import fr.inserre.kiosk.citizen.UnknownPartnerException;
import fr.inserre.kiosk.citizen.release.CitizenWords;
import fr.inserre.kiosk.common.ChangedMeanwhileException;
import fr.inserre.kiosk.common.ClockProducer;
import fr.inserre.kiosk.establishment.Establishment;
import fr.inserre.kiosk.establishment.Place;
import fr.inserre.kiosk.establishment.PlaceKind;
import fr.inserre.kiosk.establishment.UnknownEstablishmentException;
import fr.inserre.kiosk.establishment.UnknownPlaceException;
import fr.inserre.kiosk.identity.Roles;
import fr.inserre.kiosk.identity.StaffAccess;
import fr.inserre.kiosk.notification.NotificationKind;
import fr.inserre.kiosk.notification.Notifications;
import fr.inserre.kiosk.schedule.Appointment;
import fr.inserre.kiosk.schedule.Interval;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Partner slots for staff. A PARTNER account publishes and withdraws its own partner's slots and sees who
 * booked them (name and prison number, nothing else); the direction may act for any partner and sets the
 * establishment's cancellation delay; the CPIP reads. A partner account reaches only its own partner's
 * slots: any other id is "introuvable".
 */
@Stateless
@RolesAllowed({Roles.PARTNER, Roles.PROBATION_OFFICER, Roles.DIRECTION, Roles.SYSTEM})
public class PartnerSlotService {

    public static final int MIN_MINUTES = 10;
    public static final int MAX_MINUTES = 240;
    public static final int MAX_COUNT = 16;

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffAccess staffAccess;

    @Inject
    PartnerDirectory directory;

    @Inject
    PartnerSlots slots;

    @Inject
    Notifications notifications;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** The partner the calling PARTNER account acts for; refused when the account is linked to none. */
    @RolesAllowed(Roles.PARTNER)
    public Partner myPartner() {
        return directory.mine().orElseThrow(NotAPartnerAccountException::new);
    }

    /**
     * Publishes {@code count} consecutive slots of {@code minutes} each from {@code start} on the date, in a
     * place of the espace citoyen. Refused in the past, out of range, or over a slot the partner already offers.
     */
    @RolesAllowed({Roles.PARTNER, Roles.DIRECTION, Roles.SYSTEM})
    public List<PartnerSlot> publish(long partnerId, @NotNull LocalDate date, @NotNull LocalTime start, int minutes,
            int count, long placeId) {
        Partner partner = partner(partnerId, true);
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES || count < 1 || count > MAX_COUNT) {
            throw new InvalidSlotsException(MIN_MINUTES, MAX_MINUTES, MAX_COUNT);
        }
        Place place = em.find(Place.class, placeId);
        if (place == null || !place.getEstablishment().equals(partner.getEstablishment())) {
            throw new UnknownPlaceException(placeId);
        }
        if (place.getKind() != PlaceKind.CITIZEN_SPACE || !place.isActive()) {
            throw new NotACitizenSpaceException(place.getName());
        }
        ZonedDateTime first = ZonedDateTime.of(date, start, ClockProducer.ZONE);
        if (!first.toInstant().isAfter(clock.instant())) {
            throw new SlotInPastException();
        }
        List<Interval> wanted = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            wanted.add(new Interval(first.plusMinutes((long) i * minutes).toInstant(),
                    first.plusMinutes((long) (i + 1) * minutes).toInstant()));
        }
        Interval all = new Interval(wanted.get(0).start(), wanted.get(count - 1).end());
        em.createQuery("select s from PartnerSlot s where s.partner = :partner and s.state = :open "
                + "and s.startAt < :end and s.endAt > :start order by s.startAt", PartnerSlot.class)
                .setParameter("partner", partner).setParameter("open", SlotState.OPEN)
                .setParameter("start", all.start()).setParameter("end", all.end()).setMaxResults(1)
                .getResultStream().findFirst().ifPresent(s -> {
                    throw new SlotOverlapException(LocalDate.ofInstant(s.getStartAt(), ClockProducer.ZONE),
                            LocalTime.ofInstant(s.getStartAt(), ClockProducer.ZONE));
                });
        List<PartnerSlot> published = new ArrayList<>();
        for (Interval when : wanted) {
            PartnerSlot slot = new PartnerSlot(partner, place, when);
            em.persist(slot);
            published.add(slot);
        }
        audit.recordWithDetail("citizen.slot.publish", "Partner", partner.getId(),
                count + " x " + minutes + " min from " + first.toLocalDateTime());
        return published;
    }

    /**
     * Withdraws a slot; a booking on it is cancelled and the detainee told. Refused once it has started.
     */
    @RolesAllowed({Roles.PARTNER, Roles.DIRECTION, Roles.SYSTEM})
    public void withdraw(long slotId, long versionSeen) {
        PartnerSlot slot = em.find(PartnerSlot.class, slotId, LockModeType.PESSIMISTIC_WRITE);
        if (slot == null) {
            throw new UnknownSlotException(slotId);
        }
        partnerOrUnknown(slot);
        ChangedMeanwhileException.check(slot, versionSeen);
        if (!slot.getStartAt().isAfter(clock.instant())) {
            throw new SlotInPastException();
        }
        if (slot.isBooked()) {
            Appointment appointment = slot.getAppointment();
            appointment.cancel(CitizenWords.french("appointment.withdrawnByPartner"));
            notifications.tell(appointment.getDetainee().getId(), NotificationKind.APPOINTMENT_CANCELLED,
                    appointment.getKind().name(), appointment.getStartAt(), appointment.getCancelReason());
            slot.free();
        }
        slot.withdraw();
        audit.record("citizen.slot.withdraw", "PartnerSlot", slotId);
    }

    /**
     * A partner's slots between two dates (inclusive), withdrawn ones included, with who booked each (name
     * and prison number only). A PARTNER account sees only its own partner's.
     */
    public List<SlotView> slotsOf(long partnerId, @NotNull LocalDate from, @NotNull LocalDate to) {
        Partner partner = partner(partnerId, false);
        return em.createQuery("select s from PartnerSlot s "
                + "where s.partner = :partner and s.startAt >= :from and s.startAt < :to order by s.startAt, s.id",
                PartnerSlot.class).setHint("jakarta.persistence.fetchgraph", slots.withBooking())
                .setParameter("partner", partner)
                .setParameter("from", from.atStartOfDay(ClockProducer.ZONE).toInstant())
                .setParameter("to", to.plusDays(1).atStartOfDay(ClockProducer.ZONE).toInstant())
                .getResultList().stream().map(PartnerSlots::view).toList();
    }

    /** The places of the espace citoyen where slots are held, by name. */
    public List<Place> places(long establishmentId) {
        staffAccess.requireEstablishment(establishmentId);
        return em.createQuery("select p from Place p where p.establishment.id = :e and p.kind = :kind "
                + "and p.active = true order by p.name", Place.class)
                .setParameter("e", establishmentId).setParameter("kind", PlaceKind.CITIZEN_SPACE).getResultList();
    }

    public BookingPolicy policy(long establishmentId) {
        staffAccess.requireEstablishment(establishmentId);
        return slots.policy(establishmentId);
    }

    /** Sets how many hours before a partner appointment a detainee may still cancel it at the kiosk. */
    @RolesAllowed({Roles.DIRECTION, Roles.SYSTEM})
    public BookingPolicy changeCancelHours(long establishmentId, int hours) {
        staffAccess.requireEstablishment(establishmentId);
        BookingPolicy policy = em.createNamedQuery("BookingPolicy.findByEstablishment", BookingPolicy.class)
                .setParameter("establishmentId", establishmentId).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
        if (policy == null) {
            Establishment establishment = em.find(Establishment.class, establishmentId);
            if (establishment == null) {
                throw new UnknownEstablishmentException(establishmentId);
            }
            policy = new BookingPolicy(establishment);
            policy.changeCancelHours(hours);
            em.persist(policy);
        } else {
            policy.changeCancelHours(hours);
        }
        audit.recordWithDetail("citizen.policy.change", "BookingPolicy", policy.getId(), "cancel_hours " + hours);
        return policy;
    }

    /** The partner, checked: a PARTNER caller may only name its own; others, one of their establishment. */
    private Partner partner(long partnerId, boolean lock) {
        Partner partner = lock ? em.find(Partner.class, partnerId, LockModeType.PESSIMISTIC_WRITE)
                : em.find(Partner.class, partnerId);
        if (partner == null) {
            throw new UnknownPartnerException(partnerId);
        }
        staffAccess.requireEstablishment(partner.getEstablishment().getId());
        if (actsOnlyAsPartner() && !partner.hasAccount(context.getCallerPrincipal().getName())) {
            throw new UnknownPartnerException(partnerId);
        }
        return partner;
    }

    private void partnerOrUnknown(PartnerSlot slot) {
        try {
            partner(slot.getPartner().getId(), false);
        } catch (UnknownPartnerException notTheirs) {
            throw new UnknownSlotException(slot.getId());
        }
    }

    /** A partner account (and nothing more): it reaches its own partner only. */
    private boolean actsOnlyAsPartner() {
        return context.isCallerInRole(Roles.PARTNER) && !context.isCallerInRole(Roles.DIRECTION)
                && !context.isCallerInRole(Roles.SYSTEM) && !context.isCallerInRole(Roles.PROBATION_OFFICER);
    }
}
