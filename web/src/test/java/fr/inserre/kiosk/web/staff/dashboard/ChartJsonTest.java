package fr.inserre.kiosk.web.staff.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Chart.js configurations as p:chart expects them. */
class ChartJsonTest {

    static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void bars_haveOneLabelValueAndColourPerPoint_andNoAnimation() {
        JsonObject chart = parse(ChartJson.bars("Reçues", List.of(new ChartJson.Point("Requête \"écrite\"", 40),
                new ChartJson.Point("Rendez-vous", 3)), true));

        assertEquals("bar", chart.getString("type"));
        assertEquals("Requête \"écrite\"", chart.getJsonObject("data").getJsonArray("labels").getString(0));
        JsonObject dataset = chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0);
        assertEquals(3.0, dataset.getJsonArray("data").getJsonNumber(1).doubleValue());
        assertEquals(2, dataset.getJsonArray("backgroundColor").size());
        assertEquals("y", chart.getJsonObject("options").getString("indexAxis"));
        assertEquals(false, chart.getJsonObject("options").getBoolean("animation"));
    }

    @Test
    void pairs_giveTwoSeries_withALegend() {
        JsonObject chart = parse(ChartJson.pairs(List.of("A", "B"), "Médiane", List.of(1.5, 2.0), "90e", List.of(4.0,
                6.5)));

        assertEquals(2, chart.getJsonObject("data").getJsonArray("datasets").size());
        assertEquals(6.5, chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(1).getJsonArray("data")
                .getJsonNumber(1).doubleValue());
        assertEquals(true, chart.getJsonObject("options").getJsonObject("plugins").getJsonObject("legend")
                .getBoolean("display"));
    }
}
