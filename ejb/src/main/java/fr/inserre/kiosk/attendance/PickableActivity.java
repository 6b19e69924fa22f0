package fr.inserre.kiosk.attendance;

import fr.inserre.kiosk.schedule.ActivityKind;

/** An activity that can be clocked for: not over on the day asked. */
public record PickableActivity(long id, String title, ActivityKind kind, String place) {
}
