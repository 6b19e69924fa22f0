package fr.inserre.kiosk.citizen.release;

import fr.inserre.kiosk.attendance.AttendanceLine;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.detainee.UnknownDetaineeException;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Reads what a CV is made of, for the staff and the kiosk services alike. */
final class CvRecords {

    private CvRecords() {
    }

    static List<Skill> skills(EntityManager em, Detainee detainee) {
        return em.createQuery("select s from Skill s where s.detainee = :d order by s.id", Skill.class)
                .setParameter("d", detainee).getResultList();
    }

    static CvProfile profileOrNull(EntityManager em, Detainee detainee) {
        return em.createQuery("select p from CvProfile p where p.detainee = :d", CvProfile.class)
                .setParameter("d", detainee).getResultStream().findFirst().orElse(null);
    }

    /** The detainee's profile, created (establishment not shown, no print asked) if none exists yet. */
    static CvProfile profile(EntityManager em, Detainee detainee) {
        CvProfile profile = profileOrNull(em, detainee);
        if (profile == null) {
            profile = new CvProfile(detainee);
            em.persist(profile);
        }
        return profile;
    }

    /** A detainee with their establishment, and their CV profile or null. */
    record WithProfile(Detainee detainee, CvProfile profile) {
    }

    /** The detainee, their establishment and their profile in one statement (a kiosk page: at most 5, issue 10). */
    static WithProfile withProfile(EntityManager em, long detaineeId) {
        return em.createQuery("select d, p from Detainee d join fetch d.establishment "
                + "left join CvProfile p on p.detainee = d where d.id = :id", Object[].class)
                .setParameter("id", detaineeId).getResultStream().findFirst()
                .map(row -> new WithProfile((Detainee) row[0], (CvProfile) row[1]))
                .orElseThrow(() -> new UnknownDetaineeException(detaineeId));
    }

    /** The CV's content; {@code profile} is the detainee's, or null if they have none yet. */
    static CvContent content(EntityManager em, Detainee detainee, CvProfile profile, List<AttendanceLine> lines) {
        return CvBuilder.build(detainee.getFirstName(), detainee.getLastName(), lines,
                CvService.trainingsDone(em, detainee), skills(em, detainee).stream().map(Skill::getLabel).toList(),
                detainee.getEstablishment().getName(), profile != null && profile.isShowEstablishment());
    }
}
