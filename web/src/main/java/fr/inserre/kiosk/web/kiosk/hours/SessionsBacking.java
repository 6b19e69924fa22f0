package fr.inserre.kiosk.web.kiosk.hours;

import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.hours.HoursPeriod;
import fr.inserre.kiosk.hours.MyHoursService;
import fr.inserre.kiosk.hours.PeriodHours;
import fr.inserre.kiosk.request.Request;
import fr.inserre.kiosk.web.common.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Backing of /kiosk/hours/sessions.xhtml: one period of "Mes heures" (week, month, since arrival), its
 * totals and its sessions latest first, each with its times, what was recorded, pending or validated,
 * and "Je conteste cette ligne" (or the dispute already sent).
 */
@Named("kioskHoursSessions")
@RequestScoped
public class SessionsBacking {

    @Inject
    MyHoursService hours;

    @Inject
    Messages messages;

    private HoursPeriod period;
    private PeriodHours shown;

    /** View action: the period asked for (this week when the address gives none). */
    public void load() {
        try {
            shown = hours.period(period == null ? HoursPeriod.WEEK : period);
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
    }

    /** The id in a dispute's receipt number (the link to "Mes demandes"). */
    public Long requestId(String receipt) {
        return Request.idOfReceipt(receipt);
    }

    public HoursPeriod getPeriod() {
        return period;
    }

    public void setPeriod(HoursPeriod period) {
        this.period = period;
    }

    public PeriodHours getShown() {
        return shown;
    }
}
