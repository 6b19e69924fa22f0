package fr.inserre.kiosk.web.staff.commission;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * Backing of /staff/commission/minutes.xhtml: the procès-verbal of a closed commission, printed
 * after the meeting (a commission still being prepared has none yet: the page says so).
 */
@Named("commissionMinutes")
@RequestScoped
public class MinutesBacking extends CommissionSheet {

    /** Whether the minutes exist: the commission is closed. */
    public boolean isReady() {
        return getCommission() != null && getCommission().isClosed();
    }
}
