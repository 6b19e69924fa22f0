package fr.inserre.kiosk.web.kiosk.hours;

import fr.inserre.kiosk.attendance.AttendanceLine;
import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.hours.MyHoursService;
import fr.inserre.kiosk.request.HoursDisputeReason;
import fr.inserre.kiosk.request.NewRequest;
import fr.inserre.kiosk.web.common.Messages;
import fr.inserre.kiosk.web.kiosk.requests.RequestForm;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Backing of /kiosk/hours/dispute.xhtml, "Je conteste cette ligne": the line, optional words (phrases or
 * the on-screen keyboard), then one tap on the reason sends the dispute (once per screen: a double tap
 * finds the first request) and shows its receipt. The line id comes from the address: the service
 * refuses a line that is not mine.
 */
@Named("kioskHoursDispute")
@ViewScoped
public class DisputeBacking extends RequestForm {

    private static final long serialVersionUID = 1L;

    @Inject
    MyHoursService hours;

    @Inject
    Messages pageMessages;

    private Long lineId;
    private AttendanceLine line;

    /** View action: the line disputed. */
    public void load() {
        if (lineId == null || line != null) {
            return;
        }
        try {
            line = hours.line(lineId);
        } catch (BusinessException refusal) {
            pageMessages.refused(refusal);
        }
    }

    /** One reason tapped: sends the dispute with the words added, if any. */
    public String send(HoursDisputeReason reason) {
        if (line == null) {
            return null;
        }
        return submit(() -> NewRequest.hoursDispute(line.attendanceId(), reason, getText(), clientToken()));
    }

    /** The reasons, in the order offered (the most frequent first; "another reason" last). */
    public List<HoursDisputeReason> getReasons() {
        return List.of(HoursDisputeReason.values());
    }

    public Long getLineId() {
        return lineId;
    }

    public void setLineId(Long lineId) {
        this.lineId = lineId;
    }

    public AttendanceLine getLine() {
        return line;
    }
}
