package fr.inserre.kiosk.attestation;

import fr.inserre.kiosk.attendance.AttendanceLedger;
import fr.inserre.kiosk.attendance.AttendanceLines;
import fr.inserre.kiosk.audit.AuditTrail;
import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.detainee.UnknownDetaineeException;
import fr.inserre.kiosk.document.DocumentTexts;
import fr.inserre.kiosk.document.Signatory;
import fr.inserre.kiosk.identity.Roles;
import fr.inserre.kiosk.identity.StaffAccess;
import fr.inserre.kiosk.schedule.ActivityKind;
import fr.inserre.kiosk.schedule.AllocationEndReason;
import fr.inserre.kiosk.schedule.AllocationStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Attestations d'heures et de formations: issued by staff from a detainee's file for a period (and at
 * release, for the whole stay), kept as issued with a random verification code and the digest of their
 * content, printed again as they were, verified by code. Everything is audited, refusals included
 * (a wrong code too: many wrong codes in the trail show someone guessing).
 *
 * <p>Who: the work and training managers, the probation counsellors (CPIP) and the direction issue and
 * print; every staff member who works with detainees' files also verifies. Only in their own
 * establishment: another establishment's code gets the same answer as a wrong one.
 */
@Stateless
@RolesAllowed({Roles.WORK_MANAGER, Roles.TRAINING_MANAGER, Roles.PROBATION_OFFICER, Roles.DIRECTION, Roles.SYSTEM})
public class AttestationService {

    static final String ENTITY = "HoursAttestation";
    static final List<ActivityKind> TRAININGS = List.of(ActivityKind.VOCATIONAL_TRAINING, ActivityKind.EDUCATION);

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffAccess staffAccess;

    @Inject
    AttendanceLedger ledger;

    @Inject
    Signatory signatory;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<AttestationIssued> issuedEvents;

    /**
     * Issues the attestation of the period (both days included, up to today); audited. The person's request for an
     * attestation, if one is in progress, is answered with it in the same transaction ({@link AttestationIssued}).
     */
    public HoursAttestation issue(long detaineeId, @NotNull LocalDate from, @NotNull LocalDate to) {
        Detainee detainee = detainee(detaineeId);
        try {
            if (to.isBefore(from) || to.isAfter(LocalDate.now(clock))) {
                throw new InvalidAttestationPeriodException(from, to);
            }
            HoursAttestation attestation = issued(detainee, from, to, false);
            issuedEvents.fire(new AttestationIssued(detaineeId, attestation.getCode(), from, to,
                    attestation.getIssuedBy(), attestation.getIssuerName(), attestation.getIssuedAt()));
            return attestation;
        } catch (BusinessException refused) {
            audit.recordRefusal("attestation.issue", "Detainee", detaineeId, from + ".." + to + ": "
                    + refused.getMessageKey());
            throw refused;
        }
    }

    /**
     * At release or transfer: the attestation of the whole stay (entry to the day they leave), in the
     * release's transaction; none when there is nothing to attest (no validated hours, no training
     * completed).
     */
    public Optional<HoursAttestation> issueAtRelease(long detaineeId, @NotNull LocalDate on) {
        Detainee detainee = detainee(detaineeId);
        LocalDate from = detainee.getEntryDate().isAfter(on) ? on : detainee.getEntryDate();
        HoursAttestation attestation = build(detainee, from, on, true);
        if (attestation.getLines().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(persist(attestation));
    }

    /** The attestations issued for a detainee, newest first. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.WORK_MANAGER, Roles.TRAINING_MANAGER, Roles.PROBATION_OFFICER,
        Roles.DIRECTION, Roles.SYSTEM})
    public List<HoursAttestation> ofDetainee(long detaineeId) {
        detainee(detaineeId);
        return em.createNamedQuery("HoursAttestation.findByDetainee", HoursAttestation.class)
                .setParameter("detainee", detaineeId).getResultList();
    }

    /** Prints an issued attestation again, exactly as issued; audited. */
    public byte[] pdf(long attestationId, Locale locale) {
        HoursAttestation attestation = em.find(HoursAttestation.class, attestationId);
        if (attestation == null || !ownEstablishment(attestation.getEstablishmentId())) {
            audit.recordRefusal("attestation.print", ENTITY, attestationId, "attestation.unknown");
            throw new UnknownAttestationException(attestationId);
        }
        attestation.getLines();
        byte[] pdf = AttestationPdf.render(attestation, new DocumentTexts(locale));
        audit.record("attestation.print", ENTITY, attestationId);
        return pdf;
    }

    /**
     * The attestation with this code in the caller's establishment (who issued it, when, for whom, its
     * totals, whether its stored content is intact); audited, a wrong code as a refusal.
     */
    @RolesAllowed({Roles.SUPERVISOR, Roles.WORK_MANAGER, Roles.TRAINING_MANAGER, Roles.PROBATION_OFFICER,
        Roles.DIRECTION, Roles.SYSTEM})
    public HoursAttestation verify(String typed) {
        String code = VerificationCodes.normalise(typed);
        HoursAttestation attestation = code == null ? null
                : em.createNamedQuery("HoursAttestation.findByCode", HoursAttestation.class).setParameter("code", code)
                        .getResultStream().findFirst().orElse(null);
        if (attestation == null || !ownEstablishment(attestation.getEstablishmentId())) {
            String shown = typed == null ? "" : typed.strip();
            shown = shown.length() > 20 ? shown.substring(0, 20) : shown;
            audit.recordRefusal("attestation.verify", ENTITY, attestation == null ? null : attestation.getId(),
                    "attestation.code.unknown: " + shown);
            throw new UnknownAttestationCodeException(shown);
        }
        attestation.getLines().size();
        audit.recordWithDetail("attestation.verify", ENTITY, attestation.getId(),
                attestation.isIntact() ? "intact" : "digest mismatch");
        return attestation;
    }

    private HoursAttestation issued(Detainee detainee, LocalDate from, LocalDate to, boolean atRelease) {
        return persist(build(detainee, from, to, atRelease));
    }

    private HoursAttestation persist(HoursAttestation attestation) {
        em.persist(attestation);
        audit.recordWithDetail("attestation.issue", ENTITY, attestation.getId(), "detainee " + attestation.getDetaineeId()
                + ", " + attestation.getPeriodFrom() + ".." + attestation.getPeriodTo() + ", " + attestation.totalMinutes()
                + " min" + (attestation.isAtRelease() ? ", at release" : ""));
        return attestation;
    }

    private HoursAttestation build(Detainee detainee, LocalDate from, LocalDate to, boolean atRelease) {
        AttendanceLines lines = ledger.of(detainee.getId(), from, to);
        List<AttestationContent.CompletedTraining> completed = em.createQuery("select new "
                + "fr.inserre.kiosk.attestation.AttestationContent$CompletedTraining(a.activity.kind, a.activity.title, "
                + "a.fromDate, a.untilDate) from Allocation a where a.detainee.id = :d and a.activity.kind in :kinds "
                + "and a.status = :ended and a.endReason = :completed and a.untilDate between :from and :to",
                AttestationContent.CompletedTraining.class).setParameter("d", detainee.getId())
                .setParameter("kinds", TRAININGS).setParameter("ended", AllocationStatus.ENDED)
                .setParameter("completed", AllocationEndReason.COMPLETED).setParameter("from", from)
                .setParameter("to", to).getResultList();
        Signatory.Signer by = signatory.current();
        String code = VerificationCodes.next();
        return new HoursAttestation(new HoursAttestation.Subject(detainee.getEstablishment().getId(),
                detainee.getEstablishment().getName(), detainee.getId(), detainee.getFirstName() + " "
                        + detainee.getLastName().toUpperCase(Locale.FRENCH), detainee.getPrisonNumber(),
                detainee.getBirthDate(), from, to),
                new HoursAttestation.Issue(code, clock.instant(), by.login(), by.name(), by.roles(), atRelease),
                AttestationContent.lines(lines.lines(), completed));
    }

    private Detainee detainee(long detaineeId) {
        Detainee detainee = em.find(Detainee.class, detaineeId);
        if (detainee == null) {
            throw new UnknownDetaineeException(detaineeId);
        }
        staffAccess.requireEstablishment(detainee.getEstablishment().getId());
        return detainee;
    }

    private boolean ownEstablishment(long establishmentId) {
        Long own = staffAccess.establishmentId();
        return own == null || own == establishmentId;
    }
}
