package fr.inserre.kiosk.web.staff.schedule;

import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.detainee.DetaineeService;
import fr.inserre.kiosk.schedule.Appointment;
import fr.inserre.kiosk.schedule.AppointmentKind;
import fr.inserre.kiosk.schedule.AppointmentService;
import fr.inserre.kiosk.schedule.ScheduleConflictException;
import fr.inserre.kiosk.web.common.Messages;
import fr.inserre.kiosk.web.staff.identity.StaffUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Backing of /staff/schedule/appointments.xhtml: the appointments to come, booking one (a conflict is
 * shown, and may be overridden with a reason by whom the service allows), cancelling one.
 */
@Named
@ViewScoped
public class AppointmentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SHOWN = 200;

    @Inject
    AppointmentService appointmentService;

    @Inject
    DetaineeService detaineeService;

    @Inject
    StaffUser staffUser;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    private List<Appointment> upcoming;
    private String detainee;
    private AppointmentKind kind = AppointmentKind.PROBATION;
    private LocalDate date;
    private LocalTime start = LocalTime.of(14, 0);
    private LocalTime end = LocalTime.of(14, 45);
    private String place;
    private String withWhom;
    private String overrideReason;
    private boolean conflictShown;
    private Appointment cancelling;
    private String cancelReason;

    @PostConstruct
    void init() {
        date = LocalDate.now(clock).plusDays(1);
        refresh();
    }

    private void refresh() {
        upcoming = appointmentService.upcoming(staffUser.getEstablishmentId(), LocalDate.now(clock), SHOWN);
    }

    public List<String> suggest(String typed) {
        return DetaineePicker.suggest(detaineeService, staffUser.getEstablishmentId(), typed);
    }

    public void book() {
        Detainee person = DetaineePicker.find(detaineeService, staffUser.getEstablishmentId(), detainee);
        if (person == null) {
            messages.error("book:detainee", "staff", "staff_schedule_roster.unknownDetainee");
            return;
        }
        try {
            appointmentService.book(person.getId(), kind, date, start, end, place, withWhom,
                    conflictShown ? overrideReason : null);
            messages.info("staff", "staff_schedule_appointments.booked", person.getDisplayName());
            detainee = null;
            place = null;
            withWhom = null;
            overrideReason = null;
            conflictShown = false;
            refresh();
        } catch (ScheduleConflictException conflict) {
            conflictShown = true;
            messages.refused(conflict);
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
    }

    public void startCancelling(Appointment appointment) {
        cancelling = appointment;
        cancelReason = null;
    }

    public void cancel() {
        try {
            appointmentService.cancel(cancelling.getId(), cancelling.getVersion(), cancelReason);
            messages.info("staff", "staff_schedule_appointments.cancelled");
            cancelling = null;
            refresh();
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
    }

    public boolean isMedical() {
        return kind == AppointmentKind.MEDICAL;
    }

    public AppointmentKind[] getKinds() {
        return AppointmentKind.values();
    }

    public List<Appointment> getUpcoming() {
        return upcoming;
    }

    public String getDetainee() {
        return detainee;
    }

    public void setDetainee(String detainee) {
        this.detainee = detainee;
    }

    public AppointmentKind getKind() {
        return kind;
    }

    public void setKind(AppointmentKind kind) {
        this.kind = kind;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getStart() {
        return start;
    }

    public void setStart(LocalTime start) {
        this.start = start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public void setEnd(LocalTime end) {
        this.end = end;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getWithWhom() {
        return withWhom;
    }

    public void setWithWhom(String withWhom) {
        this.withWhom = withWhom;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }

    public boolean isConflictShown() {
        return conflictShown;
    }

    public Appointment getCancelling() {
        return cancelling;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }
}
