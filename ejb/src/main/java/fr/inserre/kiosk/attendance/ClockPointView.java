package fr.inserre.kiosk.attendance;

/** One line of the clock points of an establishment: a workshop terminal and an activity it clocks for. */
public record ClockPointView(long terminalId, String terminalCode, String location, long activityId,
        String activityTitle) {
}
