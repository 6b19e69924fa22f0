package fr.inserre.kiosk.citizen.release;

import fr.inserre.kiosk.attendance.AttendanceLedger;
import fr.inserre.kiosk.audit.AuditTrail;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;

/**
 * "Mon CV" at the kiosk: the preview of my CV (no download on a locked kiosk), whether it names the
 * establishment (my choice, off by default), and "Demander une impression", which staff see in their list.
 */
@Stateless
@RolesAllowed(Roles.DETAINEE)
public class MyCvService {

    /** What the kiosk shows: the CV and my choices. */
    public record MyCv(CvContent cv, boolean showEstablishment, boolean printWaiting, String establishmentName) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CallingDetainee caller;

    @Inject
    AttendanceLedger ledger;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public MyCv mine() {
        CvRecords.WithProfile mine = CvRecords.withProfile(em, caller.id());
        Detainee me = mine.detainee();
        CvProfile profile = mine.profile();
        CvContent cv = CvRecords.content(em, me, profile, ledger.mine(me.getEntryDate(), LocalDate.now(clock)).lines());
        return new MyCv(cv, profile != null && profile.isShowEstablishment(), profile != null && profile.isPrintWaiting(),
                me.getEstablishment().getName());
    }

    /** Shows or hides the establishment's name on my CV. */
    public void showEstablishment(boolean show) {
        Detainee me = caller.find();
        CvRecords.profile(em, me).showEstablishment(show);
        audit.recordWithDetail("citizen.cv.establishment", "Detainee", me.getId(), Boolean.toString(show));
    }

    /** Asks staff to print my CV (once while a print waits). */
    public void askPrint() {
        Detainee me = caller.find();
        CvRecords.profile(em, me).askPrint(clock.instant());
        audit.record("citizen.cv.print", "Detainee", me.getId());
    }
}
