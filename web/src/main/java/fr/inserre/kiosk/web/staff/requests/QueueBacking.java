package fr.inserre.kiosk.web.staff.requests;

import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.request.QueueCounts;
import fr.inserre.kiosk.request.Request;
import fr.inserre.kiosk.request.RequestDesk;
import fr.inserre.kiosk.request.RequestFilter;
import fr.inserre.kiosk.request.RequestStatus;
import fr.inserre.kiosk.request.RequestType;
import fr.inserre.kiosk.request.Team;
import fr.inserre.kiosk.web.common.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Backing of /staff/requests/queue.xhtml: the queues of the teams the user works for, in a lazy table
 * (oldest due first), with the figures above it, filters, and taking several requests in hand at once.
 */
@Named
@ViewScoped
public class QueueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The status filter's two choices that are not one status. */
    public static final String IN_PROGRESS = "IN_PROGRESS";
    public static final String ALL = "ALL";

    @Inject
    RequestDesk desk;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    private RequestLazyModel requests;
    private List<Team> teams = List.of();
    private QueueCounts counts;
    private Team team;
    private RequestType type;
    private String status = IN_PROGRESS;
    private boolean overdueOnly;
    private boolean answerReceivedOnly;
    private String detainee;
    private String receipt;
    private List<Request> selected = new ArrayList<>();

    @PostConstruct
    void init() {
        teams = desk.myTeams().stream().sorted().toList();
        requests = new RequestLazyModel(desk, this::filter);
        counts = desk.counts(null);
    }

    /** The filters as the desk takes them. */
    RequestFilter filter() {
        RequestStatus one = statusNamed(status);
        return new RequestFilter(team, type, one, one == null && !ALL.equals(status), overdueOnly, blankToNull(detainee),
                blankToNull(receipt), null, answerReceivedOnly);
    }

    private static RequestStatus statusNamed(String name) {
        for (RequestStatus candidate : RequestStatus.values()) {
            if (candidate.name().equals(name)) {
                return candidate;
            }
        }
        return null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A filter changed: back to the first page, figures of the team chosen. */
    public void filterChanged() {
        counts = desk.counts(team);
        selected = new ArrayList<>();
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent("queue:table");
        if (table != null) {
            table.setFirst(0);
        }
    }

    /** Takes the selected requests in hand (those still new; the others are left as they are). */
    public void acknowledgeSelected() {
        if (selected == null || selected.isEmpty()) {
            messages.error(null, "staff", "staff_requests_queue.noneSelected");
            return;
        }
        try {
            int done = desk.acknowledgeAll(selected.stream().map(Request::getId).toList());
            messages.info("staff", "staff_requests_queue.acknowledged", done);
            selected = new ArrayList<>();
            counts = desk.counts(team);
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
    }

    /** Open and past its due date (flagged in the table). */
    public boolean overdue(Request request) {
        return request.isOverdue(LocalDate.now(clock));
    }

    /** The table's first sort: oldest due date first. */
    public SortMeta getDefaultSort() {
        return SortMeta.builder().field("dueDate").order(SortOrder.ASCENDING).build();
    }

    public RequestLazyModel getRequests() {
        return requests;
    }

    public List<Team> getTeams() {
        return teams;
    }

    public RequestType[] getTypes() {
        return RequestType.values();
    }

    public RequestStatus[] getStatuses() {
        return RequestStatus.values();
    }

    public QueueCounts getCounts() {
        return counts;
    }

    public Team getTeam() {
        return team;
    }

    public void setTeam(Team team) {
        this.team = team;
    }

    public RequestType getType() {
        return type;
    }

    public void setType(RequestType type) {
        this.type = type;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public boolean isAnswerReceivedOnly() {
        return answerReceivedOnly;
    }

    public void setAnswerReceivedOnly(boolean answerReceivedOnly) {
        this.answerReceivedOnly = answerReceivedOnly;
    }

    public String getDetainee() {
        return detainee;
    }

    public void setDetainee(String detainee) {
        this.detainee = detainee;
    }

    public String getReceipt() {
        return receipt;
    }

    public void setReceipt(String receipt) {
        this.receipt = receipt;
    }

    public List<Request> getSelected() {
        return selected;
    }

    public void setSelected(List<Request> selected) {
        this.selected = selected;
    }
}
