package fr.inserre.kiosk.request;

import fr.inserre.kiosk.common.AuditedEntity;
import fr.inserre.kiosk.common.ClockProducer;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.schedule.Activity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Something a detainee asked of the administration (demande, requête). It belongs to a team, moves
 * through the {@link RequestStatus} machine only by the methods below, and keeps every event with
 * who and when. A decision is made once: the version and the status refuse a second one.
 */
@Entity
@Table(name = "detainee_request")
public class Request extends AuditedEntity {

    public static final int TEXT_MAX = 1000;
    public static final int TOKEN_MAX = 36;
    /** At most this many half-days proposed for an appointment. */
    public static final int HALF_DAYS_MAX = 6;

    private static final ZoneId ZONE = ClockProducer.ZONE;

    /**
     * The order of a waiting list: first put on it, first placed; the receipt number breaks ties.
     * (MyRequestsService counts positions with the same rule in SQL.)
     */
    public static final Comparator<Request> WAITLIST_ORDER = Comparator.comparing(Request::getWaitlistedAt,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Request::getId,
            Comparator.nullsLast(Comparator.naturalOrder()));

    @Column(name = "establishment_id", nullable = false, updatable = false)
    private long establishmentId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "detainee_id", nullable = false, updatable = false)
    private Detainee detainee;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 24, updatable = false)
    private RequestType type;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private Team team;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private RequestStatus status = RequestStatus.SUBMITTED;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "activity_id")
    private Activity activity;

    @Column(name = "any_work", nullable = false, updatable = false)
    private boolean anyWork;

    @Column(length = TEXT_MAX, updatable = false)
    private String text;

    @Column(name = "client_token", nullable = false, length = TOKEN_MAX, updatable = false)
    private String clientToken;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Column(name = "waitlisted_at")
    private Instant waitlistedAt;

    @Column(name = "awaiting_answer", nullable = false)
    private boolean awaitingAnswer;

    /** When the detainee answered staff's question, until a staff member next acts on the request ("réponse reçue"). */
    @Column(name = "answer_received_at")
    private Instant answerReceivedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = AuditedEntity.ACTOR_MAX)
    private String decidedBy;

    @Column(name = "decided_by_name", length = RequestEvent.NAME_MAX)
    private String decidedByName;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "reason_code", length = 32)
    private RefusalReason reasonCode;

    @Column(name = "reason_text", length = TEXT_MAX)
    private String reasonText;

    @Column(name = "allocation_id")
    private Long allocationId;

    @Column(name = "appointment_id")
    private Long appointmentId;

    @Column(name = "commission_id")
    private Long commissionId;

    /** The attendance line a dispute is about; null for the other types. */
    @Embedded
    private DisputedLine disputedLine;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "request_half_day", joinColumns = @JoinColumn(name = "request_id"))
    @OrderBy("day, half")
    private List<HalfDay> halfDays = new ArrayList<>();

    @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("at, id")
    private List<RequestEvent> events = new ArrayList<>();

    protected Request() {
        // for JPA
    }

    /**
     * A new request, submitted by the detainee at the kiosk or entered by staff from a paper request.
     * The caller has checked the activity against the type; the request checks what it can alone.
     */
    Request(Detainee detainee, RequestType type, Team team, Activity activity, boolean anyWork, String text,
            Collection<HalfDay> halfDays, String clientToken, At by, LocalDate dueDate) {
        if (!type.goesTo(team)) {
            throw new TeamNotForTypeException();
        }
        this.establishmentId = detainee.getEstablishment().getId();
        this.detainee = detainee;
        this.type = type;
        this.team = team;
        this.activity = activity;
        this.anyWork = anyWork;
        this.text = text;
        SortedSet<HalfDay> sorted = new TreeSet<>(halfDays);
        this.halfDays.addAll(sorted);
        this.clientToken = clientToken;
        this.submittedAt = by.at();
        this.dueDate = dueDate;
        record(RequestEventKind.SUBMITTED, by, null, null, true);
    }

    /**
     * A dispute of an attendance line ("Je conteste cette ligne"): the line's activity is the request's
     * activity, the line and what it said are attached. The caller has checked that the line is the
     * detainee's and chosen the team of its activity.
     */
    static Request dispute(fr.inserre.kiosk.attendance.Attendance line, HoursDisputeReason reason, Team team,
            String text, String clientToken, At by, LocalDate dueDate) {
        if (reason.needsText() && text == null) {
            throw new TextRequiredException();
        }
        Request request = new Request(line.getDetainee(), RequestType.HOURS_DISPUTE, team, line.getActivity(), false,
                text, List.of(), clientToken, by, dueDate);
        request.disputedLine = new DisputedLine(line, reason);
        return request;
    }

    /** The number the detainee keeps: year of submission and a sequence, e.g. 2026-000123. */
    public String receipt() {
        return receipt(getId(), submittedAt, ZONE);
    }

    public static String receipt(Long id, Instant submittedAt, ZoneId zone) {
        return id == null ? "" : String.format("%d-%06d", submittedAt.atZone(zone).getYear(), id);
    }

    /** The id in a receipt number ("2026-000123" → 123), or null if the text is not one. */
    public static Long idOfReceipt(String receipt) {
        if (receipt == null) {
            return null;
        }
        String digits = receipt.strip();
        int dash = digits.indexOf('-');
        digits = dash >= 0 ? digits.substring(dash + 1) : digits;
        if (digits.isEmpty() || digits.length() > 12 || !digits.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.valueOf(digits);
    }

    /** A staff member takes the request in hand. */
    public void acknowledge(At who) {
        moveTo(RequestStatus.IN_REVIEW, who);
        answerReceivedAt = null;
        record(RequestEventKind.ACKNOWLEDGED, who, null, null, true);
    }

    /** Staff ask the detainee a question; the detainee sees it and may answer from the kiosk. */
    public void ask(String question, At who) {
        requireNotFinal();
        awaitingAnswer = true;
        answerReceivedAt = null;
        record(RequestEventKind.QUESTION, who, null, question, true);
    }

    /** A note between staff, never shown to the detainee; allowed at any time. */
    public void note(String note, At who) {
        answerReceivedAt = null;
        record(RequestEventKind.NOTE, who, null, note, false);
    }

    /** The detainee answers the question asked. */
    public void answerQuestion(String answer, At who) {
        requireNotFinal();
        if (!awaitingAnswer) {
            throw new NoQuestionPendingException();
        }
        awaitingAnswer = false;
        answerReceivedAt = who.at();
        record(RequestEventKind.ANSWER, who, null, answer, true);
    }

    /** Hands the request to another team, which then owns it; a note may say why (staff only). */
    public void forward(Team to, String note, At who) {
        if (!status.isOpen()) {
            throw new IllegalTransitionException(status);
        }
        if (to == team) {
            throw new SameTeamException();
        }
        if (!type.goesTo(to)) {
            throw new TeamNotForTypeException();
        }
        team = to;
        answerReceivedAt = null;
        record(RequestEventKind.FORWARDED, who, to, null, true);
        if (note != null && !note.isBlank()) {
            note(note, who);
        }
    }

    /** Accepted; what it led to (an allocation, an appointment) is linked. A message to the detainee is optional. */
    public void approve(At who, String message, Long allocation, Long appointment) {
        decide(RequestStatus.APPROVED, who);
        allocationId = allocation;
        appointmentId = appointment;
        reasonText = message;
        record(RequestEventKind.APPROVED, who, null, message, true);
    }

    /** Refused, always with a reason written for the detainee: one from the list of the type, or written out. */
    public void reject(RefusalReason reason, String written, At who) {
        if (reason == null) {
            throw new RefusalReasonRequiredException();
        }
        if (!reason.appliesTo(type)) {
            throw new ReasonNotForTypeException();
        }
        if (reason.needsText() && (written == null || written.isBlank())) {
            throw new ReasonTextRequiredException();
        }
        decide(RequestStatus.REJECTED, who);
        reasonCode = reason;
        reasonText = written;
        awaitingAnswer = false;
        record(RequestEventKind.REJECTED, who, null, written, true);
    }

    /** On the waiting list of the activity, from now (the order of the list). */
    public void waitlist(At who) {
        decide(RequestStatus.WAITLISTED, who);
        waitlistedAt = who.at();
        record(RequestEventKind.WAITLISTED, who, null, null, true);
    }

    /** A general request answered in writing. */
    public void answer(String answer, At who) {
        if (answer == null || answer.isBlank()) {
            throw new AnswerRequiredException();
        }
        decide(RequestStatus.ANSWERED, who);
        reasonText = answer;
        awaitingAnswer = false;
        record(RequestEventKind.ANSWERED, who, null, answer, true);
    }

    /** Withdrawn before a decision (or from the waiting list), by the detainee or on their departure. */
    public void cancel(At who, String why) {
        moveTo(RequestStatus.CANCELLED, who);
        awaitingAnswer = false;
        answerReceivedAt = null;
        record(RequestEventKind.CANCELLED, who, null, why, true);
    }

    /** Flags an open request past its due date; once. Returns whether it was escalated now. */
    public boolean escalateIfOverdue(LocalDate today, At who) {
        if (!isOverdue(today) || escalatedAt != null) {
            return false;
        }
        escalatedAt = who.at();
        record(RequestEventKind.ESCALATED, who, null, null, true);
        return true;
    }

    /** Open and past its due date. */
    public boolean isOverdue(LocalDate today) {
        return ServiceLevels.overdue(status, dueDate, today);
    }

    /** Put on a commission's agenda (taken in review if it was not). */
    public void addToCommission(long commission, At who) {
        if (status == RequestStatus.SUBMITTED) {
            acknowledge(who);
        }
        if (!status.isOpen()) {
            throw new IllegalTransitionException(status);
        }
        commissionId = commission;
        answerReceivedAt = null;
        record(RequestEventKind.ADDED_TO_COMMISSION, who, null, null, true);
    }

    /** Taken off a commission's agenda, still open. */
    public void removeFromCommission(At who) {
        commissionId = null;
        record(RequestEventKind.REMOVED_FROM_COMMISSION, who, null, null, false);
    }

    private void decide(RequestStatus outcome, At who) {
        if (!type.allows(outcome)) {
            throw new OutcomeNotForTypeException(outcome);
        }
        if (status == RequestStatus.SUBMITTED) {
            // Deciding takes the request in hand first: the history shows both steps.
            acknowledge(who);
        }
        moveTo(outcome, who);
        answerReceivedAt = null;
        decidedAt = who.at();
        decidedBy = who.login();
        decidedByName = who.name();
    }

    private void moveTo(RequestStatus next, At who) {
        if (!status.canMoveTo(next)) {
            if (status.isFinal() && decidedAt != null && next != RequestStatus.CANCELLED) {
                throw new AlreadyDecidedException(decidedByName == null ? decidedBy : decidedByName,
                        LocalDate.ofInstant(decidedAt, ZONE));
            }
            throw new IllegalTransitionException(status);
        }
        status = next;
    }

    private void requireNotFinal() {
        if (status.isFinal()) {
            throw new IllegalTransitionException(status);
        }
    }

    private void record(RequestEventKind kind, At who, Team to, String eventText, boolean visible) {
        events.add(new RequestEvent(this, kind, status, who, to, eventText, visible));
    }

    public long getEstablishmentId() {
        return establishmentId;
    }

    public Detainee getDetainee() {
        return detainee;
    }

    public RequestType getType() {
        return type;
    }

    public Team getTeam() {
        return team;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public Activity getActivity() {
        return activity;
    }

    public boolean isAnyWork() {
        return anyWork;
    }

    public String getText() {
        return text;
    }

    public String getClientToken() {
        return clientToken;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public Instant getWaitlistedAt() {
        return waitlistedAt;
    }

    public boolean isAwaitingAnswer() {
        return awaitingAnswer;
    }

    /**
     * When the detainee answered a question staff have not acted on since (any staff action clears it:
     * taking in hand, asking again, a note, forwarding, deciding); null when there is nothing new.
     */
    public Instant getAnswerReceivedAt() {
        return answerReceivedAt;
    }

    /** The detainee answered and no staff member has acted since: the queue shows "Réponse reçue". */
    public boolean isAnswerReceived() {
        return answerReceivedAt != null;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDecidedByName() {
        return decidedByName;
    }

    public RefusalReason getReasonCode() {
        return reasonCode;
    }

    public String getReasonText() {
        return reasonText;
    }

    public Long getAllocationId() {
        return allocationId;
    }

    public Long getAppointmentId() {
        return appointmentId;
    }

    public Long getCommissionId() {
        return commissionId;
    }

    /** The disputed attendance line (HOURS_DISPUTE only), else null. */
    public DisputedLine getDisputedLine() {
        return disputedLine;
    }

    public List<HalfDay> getHalfDays() {
        return Collections.unmodifiableList(halfDays);
    }

    /** Every event, staff notes included: for staff. */
    public List<RequestEvent> getEvents() {
        return Collections.unmodifiableList(events);
    }

    /** The events the detainee may see (no staff notes). */
    public List<RequestEvent> visibleEvents() {
        return events.stream().filter(RequestEvent::isVisibleToDetainee).toList();
    }
}
