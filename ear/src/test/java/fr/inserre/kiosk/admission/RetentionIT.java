package fr.inserre.kiosk.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.audit.AuditOutcome;
import fr.inserre.kiosk.audit.AuditRecord;
import fr.inserre.kiosk.audit.AuditTrail;
import fr.inserre.kiosk.common.ClockProducer;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.detainee.DetaineeService;
import fr.inserre.kiosk.detainee.ReleaseReason;
import fr.inserre.kiosk.establishment.Establishment;
import fr.inserre.kiosk.establishment.EstablishmentService;
import fr.inserre.kiosk.schedule.Activity;
import fr.inserre.kiosk.schedule.ActivityDetails;
import fr.inserre.kiosk.schedule.ActivityKind;
import fr.inserre.kiosk.schedule.ActivityService;
import fr.inserre.kiosk.schedule.PayClass;
import fr.inserre.kiosk.schedule.WorkType;
import fr.inserre.kiosk.testing.AsSystem;
import fr.inserre.kiosk.testing.Deployments;
import fr.inserre.kiosk.testing.TestDetainees;
import fr.inserre.kiosk.testing.TestEstablishments;
import fr.inserre.kiosk.testing.TestRows;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The retention purge on the real EAR with people who have a history in every feature: a person released
 * longer ago than the retention period leaves no row behind in any table that points at them (directly or
 * through their requests, attendance lines, appointments or attestations), while a present person's rows
 * are all still there. Each establishment is purged in its own transaction: one that fails is left as it
 * was, the others are purged.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionIT {

    static final LocalDate ARRIVAL = LocalDate.of(2022, 1, 10);
    static final LocalDate RELEASE = LocalDate.of(2023, 5, 1);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inDomain(Deployments.earWith(RetentionIT.class), PurgeSaboteur.class);
    }

    @Inject
    AsSystem system;

    @Inject
    EstablishmentService establishments;

    @Inject
    DetaineeService detainees;

    @Inject
    ActivityService activities;

    @Inject
    AdmissionService admissions;

    @Inject
    RetentionService retention;

    @Inject
    AuditTrail audit;

    @Inject
    PurgeSaboteur saboteur;

    @Inject
    UserTransaction transaction;

    @PersistenceContext
    EntityManager em;

    private Establishment establishment;
    private Activity workshop;

    @BeforeEach
    void ownEstablishment() throws Exception {
        establishment = TestEstablishments.create(system, establishments, 50, "A-001", "A-002");
        workshop = system.call(() -> activities.create(establishment.getId(), new ActivityDetails(ActivityKind.WORK,
                WorkType.WORKSHOP, "Atelier conditionnement", null, null, "Atelier 1", 10, null,
                ARRIVAL.minusDays(7), null, true, PayClass.PRODUCTION, null, null, 1)));
    }

    private static final String SICK_NOTE = "malade, grippe, vu par le médecin";

    @Test
    void purge_leavesNoRowOfAPersonWithAHistoryInEveryFeature_andTouchesNothingOfThePresent() throws Exception {
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        Detainee gone = TestDetainees.register(system, detainees, establishment.getId(), "A-001", ARRIVAL, null);
        Detainee present = TestDetainees.register(system, detainees, establishment.getId(), "A-002", ARRIVAL, null);
        system.get(() -> admissions.issueBadge(gone.getId()));
        system.get(() -> admissions.issueBadge(present.getId()));
        history(gone.getId(), LocalDate.of(2022, 3, 7));
        history(present.getId(), LocalDate.of(2022, 3, 7));
        // The release ends the allocation, cancels the request with a notification and issues the attestation.
        system.get(() -> admissions.release(gone.getId(), RELEASE, ReleaseReason.RELEASED));
        Footprint goneRows = footprint(gone.getId());
        Footprint presentRows = footprint(present.getId());
        Map<String, Long> before = goneRows.count();
        before.forEach((table, rows) -> assertTrue(rows > 0, "the data set has " + table + " rows: " + before));
        assertEquals("CANCELLED", single("select status from detainee_request where detainee_id = ?1 "
                + "and type = 'GENERAL'", gone.getId()), "cancelled at release");
        assertTrue(((Number) single("select count(*) from notification where detainee_id = ?1 "
                + "and kind = 'REQUEST_CANCELLED'", gone.getId())).longValue() > 0, "told at release");
        Map<String, Long> presentBefore = presentRows.count();

        int purged = system.get(() -> retention.purge(new RetentionPolicy(730), today));

        assertTrue(purged >= 1, "other tests' establishments may have people due as well");
        assertNull(em.find(Detainee.class, gone.getId()));
        Map<String, Long> after = goneRows.count();
        after.forEach((table, rows) -> assertEquals(0L, rows, table + " still holds rows of the purged person: " + after));
        assertEquals(presentBefore, presentRows.count(), "the present person's data are untouched");
        assertEquals(List.of(), em.createQuery("select a.detail from AuditRecord a where a.detail like :note", String.class)
                .setParameter("note", "%" + SICK_NOTE + " " + gone.getId()).getResultList(),
                "staff's words about the purged person's lines are gone from the audit trail");
        assertEquals(1, em.createQuery("select a from AuditRecord a where a.detail like :note", AuditRecord.class)
                .setParameter("note", "%" + SICK_NOTE + " " + present.getId()).getResultList().size(),
                "the present person's are kept");
        assertNotNull(em.find(Detainee.class, present.getId()));
        assertEquals(1L, ((Number) single("select count(*) from partner_slot where establishment_id = ?1 "
                + "and appointment_id is null", establishment.getId())).longValue(), "the partner keeps the slot");
    }

    @Test
    void anEstablishmentWhosePurgeFails_isLeftAsItWas_andTheOthersArePurgedAllTheSame() throws Exception {
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        Establishment other = TestEstablishments.create(system, establishments, 50, "B-001");
        Detainee kept = TestDetainees.register(system, detainees, establishment.getId(), "A-001", ARRIVAL, null);
        Detainee elsewhere = TestDetainees.register(system, detainees, other.getId(), "B-001", ARRIVAL, null);
        history(kept.getId(), LocalDate.of(2022, 3, 7));
        system.get(() -> admissions.release(kept.getId(), RELEASE, ReleaseReason.RELEASED));
        system.get(() -> admissions.release(elsewhere.getId(), RELEASE, ReleaseReason.TRANSFERRED));
        Footprint keptRows = footprint(kept.getId());
        Map<String, Long> before = keptRows.count();

        saboteur.failIn(establishment.getId());
        int purged;
        try {
            purged = system.get(() -> retention.purge(new RetentionPolicy(730), today));
        } finally {
            saboteur.failIn(null);
        }

        assertTrue(purged >= 1, "the other establishment's person counts");
        assertNull(em.find(Detainee.class, elsewhere.getId()), "purged in the other establishment");
        assertNotNull(em.find(Detainee.class, kept.getId()), "nothing purged where it failed");
        assertEquals(before, keptRows.count(), "every row of the failed establishment's person is still there");
        List<AuditRecord> failed = purges(establishment.getId());
        assertEquals(1, failed.size(), "the failure is in the journal");
        assertEquals(AuditOutcome.REFUSED, failed.get(0).getOutcome(), "and not as a purge done");
        assertTrue(failed.get(0).getDetail().startsWith("failed releasedBefore="), failed.get(0).getDetail());
        assertEquals(1, purges(other.getId()).size());
        assertEquals(AuditOutcome.SUCCESS, purges(other.getId()).get(0).getOutcome());
    }

    private List<AuditRecord> purges(long establishmentId) {
        return system.get(() -> audit.forEntity("Establishment", establishmentId)).stream()
                .filter(r -> r.getAction().equals("retention.purge")).toList();
    }

    /** A history in every feature: allocation, hours, appointment with a partner, requests, checklist, CV. */
    private void history(long detaineeId, LocalDate day) throws Exception {
        long establishmentId = establishment.getId();
        long activityId = workshop.getId();
        ZonedDateTime start = ZonedDateTime.of(day, LocalTime.of(8, 0), ClockProducer.ZONE);
        ZonedDateTime end = start.plusMinutes(210);
        LocalDate monday = day.with(DayOfWeek.MONDAY);
        transaction.begin();
        em.joinTransaction();
        long allocation = insert("insert into allocation (version, detainee_id, activity_id, from_date, status, created_at, "
                + "created_by, updated_at, updated_by) values (0, ?1, ?2, ?3, 'ACTIVE', utc_timestamp(6), 'test', "
                + "utc_timestamp(6), 'test')", detaineeId, activityId, day.minusDays(14));
        long session = TestRows.session(em, activityId, start.toInstant(), end.toInstant(), "Atelier 1");
        TestRows.presence(em, session, activityId, detaineeId, start.toInstant(), end.toInstant());
        long attendance = ((Number) single("select id from attendance where session_id = ?1 and detainee_id = ?2",
                session, detaineeId)).longValue();
        insert("insert into attendance_entry (attendance_id, revision, status, present_from, present_to, minutes, "
                + "source, recorded_at, recorded_by) values (?1, 1, 'PRESENT', ?2, ?3, 210, 'ROLL_CALL', "
                + "utc_timestamp(6), 'test')", attendance, start.toInstant(), end.toInstant());
        insert("insert into clock_event (establishment_id, detainee_id, kind, at, outcome, attendance_id) values "
                + "(?1, ?2, 'IN', ?3, 'ACCEPTED', ?4)", establishmentId, detaineeId, start.toInstant(), attendance);
        // A correction's reason in the audit trail, as RollCallService writes it: staff's words about the person.
        insert("insert into audit_record (at, actor, action, entity_type, entity_id, outcome, detail) values "
                + "(utc_timestamp(6), 'test', 'attendance.correct', 'Attendance', ?1, 'SUCCESS', ?2)", attendance,
                "revision 2: " + SICK_NOTE + " " + detaineeId);
        insert("insert into timesheet (version, establishment_id, detainee_id, activity_id, week_start, status, "
                + "validated_minutes, validated_at, validated_by, created_at, created_by, updated_at, updated_by) values "
                + "(0, ?1, ?2, ?3, ?4, 'VALIDATED', 210, utc_timestamp(6), 'test', utc_timestamp(6), 'test', "
                + "utc_timestamp(6), 'test')", establishmentId, detaineeId, activityId, monday);
        long appointment = insert("insert into appointment (version, establishment_id, detainee_id, kind, start_at, "
                + "end_at, place, with_whom, created_at, created_by, updated_at, updated_by) values (0, ?1, ?2, "
                + "'PARTNER', ?3, ?4, 'Espace citoyen', 'Conseillère', utc_timestamp(6), 'test', utc_timestamp(6), "
                + "'test')", establishmentId, detaineeId, start.plusDays(1).toInstant(),
                start.plusDays(1).plusHours(1).toInstant());
        long partner = insert("insert into partner (version, establishment_id, name, kind, help_with, visit_times, "
                + "created_at, created_by, updated_at, updated_by) values (0, ?1, ?2, 'OTHER', 'Aide', 'Le mardi', "
                + "utc_timestamp(6), 'test', utc_timestamp(6), 'test')", establishmentId, "Partenaire " + detaineeId);
        long place = insert("insert into place (version, establishment_id, name, kind, capacity, created_at, "
                + "created_by, updated_at, updated_by) values (0, ?1, ?2, 'CITIZEN_SPACE', 5, utc_timestamp(6), "
                + "'test', utc_timestamp(6), 'test')", establishmentId, "Espace " + detaineeId);
        insert("insert into partner_slot (version, establishment_id, partner_id, place_id, start_at, end_at, "
                + "appointment_id, created_at, created_by, updated_at, updated_by) values (0, ?1, ?2, ?3, ?4, ?5, ?6, "
                + "utc_timestamp(6), 'test', utc_timestamp(6), 'test')", establishmentId, partner, place,
                start.plusDays(1).toInstant(), start.plusDays(1).plusHours(1).toInstant(), appointment);
        long commission = insert("insert into commission (version, establishment_id, meeting_date, members, status, "
                + "created_at, created_by, updated_at, updated_by) values (0, ?1, ?2, 'Direction', 'PREPARING', "
                + "utc_timestamp(6), 'test', utc_timestamp(6), 'test')", establishmentId, day.plusDays(10));
        long request = insert("insert into detainee_request (version, establishment_id, detainee_id, type, team, "
                + "status, text, client_token, submitted_at, due_date, allocation_id, appointment_id, commission_id, "
                + "created_at, created_by, updated_at, updated_by) values (0, ?1, ?2, 'GENERAL', 'SPIP', 'SUBMITTED', "
                + "'Aide pour mes papiers', ?3, ?4, ?5, ?6, ?7, ?8, utc_timestamp(6), 'test', utc_timestamp(6), 'test')",
                establishmentId, detaineeId, UUID.randomUUID().toString(), start.toInstant(), day.plusDays(7),
                allocation, appointment, commission);
        insert("insert into request_event (request_id, at, kind, status, actor, visible_to_detainee) values "
                + "(?1, ?2, 'SUBMITTED', 'SUBMITTED', 'test', true)", request, start.toInstant());
        insert("insert into request_half_day (request_id, day, half) values (?1, ?2, 'MORNING')", request,
                day.plusDays(2));
        insert("insert into commission_item (version, commission_id, request_id, created_at, created_by, updated_at, "
                + "updated_by) values (0, ?1, ?2, utc_timestamp(6), 'test', utc_timestamp(6), 'test')", commission,
                request);
        insert("insert into detainee_request (version, establishment_id, detainee_id, type, team, status, activity_id, "
                + "client_token, submitted_at, due_date, attendance_id, dispute_reason, disputed_status, "
                + "disputed_minutes, created_at, created_by, updated_at, updated_by) values (0, ?1, ?2, 'HOURS_DISPUTE', "
                + "'WORK', 'ANSWERED', ?3, ?4, ?5, ?6, ?7, 'OTHER', 'PRESENT', 210, utc_timestamp(6), 'test', "
                + "utc_timestamp(6), 'test')", establishmentId, detaineeId, activityId, UUID.randomUUID().toString(),
                end.toInstant(), day.plusDays(7), attendance);
        long template = insert("insert into release_template_item (version, establishment_id, kind, position, "
                + "created_at, created_by, updated_at, updated_by) values (0, ?1, 'CV', ?2, utc_timestamp(6), 'test', "
                + "utc_timestamp(6), 'test')", establishmentId, (int) (detaineeId % 1000));
        insert("insert into release_item (version, establishment_id, detainee_id, template_item_id, status, "
                + "help_request_id, created_at, created_by, updated_at, updated_by) values (0, ?1, ?2, ?3, "
                + "'IN_PROGRESS', ?4, utc_timestamp(6), 'test', utc_timestamp(6), 'test')", establishmentId, detaineeId,
                template, request);
        insert("insert into skill (version, establishment_id, detainee_id, label, created_at, created_by, updated_at, "
                + "updated_by) values (0, ?1, ?2, 'Cariste', utc_timestamp(6), 'test', utc_timestamp(6), 'test')",
                establishmentId, detaineeId);
        insert("insert into cv_profile (version, establishment_id, detainee_id, created_at, created_by, updated_at, "
                + "updated_by) values (0, ?1, ?2, utc_timestamp(6), 'test', utc_timestamp(6), 'test')", establishmentId,
                detaineeId);
        insert("insert into notification (detainee_id, created_at, kind, subject) values (?1, utc_timestamp(6), "
                + "'ALLOCATED', 'Atelier conditionnement')", detaineeId);
        transaction.commit();
    }

    private long insert(String statement, Object... parameters) {
        var query = em.createNativeQuery(statement);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.executeUpdate();
        return ((Number) em.createNativeQuery("select last_insert_id()").getSingleResult()).longValue();
    }

    private Object single(String statement, Object... parameters) {
        var query = em.createNativeQuery(statement);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getSingleResult();
    }

    @SuppressWarnings("unchecked")
    private List<Long> ids(String statement, long detaineeId) {
        return ((List<Number>) em.createNativeQuery(statement).setParameter(1, detaineeId).getResultList()).stream()
                .map(Number::longValue).toList();
    }

    /** The ids a person's rows hang on, read while they exist, to count what points at them afterwards. */
    private Footprint footprint(long detaineeId) {
        return new Footprint(detaineeId, ids("select id from detainee_request where detainee_id = ?1", detaineeId),
                ids("select id from attendance where detainee_id = ?1", detaineeId),
                ids("select id from appointment where detainee_id = ?1", detaineeId),
                ids("select id from allocation where detainee_id = ?1", detaineeId),
                ids("select id from hours_attestation where detainee_id = ?1", detaineeId));
    }

    private final class Footprint {

        private static final List<String> BY_DETAINEE = List.of("detainee_credential", "allocation", "appointment",
                "notification", "detainee_request", "attendance", "clock_event", "timesheet", "hours_attestation",
                "release_item", "skill", "cv_profile");

        private final long detaineeId;
        private final Map<String, List<Long>> pointedAt = new LinkedHashMap<>();

        Footprint(long detaineeId, List<Long> requests, List<Long> attendances, List<Long> appointments,
                List<Long> allocations, List<Long> attestations) {
            this.detaineeId = detaineeId;
            pointedAt.put("request_event.request_id", requests);
            pointedAt.put("request_half_day.request_id", requests);
            pointedAt.put("commission_item.request_id", requests);
            pointedAt.put("release_item.help_request_id", requests);
            pointedAt.put("attendance_entry.attendance_id", attendances);
            pointedAt.put("clock_event.attendance_id", attendances);
            pointedAt.put("detainee_request.attendance_id", attendances);
            pointedAt.put("partner_slot.appointment_id", appointments);
            pointedAt.put("detainee_request.appointment_id", appointments);
            pointedAt.put("detainee_request.allocation_id", allocations);
            pointedAt.put("hours_attestation_line.attestation_id", attestations);
        }

        /** Rows per table (and per column pointing at their rows) that belong to the person. */
        Map<String, Long> count() {
            Map<String, Long> rows = new LinkedHashMap<>();
            for (String table : BY_DETAINEE) {
                rows.put(table, ((Number) single("select count(*) from " + table + " where detainee_id = ?1",
                        detaineeId)).longValue());
            }
            pointedAt.forEach((column, ids) -> {
                String[] tableColumn = column.split("\\.");
                rows.put(column, ids.isEmpty() ? 0L : ((Number) em.createNativeQuery("select count(*) from "
                        + tableColumn[0] + " where " + tableColumn[1] + " in (:ids)").setParameter("ids", ids)
                        .getSingleResult()).longValue());
            });
            return rows;
        }
    }
}
