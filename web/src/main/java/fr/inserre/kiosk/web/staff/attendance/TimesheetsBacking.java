package fr.inserre.kiosk.web.staff.attendance;

import fr.inserre.kiosk.attendance.TimesheetFilter;
import fr.inserre.kiosk.attendance.TimesheetRow;
import fr.inserre.kiosk.attendance.TimesheetService;
import fr.inserre.kiosk.attendance.TimesheetStatus;
import fr.inserre.kiosk.attendance.TimesheetWeek;
import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.common.ClockProducer;
import fr.inserre.kiosk.common.PageRequest;
import fr.inserre.kiosk.schedule.Activity;
import fr.inserre.kiosk.schedule.ActivityFilter;
import fr.inserre.kiosk.schedule.ActivityService;
import fr.inserre.kiosk.web.common.BusinessMessages;
import fr.inserre.kiosk.web.staff.identity.StaffUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * Backing of /staff/attendance/timesheets.xhtml: weekly timesheets of a week or of a month (the weeks
 * that have a day in it; in month mode also the month's sheets: a person's month at an activity, validated and
 * pending minutes of the month's own days), filtered by activity, name and status; a row opens its week (lines, minutes
 * per day, the limits it breaks) to validate it, with an override reason for the direction when it is
 * over the limits. The service decides; refusals show as messages.
 */
@Named("attendanceTimesheets")
@ViewScoped
public class TimesheetsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TimesheetService timesheets;

    @Inject
    ActivityService activityService;

    @Inject
    StaffUser staffUser;

    private TimesheetLazyModel rows;
    private MonthSheetLazyModel monthRows;
    private LocalDate day = LocalDate.now(ClockProducer.ZONE);
    private boolean month;
    private Long activityId;
    private List<Activity> activities;
    private TimesheetWeek week;
    private String overrideReason;

    @PostConstruct
    void init() {
        rows = new TimesheetLazyModel(timesheets, staffUser.getEstablishmentId());
        monthRows = new MonthSheetLazyModel(timesheets, staffUser.getEstablishmentId());
        activities = activityService.list(staffUser.getEstablishmentId(), ActivityFilter.all(),
                new PageRequest(0, PageRequest.MAX_SIZE, "title", true));
        applyPeriod();
    }

    /** After the period, the month switch or the activity changed. */
    public void applyPeriod() {
        TimesheetFilter period = month ? TimesheetFilter.month(day) : TimesheetFilter.week(day);
        rows.period(period.from(), period.to(), activityId);
        monthRows.period(YearMonth.from(day), activityId);
    }

    public void open(TimesheetRow row) {
        overrideReason = null;
        week = timesheets.week(row.detaineeId(), row.activityId(), row.weekStart());
    }

    public void validate() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            timesheets.validate(week.detaineeId(), week.activityId(), week.weekStart(), week.version(), overrideReason);
            String done = context.getApplication().getResourceBundle(context, "staff")
                    .getString("staff_attendance_timesheets.validated");
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done.replace("{0}", week.name()), null));
            PrimeFaces.current().ajax().addCallbackParam("validated", true);
        } catch (BusinessException refusal) {
            BusinessMessages.addError(context, refusal);
        }
        week = timesheets.week(week.detaineeId(), week.activityId(), week.weekStart());
    }

    /** "7 h 05". */
    public String hours(long minutes) {
        return String.format("%d h %02d", minutes / 60, minutes % 60);
    }

    public TimesheetStatus[] getStatuses() {
        return TimesheetStatus.values();
    }

    public TimesheetLazyModel getRows() {
        return rows;
    }

    /** The month's sheets (a person's month at an activity), shown in month mode. */
    public MonthSheetLazyModel getMonthRows() {
        return monthRows;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day == null ? LocalDate.now(ClockProducer.ZONE) : day;
    }

    public boolean isMonth() {
        return month;
    }

    public void setMonth(boolean month) {
        this.month = month;
    }

    public Long getActivityId() {
        return activityId;
    }

    public void setActivityId(Long activityId) {
        this.activityId = activityId;
    }

    public List<Activity> getActivities() {
        return activities;
    }

    public TimesheetWeek getWeek() {
        return week;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }

    /** Whether the override reason field shows: the direction, on a week over the limits. */
    public boolean isOverridable() {
        return week != null && week.overLimits() && staffUser.holdsAny("DIRECTION");
    }
}
