package fr.inserre.kiosk.web.staff.dashboard;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * Chart.js configurations for {@code <p:chart value="...">}: bar charts of named values, one or two
 * series. Colours come from a fixed palette that keeps 3:1 contrast on white; every chart is also
 * given as a table on the page (a chart alone is not accessible).
 */
final class ChartJson {

    static final List<String> PALETTE = List.of("#1f5fa8", "#b3541e", "#2e7d32", "#6a1b9a", "#8d6e00", "#00695c");

    /** A named value of a series. */
    record Point(String label, double value) {
    }

    private ChartJson() {
    }

    /** One series of bars, each bar its own colour, no legend (the axis says what each bar is). */
    static String bars(String seriesLabel, List<Point> points, boolean horizontal) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (int i = 0; i < points.size(); i++) {
            labels.add(points.get(i).label());
            data.add(points.get(i).value());
            colours.add(PALETTE.get(i % PALETTE.size()));
        }
        JsonObjectBuilder dataset = Json.createObjectBuilder().add("label", seriesLabel).add("data", data)
                .add("backgroundColor", colours);
        return config(labels, Json.createArrayBuilder().add(dataset), horizontal, false);
    }

    /** Two series side by side on the same labels (e.g. median and 90th percentile). */
    static String pairs(List<String> labels, String firstLabel, List<Double> first, String secondLabel,
            List<Double> second) {
        JsonArrayBuilder names = Json.createArrayBuilder();
        labels.forEach(names::add);
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(series(firstLabel, first, PALETTE.get(0)))
                .add(series(secondLabel, second, PALETTE.get(1)));
        return config(names, datasets, false, true);
    }

    private static JsonObjectBuilder series(String label, List<Double> values, String colour) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        values.forEach(data::add);
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour);
    }

    private static String config(JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean horizontal,
            boolean legend) {
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("animation", false)
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("display", legend)))
                .add("scales", Json.createObjectBuilder()
                        .add(horizontal ? "x" : "y", Json.createObjectBuilder().add("beginAtZero", true)));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString();
    }
}
