package fr.inserre.kiosk.pay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.inserre.kiosk.common.ClockProducer;
import fr.inserre.kiosk.demo.DemoDataLoader;
import fr.inserre.kiosk.establishment.Establishment;
import fr.inserre.kiosk.establishment.EstablishmentService;
import fr.inserre.kiosk.schedule.ActivityDetails;
import fr.inserre.kiosk.schedule.ActivityKind;
import fr.inserre.kiosk.schedule.ActivityService;
import fr.inserre.kiosk.schedule.PayClass;
import fr.inserre.kiosk.schedule.WorkType;
import fr.inserre.kiosk.testing.AsDemoDirection;
import fr.inserre.kiosk.testing.AsDirection;
import fr.inserre.kiosk.testing.AsSystem;
import fr.inserre.kiosk.testing.Deployments;
import fr.inserre.kiosk.testing.TestEstablishments;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Monthly statements on the real EAR and MariaDB: every detainee's validated and pending minutes and
 * amounts equal an independent SQL sum over the attendance rows (with the seeded 2026 hourly rates,
 * rounded half up per line by the database), over the demo's month and over a generated month of 180
 * detainees, whose statements cost a few SQL statements whatever their number (time printed).
 */
@ExtendWith(ArquillianExtension.class)
class StatementIT {

    /** 2026 hourly rates from the seeded national values (SMIC 12.02 × share, rounded up to the cent). */
    private static final String RATE_SQL = "case when not act.paid then 0 when act.kind = 'VOCATIONAL_TRAINING' then 2.28 "
            + "when act.kind <> 'WORK' then 0 when act.pay_class = 'PRODUCTION' then 5.41 when act.pay_class = 'CLASS_I' "
            + "then 3.97 when act.pay_class = 'CLASS_II' then 3.01 when act.pay_class = 'CLASS_III' then 2.41 else 0 end";
    private static final YearMonth GENERATED = YearMonth.of(2026, 3);
    private static final int PEOPLE = 180;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(StatementIT.class, AsDirection.class);
    }

    @Inject
    MonthlyStatementService statements;

    @Inject
    EstablishmentService establishments;

    @Inject
    ActivityService activities;

    @Inject
    AsSystem system;

    @Inject
    AsDirection direction;

    @Inject
    AsDemoDirection demoDirection;

    @Inject
    UserTransaction transaction;

    @PersistenceContext
    EntityManager em;

    /** Per detainee: validated minutes, pending minutes, validated cents, pending cents, by SQL alone. */
    private Map<Long, long[]> expected(long establishmentId, YearMonth month) {
        Map<Long, long[]> byDetainee = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select x.detainee_id, x.validated, sum(x.minutes), "
                + "sum(round(x.minutes * x.rate / 60, 2) * 100) from (select a.detainee_id, "
                + "if(t.status = 'VALIDATED', 1, 0) as validated, a.activity_id, " + RATE_SQL + " as rate, "
                + "sum(a.minutes) as minutes from attendance a join activity act on act.id = a.activity_id "
                + "left join timesheet t on t.detainee_id = a.detainee_id and t.activity_id = a.activity_id "
                + "and t.week_start = a.week_start where a.establishment_id = ?1 and a.session_date between ?2 and ?3 "
                + "and a.minutes > 0 group by a.detainee_id, validated, a.activity_id, rate) x "
                + "group by x.detainee_id, x.validated").setParameter(1, establishmentId)
                .setParameter(2, month.atDay(1)).setParameter(3, month.atEndOfMonth()).getResultList();
        for (Object[] row : rows) {
            long[] values = byDetainee.computeIfAbsent(((Number) row[0]).longValue(), id -> new long[4]);
            boolean validated = ((Number) row[1]).intValue() == 1;
            values[validated ? 0 : 1] += ((Number) row[2]).longValue();
            values[validated ? 2 : 3] += new BigDecimal(row[3].toString()).longValueExact();
        }
        return byDetainee;
    }

    private static void assertSame(Map<Long, long[]> expected, StatementMonth month) {
        int withHours = 0;
        for (MonthlyStatement statement : month.statements()) {
            long[] sql = expected.getOrDefault(statement.detaineeId(), new long[4]);
            String who = statement.prisonNumber() + " " + month.month();
            assertEquals(sql[0], statement.validatedMinutes(), who + " validated minutes");
            assertEquals(sql[1], statement.pendingMinutes(), who + " pending minutes");
            assertEquals(sql[2], statement.validatedAmount().cents(), who + " validated amount");
            assertEquals(sql[3], statement.pendingAmount().cents(), who + " pending amount");
            withHours += statement.isBlank() ? 0 : 1;
        }
        assertEquals(expected.size(), withHours, "every detainee with hours has a statement with lines");
    }

    @Test
    void demoMonth_totalsEqualAnIndependentSqlSumOfTheAttendanceRows() throws Exception {
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        long demo = em.createQuery("select e.id from Establishment e where e.code = :code", Long.class)
                .setParameter("code", DemoDataLoader.ESTABLISHMENT_CODE).getSingleResult();
        for (YearMonth month : List.of(YearMonth.from(today.minusWeeks(3)), YearMonth.from(today))) {
            assumeTrue(month.getYear() == 2026, "the SQL side knows the 2026 rates only");
            StatementMonth statementMonth = demoDirection.call(() -> statements.month(demo, month));
            Map<Long, long[]> sql = expected(demo, month);

            assertSame(sql, statementMonth);
            long validated = sql.values().stream().mapToLong(v -> v[0]).sum();
            assertEquals(validated, statementMonth.validatedMinutes());
            System.out.printf("Demo statements %s: %d detainees, %d with hours, %d validated min, %s € validated, "
                    + "%s € pending%n", month, statementMonth.statements().size(), sql.size(), validated,
                    statementMonth.validatedAmount(), statementMonth.pendingAmount());
        }
        assertTrue(expected(demo, YearMonth.from(today.minusWeeks(2))).size() > 50, "the demo month has hours");
    }

    @Test
    void generatedMonthOf180Detainees_matchesSql_inAFewStatements_andPrintsAsOnePdf() throws Exception {
        Establishment establishment = TestEstablishments.create(system, establishments, 200, "A-001");
        long id = establishment.getId();
        LocalDate start = LocalDate.now(ClockProducer.ZONE).minusDays(30);
        Object[][] kinds = {{ActivityKind.WORK, PayClass.PRODUCTION, true}, {ActivityKind.WORK, PayClass.CLASS_I, true},
            {ActivityKind.WORK, PayClass.CLASS_II, true}, {ActivityKind.WORK, PayClass.CLASS_III, true},
            {ActivityKind.VOCATIONAL_TRAINING, null, true}, {ActivityKind.EDUCATION, null, false}};
        for (int i = 0; i < kinds.length; i++) {
            ActivityKind kind = (ActivityKind) kinds[i][0];
            PayClass payClass = (PayClass) kinds[i][1];
            boolean paid = (Boolean) kinds[i][2];
            String title = "Activité relevé " + i;
            system.call(() -> activities.create(id, new ActivityDetails(kind, kind == ActivityKind.WORK ? WorkType.WORKSHOP
                    : null, title, null, null, "Salle " + title, 200, null, start, null, paid, payClass, null, null, 1)));
        }
        generateMonth(id);

        Statistics statistics = em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        long began = System.nanoTime();
        StatementMonth month = direction.call(() -> statements.month(id, GENERATED));
        long millis = (System.nanoTime() - began) / 1_000_000;
        long statementCount = statistics.getPrepareStatementCount();
        began = System.nanoTime();
        byte[] pdf = direction.call(() -> statements.pdfAll(id, GENERATED, Locale.FRENCH));
        long pdfMillis = (System.nanoTime() - began) / 1_000_000;

        System.out.printf("Monthly statements of %d detainees (%d lines, %d validated min, %s € validated, %s € pending):"
                + " %d SQL statements, %d ms; all in one PDF: %d pages' worth, %d KiB, %d ms%n", month.statements().size(),
                month.statements().stream().mapToInt(s -> s.lines().size()).sum(), month.validatedMinutes(),
                month.validatedAmount(), month.pendingAmount(), statementCount, millis, month.statements().size(),
                pdf.length / 1024, pdfMillis);
        assertEquals(PEOPLE, month.statements().size());
        assertSame(expected(id, GENERATED), month);
        assertTrue(month.pendingMinutes() > 0 && month.validatedMinutes() > 0);
        assertTrue(statementCount <= 4, () -> statementCount + " statements");
        assertTrue(pdf.length > 10_000);
    }

    @Test
    void otherEstablishments_andOtherRoles_areRefused() throws Exception {
        Establishment other = TestEstablishments.create(system, establishments, 10, "A-001");
        assertThrows(EJBAccessException.class, () -> demoDirection.call(() -> statements.month(other.getId(), GENERATED)));
        assertThrows(NoStatementException.class, () -> direction.call(() -> statements.pdfAll(other.getId(), GENERATED,
                Locale.FRENCH)));
    }

    /**
     * 180 detainees, each on one of the six activities (d mod 6), a session every weekday of the month
     * from 08:00 for 3 to 4 hours (minutes vary by person and day), one absence in eleven; even-numbered
     * people's weeks validated, except the last; a few set-based statements.
     */
    private void generateMonth(long establishmentId) throws Exception {
        String first = GENERATED.atDay(1).toString();
        String last = GENERATED.atEndOfMonth().toString();
        transaction.begin();
        em.joinTransaction();
        em.createNativeQuery("insert into detainee (version, establishment_id, prison_number, first_name, last_name, "
                + "preferred_language, reading_support, entry_date, status, created_at, created_by, updated_at, updated_by) "
                + "select 0, ?1, concat('R', lpad(seq, 5, '0')), concat('Prénom', seq), concat('Relevé', lpad(seq, 3, '0')), "
                + "'fr', false, '2025-06-01', 'PRESENT', utc_timestamp(6), 'test', utc_timestamp(6), 'test' "
                + "from seq_1_to_" + PEOPLE).setParameter(1, establishmentId).executeUpdate();
        em.createNativeQuery("insert into activity_session (version, activity_id, slot_id, session_date, start_at, end_at, "
                + "place, state, created_at, created_by, updated_at, updated_by) select 0, a.id, null, "
                + "date_add(?2, interval s.seq - 1 day), timestamp(date_add(?2, interval s.seq - 1 day), '07:00:00'), "
                + "timestamp(date_add(?2, interval s.seq - 1 day), '11:00:00'), a.place, 'PLANNED', utc_timestamp(6), 'test', "
                + "utc_timestamp(6), 'test' from activity a join seq_1_to_31 s where a.establishment_id = ?1 "
                + "and date_add(?2, interval s.seq - 1 day) <= ?3 and weekday(date_add(?2, interval s.seq - 1 day)) < 5")
                .setParameter(1, establishmentId).setParameter(2, first).setParameter(3, last).executeUpdate();
        em.createNativeQuery("insert into attendance (version, establishment_id, session_id, activity_id, detainee_id, "
                + "session_date, week_start, status, present_from, present_to, minutes, absence_reason, source, revision, "
                + "created_at, created_by, updated_at, updated_by) select 0, ?1, x.session_id, x.activity_id, x.detainee_id, "
                + "x.session_date, subdate(x.session_date, weekday(x.session_date)), if(x.absent, 'ABSENT', 'PRESENT'), "
                + "if(x.absent, null, x.start_at), if(x.absent, null, date_add(x.start_at, interval x.minutes minute)), "
                + "if(x.absent, 0, x.minutes), if(x.absent, 'SICK', null), 'ROLL_CALL', 1, utc_timestamp(6), 'test', "
                + "utc_timestamp(6), 'test' from (select s.id as session_id, s.activity_id, d.id as detainee_id, "
                + "s.session_date, s.start_at, 180 + mod(d.id * 7 + dayofmonth(s.session_date) * 13, 61) as minutes, "
                + "mod(d.id + dayofmonth(s.session_date), 11) = 0 as absent from detainee d join activity a "
                + "on a.establishment_id = d.establishment_id join activity_session s on s.activity_id = a.id "
                + "where d.establishment_id = ?1 and mod(d.id, 6) = (select count(*) from activity b "
                + "where b.establishment_id = ?1 and b.id < a.id)) x").setParameter(1, establishmentId).executeUpdate();
        em.createNativeQuery("insert into timesheet (version, establishment_id, detainee_id, activity_id, week_start, status, "
                + "validated_minutes, validated_at, validated_by, created_at, created_by, updated_at, updated_by) "
                + "select 0, ?1, a.detainee_id, a.activity_id, a.week_start, 'VALIDATED', sum(a.minutes), utc_timestamp(6), "
                + "'test', utc_timestamp(6), 'test', utc_timestamp(6), 'test' from attendance a where a.establishment_id = ?1 "
                + "and mod(a.detainee_id, 2) = 0 and a.week_start < subdate(?2, weekday(?2)) "
                + "group by a.detainee_id, a.activity_id, a.week_start").setParameter(1, establishmentId)
                .setParameter(2, last).executeUpdate();
        transaction.commit();
    }
}
