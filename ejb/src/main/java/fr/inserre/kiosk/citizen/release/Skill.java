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

/** A skill staff saw a detainee use ("Lecture de plans", "Conduite de chariot élévateur"), for the CV. */
@Entity
@Table(name = "skill")
public class Skill extends AuditedEntity {

    public static final int LABEL_MAX = 120;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "establishment_id", nullable = false, updatable = false)
    private Establishment establishment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "detainee_id", nullable = false, updatable = false)
    private Detainee detainee;

    @Column(nullable = false, length = LABEL_MAX, updatable = false)
    private String label;

    protected Skill() {
        // for JPA
    }

    Skill(Detainee detainee, String label) {
        this.establishment = detainee.getEstablishment();
        this.detainee = detainee;
        this.label = label;
    }

    public Detainee getDetainee() {
        return detainee;
    }

    public Establishment getEstablishment() {
        return establishment;
    }

    public String getLabel() {
        return label;
    }
}
