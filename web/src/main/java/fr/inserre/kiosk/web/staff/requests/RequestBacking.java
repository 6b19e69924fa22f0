package fr.inserre.kiosk.web.staff.requests;

import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.common.PageRequest;
import fr.inserre.kiosk.request.AlreadyDecidedException;
import fr.inserre.kiosk.request.Decision;
import fr.inserre.kiosk.request.HalfDay;
import fr.inserre.kiosk.request.RefusalReason;
import fr.inserre.kiosk.request.Request;
import fr.inserre.kiosk.request.RequestDesk;
import fr.inserre.kiosk.request.RequestStatus;
import fr.inserre.kiosk.request.RequestType;
import fr.inserre.kiosk.request.Team;
import fr.inserre.kiosk.schedule.Activity;
import fr.inserre.kiosk.schedule.ActivityFilter;
import fr.inserre.kiosk.schedule.ActivityKind;
import fr.inserre.kiosk.schedule.ActivityService;
import fr.inserre.kiosk.schedule.Allocation;
import fr.inserre.kiosk.schedule.AllocationService;
import fr.inserre.kiosk.schedule.ScheduleConflictException;
import fr.inserre.kiosk.schedule.ScheduleItem;
import fr.inserre.kiosk.schedule.SessionService;
import fr.inserre.kiosk.web.common.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Backing of /staff/requests/request.xhtml?id=…: one request with its whole history (staff notes
 * included), the detainee's context (work and training, the next seven days, previous requests) and
 * every action on it. Each action sends the version the user saw; a refusal keeps what was typed, and
 * a schedule conflict can be retried with a reason to override it.
 */
@Named
@ViewScoped
public class RequestBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Proposed times of an appointment on a proposed morning or afternoon (staff change them freely). */
    static final LocalTime MORNING_START = LocalTime.of(9, 0);
    static final LocalTime AFTERNOON_START = LocalTime.of(14, 0);
    static final int APPOINTMENT_MINUTES = 45;

    @Inject
    RequestDesk desk;

    @Inject
    AllocationService allocationService;

    @Inject
    SessionService sessionService;

    @Inject
    ActivityService activityService;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    private Long id;
    private Request request;
    private long versionSeen;
    private List<Allocation> allocations = List.of();
    private List<ScheduleItem> week = List.of();
    private List<Request> previous = List.of();
    private List<Activity> workActivities = List.of();

    private String question;
    private String note;
    private Team forwardTo;
    private String forwardNote;
    private LocalDate fromDate;
    private Long workActivityId;
    private LocalDate appointmentDay;
    private LocalTime appointmentStart;
    private LocalTime appointmentEnd;
    private String approvalMessage;
    private String overrideReason;
    private boolean conflictShown;
    private RefusalReason refusalReason;
    private String refusalText;
    private String answer;

    /** f:viewAction: the request, its history and the detainee's context; an unknown id says so. */
    public void load() {
        if (request != null || id == null) {
            return;
        }
        try {
            refresh();
            fromDate = LocalDate.now(clock).plusDays(1);
            proposeAppointmentTime();
            if (request.isAnyWork() && isDecidable()) {
                workActivities = activityService.list(request.getEstablishmentId(),
                        new ActivityFilter(ActivityKind.WORK, null, true),
                        new PageRequest(0, PageRequest.MAX_SIZE, "title", true));
            }
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
    }

    /** Reads the request again (after an action, or when someone changed it meanwhile); typed entries stay. */
    public void refresh() {
        request = desk.find(id);
        versionSeen = request.getVersion();
        long detainee = request.getDetainee().getId();
        allocations = allocationService.ofDetainee(detainee);
        week = sessionService.planningOf(detainee, LocalDate.now(clock));
        previous = desk.ofDetainee(detainee).stream().filter(r -> !r.getId().equals(id)).toList();
    }

    private void proposeAppointmentTime() {
        if (request.getType() != RequestType.APPOINTMENT || request.getHalfDays().isEmpty()) {
            return;
        }
        HalfDay first = request.getHalfDays().get(0);
        appointmentDay = first.getDay();
        appointmentStart = first.getHalf() == HalfDay.Half.MORNING ? MORNING_START : AFTERNOON_START;
        appointmentEnd = appointmentStart.plusMinutes(APPOINTMENT_MINUTES);
    }

    public void acknowledge() {
        act(() -> desk.acknowledge(id, versionSeen), "staff_requests_request.acknowledged");
    }

    public void ask() {
        if (act(() -> desk.ask(id, versionSeen, question), "staff_requests_request.asked")) {
            question = null;
        }
    }

    public void addNote() {
        if (act(() -> desk.note(id, note), "staff_requests_request.noted")) {
            note = null;
        }
    }

    /** Hands the request to another team; back to the queue (it may no longer be the user's to see). */
    public String forward() {
        try {
            desk.forward(id, versionSeen, forwardTo, forwardNote);
            messages.infoAfterRedirect("staff", "staff_requests_request.forwarded");
            return "/staff/requests/queue?faces-redirect=true";
        } catch (BusinessException refused) {
            refusedWhileActing(refused);
            return null;
        }
    }

    /**
     * Approves: a training or a job from the first day (and the work chosen for "any work"), an
     * appointment at the day and times given. After a schedule conflict, the same again with the reason.
     */
    public void approve() {
        Decision decision = request.getType() == RequestType.APPOINTMENT
                ? Decision.appointment(appointmentDay, appointmentStart, appointmentEnd, approvalMessage)
                : Decision.allocateFrom(fromDate, request.isAnyWork() ? workActivityId : null, approvalMessage);
        decide(conflictShown ? decision.overriding(overrideReason) : decision);
    }

    public void waitlist() {
        decide(Decision.waitlist());
    }

    public void reject() {
        decide(Decision.reject(refusalReason, refusalText));
    }

    public void answer() {
        decide(Decision.answer(answer));
    }

    private void decide(Decision decision) {
        try {
            Request decided = desk.decide(id, versionSeen, decision);
            conflictShown = false;
            overrideReason = null;
            messages.info("staff", "staff_requests_request.decided." + decided.getStatus().name());
            refresh();
        } catch (ScheduleConflictException conflict) {
            conflictShown = true;
            messages.refused(conflict);
        } catch (BusinessException refused) {
            refusedWhileActing(refused);
        }
    }

    private boolean act(Runnable action, String doneKey) {
        try {
            action.run();
            messages.info("staff", doneKey);
            refresh();
            return true;
        } catch (BusinessException refused) {
            refusedWhileActing(refused);
            return false;
        }
    }

    /** Shows the refusal; if someone decided first, shows the request as it now is (the entries stay typed). */
    private void refusedWhileActing(BusinessException refused) {
        messages.refused(refused);
        if (refused instanceof AlreadyDecidedException) {
            refresh();
        }
    }

    /** Not decided yet, or on a waiting list: a decision can still be taken. */
    public boolean isDecidable() {
        return request != null && (request.getStatus().isOpen() || request.getStatus() == RequestStatus.WAITLISTED);
    }

    public boolean isOpen() {
        return request != null && request.getStatus().isOpen();
    }

    /** "3 h 29": the minutes of a disputed attendance line. */
    public String duration(Integer minutes) {
        int m = minutes == null ? 0 : minutes;
        return String.format("%d h %02d", m / 60, m % 60);
    }

    /** Whether the request's type may end in this outcome (which decision buttons to show). */
    public boolean allows(String outcome) {
        return request != null && request.getType().allows(RequestStatus.valueOf(outcome));
    }

    /** The teams the request may be forwarded to: those its type goes to, but its own. */
    public List<Team> getForwardTargets() {
        return request == null ? List.of() : request.getType().teams().stream().filter(t -> t != request.getTeam())
                .sorted().toList();
    }

    public List<RefusalReason> getRefusalReasons() {
        return request == null ? List.of() : RefusalReason.forType(request.getType());
    }

    public boolean isOverdue() {
        return request != null && request.isOverdue(LocalDate.now(clock));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Request getRequest() {
        return request;
    }

    public long getVersionSeen() {
        return versionSeen;
    }

    public List<Allocation> getAllocations() {
        return allocations;
    }

    public List<ScheduleItem> getWeek() {
        return week;
    }

    public List<Request> getPrevious() {
        return previous;
    }

    public List<Activity> getWorkActivities() {
        return workActivities;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Team getForwardTo() {
        return forwardTo;
    }

    public void setForwardTo(Team forwardTo) {
        this.forwardTo = forwardTo;
    }

    public String getForwardNote() {
        return forwardNote;
    }

    public void setForwardNote(String forwardNote) {
        this.forwardNote = forwardNote;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public void setFromDate(LocalDate fromDate) {
        this.fromDate = fromDate;
    }

    public Long getWorkActivityId() {
        return workActivityId;
    }

    public void setWorkActivityId(Long workActivityId) {
        this.workActivityId = workActivityId;
    }

    public LocalDate getAppointmentDay() {
        return appointmentDay;
    }

    public void setAppointmentDay(LocalDate appointmentDay) {
        this.appointmentDay = appointmentDay;
    }

    public LocalTime getAppointmentStart() {
        return appointmentStart;
    }

    public void setAppointmentStart(LocalTime appointmentStart) {
        this.appointmentStart = appointmentStart;
    }

    public LocalTime getAppointmentEnd() {
        return appointmentEnd;
    }

    public void setAppointmentEnd(LocalTime appointmentEnd) {
        this.appointmentEnd = appointmentEnd;
    }

    public String getApprovalMessage() {
        return approvalMessage;
    }

    public void setApprovalMessage(String approvalMessage) {
        this.approvalMessage = approvalMessage;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }

    public boolean isConflictShown() {
        return conflictShown;
    }

    public RefusalReason getRefusalReason() {
        return refusalReason;
    }

    public void setRefusalReason(RefusalReason refusalReason) {
        this.refusalReason = refusalReason;
    }

    public String getRefusalText() {
        return refusalText;
    }

    public void setRefusalText(String refusalText) {
        this.refusalText = refusalText;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}
