package fr.inserre.kiosk.schedule;

import jakarta.validation.constraints.Size;

/** What a staff list of activities is filtered by; empty fields filter nothing. */
public record ActivityFilter(ActivityKind kind, @Size(max = Activity.TITLE_MAX) String title, boolean currentOnly) {

    public static ActivityFilter all() {
        return new ActivityFilter(null, null, false);
    }
}
