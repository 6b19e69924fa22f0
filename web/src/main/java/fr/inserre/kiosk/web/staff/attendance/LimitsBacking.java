package fr.inserre.kiosk.web.staff.attendance;

import fr.inserre.kiosk.attendance.AttendancePolicy;
import fr.inserre.kiosk.attendance.AttendanceSettings;
import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.identity.Roles;
import fr.inserre.kiosk.web.common.Messages;
import fr.inserre.kiosk.web.staff.identity.StaffUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Backing of /staff/attendance/limits.xhtml: the establishment's working-time limits and clocking
 * tolerance, read by everyone who validates timesheets, changed by the direction
 * ({@link AttendanceSettings#changePolicy}, which checks the ranges and the version seen).
 */
@Named("attendanceLimits")
@ViewScoped
public class LimitsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AttendanceSettings settings;

    @Inject
    StaffUser staffUser;

    @Inject
    Messages messages;

    private long versionSeen;
    private boolean own;
    private Integer maxDayMinutes;
    private Integer maxWeekMinutes;
    private Integer minRestDays;
    private Integer clockInEarlyMinutes;
    private Integer longSessionMinutes;

    @PostConstruct
    void load() {
        AttendancePolicy policy = settings.policy(staffUser.getEstablishmentId());
        own = policy.getId() != null;
        versionSeen = own ? policy.getVersion() : -1;
        maxDayMinutes = policy.getMaxDayMinutes();
        maxWeekMinutes = policy.getMaxWeekMinutes();
        minRestDays = policy.getMinRestDays();
        clockInEarlyMinutes = policy.getClockInEarlyMinutes();
        longSessionMinutes = policy.getLongSessionMinutes();
    }

    public void save() {
        try {
            settings.changePolicy(staffUser.getEstablishmentId(), versionSeen, maxDayMinutes, maxWeekMinutes,
                    minRestDays, clockInEarlyMinutes, longSessionMinutes);
            messages.info("staff", "staff_attendance_limits.saved");
            load();
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
    }

    public boolean isEditable() {
        return staffUser.holdsAny(Roles.DIRECTION);
    }

    /** Whether the establishment set its own limits (else the national defaults apply). */
    public boolean isOwn() {
        return own;
    }

    public Integer getMaxDayMinutes() {
        return maxDayMinutes;
    }

    public void setMaxDayMinutes(Integer maxDayMinutes) {
        this.maxDayMinutes = maxDayMinutes;
    }

    public Integer getMaxWeekMinutes() {
        return maxWeekMinutes;
    }

    public void setMaxWeekMinutes(Integer maxWeekMinutes) {
        this.maxWeekMinutes = maxWeekMinutes;
    }

    public Integer getMinRestDays() {
        return minRestDays;
    }

    public void setMinRestDays(Integer minRestDays) {
        this.minRestDays = minRestDays;
    }

    public Integer getClockInEarlyMinutes() {
        return clockInEarlyMinutes;
    }

    public void setClockInEarlyMinutes(Integer clockInEarlyMinutes) {
        this.clockInEarlyMinutes = clockInEarlyMinutes;
    }

    public Integer getLongSessionMinutes() {
        return longSessionMinutes;
    }

    public void setLongSessionMinutes(Integer longSessionMinutes) {
        this.longSessionMinutes = longSessionMinutes;
    }
}
