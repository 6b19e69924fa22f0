package fr.inserre.kiosk.citizen.release;

import fr.inserre.kiosk.attendance.AttendanceLedger;
import fr.inserre.kiosk.audit.AuditTrail;
import fr.inserre.kiosk.common.ClockProducer;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.detainee.UnknownDetaineeException;
import fr.inserre.kiosk.identity.Roles;
import fr.inserre.kiosk.identity.StaffAccess;
import fr.inserre.kiosk.schedule.ActivityKind;
import fr.inserre.kiosk.schedule.AllocationEndReason;
import fr.inserre.kiosk.schedule.AllocationStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The CV from the record, for staff (the CPIP, activity leads, managers, the direction): skills they
 * record, the CV's content and PDF, and the prints detainees asked for. Partners never reach it.
 */
@Stateless
@RolesAllowed({Roles.PROBATION_OFFICER, Roles.SUPERVISOR, Roles.WORK_MANAGER, Roles.TRAINING_MANAGER,
    Roles.DIRECTION, Roles.SYSTEM})
public class CvService {

    /** A waiting print, for the staff list. */
    public record PrintWaiting(long detaineeId, String displayName, String prisonNumber, Instant askedAt) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffAccess staffAccess;

    @Inject
    AuditTrail audit;

    @Inject
    AttendanceLedger ledger;

    @Inject
    Clock clock;

    /** Records a skill seen in the person (trimmed; the same words twice are kept once). */
    public Skill recordSkill(long detaineeId, @NotBlank @Size(max = Skill.LABEL_MAX) String label) {
        Detainee detainee = detainee(detaineeId);
        String words = label.strip();
        Skill existing = em.createQuery("select s from Skill s where s.detainee = :d and s.label = :label", Skill.class)
                .setParameter("d", detainee).setParameter("label", words).getResultStream().findFirst().orElse(null);
        if (existing != null) {
            return existing;
        }
        Skill skill = new Skill(detainee, words);
        em.persist(skill);
        audit.recordWithDetail("citizen.skill.record", "Skill", skill.getId(), "detainee " + detaineeId);
        return skill;
    }

    public void removeSkill(long skillId) {
        Skill skill = em.find(Skill.class, skillId);
        if (skill == null) {
            throw new UnknownReleaseItemException(skillId);
        }
        staffAccess.requireEstablishment(skill.getEstablishment().getId());
        em.remove(skill);
        audit.recordWithDetail("citizen.skill.remove", "Skill", skillId, "detainee " + skill.getDetainee().getId());
    }

    public List<Skill> skillsOf(long detaineeId) {
        return CvRecords.skills(em, detainee(detaineeId));
    }

    /** The CV's content as the detainee chose it (establishment named or not). */
    public CvContent cvOf(long detaineeId) {
        Detainee detainee = detainee(detaineeId);
        audit.recordWithDetail("detainee.view", "Detainee", detaineeId, staffAccess.roles());
        return CvRecords.content(em, detainee, CvRecords.profileOrNull(em, detainee), ledger.of(detaineeId, detainee.getEntryDate(), LocalDate.now(clock))
                .lines());
    }

    /** The CV as a PDF to print or give; the download is audited. */
    public byte[] pdf(long detaineeId) {
        CvContent cv = cvOf(detaineeId);
        audit.record("citizen.cv.download", "Detainee", detaineeId);
        return CvDocument.pdf(cv);
    }

    /** The prints detainees asked for that nobody did yet, oldest first. */
    public List<PrintWaiting> printsWaiting(long establishmentId) {
        staffAccess.requireEstablishment(establishmentId);
        return em.createQuery("select p from CvProfile p join fetch p.detainee where p.establishment.id = :e "
                + "and p.printRequestedAt is not null and (p.printedAt is null or p.printedAt < p.printRequestedAt) "
                + "order by p.printRequestedAt", CvProfile.class).setParameter("e", establishmentId).getResultList()
                .stream().map(p -> new PrintWaiting(p.getDetainee().getId(), p.getDetainee().getDisplayName(),
                        p.getDetainee().getPrisonNumber(), p.getPrintRequestedAt())).toList();
    }

    /** Staff printed the CV and gave it to the person. */
    public void markPrinted(long detaineeId) {
        Detainee detainee = detainee(detaineeId);
        CvRecords.profile(em, detainee).printed(clock.instant());
        audit.record("citizen.cv.printed", "Detainee", detaineeId);
    }

    private Detainee detainee(long detaineeId) {
        Detainee detainee = em.find(Detainee.class, detaineeId);
        if (detainee == null) {
            throw new UnknownDetaineeException(detaineeId);
        }
        staffAccess.requireEstablishment(detainee.getEstablishment().getId());
        return detainee;
    }

    /** Trainings and classes the detainee completed (allocations ended as completed). */
    static List<CvContent.TrainingDone> trainingsDone(EntityManager em, Detainee detainee) {
        return em.createQuery("select a.activity.title, a.untilDate from Allocation a where a.detainee = :d "
                + "and a.status = :ended and a.endReason = :completed and a.activity.kind in :kinds", Object[].class)
                .setParameter("d", detainee).setParameter("ended", AllocationStatus.ENDED)
                .setParameter("completed", AllocationEndReason.COMPLETED)
                .setParameter("kinds", List.of(ActivityKind.VOCATIONAL_TRAINING, ActivityKind.EDUCATION))
                .getResultList().stream()
                .map(row -> new CvContent.TrainingDone((String) row[0], row[1] == null
                        ? LocalDate.now(ClockProducer.ZONE) : (LocalDate) row[1])).toList();
    }
}
