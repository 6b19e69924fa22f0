package fr.inserre.kiosk.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Something that changed for a detainee, stored as facts and worded in their language when shown.
 * A notification is never edited except to mark it read.
 */
@Entity
@Table(name = "notification")
@NamedQuery(name = "Notification.mine", query = "select n from Notification n where n.detaineeId = :detainee "
        + "order by n.createdAt desc, n.id desc")
@NamedQuery(name = "Notification.unread", query = "select count(n) from Notification n "
        + "where n.detaineeId = :detainee and n.readAt is null")
@NamedQuery(name = "Notification.markAllRead", query = "update Notification n set n.readAt = :now "
        + "where n.detaineeId = :detainee and n.readAt is null")
public class Notification {

    public static final int SUBJECT_MAX = 200;
    public static final int DETAIL_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "detainee_id", nullable = false, updatable = false)
    private long detaineeId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 32, updatable = false)
    private NotificationKind kind;

    @Column(nullable = false, length = SUBJECT_MAX, updatable = false)
    private String subject;

    @Column(name = "event_at", updatable = false)
    private Instant eventAt;

    @Column(length = DETAIL_MAX, updatable = false)
    private String detail;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
        // for JPA
    }

    Notification(long detaineeId, Instant createdAt, NotificationKind kind, String subject, Instant eventAt,
            String detail) {
        this.detaineeId = detaineeId;
        this.createdAt = createdAt;
        this.kind = kind;
        this.subject = cut(subject, SUBJECT_MAX);
        this.eventAt = eventAt;
        this.detail = detail == null ? null : cut(detail, DETAIL_MAX);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public long getDetaineeId() {
        return detaineeId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public Instant getEventAt() {
        return eventAt;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isUnread() {
        return readAt == null;
    }
}
