package fr.inserre.kiosk.web.kiosk.citizen;

import fr.inserre.kiosk.citizen.appointments.FreeSlot;
import fr.inserre.kiosk.citizen.appointments.MyPartnerAppointment;
import fr.inserre.kiosk.citizen.appointments.MyPartnerAppointmentsService;
import fr.inserre.kiosk.citizen.appointments.PartnerOffer;
import fr.inserre.kiosk.citizen.appointments.SlotTakenException;
import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.web.common.Dates;
import fr.inserre.kiosk.web.common.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.ResourceBundle;

/**
 * Backing of /kiosk/citizen/appointments.xhtml, "Rendez-vous partenaires": my appointments to come (cancel
 * while the delay allows), then each partner's free slots as big buttons. Someone faster took the slot: the
 * page says so and offers the partner's next free slot as one big button.
 */
@Named("kioskPartnerAppointments")
@ViewScoped
public class PartnerAppointmentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MyPartnerAppointmentsService service;

    @Inject
    Messages messages;

    @Inject
    Dates dates;

    private List<MyPartnerAppointment> mine;
    private List<PartnerOffer> offers;
    private FreeSlot next;

    @PostConstruct
    void load() {
        MyPartnerAppointmentsService.MyPartnerPage page = service.page();
        mine = page.mine();
        offers = page.offers();
    }

    public void book(long slotId) {
        next = null;
        try {
            MyPartnerAppointment booked = service.book(slotId);
            CitizenWords.info("kiosk_citizen_appointments.booked", booked.partnerName(), when(booked.start()));
        } catch (SlotTakenException taken) {
            messages.refused(taken);
            next = taken.getNext();
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
        load();
    }

    public void cancel(long slotId) {
        next = null;
        try {
            service.cancel(slotId);
            CitizenWords.info("kiosk_citizen_appointments.cancelled");
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
        load();
    }

    /** "mardi 8 décembre à 09:00", in the screen's language. */
    public String when(java.time.Instant at) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle kiosk = context.getApplication().getResourceBundle(context, "kiosk");
        return dates.format(at, kiosk.getString("kiosk_citizen_appointments.whenFormat"));
    }

    public List<MyPartnerAppointment> getMine() {
        return mine;
    }

    public List<PartnerOffer> getOffers() {
        return offers;
    }

    /** The slot offered after a lost race, or null. */
    public FreeSlot getNext() {
        return next;
    }
}
