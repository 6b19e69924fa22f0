package fr.inserre.kiosk.web.staff.schedule;

import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.schedule.ExpectedDay;
import fr.inserre.kiosk.schedule.SessionService;
import fr.inserre.kiosk.web.common.Messages;
import fr.inserre.kiosk.web.staff.identity.StaffUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Backing of /staff/schedule/expected.xhtml: who is expected where on a day (today unless a date is
 * given), on screen and printed, so that the day can be run from paper when a kiosk or the network fails.
 */
@Named
@RequestScoped
public class ExpectedBacking {

    @Inject
    SessionService sessionService;

    @Inject
    StaffUser staffUser;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    private LocalDate date;
    private LocalDate chosen;
    private ExpectedDay day;

    public void load() {
        if (date == null) {
            date = LocalDate.now(clock);
        }
        try {
            day = sessionService.expected(staffUser.getEstablishmentId(), date);
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
    }

    /** Shows the day picked in the calendar (a plain GET address, so that it can be bookmarked or printed again). */
    public String show() {
        LocalDate target = chosen == null ? LocalDate.now(clock) : chosen;
        return "/staff/schedule/expected?faces-redirect=true&date=" + target;
    }

    public LocalDate getChosen() {
        return chosen == null ? date : chosen;
    }

    public void setChosen(LocalDate chosen) {
        this.chosen = chosen;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalDate getPreviousDay() {
        return date.minusDays(1);
    }

    public LocalDate getNextDay() {
        return date.plusDays(1);
    }

    public ExpectedDay getDay() {
        return day;
    }
}
