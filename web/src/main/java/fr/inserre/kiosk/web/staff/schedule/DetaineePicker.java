package fr.inserre.kiosk.web.staff.schedule;

import fr.inserre.kiosk.common.PageRequest;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.detainee.DetaineeFilter;
import fr.inserre.kiosk.detainee.DetaineeService;
import fr.inserre.kiosk.detainee.DetaineeStatus;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finding a present detainee by prison number or name in a staff form: suggestions read
 * "25A0001 – DUPONT Julien", and the chosen text leads back to the prison number.
 */
final class DetaineePicker {

    static final String SEPARATOR = " – ";

    private DetaineePicker() {
    }

    static List<String> suggest(DetaineeService detainees, long establishmentId, String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        PageRequest page = new PageRequest(0, 10, "name", true);
        Set<String> found = new LinkedHashSet<>();
        for (DetaineeFilter filter : List.of(
                new DetaineeFilter(typed, null, null, DetaineeStatus.PRESENT, null),
                new DetaineeFilter(null, typed, null, DetaineeStatus.PRESENT, null))) {
            detainees.list(establishmentId, filter, page).forEach(d -> found.add(label(d)));
        }
        return found.stream().limit(10).toList();
    }

    static String label(Detainee detainee) {
        return detainee.getPrisonNumber() + SEPARATOR + detainee.getDisplayName();
    }

    /** The present detainee a chosen or typed text names, or null. */
    static Detainee find(DetaineeService detainees, long establishmentId, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        int cut = text.indexOf(SEPARATOR);
        String number = (cut < 0 ? text : text.substring(0, cut)).strip();
        return number.isEmpty() ? null : detainees.findByPrisonNumber(establishmentId, number);
    }
}
