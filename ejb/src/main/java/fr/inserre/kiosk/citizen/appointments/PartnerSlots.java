package fr.inserre.kiosk.citizen.appointments;

import fr.inserre.kiosk.citizen.Partner;
import fr.inserre.kiosk.common.ClockProducer;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.schedule.Commitment;
import fr.inserre.kiosk.schedule.Commitments;
import fr.inserre.kiosk.schedule.Conflicts;
import fr.inserre.kiosk.schedule.Interval;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/** What the slot services share: the establishment's rule, schedule conflicts, the next free slot, views. */
@Dependent
public class PartnerSlots {

    /** How many next slots of a partner are tried when offering one to a person who lost a race. */
    static final int NEXT_TRIED = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    Commitments commitments;

    /** Fetches a slot's partner, place, and booking with its detainee (no alias on fetch joins: JPA forbids it). */
    EntityGraph<PartnerSlot> withBooking() {
        EntityGraph<PartnerSlot> graph = em.createEntityGraph(PartnerSlot.class);
        graph.addAttributeNodes("partner", "place");
        graph.addSubgraph("appointment").addAttributeNodes("detainee");
        return graph;
    }

    public BookingPolicy policy(long establishmentId) {
        return em.createNamedQuery("BookingPolicy.findByEstablishment", BookingPolicy.class)
                .setParameter("establishmentId", establishmentId).getResultStream().findFirst()
                .orElseGet(BookingPolicy::defaults);
    }

    /** Refuses the slot for the person if they are expected elsewhere meanwhile (activity or appointment). */
    void refuseConflict(long detaineeId, Interval when) {
        conflict(detaineeId, when).ifPresent(c -> {
            LocalDate date = LocalDate.ofInstant(c.start(), ClockProducer.ZONE);
            LocalTime start = LocalTime.ofInstant(c.start(), ClockProducer.ZONE);
            LocalTime end = LocalTime.ofInstant(c.when().end(), ClockProducer.ZONE);
            throw c.appointment() ? new SlotAppointmentConflictException(date, start, end)
                    : new SlotActivityConflictException(c.what(), date, start, end);
        });
    }

    private Optional<Commitment> conflict(long detaineeId, Interval when) {
        LocalDate from = LocalDate.ofInstant(when.start(), ClockProducer.ZONE);
        LocalDate to = LocalDate.ofInstant(when.end(), ClockProducer.ZONE);
        return Conflicts.first(List.of(when), commitments.of(detaineeId, from, to, null));
    }

    /** The next free slot of the partner after {@code after} that the person could take, or null. */
    FreeSlot nextFree(Partner partner, Instant after, long detaineeId) {
        List<PartnerSlot> candidates = em.createQuery("select s from PartnerSlot s join fetch s.place "
                + "left join fetch s.appointment where s.partner = :partner and s.state = :open and s.startAt > :after "
                + "order by s.startAt, s.id", PartnerSlot.class)
                .setParameter("partner", partner).setParameter("open", SlotState.OPEN).setParameter("after", after)
                .setMaxResults(NEXT_TRIED).getResultList();
        for (PartnerSlot slot : candidates) {
            if (!slot.isBooked() && conflict(detaineeId, slot.interval()).isEmpty()) {
                return free(slot);
            }
        }
        return null;
    }

    /** The person's coming appointment with the partner, if any (one at a time per partner). */
    Optional<PartnerSlot> bookedWith(Partner partner, Detainee detainee, Instant now) {
        return em.createQuery("select s from PartnerSlot s join s.appointment a where s.partner = :partner "
                + "and a.detainee = :detainee and a.state = fr.inserre.kiosk.schedule.AppointmentState.PLANNED "
                + "and s.endAt > :now", PartnerSlot.class)
                .setParameter("partner", partner).setParameter("detainee", detainee).setParameter("now", now)
                .setMaxResults(1).getResultStream().findFirst();
    }

    static FreeSlot free(PartnerSlot slot) {
        return new FreeSlot(slot.getId(), slot.getPartner().getId(), slot.getPartner().getName(), slot.getStartAt(),
                slot.getEndAt(), slot.getPlace().getName());
    }

    static SlotView view(PartnerSlot slot) {
        boolean booked = slot.isBooked();
        Detainee who = booked ? slot.getAppointment().getDetainee() : null;
        return new SlotView(slot.getId(), slot.getVersion(), slot.getPartner().getName(), slot.getStartAt(),
                slot.getEndAt(), slot.getPlace().getName(), slot.getState(), who == null ? null : who.getDisplayName(),
                who == null ? null : who.getPrisonNumber());
    }
}
