package fr.inserre.kiosk.citizen.release;

import fr.inserre.kiosk.common.AuditedEntity;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.establishment.Establishment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A detainee's choices about their CV: the establishment is named only if they chose so (no row: not
 * named); a print they asked for, until staff print it.
 */
@Entity
@Table(name = "cv_profile")
public class CvProfile extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "establishment_id", nullable = false, updatable = false)
    private Establishment establishment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "detainee_id", nullable = false, updatable = false)
    private Detainee detainee;

    @Column(name = "show_establishment", nullable = false)
    private boolean showEstablishment;

    @Column(name = "print_requested_at")
    private Instant printRequestedAt;

    @Column(name = "printed_at")
    private Instant printedAt;

    protected CvProfile() {
        // for JPA
    }

    CvProfile(Detainee detainee) {
        this.establishment = detainee.getEstablishment();
        this.detainee = detainee;
    }

    void showEstablishment(boolean show) {
        showEstablishment = show;
    }

    /** Asks for a print; asking again while one waits keeps the first time. */
    void askPrint(Instant at) {
        if (!isPrintWaiting()) {
            printRequestedAt = at;
            printedAt = null;
        }
    }

    void printed(Instant at) {
        printedAt = at;
    }

    /** A print was asked and not done since. */
    public boolean isPrintWaiting() {
        return printRequestedAt != null && (printedAt == null || printedAt.isBefore(printRequestedAt));
    }

    public Detainee getDetainee() {
        return detainee;
    }

    public Establishment getEstablishment() {
        return establishment;
    }

    public boolean isShowEstablishment() {
        return showEstablishment;
    }

    public Instant getPrintRequestedAt() {
        return printRequestedAt;
    }

    public Instant getPrintedAt() {
        return printedAt;
    }
}
