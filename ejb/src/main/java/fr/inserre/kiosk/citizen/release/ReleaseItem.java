package fr.inserre.kiosk.citizen.release;

import fr.inserre.kiosk.common.AuditedEntity;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.establishment.Establishment;
import fr.inserre.kiosk.request.Request;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A detainee's status on one item of the template, written the first time someone records something
 * (no row: to do). The CPIP sets the status and a short note the detainee reads; the detainee's last
 * request for help on it is kept.
 */
@Entity
@Table(name = "release_item")
public class ReleaseItem extends AuditedEntity {

    public static final int NOTE_MAX = 300;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "establishment_id", nullable = false, updatable = false)
    private Establishment establishment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "detainee_id", nullable = false, updatable = false)
    private Detainee detainee;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_item_id", nullable = false, updatable = false)
    private ReleaseTemplateItem templateItem;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private ChecklistStatus status = ChecklistStatus.TO_DO;

    @Column(length = NOTE_MAX)
    private String note;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "help_request_id")
    private Request helpRequest;

    protected ReleaseItem() {
        // for JPA
    }

    ReleaseItem(Detainee detainee, ReleaseTemplateItem templateItem) {
        this.establishment = detainee.getEstablishment();
        this.detainee = detainee;
        this.templateItem = Objects.requireNonNull(templateItem);
    }

    /** The CPIP records where the person stands, with an optional note for them (blank: none). */
    public void record(ChecklistStatus newStatus, String newNote) {
        this.status = Objects.requireNonNull(newStatus);
        String words = newNote == null || newNote.isBlank() ? null : newNote.strip();
        if (words != null && words.length() > NOTE_MAX) {
            throw new ReleaseNoteTooLongException(NOTE_MAX);
        }
        this.note = words;
    }

    /** The detainee asked for help on this item: the request to the SPIP. */
    void helpAsked(Request request) {
        this.helpRequest = Objects.requireNonNull(request);
    }

    public Detainee getDetainee() {
        return detainee;
    }

    public Establishment getEstablishment() {
        return establishment;
    }

    public ReleaseTemplateItem getTemplateItem() {
        return templateItem;
    }

    public ChecklistStatus getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }

    public Request getHelpRequest() {
        return helpRequest;
    }
}
