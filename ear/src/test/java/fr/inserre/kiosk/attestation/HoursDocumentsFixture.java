package fr.inserre.kiosk.attestation;

import fr.inserre.kiosk.common.ClockProducer;
import fr.inserre.kiosk.demo.DemoDataLoader;
import fr.inserre.kiosk.identity.Roles;
import fr.inserre.kiosk.testing.TestRows;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * Deployed with {@code HoursDocumentsBrowserIT}: two months ago (before the demo's three weeks of
 * attendance), one of demo detainees 60 to 65 (the first admitted before that month) worked two
 * mornings of 3 h 30 at the joinery workshop, validated, and completed the logistics training, so that
 * the test knows the totals the documents must print: 7 h 00 of production work, one training.
 * Written once: not again while the sessions are there.
 */
@Singleton
@Startup
@DependsOn("DemoDataLoader")
@RunAs(Roles.SYSTEM)
@PermitAll
public class HoursDocumentsFixture {

    public static final int FIRST = 60;
    public static final int LAST = 65;
    public static final String WORKSHOP = "Atelier menuiserie";
    public static final String TRAINING = "Logistique et CACES";
    public static final String PLACE = "Atelier menuiserie (séances du test des documents)";
    public static final int MINUTES = 210;

    @PersistenceContext
    EntityManager em;

    /** The month of the fixture's hours. */
    public static YearMonth month(LocalDate today) {
        return YearMonth.from(today).minusMonths(2);
    }

    /** The first Tuesday of the month; the second morning is the Wednesday after (same week). */
    public static LocalDate firstDay(YearMonth month) {
        return month.atDay(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY));
    }

    @PostConstruct
    void create() {
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        YearMonth month = month(today);
        long existing = ((Number) em.createNativeQuery("select count(*) from activity_session where place = ?1")
                .setParameter(1, PLACE).getSingleResult()).longValue();
        if (existing > 0) {
            return;
        }
        Long detainee = null;
        for (int index = FIRST; index <= LAST && detainee == null; index++) {
            detainee = em.createQuery("select c.detainee.id from DetaineeCredential c where c.badgeNumber = :badge "
                    + "and c.detainee.status = fr.inserre.kiosk.detainee.DetaineeStatus.PRESENT "
                    + "and c.detainee.entryDate <= :first and c.detainee.establishment.code = :code", Long.class)
                    .setParameter("badge", DemoDataLoader.badge(index)).setParameter("code", DemoDataLoader.ESTABLISHMENT_CODE).setParameter("first", month.atDay(1))
                    .getResultStream().findFirst().orElse(null);
        }
        if (detainee == null) {
            throw new IllegalStateException("no demo detainee 60 to 65 admitted before " + month);
        }
        long workshop = activity(WORKSHOP);
        LocalDate first = firstDay(month);
        for (LocalDate day : new LocalDate[] {first, first.plusDays(1)}) {
            ZonedDateTime start = ZonedDateTime.of(day, LocalTime.of(8, 0), ClockProducer.ZONE);
            ZonedDateTime end = start.plusMinutes(MINUTES);
            long session = TestRows.session(em, workshop, start.toInstant(), end.toInstant(), PLACE);
            TestRows.presence(em, session, workshop, detainee, start.toInstant(), end.toInstant());
        }
        em.createNativeQuery("insert into timesheet (version, establishment_id, detainee_id, activity_id, week_start, status, "
                + "validated_minutes, validated_at, validated_by, created_at, created_by, updated_at, updated_by) select 0, "
                + "d.establishment_id, d.id, ?1, ?2, 'VALIDATED', ?3, utc_timestamp(6), 'chef.atelier', utc_timestamp(6), "
                + "'test', utc_timestamp(6), 'test' from detainee d where d.id = ?4").setParameter(1, workshop)
                .setParameter(2, first.with(DayOfWeek.MONDAY)).setParameter(3, 2 * MINUTES).setParameter(4, detainee)
                .executeUpdate();
        em.createNativeQuery("insert into allocation (version, detainee_id, activity_id, from_date, until_date, status, "
                + "end_reason, created_at, created_by, updated_at, updated_by) values (0, ?1, ?2, ?3, ?4, 'ENDED', "
                + "'COMPLETED', utc_timestamp(6), 'test', utc_timestamp(6), 'test')").setParameter(1, detainee)
                .setParameter(2, activity(TRAINING)).setParameter(3, month.atDay(2)).setParameter(4, month.atDay(20))
                .executeUpdate();
    }

    private long activity(String title) {
        return em.createQuery("select a.id from Activity a where a.title = :title and a.establishment.code = :code",
                Long.class).setParameter("title", title).setParameter("code", DemoDataLoader.ESTABLISHMENT_CODE)
                .getSingleResult();
    }
}
