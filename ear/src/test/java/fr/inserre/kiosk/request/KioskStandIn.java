package fr.inserre.kiosk.request;

import fr.inserre.kiosk.identity.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * For staff-side tests: stands in for a detainee at the kiosk, since a test cannot log in as each
 * detainee. It submits through the kiosk's own intake rules ({@link RequestIntake}: history, due
 * date, notification and audit record included), and inserts large queues fast. Deployed into the
 * EJB module ({@code Deployments.inDomain}).
 */
@Stateless
@PermitAll
@RunAs(Roles.SYSTEM)
public class KioskStandIn {

    @PersistenceContext
    EntityManager em;

    @Inject
    RequestIntake intake;

    @Inject
    Clock clock;

    /**
     * A request as the detainee would submit it at the kiosk today (team: the type's default when null),
     * through the same intake rules as {@link MyRequestsService#submit}, with the detainee as author.
     */
    public Request submit(long detaineeId, RequestType type, Team team, Long activityId, String text,
            List<HalfDay> halfDays) {
        NewRequest wish = new NewRequest(type, activityId, type == RequestType.JOB_APPLICATION && activityId == null,
                team, text, halfDays == null ? List.of() : halfDays, UUID.randomUUID().toString());
        return intake.submit(detaineeId, wish, At.detainee(detaineeId, clock.instant()));
    }

    /** The detainee's requests still in progress of that type (what a fixture checks before submitting again). */
    public long inProgress(long detaineeId, RequestType type) {
        return em.createQuery("select count(r) from Request r where r.detainee.id = :d and r.type = :type "
                + "and r.status in :inProgress", Long.class).setParameter("d", detaineeId).setParameter("type", type)
                .setParameter("inProgress", MyRequestsService.IN_PROGRESS).getSingleResult();
    }

    /**
     * Inserts {@code count} requests of the establishment's detainees in one transaction, with native
     * statements (two, whatever the count): a mix of the four types and of every status, due dates
     * from ten days ago to twenty days ahead (so some are overdue), each with its "submitted" event.
     * Returns how many requests the establishment then has.
     */
    public long insertMany(long establishmentId, long trainingId, long workId, int count) {
        String numbers = "(select a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d as n from " + digits("a")
                + " cross join " + digits("b") + " cross join " + digits("c") + " cross join " + digits("e")
                + " cross join " + digits("f") + ") numbers";
        String people = "(select id, row_number() over (order by id) - 1 as k, count(*) over () as total "
                + "from detainee where establishment_id = ?1) people";
        em.createNativeQuery("insert into detainee_request (version, establishment_id, detainee_id, type, team, status, "
                + "activity_id, any_work, text, client_token, submitted_at, due_date, waitlisted_at, awaiting_answer, "
                + "decided_at, decided_by, created_at, created_by, updated_at, updated_by) "
                + "select 0, ?1, people.id, "
                + "elt(n % 4 + 1, 'TRAINING_ENROLMENT', 'JOB_APPLICATION', 'APPOINTMENT', 'GENERAL'), "
                + "elt(n % 4 + 1, 'TRAINING', 'WORK', 'SPIP', elt(n % 3 + 1, 'DETENTION', 'GREFFE', 'SPIP')), "
                + "elt(n % 10 + 1, 'SUBMITTED', 'SUBMITTED', 'SUBMITTED', 'IN_REVIEW', 'IN_REVIEW', "
                + "  if(n % 4 = 0, 'WAITLISTED', 'SUBMITTED'), 'APPROVED', 'REJECTED', 'CANCELLED', "
                + "  if(n % 4 = 3, 'ANSWERED', 'REJECTED')), "
                + "elt(n % 4 + 1, ?2, if(n % 8 = 1, ?3, null), null, null), (n % 8 = 5), "
                + "concat('Demande de charge ', n), concat('bulk-', n), "
                + "utc_timestamp(6) - interval (n % 40) day, current_date - interval (n % 30 - 20) day, "
                + "if(n % 10 = 5 and n % 4 = 0, utc_timestamp(6), null), (n % 10 = 4), "
                + "if(n % 10 in (6, 7, 9), utc_timestamp(6), null), if(n % 10 in (6, 7, 9), 'charge', null), "
                + "utc_timestamp(6), 'system', utc_timestamp(6), 'system' "
                + "from " + numbers + " join " + people + " on people.k = n % people.total where n < ?4")
                .setParameter(1, establishmentId).setParameter(2, trainingId).setParameter(3, workId)
                .setParameter(4, count).executeUpdate();
        em.createNativeQuery("insert into request_event (request_id, at, kind, status, actor, visible_to_detainee) "
                + "select r.id, r.submitted_at, 'SUBMITTED', 'SUBMITTED', concat('detainee:', r.detainee_id), true "
                + "from detainee_request r where r.establishment_id = ?1 and r.client_token like 'bulk-%' "
                + "and not exists (select 1 from request_event e where e.request_id = r.id)")
                .setParameter(1, establishmentId).executeUpdate();
        return ((Number) em.createNativeQuery("select count(*) from detainee_request where establishment_id = ?1")
                .setParameter(1, establishmentId).getSingleResult()).longValue();
    }

    private static String digits(String alias) {
        return "(select 0 d union all select 1 union all select 2 union all select 3 union all select 4 union all "
                + "select 5 union all select 6 union all select 7 union all select 8 union all select 9) " + alias;
    }
}
