package fr.inserre.kiosk.web.staff.citizen;

import fr.inserre.kiosk.citizen.Partner;
import fr.inserre.kiosk.citizen.PartnerDirectory;
import fr.inserre.kiosk.citizen.appointments.PartnerSlotService;
import fr.inserre.kiosk.citizen.appointments.SlotView;
import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.establishment.Place;
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
 * Backing of /staff/citizen/slots.xhtml: a partner account's slots for the coming four weeks with who booked
 * each (name and prison number only), publishing a row of slots, withdrawing one. The direction and the CPIP
 * pick the partner; the direction also sets how long before an appointment a detainee may still cancel it.
 */
@Named
@ViewScoped
public class SlotsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int WEEKS_SHOWN = 4;

    @Inject
    PartnerSlotService service;

    @Inject
    PartnerDirectory directory;

    @Inject
    StaffUser staffUser;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    private List<Partner> partners = List.of();
    private Long partnerId;
    private String partnerName;
    private List<SlotView> slots = List.of();
    private List<Place> places = List.of();
    private LocalDate date;
    private LocalTime start;
    private int minutes = 30;
    private int count = 1;
    private Long placeId;
    private int cancelHours;
    private boolean linked = true;

    @PostConstruct
    void init() {
        long establishment = staffUser.getEstablishmentId();
        places = service.places(establishment);
        placeId = places.isEmpty() ? null : places.get(0).getId();
        if (isPartnerAccount()) {
            try {
                Partner mine = service.myPartner();
                partnerId = mine.getId();
                partnerName = mine.getName();
            } catch (BusinessException notLinked) {
                linked = false;
                messages.refused(notLinked);
            }
        } else {
            partners = directory.active(establishment);
            partnerId = partners.isEmpty() ? null : partners.get(0).getId();
            cancelHours = service.policy(establishment).getCancelHours();
        }
        refresh();
    }

    public void refresh() {
        LocalDate today = LocalDate.now(clock);
        slots = partnerId == null ? List.of() : service.slotsOf(partnerId, today, today.plusWeeks(WEEKS_SHOWN));
    }

    public void publish() {
        try {
            int published = service.publish(partnerId, date, start, minutes, count, placeId == null ? 0 : placeId).size();
            messages.info("staff", "staff_citizen_slots.published", published);
            refresh();
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
    }

    public void withdraw(SlotView slot) {
        try {
            service.withdraw(slot.slotId(), slot.version());
            messages.info("staff", slot.booked() ? "staff_citizen_slots.withdrawnBooked" : "staff_citizen_slots.withdrawn");
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
        refresh();
    }

    public void saveDelay() {
        try {
            service.changeCancelHours(staffUser.getEstablishmentId(), cancelHours);
            messages.info("staff", "staff_citizen_slots.delaySaved");
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
    }

    /** A partner account acts for its own partner only (no picker). */
    public boolean isPartnerAccount() {
        return staffUser.holdsAny("PARTNER") && !staffUser.holdsAny("DIRECTION", "PROBATION_OFFICER");
    }

    public boolean isDirection() {
        return staffUser.holdsAny("DIRECTION");
    }

    /** Who may publish and withdraw: the partner account, the direction. */
    public boolean isPublisher() {
        return linked && partnerId != null && (isPartnerAccount() || isDirection());
    }

    public List<Partner> getPartners() {
        return partners;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(Long partnerId) {
        this.partnerId = partnerId;
    }

    public String getPartnerName() {
        return partnerName;
    }

    public List<SlotView> getSlots() {
        return slots;
    }

    public List<Place> getPlaces() {
        return places;
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

    public int getMinutes() {
        return minutes;
    }

    public void setMinutes(int minutes) {
        this.minutes = minutes;
    }

    public int getCount() {
        return count;
    }

    public void setCount(int count) {
        this.count = count;
    }

    public Long getPlaceId() {
        return placeId;
    }

    public void setPlaceId(Long placeId) {
        this.placeId = placeId;
    }

    public int getCancelHours() {
        return cancelHours;
    }

    public void setCancelHours(int cancelHours) {
        this.cancelHours = cancelHours;
    }
}
