package fr.inserre.kiosk.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One step of a request's history: never changed once written. */
@Entity
@Table(name = "request_event")
public class RequestEvent {

    public static final int NAME_MAX = 170;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    private Request request;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 24, updatable = false)
    private RequestEventKind kind;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16, updatable = false)
    private RequestStatus status;

    @Column(nullable = false, length = 64, updatable = false)
    private String actor;

    @Column(name = "actor_name", length = NAME_MAX, updatable = false)
    private String actorName;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 16, updatable = false)
    private Team team;

    @Column(length = Request.TEXT_MAX, updatable = false)
    private String text;

    @Column(name = "visible_to_detainee", nullable = false, updatable = false)
    private boolean visibleToDetainee;

    protected RequestEvent() {
        // for JPA
    }

    RequestEvent(Request request, RequestEventKind kind, RequestStatus status, At who, Team team, String text,
            boolean visibleToDetainee) {
        this.request = request;
        this.at = who.at();
        this.kind = kind;
        this.status = status;
        this.actor = who.login();
        this.actorName = who.name();
        this.team = team;
        this.text = text;
        this.visibleToDetainee = visibleToDetainee;
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public RequestEventKind getKind() {
        return kind;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public String getActor() {
        return actor;
    }

    public String getActorName() {
        return actorName;
    }

    public Team getTeam() {
        return team;
    }

    public String getText() {
        return text;
    }

    public boolean isVisibleToDetainee() {
        return visibleToDetainee;
    }

    /** Whether the detainee did it (submitted, answered, cancelled from the kiosk). */
    public boolean byDetainee() {
        return actor.startsWith(fr.inserre.kiosk.common.CurrentActor.DETAINEE_PREFIX);
    }
}
