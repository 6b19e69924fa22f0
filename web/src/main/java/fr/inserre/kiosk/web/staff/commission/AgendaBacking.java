package fr.inserre.kiosk.web.staff.commission;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Backing of /staff/commission/agenda.xhtml: the ordre du jour, printed before the meeting. */
@Named("commissionAgenda")
@RequestScoped
public class AgendaBacking extends CommissionSheet {
}
