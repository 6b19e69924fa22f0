package fr.inserre.kiosk.pay;

import fr.inserre.kiosk.audit.AuditTrail;
import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.common.CurrentActor;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.identity.Roles;
import fr.inserre.kiosk.identity.StaffAccess;
import fr.inserre.kiosk.schedule.Activity;
import fr.inserre.kiosk.schedule.UnknownActivityException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The rates pay is computed from: read them (the rate table of an establishment, the rate of an
 * activity on a day, each item as it stands), and record new dated values.
 *
 * <p>Who: every staff role that works with detainees' files reads; a detainee reads their own
 * establishment's rates (their pay on "Mes heures"); only the direction records or withdraws a value
 * (no accounts-office role exists yet). A value applies from today or a later day, never a past one;
 * a value not yet in force may be withdrawn; each change is in the audit trail.
 *
 * <p>Scope: the minimum wage is national, so a direction records it for every establishment (it is the
 * law, published in the Journal officiel; the audit trail says who and from which establishment). The
 * shares of the pay classes and the training allowance the direction records are its establishment's
 * own; the national floors and the national training default come with the software (migrations).
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.WORK_MANAGER, Roles.TRAINING_MANAGER, Roles.PROBATION_OFFICER,
    Roles.DIRECTION, Roles.SYSTEM})
public class PayRatesService {

    private static final String ENTITY = "PayRate";

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffAccess staffAccess;

    @Inject
    CurrentActor actor;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * Every national value and every value of the establishment, in one SQL statement: what the
     * monthly statement prices a whole establishment's month with ({@link PayCalculator}).
     */
    @RolesAllowed({Roles.SUPERVISOR, Roles.WORK_MANAGER, Roles.TRAINING_MANAGER, Roles.PROBATION_OFFICER,
        Roles.DIRECTION, Roles.SYSTEM, Roles.DETAINEE})
    public RateTable table(long establishmentId) {
        requireReader(establishmentId);
        return load(establishmentId);
    }

    /** A calculator on the establishment's rates (one SQL statement). */
    @RolesAllowed({Roles.SUPERVISOR, Roles.WORK_MANAGER, Roles.TRAINING_MANAGER, Roles.PROBATION_OFFICER,
        Roles.DIRECTION, Roles.SYSTEM, Roles.DETAINEE})
    public PayCalculator calculator(long establishmentId) {
        return new PayCalculator(table(establishmentId));
    }

    /** What an hour of this activity pays on this day (unpaid activities: a zero rate). */
    @RolesAllowed({Roles.SUPERVISOR, Roles.WORK_MANAGER, Roles.TRAINING_MANAGER, Roles.PROBATION_OFFICER,
        Roles.DIRECTION, Roles.SYSTEM, Roles.DETAINEE})
    public HourlyRate rateFor(long activityId, @NotNull LocalDate day) {
        Activity activity = em.find(Activity.class, activityId);
        if (activity == null) {
            throw new UnknownActivityException(activityId);
        }
        long establishmentId = activity.getEstablishment().getId();
        requireReader(establishmentId);
        PayBasis basis = PayBasis.of(activity);
        return basis.isPaid() ? load(establishmentId).rateFor(basis, day) : HourlyRate.unpaid();
    }

    /** Each rate item as it stands on the day, in the items' order. */
    public List<RateSummary> summaries(long establishmentId, @NotNull LocalDate day) {
        requireReader(establishmentId);
        RateTable table = load(establishmentId);
        return Arrays.stream(RateItem.values()).map(item -> table.summary(item, day)).toList();
    }

    /** Every value, national and the establishment's, newest first within each item. */
    public List<PayRate> history(long establishmentId) {
        requireReader(establishmentId);
        return load(establishmentId).history();
    }

    /**
     * Records a value from its day on: the minimum wage for every establishment, another item for this
     * establishment only. Refused for a past day, a second value of the same day, a share above 100 %
     * or below the national floor in force on that day.
     */
    @RolesAllowed({Roles.DIRECTION, Roles.SYSTEM})
    public PayRate schedule(long establishmentId, @NotNull @Valid NewPayRate rate) {
        staffAccess.requireEstablishment(establishmentId);
        try {
            PayRate value = checked(establishmentId, rate);
            em.persist(value);
            audit.recordWithDetail("pay.rate.schedule", ENTITY, value.getId(), describe(value));
            return value;
        } catch (BusinessException refused) {
            audit.recordRefusal("pay.rate.schedule", ENTITY, null, rate.item() + " " + rate.value() + " from "
                    + rate.from() + ": " + refused.getMessageKey());
            throw refused;
        }
    }

    /** Withdraws a value not yet in force (a mistake noticed in time); one in force stays for good. */
    @RolesAllowed({Roles.DIRECTION, Roles.SYSTEM})
    public void withdraw(long establishmentId, long rateId) {
        staffAccess.requireEstablishment(establishmentId);
        PayRate value = em.find(PayRate.class, rateId);
        if (value == null || !(value.isNational() || value.getEstablishmentId() == establishmentId)) {
            throw new UnknownRateException(rateId);
        }
        if (value.isNational() && !value.getItem().isNationalOnly()) {
            throw new InvalidRateException(InvalidRateException.Rule.NATIONAL_VALUE_FROM_RELEASE);
        }
        if (value.inForceOn(today())) {
            throw new RateAlreadyInForceException(value.getEffectiveFrom());
        }
        em.remove(value);
        audit.recordWithDetail("pay.rate.withdraw", ENTITY, rateId, describe(value));
    }

    private PayRate checked(long establishmentId, NewPayRate rate) {
        LocalDate today = today();
        if (rate.from().isBefore(today)) {
            throw new RateInPastException(rate.from(), today);
        }
        RateItem item = rate.item();
        if (item.isShare() && rate.value().compareTo(java.math.BigDecimal.valueOf(100)) > 0) {
            throw new InvalidRateException(InvalidRateException.Rule.SHARE_OVER_100);
        }
        Long scope = item.isNationalOnly() ? null : establishmentId;
        if (item.isShare()) {
            PayRate floor = load(establishmentId).nationalValue(item, rate.from())
                    .orElseThrow(() -> new NoRateInForceException(rate.from()));
            if (rate.value().compareTo(floor.getValue()) < 0) {
                throw new BelowFloorException(rate.value().stripTrailingZeros().toPlainString(), rate.from(),
                        floor.getValue().stripTrailingZeros().toPlainString());
            }
        }
        if (em.createNamedQuery("PayRate.countSame", Long.class).setParameter("item", item)
                .setParameter("from", rate.from()).setParameter("establishment", scope).getSingleResult() > 0) {
            throw new DuplicateRateException(rate.from());
        }
        return new PayRate(item, scope, rate.from(), rate.value(), clock.instant(), actor.name());
    }

    private RateTable load(long establishmentId) {
        return new RateTable(establishmentId, em.createNamedQuery("PayRate.findForEstablishment", PayRate.class)
                .setParameter("establishment", establishmentId).getResultList());
    }

    /** A staff caller of the establishment, the system, or a detainee of the establishment. */
    private void requireReader(long establishmentId) {
        Long detaineeId = actor.detaineeId();
        if (detaineeId == null) {
            staffAccess.requireEstablishment(establishmentId);
            return;
        }
        Detainee detainee = em.find(Detainee.class, detaineeId);
        if (detainee == null || detainee.getEstablishment().getId() != establishmentId) {
            throw new EJBAccessException("establishment " + establishmentId + " is not the detainee's");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String describe(PayRate value) {
        return value.getItem() + " " + value.getValue().toPlainString() + " from " + value.getEffectiveFrom()
                + (value.isNational() ? " (national)" : " (establishment)");
    }
}
