package fr.inserre.kiosk.hours;

import fr.inserre.kiosk.attendance.AttendanceLedger;
import fr.inserre.kiosk.attendance.AttendanceLine;
import fr.inserre.kiosk.common.CurrentActor;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.detainee.UnknownDetaineeException;
import fr.inserre.kiosk.identity.Roles;
import fr.inserre.kiosk.pay.PayCalculator;
import fr.inserre.kiosk.pay.PayRatesService;
import fr.inserre.kiosk.request.Request;
import fr.inserre.kiosk.request.RequestStatus;
import fr.inserre.kiosk.request.RequestType;
import fr.inserre.kiosk.request.UnknownAttendanceLineException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Mes heures" on the kiosk: the logged-in detainee's own hours worked and trained, pending or validated,
 * with the estimated pay, this week, this month and since arrival, and the sessions behind each figure.
 * No method takes a detainee id: always the caller's own data. Disputing a line and asking for an
 * attestation are requests ({@code MyRequestsService.submit} with {@code NewRequest.hoursDispute} /
 * {@code hoursAttestation}).
 *
 * <p>Statements: the detainee (arrival, establishment), the lines since arrival (one, {@link AttendanceLedger}),
 * the establishment's rates (one); a period's sessions add one for the lines already disputed.
 */
@Stateless
@RolesAllowed(Roles.DETAINEE)
public class MyHoursService {

    private static final List<RequestStatus> OPEN = List.of(RequestStatus.SUBMITTED, RequestStatus.IN_REVIEW);

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentActor actor;

    @Inject
    AttendanceLedger ledger;

    @Inject
    PayRatesService payRates;

    @Inject
    Clock clock;

    /** The three periods' totals (three statements). */
    public MyHours overview() {
        Detainee me = me();
        LocalDate today = LocalDate.now(clock);
        LocalDate arrival = me.getEntryDate();
        List<AttendanceLine> lines = ledger.mine(arrival, today).lines();
        PayCalculator calculator = payRates.calculator(me.getEstablishment().getId());
        return new MyHours(today, arrival, Arrays.stream(HoursPeriod.values())
                .map(p -> HoursSummary.of(p, p.from(today, arrival), today, lines, calculator)).toList());
    }

    /**
     * One period's totals with its sessions, and which of them I dispute already (open disputes, by
     * attendance id: the receipt number). Four statements.
     */
    public PeriodHours period(@NotNull HoursPeriod period) {
        Detainee me = me();
        LocalDate today = LocalDate.now(clock);
        LocalDate from = period.from(today, me.getEntryDate());
        List<AttendanceLine> lines = ledger.mine(from, today).lines();
        PayCalculator calculator = payRates.calculator(me.getEstablishment().getId());
        Map<Long, String> disputed = new HashMap<>();
        em.createQuery("select r from Request r join fetch r.disputedLine.attendance where r.detainee = :me "
                + "and r.type = :type and r.status in :open", Request.class).setParameter("me", me)
                .setParameter("type", RequestType.HOURS_DISPUTE).setParameter("open", OPEN).getResultList()
                .forEach(r -> disputed.put(r.getDisputedLine().getAttendance().getId(), r.receipt()));
        return new PeriodHours(HoursSummary.of(period, from, today, lines, calculator), disputed);
    }

    /** One of my lines (the one I want to dispute); refused if it is not mine. One statement. */
    public AttendanceLine line(long attendanceId) {
        return ledger.mineOne(attendanceId).orElseThrow(UnknownAttendanceLineException::new);
    }

    private Detainee me() {
        Long id = actor.detaineeId();
        if (id == null) {
            throw new EJBAccessException("only a detainee logged in at a kiosk");
        }
        // With its establishment: the rates' reader check (PayRatesService) then finds both in the persistence
        // context instead of loading the establishment on its own.
        return em.createQuery("select d from Detainee d join fetch d.establishment where d.id = :id", Detainee.class)
                .setParameter("id", id).getResultStream().findFirst().orElseThrow(() -> new UnknownDetaineeException(id));
    }
}
