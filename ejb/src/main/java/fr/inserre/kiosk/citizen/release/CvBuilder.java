package fr.inserre.kiosk.citizen.release;

import fr.inserre.kiosk.attendance.AttendanceLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a CV's content from the record: only validated work lines count (pending weeks may still be
 * corrected), grouped by activity; the establishment's name appears only if the detainee chose so.
 */
public final class CvBuilder {

    /** At most this many lines of each section, so that the CV stays on one page. */
    public static final int MAX_EXPERIENCE = 6;
    public static final int MAX_TRAININGS = 8;
    public static final int MAX_SKILLS = 12;

    private CvBuilder() {
    }

    public static CvContent build(String firstName, String lastName, List<AttendanceLine> lines,
            List<CvContent.TrainingDone> trainings, List<String> skills, String establishmentName,
            boolean showEstablishment) {
        Map<String, int[]> minutes = new LinkedHashMap<>();
        Map<String, LocalDate[]> span = new LinkedHashMap<>();
        for (AttendanceLine line : lines) {
            if (!line.validated() || !line.work() || line.minutes() <= 0) {
                continue;
            }
            minutes.computeIfAbsent(line.activityTitle(), k -> new int[1])[0] += line.minutes();
            LocalDate[] dates = span.computeIfAbsent(line.activityTitle(), k -> new LocalDate[] {line.date(), line.date()});
            if (line.date().isBefore(dates[0])) {
                dates[0] = line.date();
            }
            if (line.date().isAfter(dates[1])) {
                dates[1] = line.date();
            }
        }
        List<CvContent.Experience> experience = new ArrayList<>();
        minutes.forEach((title, total) -> experience.add(new CvContent.Experience(title, total[0], span.get(title)[0],
                span.get(title)[1])));
        experience.sort(Comparator.comparingInt(CvContent.Experience::minutes).reversed());
        List<CvContent.TrainingDone> done = new ArrayList<>(trainings);
        done.sort(Comparator.comparing(CvContent.TrainingDone::completedOn).reversed());
        return new CvContent(firstName + " " + lastName, first(experience, MAX_EXPERIENCE), first(done, MAX_TRAININGS),
                first(skills, MAX_SKILLS),
                showEstablishment ? establishmentName : null);
    }

    private static <T> List<T> first(List<T> items, int max) {
        return List.copyOf(items.subList(0, Math.min(max, items.size())));
    }
}
