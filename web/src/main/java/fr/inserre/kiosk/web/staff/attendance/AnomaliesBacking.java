package fr.inserre.kiosk.web.staff.attendance;

import fr.inserre.kiosk.attendance.Anomaly;
import fr.inserre.kiosk.attendance.AnomalyService;
import fr.inserre.kiosk.common.ClockProducer;
import fr.inserre.kiosk.web.staff.identity.StaffUser;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;

/**
 * Backing of /staff/attendance/anomalies.xhtml: what to look at over a period (the last seven days by
 * default): missing clock-outs, long sessions, people nobody recorded, refused clock taps, weeks over
 * the working-time limits.
 */
@Named("attendanceAnomalies")
@ViewScoped
public class AnomaliesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AnomalyService anomalies;

    @Inject
    StaffUser staffUser;

    private LocalDate from;
    private LocalDate to;
    private List<Anomaly> found;

    public void load() {
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        if (to == null) {
            to = today;
        }
        if (from == null || from.isAfter(to)) {
            from = to.minusDays(6);
        }
        found = anomalies.between(staffUser.getEstablishmentId(), from, to);
    }

    /** A refused tap's reason, as staff read it ("au pointage : pas inscrit à cette activité"). */
    public String refusal(Anomaly anomaly) {
        if (anomaly.detail() == null) {
            return "";
        }
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle staff = context.getApplication().getResourceBundle(context, "staff");
        String key = "staff_attendance_anomalies.refusal." + anomaly.detail().substring(anomaly.detail().lastIndexOf('.') + 1);
        return staff.containsKey(key) ? staff.getString(key) : anomaly.detail();
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public List<Anomaly> getFound() {
        return found;
    }
}
