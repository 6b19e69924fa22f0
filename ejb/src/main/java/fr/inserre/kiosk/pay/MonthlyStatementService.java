package fr.inserre.kiosk.pay;

import fr.inserre.kiosk.attendance.AttendanceLedger;
import fr.inserre.kiosk.attendance.AttendanceLines;
import fr.inserre.kiosk.audit.AuditTrail;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.detainee.UnknownDetaineeException;
import fr.inserre.kiosk.document.DocumentTexts;
import fr.inserre.kiosk.document.Signatory;
import fr.inserre.kiosk.establishment.Establishment;
import fr.inserre.kiosk.identity.Roles;
import fr.inserre.kiosk.identity.StaffAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Monthly statements (relevés d'heures): per detainee and month, hours by activity and hourly rate,
 * validated and pending apart, with the gross amounts; for one detainee or a whole establishment in a
 * few SQL statements (the detainees, their attendance lines in one statement, the rate table in one),
 * as data, CSV rows for the accounts office (web) or PDF. For the direction and the work and training
 * managers, in their own establishment. Printing a statement is audited (it names a person's pay).
 */
@Stateless
@RolesAllowed({Roles.DIRECTION, Roles.WORK_MANAGER, Roles.TRAINING_MANAGER, Roles.SYSTEM})
public class MonthlyStatementService {

    static final String ENTITY = "Detainee";

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffAccess staffAccess;

    @Inject
    AttendanceLedger ledger;

    @Inject
    PayRatesService payRates;

    @Inject
    Signatory signatory;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * The statements of every detainee who was in the establishment during the month (admitted before
     * its end, not gone before its start), in name order: 4 SQL statements whatever their number.
     */
    public StatementMonth month(long establishmentId, @NotNull YearMonth month) {
        staffAccess.requireEstablishment(establishmentId);
        Establishment establishment = em.find(Establishment.class, establishmentId);
        List<StatementBuilder.Person> people = em.createQuery("select d from Detainee d where d.establishment.id = :e "
                + "and d.entryDate <= :end and (d.releasedOn is null or d.releasedOn >= :start) "
                + "order by d.lastName, d.firstName, d.id", Detainee.class)
                .setParameter("e", establishmentId).setParameter("start", month.atDay(1))
                .setParameter("end", month.atEndOfMonth()).getResultStream().map(MonthlyStatementService::person)
                .toList();
        Map<Long, AttendanceLines> lines = ledger.ofEstablishment(establishmentId, month.atDay(1), month.atEndOfMonth());
        List<MonthlyStatement> statements = StatementBuilder.build(month, people, lines,
                payRates.calculator(establishmentId));
        return new StatementMonth(establishmentId, establishment.getName(), month, statements);
    }

    /** One detainee's statement for the month. */
    public MonthlyStatement of(long detaineeId, @NotNull YearMonth month) {
        Detainee detainee = detainee(detaineeId);
        return statementOf(detainee, month);
    }

    /** One detainee's statement as a PDF, in the language asked for; audited. */
    public byte[] pdf(long detaineeId, @NotNull YearMonth month, Locale locale) {
        Detainee detainee = detainee(detaineeId);
        MonthlyStatement statement = statementOf(detainee, month);
        byte[] pdf = StatementPdf.render(detainee.getEstablishment().getName(), List.of(statement), signatory.current(),
                clock.instant(), new DocumentTexts(locale));
        audit.recordWithDetail("pay.statement.print", ENTITY, detaineeId, month.toString());
        return pdf;
    }

    /**
     * Every statement of the month with hours in one PDF, one detainee a page; audited. Refused when
     * nobody has hours that month.
     */
    public byte[] pdfAll(long establishmentId, @NotNull YearMonth month, Locale locale) {
        StatementMonth all = month(establishmentId, month);
        List<MonthlyStatement> withHours = all.statements().stream().filter(s -> !s.isBlank()).toList();
        if (withHours.isEmpty()) {
            throw new NoStatementException(month.toString());
        }
        byte[] pdf = StatementPdf.render(all.establishmentName(), withHours, signatory.current(), clock.instant(),
                new DocumentTexts(locale));
        audit.recordWithDetail("pay.statement.printAll", "Establishment", establishmentId,
                month + ": " + withHours.size() + " statements");
        return pdf;
    }

    private MonthlyStatement statementOf(Detainee detainee, YearMonth month) {
        long establishmentId = detainee.getEstablishment().getId();
        LocalDate from = month.atDay(1);
        AttendanceLines lines = ledger.of(detainee.getId(), from, month.atEndOfMonth());
        return StatementBuilder.build(month, List.of(person(detainee)), Map.of(detainee.getId(), lines),
                payRates.calculator(establishmentId)).get(0);
    }

    private Detainee detainee(long detaineeId) {
        Detainee detainee = em.find(Detainee.class, detaineeId);
        if (detainee == null) {
            throw new UnknownDetaineeException(detaineeId);
        }
        staffAccess.requireEstablishment(detainee.getEstablishment().getId());
        return detainee;
    }

    private static StatementBuilder.Person person(Detainee detainee) {
        return new StatementBuilder.Person(detainee.getId(), detainee.getPrisonNumber(), detainee.getDisplayName());
    }
}
