package fr.inserre.kiosk.request;

import fr.inserre.kiosk.attendance.Attendance;
import fr.inserre.kiosk.attendance.AttendanceStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.io.Serializable;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The attendance line a dispute is about ("Je conteste cette ligne"): the line itself (staff open it
 * at the roll-call and in the timesheet), why the detainee disputes it, what it said when disputed (a
 * later correction changes the line, not what was disputed), and the staff member in charge of the
 * activity, who takes its roll-call and is named to the team that owns the request.
 */
@Embeddable
public class DisputedLine implements Serializable {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "attendance_id", updatable = false)
    private Attendance attendance;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "dispute_reason", length = 24, updatable = false)
    private HoursDisputeReason reason;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "disputed_status", length = 16, updatable = false)
    private AttendanceStatus disputedStatus;

    @Column(name = "disputed_minutes", updatable = false)
    private Integer disputedMinutes;

    @Column(name = "in_charge_id", updatable = false)
    private Long inChargeId;

    @Column(name = "in_charge_name", length = RequestEvent.NAME_MAX, updatable = false)
    private String inChargeName;

    protected DisputedLine() {
        // for JPA
    }

    /** The line as it stands now, disputed for this reason. */
    DisputedLine(Attendance attendance, HoursDisputeReason reason) {
        this.attendance = Objects.requireNonNull(attendance, "attendance");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.disputedStatus = attendance.getStatus();
        this.disputedMinutes = attendance.getMinutes();
        var inCharge = attendance.getActivity().getStaffInCharge();
        if (inCharge != null) {
            this.inChargeId = inCharge.getId();
            this.inChargeName = inCharge.getFirstName() + " " + inCharge.getLastName();
        }
    }

    public Attendance getAttendance() {
        return attendance;
    }

    public HoursDisputeReason getReason() {
        return reason;
    }

    public AttendanceStatus getDisputedStatus() {
        return disputedStatus;
    }

    public Integer getDisputedMinutes() {
        return disputedMinutes;
    }

    public Long getInChargeId() {
        return inChargeId;
    }

    /** The staff member in charge of the activity when the line was disputed; null if nobody was. */
    public String getInChargeName() {
        return inChargeName;
    }
}
