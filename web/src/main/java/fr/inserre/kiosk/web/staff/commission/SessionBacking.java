package fr.inserre.kiosk.web.staff.commission;

import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.common.PageRequest;
import fr.inserre.kiosk.request.Request;
import fr.inserre.kiosk.request.RequestType;
import fr.inserre.kiosk.request.commission.ClosingReport;
import fr.inserre.kiosk.request.commission.Commission;
import fr.inserre.kiosk.request.commission.CommissionItem;
import fr.inserre.kiosk.request.commission.CommissionService;
import fr.inserre.kiosk.request.commission.PendingRequests;
import fr.inserre.kiosk.schedule.Activity;
import fr.inserre.kiosk.schedule.ActivityFilter;
import fr.inserre.kiosk.schedule.ActivityKind;
import fr.inserre.kiosk.schedule.ActivityService;
import fr.inserre.kiosk.web.common.Messages;
import fr.inserre.kiosk.web.staff.identity.StaffUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backing of /staff/commission/session.xhtml: the commission's meeting on one screen. Pending job
 * and training requests are put on the agenda from a table; each request's decision is typed on its
 * row and recorded with one button; "Clôturer" records what is still typed and then closes, which
 * makes every decision effective at once. A refused row keeps what was typed.
 */
@Named("commissionSession")
@ViewScoped
public class SessionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CommissionService service;

    @Inject
    ActivityService activityService;

    @Inject
    StaffUser staffUser;

    @Inject
    Messages messages;

    private Long id;
    private Commission commission;
    /** The commission's version as this screen last showed it: closing is refused if others changed it since. */
    private long versionShown;
    private List<DecisionRow> rows = List.of();
    private PendingRequests pending = new PendingRequests(List.of(), 0);
    private RequestType pendingType;
    private List<Request> selected = new ArrayList<>();
    private List<Activity> workActivities = List.of();
    private ClosingReport report;

    public void load() {
        if (commission != null || id == null) {
            return;
        }
        try {
            refresh(Map.of());
            workActivities = activityService.list(staffUser.getEstablishmentId(),
                    new ActivityFilter(ActivityKind.WORK, null, true), new PageRequest(0, PageRequest.MAX_SIZE, "title",
                            true));
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
    }

    /** Reloads the agenda and the candidates; rows in {@code typed} keep what was typed on them. */
    private void refresh(Map<Long, DecisionRow> typed) {
        commission = service.agenda(id);
        versionShown = commission.getVersion();
        rows = commission.getItems().stream().map(item -> typed.containsKey(item.getId())
                ? typed.get(item.getId()).over(item) : new DecisionRow(item, decides(item))).toList();
        pending = commission.isClosed() ? new PendingRequests(List.of(), 0)
                : service.pending(staffUser.getEstablishmentId(), pendingType);
        selected = new ArrayList<>();
    }

    private boolean decides(CommissionItem item) {
        return item.getRequest().getTeam().workedBy(role -> staffUser.holdsAny(role));
    }

    private Map<Long, DecisionRow> typedRows() {
        Map<Long, DecisionRow> typed = new HashMap<>();
        rows.stream().filter(DecisionRow::isChanged).forEach(row -> typed.put(row.getItem().getId(), row));
        return typed;
    }

    /** Shows the candidates of the type chosen (both types when none). */
    public void filterPending() {
        pending = service.pending(staffUser.getEstablishmentId(), pendingType);
        selected = new ArrayList<>();
    }

    /** Puts the selected requests on the agenda. */
    public void addSelected() {
        if (selected.isEmpty()) {
            messages.error(null, "staff", "staff_commission_session.noneSelected");
            return;
        }
        try {
            int added = service.add(id, selected.stream().map(Request::getId).toList());
            messages.info("staff", "staff_commission_session.added", added);
            refresh(typedRows());
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
    }

    /** Takes the row's request off the agenda, still open. */
    public void remove(DecisionRow row) {
        try {
            service.remove(id, row.getItem().getRequest().getId());
            messages.info("staff", "staff_commission_session.removed", row.getItem().getRequest().receipt());
            Map<Long, DecisionRow> typed = typedRows();
            typed.remove(row.getItem().getId());
            refresh(typed);
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
    }

    /** Records every decision typed since the last save; each refusal names its request. */
    public void save() {
        Map<Long, DecisionRow> failed = new HashMap<>();
        int saved = recordTyped(failed);
        if (saved > 0) {
            messages.info("staff", "staff_commission_session.saved", saved);
        } else if (failed.isEmpty()) {
            messages.info("staff", "staff_commission_session.nothingToSave");
        }
        refresh(failed);
    }

    /** Records what is still typed, then closes the commission: every decision takes effect at once, or none. */
    public void close() {
        Map<Long, DecisionRow> failed = new HashMap<>();
        recordTyped(failed);
        if (!failed.isEmpty()) {
            refresh(failed);
            return;
        }
        try {
            report = service.close(id, versionShown);
            messages.info("staff", "staff_commission_session.closed", report.decided(), report.deferred());
            if (!report.cancelled().isEmpty()) {
                messages.info("staff", "staff_commission_session.cancelledSkipped",
                        String.join(", ", report.cancelled()));
            }
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
        refresh(Map.of());
    }

    /**
     * Records each changed row, counting those recorded; the refused ones go to {@code failed}. Each
     * of the screen's own records raises the commission's version by one: the version shown follows,
     * so that only someone else's change refuses the closing.
     */
    private int recordTyped(Map<Long, DecisionRow> failed) {
        int saved = 0;
        for (DecisionRow row : rows) {
            if (!row.isDecidable() || !row.isChanged()) {
                continue;
            }
            try {
                CommissionItem recorded = service.record(row.getItem().getId(), row.getItem().getVersion(),
                        row.decision());
                if (recorded.getCommission().getVersion() == versionShown + 1) {
                    versionShown++;
                }
                saved++;
            } catch (BusinessException refusal) {
                messages.refused(refusal);
                failed.put(row.getItem().getId(), row);
            }
        }
        return saved;
    }

    /** Whether the caller decides every request of the agenda (else closing is refused, naming the first other one). */
    public boolean isDecidesAll() {
        return rows.stream().allMatch(DecisionRow::isDecidable);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Commission getCommission() {
        return commission;
    }

    public List<DecisionRow> getRows() {
        return rows;
    }

    public PendingRequests getPending() {
        return pending;
    }

    public RequestType getPendingType() {
        return pendingType;
    }

    public void setPendingType(RequestType pendingType) {
        this.pendingType = pendingType;
    }

    public RequestType[] getPendingTypes() {
        return new RequestType[] {RequestType.TRAINING_ENROLMENT, RequestType.JOB_APPLICATION};
    }

    public List<Request> getSelected() {
        return selected;
    }

    public void setSelected(List<Request> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public List<Activity> getWorkActivities() {
        return workActivities;
    }

    public ClosingReport getReport() {
        return report;
    }
}
