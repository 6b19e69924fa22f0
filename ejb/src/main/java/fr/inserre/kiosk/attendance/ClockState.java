package fr.inserre.kiosk.attendance;

import java.io.Serializable;
import java.time.Instant;

/** Whether the logged-in detainee is clocked in now (and where, since when), for the clock screen. */
public record ClockState(boolean clockedIn, String activityTitle, Instant since) implements Serializable {

    public static final ClockState OUT = new ClockState(false, null, null);
}
