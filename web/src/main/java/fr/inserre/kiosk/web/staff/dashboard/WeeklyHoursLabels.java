package fr.inserre.kiosk.web.staff.dashboard;

import fr.inserre.kiosk.dashboard.WeeklyHours;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

/** The words of the weekly-hours buckets ("0 h", "moins de 5 h", "5 à 10 h", "30 h et plus"), from the bounds. */
final class WeeklyHoursLabels {

    private WeeklyHoursLabels() {
    }

    static List<String> labels(ResourceBundle staff) {
        List<Integer> bounds = WeeklyHours.BOUNDS;
        List<String> labels = new ArrayList<>();
        labels.add(staff.getString("staff_dashboard_indicators.hoursZero"));
        labels.add(staff.getString("staff_dashboard_indicators.hoursUnder").replace("{0}", bounds.get(0).toString()));
        for (int i = 1; i < bounds.size(); i++) {
            labels.add(staff.getString("staff_dashboard_indicators.hoursBetween")
                    .replace("{0}", bounds.get(i - 1).toString()).replace("{1}", bounds.get(i).toString()));
        }
        labels.add(staff.getString("staff_dashboard_indicators.hoursOver")
                .replace("{0}", bounds.get(bounds.size() - 1).toString()));
        return labels;
    }

    static List<ChartJson.Point> points(WeeklyHours hours, ResourceBundle staff) {
        List<String> labels = labels(staff);
        List<ChartJson.Point> points = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            points.add(new ChartJson.Point(labels.get(i), hours.buckets().get(i)));
        }
        return points;
    }
}
