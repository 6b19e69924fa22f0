package fr.inserre.kiosk.pay;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One dated value of a {@link RateItem}: it applies from its date until the next value of the same
 * item and scope. National when it has no establishment. Never changed once written: a new value is a
 * new row, and only a value not yet in force may be withdrawn.
 */
@Entity
@Immutable
@Table(name = "pay_rate")
@NamedQuery(name = "PayRate.findForEstablishment", query = "select r from PayRate r "
        + "where r.establishmentId is null or r.establishmentId = :establishment order by r.item, r.effectiveFrom")
@NamedQuery(name = "PayRate.countSame", query = "select count(r) from PayRate r where r.item = :item "
        + "and r.effectiveFrom = :from and ((:establishment is null and r.establishmentId is null) "
        + "or r.establishmentId = :establishment)")
public class PayRate implements Serializable {

    private static final long serialVersionUID = 1L;

    /** DECIMAL(9, 2): up to 9,999,999.99 with two decimals. */
    public static final int PRECISION = 9;
    public static final int SCALE = 2;
    public static final int ACTOR_MAX = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 24, updatable = false)
    private RateItem item;

    /** Null: a national value. */
    @Column(name = "establishment_id", updatable = false)
    private Long establishmentId;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDate effectiveFrom;

    @Column(name = "rate_value", nullable = false, precision = PRECISION, scale = SCALE, updatable = false)
    private BigDecimal value;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = ACTOR_MAX, updatable = false)
    private String createdBy;

    protected PayRate() {
        // for JPA
    }

    PayRate(RateItem item, Long establishmentId, LocalDate effectiveFrom, BigDecimal value, Instant createdAt,
            String createdBy) {
        if (item.isNationalOnly() && establishmentId != null) {
            throw new IllegalArgumentException(item + " is national only");
        }
        this.item = Objects.requireNonNull(item, "item");
        this.establishmentId = establishmentId;
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        this.value = value.setScale(SCALE);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Long getId() {
        return id;
    }

    public RateItem getItem() {
        return item;
    }

    public Long getEstablishmentId() {
        return establishmentId;
    }

    public boolean isNational() {
        return establishmentId == null;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    /** Euros an hour (minimum wage, training allowance) or percent of the minimum wage (work classes). */
    public BigDecimal getValue() {
        return value;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    /** Whether it already applies on this day (it may then no longer be withdrawn). */
    public boolean inForceOn(LocalDate day) {
        return !effectiveFrom.isAfter(day);
    }

    @Override
    public String toString() {
        return item + (isNational() ? " national" : " establishment " + establishmentId) + " " + value + " from "
                + effectiveFrom;
    }
}
