package fr.inserre.kiosk.dashboard;

import java.time.Duration;

/** An activity's waiting list today: how many wait, and the median time they have waited so far. */
public record WaitingList(long activityId, String title, int length, Duration medianWait) {
}
