package fr.inserre.kiosk.web.kiosk.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Map;

/**
 * The pictogram of each kind of planning item (activity kinds and appointment kinds), so that a
 * detainee who reads little recognises work, training, a visit or a medical appointment at a glance.
 */
@Named
@ApplicationScoped
public class Pictograms {

    static final Map<String, String> ICONS = Map.ofEntries(
            Map.entry("WORK", "pi-wrench"),
            Map.entry("VOCATIONAL_TRAINING", "pi-book"),
            Map.entry("EDUCATION", "pi-pencil"),
            Map.entry("SPORT_CULTURE", "pi-star"),
            Map.entry("PROBATION", "pi-user"),
            Map.entry("PARTNER", "pi-id-card"),
            Map.entry("VISIT", "pi-users"),
            Map.entry("MEDICAL", "pi-heart"),
            Map.entry("OTHER", "pi-calendar"));

    /** The PrimeIcons class of a category, a calendar for anything unknown. */
    public String of(String category) {
        return ICONS.getOrDefault(category, "pi-calendar");
    }
}
