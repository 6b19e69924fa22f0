package fr.inserre.kiosk.web.staff.dashboard;

import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.dashboard.Dashboard;
import fr.inserre.kiosk.dashboard.DashboardService;
import fr.inserre.kiosk.dashboard.ResponseTimes;
import fr.inserre.kiosk.dashboard.WaitingList;
import fr.inserre.kiosk.request.RefusalReason;
import fr.inserre.kiosk.request.RequestType;
import fr.inserre.kiosk.terminal.FleetStatus;
import fr.inserre.kiosk.web.common.Messages;
import fr.inserre.kiosk.web.kiosk.Placeholders;
import fr.inserre.kiosk.web.staff.identity.StaffUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Backing of /staff/dashboard/indicators.xhtml: the experiment's indicators for a period (the last
 * 30 days unless given), as figures, charts and tables; the same as CSV through
 * {@link IndicatorsCsvServlet}. A plain GET page: the period is in the address.
 */
@Named
@RequestScoped
public class IndicatorsBacking {

    static final int DEFAULT_DAYS = 30;

    @Inject
    DashboardService dashboards;

    @Inject
    StaffUser staffUser;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    private LocalDate from;
    private LocalDate to;
    private Integer target;
    private Dashboard dashboard;
    private String hoursChart;
    private String requestsChart;
    private String timesChart;
    private String refusalsChart;
    private String waitingChart;
    private Locale locale;
    private String occupationLabel;
    private String medianLabel;

    public void load() {
        LocalDate today = LocalDate.now(clock);
        to = to == null ? today : to;
        from = from == null ? to.minusDays(DEFAULT_DAYS - 1L) : from;
        try {
            target = target == null ? DashboardService.DEFAULT_TARGET_HOURS : target;
            dashboard = dashboards.indicators(staffUser.getEstablishmentId(), from, to, target);
        } catch (BusinessException refusal) {
            messages.refused(refusal);
            return;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle staff = context.getApplication().getResourceBundle(context, "staff");
        Locale locale = context.getViewRoot().getLocale();
        requestsChart = ChartJson.bars(staff.getString("staff_dashboard_indicators.submitted"),
                Arrays.stream(RequestType.values()).map(t -> new ChartJson.Point(staff.getString("RequestType." + t.name()),
                        dashboard.submitted().getOrDefault(t, 0L))).toList(), false);
        List<RequestType> decidedTypes = Arrays.stream(RequestType.values())
                .filter(t -> dashboard.responseTimes().containsKey(t)).toList();
        timesChart = ChartJson.pairs(decidedTypes.stream().map(t -> staff.getString("RequestType." + t.name())).toList(),
                staff.getString("staff_dashboard_indicators.median"),
                decidedTypes.stream().map(t -> days(dashboard.responseTimes().get(t).median())).toList(),
                staff.getString("staff_dashboard_indicators.p90"),
                decidedTypes.stream().map(t -> days(dashboard.responseTimes().get(t).p90())).toList());
        refusalsChart = ChartJson.bars(staff.getString("staff_dashboard_indicators.refusals"),
                dashboard.refusals().entrySet().stream().map(e -> new ChartJson.Point(
                        staff.getString("RefusalReason." + e.getKey().name()), e.getValue())).toList(), true);
        waitingChart = ChartJson.bars(staff.getString("staff_dashboard_indicators.waiting"),
                dashboard.waitingLists().stream().map(w -> new ChartJson.Point(w.title(), w.length())).toList(), true);
        hoursChart = ChartJson.bars(staff.getString("staff_dashboard_indicators.detaineeWeeks"),
                hoursBuckets(staff).stream().toList(), false);
        this.locale = locale;
        occupationLabel = Placeholders.fill(staff.getString("staff_dashboard_indicators.occupationLabel"),
                Long.toString(dashboard.withActivity()), Long.toString(dashboard.present()));
        medianLabel = Placeholders.fill(staff.getString("staff_dashboard_indicators.medianLabel"),
                inDays(dashboard.allResponseTimes().p90()));
    }

    /** The weekly-hours buckets with their labels ("0 h", "moins de 5 h", "5 à 10 h"...), as chart points. */
    List<ChartJson.Point> hoursBuckets(ResourceBundle staff) {
        return WeeklyHoursLabels.points(dashboard.weeklyHours(), staff);
    }

    /** The buckets' labels in the page's language, for the table under the chart. */
    public List<String> getHoursBucketLabels() {
        FacesContext context = FacesContext.getCurrentInstance();
        return WeeklyHoursLabels.labels(context.getApplication().getResourceBundle(context, "staff"));
    }

    public String hours(int minutes) {
        return fr.inserre.kiosk.document.DocumentTexts.hours(minutes);
    }

    public String getHoursChart() {
        return hoursChart;
    }

    public Integer getTarget() {
        return target;
    }

    public void setTarget(Integer target) {
        this.target = target;
    }

    public String getOccupationLabel() {
        return occupationLabel;
    }

    public String getMedianLabel() {
        return medianLabel;
    }

    static double days(Duration duration) {
        return duration == null ? 0 : Math.round(duration.toMinutes() / 144.0) / 10.0;
    }

    /** A duration in days with one decimal, in the page's language ("2,5"); a dash when there is none. */
    public String inDays(Duration duration) {
        return duration == null ? "–" : DashboardCsv.days(duration, locale == null ? Locale.FRENCH : locale);
    }

    public String percent(double value) {
        return String.format(locale == null ? Locale.FRENCH : locale, "%.1f", value);
    }

    public List<RequestType> getTypes() {
        return List.of(RequestType.values());
    }

    public List<FleetStatus> getFleetStatuses() {
        return List.of(FleetStatus.values());
    }

    public ResponseTimes times(RequestType type) {
        return dashboard.responseTimes().get(type);
    }

    public List<RefusalReason> getRefusalReasons() {
        return dashboard.refusals().keySet().stream().toList();
    }

    public List<WaitingList> getWaitingLists() {
        return dashboard.waitingLists();
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Dashboard getDashboard() {
        return dashboard;
    }

    public String getRequestsChart() {
        return requestsChart;
    }

    public String getTimesChart() {
        return timesChart;
    }

    public String getRefusalsChart() {
        return refusalsChart;
    }

    public String getWaitingChart() {
        return waitingChart;
    }
}
