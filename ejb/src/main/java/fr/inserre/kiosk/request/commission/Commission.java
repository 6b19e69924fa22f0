package fr.inserre.kiosk.request.commission;

import fr.inserre.kiosk.common.AuditedEntity;
import fr.inserre.kiosk.request.Request;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A commission pluridisciplinaire unique (CPU): the meeting where job and training requests of an
 * establishment are decided together. It is prepared (requests put on its agenda, each decision
 * recorded during the meeting) and then closed, which makes every decision effective at once; a
 * closed commission never changes again and is its own minutes.
 */
@Entity
@Table(name = "commission")
public class Commission extends AuditedEntity {

    public static final int MEMBERS_MAX = 600;

    @Column(name = "establishment_id", nullable = false, updatable = false)
    private long establishmentId;

    @Column(name = "meeting_date", nullable = false, updatable = false)
    private LocalDate meetingDate;

    @Column(nullable = false, length = MEMBERS_MAX)
    private String members;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private CommissionStatus status = CommissionStatus.PREPARING;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = AuditedEntity.ACTOR_MAX)
    private String closedBy;

    @OneToMany(mappedBy = "commission", cascade = CascadeType.PERSIST, orphanRemoval = true)
    @OrderBy("id")
    private List<CommissionItem> items = new ArrayList<>();

    protected Commission() {
        // for JPA
    }

    public Commission(long establishmentId, LocalDate meetingDate, String members) {
        this.establishmentId = establishmentId;
        this.meetingDate = meetingDate;
        this.members = members.strip();
    }

    /** Refuses any change to the agenda or its decisions once the commission is closed. */
    public void requirePreparing() {
        if (status != CommissionStatus.PREPARING) {
            throw new CommissionClosedException(meetingDate);
        }
    }

    /** Puts a request on the agenda; the item is returned for the caller to persist. */
    CommissionItem add(Request request) {
        requirePreparing();
        CommissionItem item = new CommissionItem(this, request);
        items.add(item);
        return item;
    }

    /** Takes an item off the agenda (it is deleted). */
    void remove(CommissionItem item) {
        requirePreparing();
        items.remove(item);
    }

    /** Closes the commission: its decisions have been applied by the caller. */
    void close(Instant at, String by) {
        requirePreparing();
        status = CommissionStatus.CLOSED;
        closedAt = at;
        closedBy = by;
    }

    public boolean isClosed() {
        return status == CommissionStatus.CLOSED;
    }

    public long getEstablishmentId() {
        return establishmentId;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public String getMembers() {
        return members;
    }

    public CommissionStatus getStatus() {
        return status;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    /** The agenda in the order it is worked through ({@link CommissionItem#AGENDA_ORDER}). */
    public List<CommissionItem> getItems() {
        List<CommissionItem> ordered = new ArrayList<>(items);
        ordered.sort(CommissionItem.AGENDA_ORDER);
        return Collections.unmodifiableList(ordered);
    }
}
