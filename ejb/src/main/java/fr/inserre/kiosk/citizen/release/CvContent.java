package fr.inserre.kiosk.citizen.release;

import java.time.LocalDate;
import java.util.List;

/**
 * What a detainee's CV says, built from the record only: validated hours of work by activity, trainings
 * completed, skills staff recorded. The establishment is named only when the detainee chose so.
 *
 * @param name first name and last name, as a CV writes them
 * @param experience work with validated hours, the most hours first
 * @param trainings trainings and classes completed, latest first
 * @param skills skills recorded by staff, in the order recorded
 * @param establishment the establishment's name when the detainee chose to show it, else null
 */
public record CvContent(String name, List<Experience> experience, List<TrainingDone> trainings, List<String> skills,
        String establishment) {

    /** Work done: the activity, its validated hours, from the first to the last day worked. */
    public record Experience(String title, int minutes, LocalDate from, LocalDate to) {

        public int hours() {
            return minutes / 60;
        }
    }

    /** A training or class ended as completed. */
    public record TrainingDone(String title, LocalDate completedOn) {
    }

    public boolean nothingYet() {
        return experience.isEmpty() && trainings.isEmpty() && skills.isEmpty();
    }
}
