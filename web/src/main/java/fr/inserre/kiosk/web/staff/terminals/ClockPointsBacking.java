package fr.inserre.kiosk.web.staff.terminals;

import fr.inserre.kiosk.attendance.AttendanceSettings;
import fr.inserre.kiosk.attendance.ClockPointView;
import fr.inserre.kiosk.attendance.PickableActivity;
import fr.inserre.kiosk.attendance.PickableTerminal;
import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.common.ClockProducer;
import fr.inserre.kiosk.web.common.Messages;
import fr.inserre.kiosk.web.staff.identity.StaffUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Backing of /staff/terminals/clock-points.xhtml: which activities each workshop terminal clocks for
 * (IT installs the terminal, managers and the direction say what happens there). Binding and
 * unbinding go through {@link AttendanceSettings}, which checks the establishment and audits.
 */
@Named("clockPoints")
@ViewScoped
public class ClockPointsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AttendanceSettings settings;

    @Inject
    StaffUser staffUser;

    @Inject
    Messages messages;

    private List<ClockPointView> points;
    private List<PickableTerminal> terminals;
    private List<PickableActivity> activities;
    private Long terminalId;
    private Long activityId;

    @PostConstruct
    void load() {
        long establishmentId = staffUser.getEstablishmentId();
        points = settings.clockPoints(establishmentId);
        terminals = settings.workshopTerminals(establishmentId);
        activities = settings.clockableActivities(establishmentId, LocalDate.now(ClockProducer.ZONE));
    }

    public void bind() {
        try {
            settings.bind(terminalId, activityId);
            messages.info("staff", "staff_terminals_clockPoints.bound");
            activityId = null;
            load();
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
    }

    public void unbind(ClockPointView point) {
        try {
            settings.unbind(point.terminalId(), point.activityId());
            messages.info("staff", "staff_terminals_clockPoints.unbound");
            load();
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
    }

    public List<ClockPointView> getPoints() {
        return points;
    }

    public List<PickableTerminal> getTerminals() {
        return terminals;
    }

    public List<PickableActivity> getActivities() {
        return activities;
    }

    public Long getTerminalId() {
        return terminalId;
    }

    public void setTerminalId(Long terminalId) {
        this.terminalId = terminalId;
    }

    public Long getActivityId() {
        return activityId;
    }

    public void setActivityId(Long activityId) {
        this.activityId = activityId;
    }
}
