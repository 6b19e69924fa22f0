package fr.inserre.kiosk.citizen.release;

import fr.inserre.kiosk.common.AuditedEntity;
import fr.inserre.kiosk.establishment.Establishment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One thing the establishment asks every detainee to prepare before release: a standard kind, or
 * {@link ReleaseItemKind#OTHER} with the establishment's own words. Withdrawn items stay (detainees'
 * statuses point at them) but no longer show unless someone recorded something on them.
 */
@Entity
@Table(name = "release_template_item")
@NamedQuery(name = "ReleaseTemplateItem.findByEstablishment", query = "select t from ReleaseTemplateItem t "
        + "where t.establishment.id = :establishmentId order by t.position, t.id")
public class ReleaseTemplateItem extends AuditedEntity {

    public static final int LABEL_MAX = 120;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "establishment_id", nullable = false, updatable = false)
    private Establishment establishment;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 24)
    private ReleaseItemKind kind;

    @Column(length = LABEL_MAX)
    private String label;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active = true;

    protected ReleaseTemplateItem() {
        // for JPA
    }

    ReleaseTemplateItem(Establishment establishment, ReleaseItemKind kind, String label, int position) {
        this.establishment = Objects.requireNonNull(establishment);
        this.position = position;
        describe(kind, label);
    }

    /** Changes what the item is; an OTHER item needs the establishment's words, a standard one may add some. */
    public final void describe(ReleaseItemKind newKind, String newLabel) {
        String words = newLabel == null || newLabel.isBlank() ? null : newLabel.strip();
        if (newKind == ReleaseItemKind.OTHER && words == null) {
            throw new ReleaseItemLabelRequiredException();
        }
        if (words != null && words.length() > LABEL_MAX) {
            throw new ReleaseItemLabelRequiredException();
        }
        this.kind = Objects.requireNonNull(newKind);
        this.label = words;
    }

    void moveTo(int newPosition) {
        position = newPosition;
    }

    public void withdraw() {
        active = false;
    }

    public void restore() {
        active = true;
    }

    public Establishment getEstablishment() {
        return establishment;
    }

    public ReleaseItemKind getKind() {
        return kind;
    }

    /** The establishment's own words; null for a standard item worded by the kiosk. */
    public String getLabel() {
        return label;
    }

    public int getPosition() {
        return position;
    }

    public boolean isActive() {
        return active;
    }
}
