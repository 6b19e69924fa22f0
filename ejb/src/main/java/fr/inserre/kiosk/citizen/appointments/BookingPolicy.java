package fr.inserre.kiosk.citizen.appointments;

import fr.inserre.kiosk.common.AuditedEntity;
import fr.inserre.kiosk.establishment.Establishment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An establishment's rule for partner appointments: a detainee may cancel at the kiosk until this many
 * hours before the start ({@value #DEFAULT_CANCEL_HOURS} without a row), so that the partner can offer the
 * slot again; later, only through staff.
 */
@Entity
@Table(name = "booking_policy")
@NamedQuery(name = "BookingPolicy.findByEstablishment",
        query = "select p from BookingPolicy p where p.establishment.id = :establishmentId")
public class BookingPolicy extends AuditedEntity {

    public static final int DEFAULT_CANCEL_HOURS = 24;
    public static final int MAX_CANCEL_HOURS = 168;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "establishment_id", nullable = false, updatable = false)
    private Establishment establishment;

    @Column(name = "cancel_hours", nullable = false)
    private int cancelHours = DEFAULT_CANCEL_HOURS;

    protected BookingPolicy() {
        // for JPA and the defaults
    }

    BookingPolicy(Establishment establishment) {
        this.establishment = Objects.requireNonNull(establishment);
    }

    /** The rule of an establishment that has not set its own (not persisted). */
    public static BookingPolicy defaults() {
        return new BookingPolicy();
    }

    public void changeCancelHours(int hours) {
        if (hours < 0 || hours > MAX_CANCEL_HOURS) {
            throw new InvalidBookingPolicyException(hours, MAX_CANCEL_HOURS);
        }
        cancelHours = hours;
    }

    /** The last moment a booking starting then may be cancelled at the kiosk. */
    public Instant cancellableUntil(Instant start) {
        return start.minus(Duration.ofHours(cancelHours));
    }

    /** Whether a booking starting at {@code start} may still be cancelled by the detainee at {@code now}. */
    public boolean mayCancel(Instant now, Instant start) {
        return !now.isAfter(cancellableUntil(start));
    }

    public int getCancelHours() {
        return cancelHours;
    }

    public Establishment getEstablishment() {
        return establishment;
    }
}
