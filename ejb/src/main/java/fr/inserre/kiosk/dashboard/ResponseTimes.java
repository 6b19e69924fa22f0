package fr.inserre.kiosk.dashboard;

import java.time.Duration;

/**
 * How long decisions took: how many requests were decided in the period, the median and the 90th
 * percentile of the time from submission to decision (null when none was decided).
 */
public record ResponseTimes(long decided, Duration median, Duration p90) {
}
