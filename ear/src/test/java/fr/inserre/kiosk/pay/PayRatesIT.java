package fr.inserre.kiosk.pay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.audit.AuditOutcome;
import fr.inserre.kiosk.audit.AuditRecord;
import fr.inserre.kiosk.audit.AuditTrail;
import fr.inserre.kiosk.common.ClockProducer;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.detainee.DetaineeService;
import fr.inserre.kiosk.detainee.NewDetainee;
import fr.inserre.kiosk.establishment.Establishment;
import fr.inserre.kiosk.establishment.EstablishmentService;
import fr.inserre.kiosk.schedule.Activity;
import fr.inserre.kiosk.schedule.ActivityDetails;
import fr.inserre.kiosk.schedule.ActivityKind;
import fr.inserre.kiosk.schedule.ActivityService;
import fr.inserre.kiosk.schedule.PayClass;
import fr.inserre.kiosk.schedule.WorkType;
import fr.inserre.kiosk.testing.AsDemoDirection;
import fr.inserre.kiosk.testing.AsDetainee;
import fr.inserre.kiosk.testing.AsDirection;
import fr.inserre.kiosk.testing.AsSupervisor;
import fr.inserre.kiosk.testing.AsSystem;
import fr.inserre.kiosk.testing.Deployments;
import fr.inserre.kiosk.testing.TestEstablishments;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Pay rates on the real EAR and MariaDB: the seeded values, dated changes, refusals, who may do what. */
@ExtendWith(ArquillianExtension.class)
class PayRatesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(PayRatesIT.class, AsDirection.class);
    }

    @Inject
    PayRatesService payRates;

    @Inject
    EstablishmentService establishments;

    @Inject
    DetaineeService detainees;

    @Inject
    ActivityService activities;

    @Inject
    AuditTrail audit;

    @Inject
    AsSystem system;

    @Inject
    AsDirection direction;

    @Inject
    AsSupervisor supervisor;

    @Inject
    AsDemoDirection demoDirection;

    @PersistenceContext
    EntityManager em;

    private Establishment establishment;
    private LocalDate today;

    @BeforeEach
    void ownEstablishment() throws Exception {
        establishment = TestEstablishments.create(system, establishments, 180, "A-001");
        today = LocalDate.now(ClockProducer.ZONE);
    }

    private <T> T as(AsDirectionLike who, Callable<T> work) {
        try {
            return who.call(work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private interface AsDirectionLike {
        <T> T call(Callable<T> work) throws Exception;
    }

    private AsDirectionLike direction() {
        return direction::call;
    }

    private PayRate schedule(RateItem item, LocalDate from, String value) {
        return as(direction(), () -> payRates.schedule(establishment.getId(), new NewPayRate(item, from, new BigDecimal(value))));
    }

    @Test
    void seededValues_areReadable_withTheRatesTheyGive() {
        List<RateSummary> june2026 = as(system::call, () -> payRates.summaries(establishment.getId(), LocalDate.of(2026, 6, 15)));
        RateTable table = as(system::call, () -> payRates.table(establishment.getId()));

        assertEquals(RateItem.values().length, june2026.size());
        assertEquals(new BigDecimal("12.02"), june2026.get(RateItem.MINIMUM_WAGE.ordinal()).applied());
        assertEquals(new BigDecimal("45.00"), june2026.get(RateItem.PRODUCTION.ordinal()).applied());
        assertEquals(Money.euros("3.97"), june2026.get(RateItem.CLASS_I.ordinal()).perHour());
        assertEquals(Money.euros("2.28"), june2026.get(RateItem.TRAINING_ALLOWANCE.ordinal()).perHour());
        assertEquals(Money.euros("5.25"), table.rateFor(PayBasis.work(PayClass.PRODUCTION), LocalDate.of(2024, 10, 31)).perHour());
        assertEquals(Money.euros("5.35"), table.rateFor(PayBasis.work(PayClass.PRODUCTION), LocalDate.of(2024, 11, 1)).perHour());
        assertEquals(Money.euros("2.41"), table.rateFor(PayBasis.work(PayClass.CLASS_III), LocalDate.of(2026, 1, 1)).perHour());
    }

    @Test
    void datedShare_appliesFromItsDayOnly_toThisEstablishmentOnly_andIsAudited() throws Exception {
        Establishment other = TestEstablishments.create(system, establishments, 100, "Z-001");
        LocalDate from = today.plusDays(10);

        PayRate recorded = schedule(RateItem.CLASS_I, from, "40");

        RateTable table = as(system::call, () -> payRates.table(establishment.getId()));
        PayBasis classI = PayBasis.work(PayClass.CLASS_I);
        assertEquals(new BigDecimal("33.00"), table.rateFor(classI, from.minusDays(1)).share());
        assertEquals(from, table.rateFor(classI, from.minusDays(1)).until());
        HourlyRate applied = table.rateFor(classI, from);
        assertEquals(new BigDecimal("40.00"), applied.share());
        assertTrue(applied.establishmentValue());
        assertEquals(RateTable.hourly(applied.minimumWage(), new BigDecimal("40")), applied.perHour());
        RateTable otherTable = as(system::call, () -> payRates.table(other.getId()));
        assertEquals(new BigDecimal("33.00"), otherTable.rateFor(classI, from).share());
        List<AuditRecord> trail = audit.forEntity("PayRate", recorded.getId());
        assertEquals(1, trail.size());
        assertEquals("pay.rate.schedule", trail.get(0).getAction());
        assertTrue(trail.get(0).getDetail().contains("CLASS_I 40.00 from " + from), trail.get(0).getDetail());
    }

    @Test
    void activityRate_followsItsPayBasis() throws Exception {
        Activity joinery = activity(ActivityKind.WORK, true, PayClass.PRODUCTION);
        Activity cap = activity(ActivityKind.VOCATIONAL_TRAINING, true, null);
        Activity fle = activity(ActivityKind.EDUCATION, false, null);
        LocalDate day = LocalDate.of(2026, 2, 2);

        assertEquals(Money.euros("5.41"), as(system::call, () -> payRates.rateFor(joinery.getId(), day)).perHour());
        assertEquals(Money.euros("2.28"), as(system::call, () -> payRates.rateFor(cap.getId(), day)).perHour());
        HourlyRate unpaid = as(system::call, () -> payRates.rateFor(fle.getId(), day));
        assertFalse(unpaid.isPaid());
        assertEquals(Money.ZERO, unpaid.amountFor(120));
    }

    private Activity activity(ActivityKind kind, boolean paid, PayClass payClass) throws Exception {
        WorkType type = kind == ActivityKind.WORK ? WorkType.WORKSHOP : null;
        return system.call(() -> activities.create(establishment.getId(), new ActivityDetails(kind, type, "Pay " + kind,
                null, null, "Salle", 10, null, today, null, paid, payClass, null, null, 1)));
    }

    @Test
    void pastDay_isRefused_withAnAuditedRefusal_andTodayIsAccepted() {
        RateInPastException refused = assertThrows(RateInPastException.class,
                () -> schedule(RateItem.TRAINING_ALLOWANCE, today.minusDays(1), "2.50"));

        assertEquals(List.of(today.minusDays(1), today), refused.getArguments());
        assertTrue(em.createQuery("select count(a) from AuditRecord a where a.action = 'pay.rate.schedule' "
                + "and a.outcome = :refused and a.detail like :detail", Long.class)
                .setParameter("refused", AuditOutcome.REFUSED).setParameter("detail", "%pay.rate.past%")
                .getSingleResult() > 0);
        PayRate fromToday = schedule(RateItem.TRAINING_ALLOWANCE, today, "2.50");
        assertEquals(Money.euros("2.50"), as(system::call, () -> payRates.table(establishment.getId()))
                .rateFor(PayBasis.TRAINING, today).perHour());
        // In force from today: part of what is paid, so it stays.
        assertThrows(RateAlreadyInForceException.class,
                () -> as(direction(), () -> { payRates.withdraw(establishment.getId(), fromToday.getId()); return null; }));
    }

    @Test
    void belowFloor_duplicateAndOver100_areRefused() {
        LocalDate from = today.plusDays(3);
        BelowFloorException below = assertThrows(BelowFloorException.class, () -> schedule(RateItem.CLASS_II, from, "24.99"));
        assertEquals(List.of("24.99", from, "25"), below.getArguments());
        assertThrows(InvalidRateException.class, () -> schedule(RateItem.PRODUCTION, from, "100.01"));
        schedule(RateItem.CLASS_II, from, "25");
        assertThrows(DuplicateRateException.class, () -> schedule(RateItem.CLASS_II, from, "26"));
    }

    @Test
    void minimumWage_isNational_andAValueNotYetInForceCanBeWithdrawn() throws Exception {
        Establishment other = TestEstablishments.create(system, establishments, 100, "Z-001");
        // Far in the future and random, so that it touches no other test's pay and runs again on the same database.
        LocalDate from = LocalDate.of(2090, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));

        PayRate wage = schedule(RateItem.MINIMUM_WAGE, from, "25.00");

        assertTrue(wage.isNational());
        assertThrows(DuplicateRateException.class, () -> schedule(RateItem.MINIMUM_WAGE, from, "26.00"));
        RateTable seenByOther = as(system::call, () -> payRates.table(other.getId()));
        assertEquals(Money.euros("11.25"), seenByOther.rateFor(PayBasis.work(PayClass.PRODUCTION), from).perHour());
        as(direction(), () -> { payRates.withdraw(establishment.getId(), wage.getId()); return null; });
        assertTrue(as(system::call, () -> payRates.table(other.getId())).nationalValue(RateItem.MINIMUM_WAGE, from)
                .orElseThrow().getEffectiveFrom().isBefore(from));
        assertEquals("pay.rate.withdraw", audit.forEntity("PayRate", wage.getId()).get(1).getAction());
    }

    @Test
    void nationalFloor_cannotBeWithdrawnFromTheScreen() {
        PayRate floor = as(system::call, () -> payRates.table(establishment.getId()))
                .nationalValue(RateItem.CLASS_I, today).orElseThrow();

        assertThrows(InvalidRateException.class,
                () -> as(direction(), () -> { payRates.withdraw(establishment.getId(), floor.getId()); return null; }));
    }

    @Test
    void roles_staffRead_onlyDirectionChanges_eachInItsOwnEstablishment() throws Exception {
        NewPayRate raise = new NewPayRate(RateItem.PRODUCTION, today.plusDays(5), new BigDecimal("50"));

        assertEquals(RateItem.values().length, as(supervisor::call, () -> payRates.summaries(establishment.getId(), today)).size());
        assertThrows(EJBAccessException.class,
                () -> as(supervisor::call, () -> payRates.schedule(establishment.getId(), raise)));
        // The demo direction belongs to InSERRE Arras, not to this establishment.
        assertThrows(EJBAccessException.class,
                () -> as(demoDirection::call, () -> payRates.schedule(establishment.getId(), raise)));
        assertThrows(EJBAccessException.class,
                () -> as(demoDirection::call, () -> payRates.table(establishment.getId())));
    }

    @Test
    void detainee_readsTheRatesOfTheirOwnEstablishmentOnly() throws Exception {
        Establishment other = TestEstablishments.create(system, establishments, 100, "Z-001");
        Detainee detainee = system.call(() -> detainees.register(establishment.getId(), new NewDetainee("P" + establishment
                .getCode().substring(1, 8), "Paul", "Martin", "A-001", "fr", false, today.minusMonths(1), null)));

        RateTable own = AsDetainee.call(detainee.getId(), () -> payRates.table(establishment.getId()));

        assertEquals(establishment.getId(), own.establishmentId());
        assertThrows(EJBAccessException.class, () -> AsDetainee.call(detainee.getId(), () -> payRates.table(other.getId())));
        assertThrows(EJBAccessException.class, () -> AsDetainee.call(detainee.getId(),
                () -> payRates.schedule(establishment.getId(), new NewPayRate(RateItem.CLASS_I, today, BigDecimal.TEN))));
    }

    /**
     * The monthly statement's pricing: one SQL statement for the rates, then a month of 180 detainees
     * (22 working days, two activities each) priced in memory.
     */
    @Test
    void monthOfAWholeEstablishment_isPricedWithOneStatement() throws Exception {
        schedule(RateItem.CLASS_I, today.plusDays(1), "35");
        Statistics statistics = em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        long start = System.nanoTime();

        PayCalculator calculator = as(system::call, () -> payRates.calculator(establishment.getId()));
        long statements = statistics.getPrepareStatementCount();
        List<WorkedTime<String>> month = new ArrayList<>();
        PayClass[] classes = PayClass.values();
        for (int detainee = 0; detainee < 180; detainee++) {
            PayBasis work = PayBasis.work(classes[detainee % classes.length]);
            for (int day = 0; day < 22; day++) {
                LocalDate date = today.minusDays(10).plusDays(day);
                month.add(new WorkedTime<>(detainee + "/work", work, date, 300 + detainee % 7));
                month.add(new WorkedTime<>(detainee + "/training", detainee % 2 == 0 ? PayBasis.TRAINING : PayBasis.UNPAID,
                        date, 90));
            }
        }
        List<PricedLine<String>> lines = calculator.price(month);
        long millis = (System.nanoTime() - start) / 1_000_000;

        System.out.printf("Pay of a month of 180 detainees (%d days worked, %d lines): %d statement(s), %d ms%n",
                month.size(), lines.size(), statements, millis);
        // One for the rates; a second only if a timer of the server happened to run meanwhile (shared statistics).
        assertTrue(statements <= 2, () -> statements + " statements");
        // Class I detainees (every 4th, from index 1) get two work lines: before and after tomorrow's own share.
        assertEquals(180 + 45 + 180, lines.size());
        long minutes = lines.stream().mapToLong(PricedLine::minutes).sum();
        assertEquals(month.stream().mapToLong(WorkedTime::minutes).sum(), minutes);
        assertFalse(PayCalculator.total(lines).isZero());
    }
}
