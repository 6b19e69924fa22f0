package fr.inserre.kiosk.schedule;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What a manager writes about an activity, on creation and on every edit. Cross-field rules (work
 * type only for work, pay class only for paid work, dates in order) are checked by {@link Activity}.
 */
public record ActivityDetails(
        @NotNull ActivityKind kind,
        WorkType workType,
        @NotBlank @Size(max = Activity.TITLE_MAX) String title,
        @Size(max = Activity.DESCRIPTION_MAX) String description,
        @Size(max = Activity.EASY_DESCRIPTION_MAX) String easyDescription,
        @NotBlank @Size(max = Activity.PLACE_MAX) String place,
        @Min(1) @Max(Activity.CAPACITY_MAX) int capacity,
        Long staffInChargeId,
        @NotNull LocalDate startDate,
        LocalDate endDate,
        boolean paid,
        PayClass payClass,
        @Size(max = Activity.PREREQUISITES_MAX) String prerequisites,
        @Size(max = Activity.WHAT_TO_BRING_MAX) String whatToBring,
        @Min(1) @Max(Recurrence.MAX_ROTA_WEEKS) int rotaWeeks) {
}
