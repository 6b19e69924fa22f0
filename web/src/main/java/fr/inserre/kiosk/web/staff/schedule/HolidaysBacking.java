package fr.inserre.kiosk.web.staff.schedule;

import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.schedule.Holiday;
import fr.inserre.kiosk.schedule.HolidayService;
import fr.inserre.kiosk.web.common.Messages;
import fr.inserre.kiosk.web.staff.identity.StaffUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Backing of /staff/schedule/holidays.xhtml: days without activities, declared by the direction. */
@Named
@ViewScoped
public class HolidaysBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    HolidayService holidayService;

    @Inject
    StaffUser staffUser;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    private List<Holiday> holidays;
    private LocalDate date;
    private String label;

    @PostConstruct
    void init() {
        refresh();
    }

    private void refresh() {
        holidays = holidayService.from(staffUser.getEstablishmentId(), LocalDate.now(clock).minusMonths(1));
    }

    public void declare() {
        try {
            holidayService.declare(staffUser.getEstablishmentId(), date, label);
            messages.info("staff", "staff_schedule_holidays.declared");
            date = null;
            label = null;
            refresh();
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
    }

    public void remove(Holiday holiday) {
        holidayService.remove(staffUser.getEstablishmentId(), holiday.getDate());
        messages.info("staff", "staff_schedule_holidays.removed");
        refresh();
    }

    public List<Holiday> getHolidays() {
        return holidays;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public boolean isDirection() {
        return staffUser.holdsAny("DIRECTION");
    }
}
