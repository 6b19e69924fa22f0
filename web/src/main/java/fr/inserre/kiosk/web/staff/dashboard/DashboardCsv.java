package fr.inserre.kiosk.web.staff.dashboard;

import fr.inserre.kiosk.dashboard.Dashboard;
import fr.inserre.kiosk.dashboard.IdleDetainee;
import fr.inserre.kiosk.dashboard.ResponseTimes;
import fr.inserre.kiosk.dashboard.WaitingList;
import fr.inserre.kiosk.dashboard.WeeklyHours;
import java.util.List;
import fr.inserre.kiosk.request.RefusalReason;
import fr.inserre.kiosk.request.RequestType;
import fr.inserre.kiosk.terminal.FleetStatus;
import fr.inserre.kiosk.web.common.Csv;
import java.time.Duration;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The dashboard as CSV for a spreadsheet: {@code ;}-separated (what French spreadsheets expect),
 * one line per figure ("section;what;value"), durations in days with one decimal, then the list of
 * detainees without activity and the waiting lists. Texts are quoted when they hold a separator,
 * a quote or a line break; a leading =, +, - or @ is neutralised (no formula injection).
 */
final class DashboardCsv {

    private DashboardCsv() {
    }

    static String write(Dashboard dashboard, ResourceBundle staff, Locale locale) {
        StringBuilder csv = new StringBuilder();
        line(csv, staff.getString("staff_dashboard_indicators.csv.section"),
                staff.getString("staff_dashboard_indicators.csv.what"), staff.getString("staff_dashboard_indicators.csv.value"));
        String period = dashboard.from() + " / " + dashboard.to();
        line(csv, staff.getString("staff_dashboard_indicators.period"), period, "");
        String occupation = staff.getString("staff_dashboard_indicators.occupation");
        line(csv, occupation, staff.getString("staff_dashboard_indicators.present"), Long.toString(dashboard.present()));
        line(csv, occupation, staff.getString("staff_dashboard_indicators.withActivity"),
                Long.toString(dashboard.withActivity()));
        line(csv, occupation, staff.getString("staff_dashboard_indicators.rate"),
                String.format(locale, "%.1f", dashboard.occupationRate()));
        String requests = staff.getString("staff_dashboard_indicators.requests");
        for (RequestType type : RequestType.values()) {
            line(csv, requests, staff.getString("RequestType." + type.name()),
                    Long.toString(dashboard.submitted().getOrDefault(type, 0L)));
        }
        line(csv, requests, staff.getString("staff_dashboard_indicators.overdue"), Long.toString(dashboard.overdue()));
        String times = staff.getString("staff_dashboard_indicators.responseTimes");
        for (RequestType type : RequestType.values()) {
            ResponseTimes t = dashboard.responseTimes().get(type);
            String name = staff.getString("RequestType." + type.name());
            line(csv, times, name + " – " + staff.getString("staff_dashboard_indicators.median"),
                    days(t == null ? null : t.median(), locale));
            line(csv, times, name + " – " + staff.getString("staff_dashboard_indicators.p90"),
                    days(t == null ? null : t.p90(), locale));
        }
        String refusals = staff.getString("staff_dashboard_indicators.refusals");
        line(csv, refusals, staff.getString("staff_dashboard_indicators.refusalRate"),
                String.format(locale, "%.1f", dashboard.refusalRate()));
        for (RefusalReason reason : RefusalReason.values()) {
            line(csv, refusals, staff.getString("RefusalReason." + reason.name()),
                    Long.toString(dashboard.refusals().getOrDefault(reason, 0L)));
        }
        String waiting = staff.getString("staff_dashboard_indicators.waitingLists");
        for (WaitingList list : dashboard.waitingLists()) {
            line(csv, waiting, list.title(), list.length() + " / " + days(list.medianWait(), locale));
        }
        line(csv, staff.getString("staff_dashboard_indicators.trainings"),
                staff.getString("staff_dashboard_indicators.completed"), Long.toString(dashboard.trainingsCompleted()));
        String fleet = staff.getString("staff_dashboard_indicators.fleet");
        for (FleetStatus status : FleetStatus.values()) {
            line(csv, fleet, staff.getString("FleetStatus." + status.name()),
                    Long.toString(dashboard.fleet().getOrDefault(status, 0L)));
        }
        line(csv, staff.getString("staff_dashboard_indicators.trainings"),
                staff.getString("staff_dashboard_indicators.attestations"), Long.toString(dashboard.attestationsIssued()));
        WeeklyHours hours = dashboard.weeklyHours();
        String weekly = staff.getString("staff_dashboard_indicators.weeklyHours");
        line(csv, weekly, staff.getString("staff_dashboard_indicators.completeWeeks"), Integer.toString(hours.weeks()));
        List<String> labels = WeeklyHoursLabels.labels(staff);
        for (int i = 0; i < labels.size(); i++) {
            line(csv, weekly, labels.get(i), Long.toString(hours.buckets().get(i)));
        }
        line(csv, weekly, staff.getString("staff_dashboard_indicators.weeklyMedian"), hoursDecimal(hours.medianMinutes(), locale));
        line(csv, weekly, staff.getString("staff_dashboard_indicators.weeklyP90"), hoursDecimal(hours.p90Minutes(), locale));
        line(csv, weekly, staff.getString("staff_dashboard_indicators.target"), hoursDecimal(hours.targetMinutes(), locale));
        String below = staff.getString("staff_dashboard_indicators.belowTarget");
        for (WeeklyHours.BelowTarget person : hours.belowTarget()) {
            line(csv, below, person.prisonNumber() + " " + person.lastName() + " " + person.firstName(),
                    hoursDecimal(person.averageMinutes(), locale));
        }
        String idle = staff.getString("staff_dashboard_indicators.idle");
        for (IdleDetainee person : dashboard.idle()) {
            line(csv, idle, person.prisonNumber() + " " + person.lastName() + " " + person.firstName(),
                    person.cell() == null ? "" : person.cell());
        }
        return csv.toString();
    }

    /** Hours with one decimal ("7,5" in French). */
    static String hoursDecimal(int minutes, Locale locale) {
        return String.format(locale, "%.1f", minutes / 60.0);
    }

    /** Days with one decimal ("2,5" in French), or empty when there is no value. */
    static String days(Duration duration, Locale locale) {
        return duration == null ? "" : String.format(locale, "%.1f", duration.toMinutes() / 1440.0);
    }

    private static void line(StringBuilder csv, String... cells) {
        Csv.line(csv, cells);
    }

    static String cell(String value) {
        return Csv.cell(value);
    }
}
