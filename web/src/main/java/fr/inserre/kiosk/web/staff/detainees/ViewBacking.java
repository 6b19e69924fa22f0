package fr.inserre.kiosk.web.staff.detainees;

import fr.inserre.kiosk.attestation.AttestationService;
import fr.inserre.kiosk.attestation.HoursAttestation;
import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.web.staff.identity.StaffUser;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.detainee.DetaineeService;
import fr.inserre.kiosk.detainee.UnknownDetaineeException;
import fr.inserre.kiosk.identity.KioskCredentialService;
import fr.inserre.kiosk.web.common.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import fr.inserre.kiosk.schedule.Allocation;
import fr.inserre.kiosk.schedule.AllocationService;
import fr.inserre.kiosk.schedule.ScheduleItem;
import fr.inserre.kiosk.schedule.SessionService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/**
 * Backing of /staff/detainees/view.xhtml?id=…: one detainee's file. The id comes from the URL, so the
 * service checks the caller's establishment and records the consultation (the detainee sees it).
 */
@Named
@ViewScoped
public class ViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DetaineeService detainees;

    @Inject
    KioskCredentialService credentials;

    @Inject
    Messages messages;

    @Inject
    AllocationService allocationService;

    @Inject
    SessionService sessionService;

    @Inject
    Clock clock;

    @Inject
    AttestationService attestationService;

    @Inject
    StaffUser staffUser;

    private Long id;
    private Detainee detainee;
    private List<Allocation> allocations = List.of();
    private List<ScheduleItem> week = List.of();
    private String newPin;
    private List<HoursAttestation> attestations = List.of();
    private LocalDate attestationFrom;
    private LocalDate attestationTo;

    /** f:viewAction: loads (and records) the consultation once per view; an unknown id is a 404. */
    public void load() throws IOException {
        try {
            if (id != null) {
                detainee = detainees.view(id);
                allocations = allocationService.ofDetainee(id);
                week = sessionService.planningOf(id, LocalDate.now(clock));
                attestationFrom = detainee.getEntryDate();
                attestationTo = detainee.getReleasedOn() == null ? LocalDate.now(clock) : detainee.getReleasedOn();
                attestations = attestationService.ofDetainee(id);
                return;
            }
        } catch (UnknownDetaineeException unknown) {
            // answered below
        }
        FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
        FacesContext.getCurrentInstance().responseComplete();
    }

    /** Gives a new PIN (forgotten PIN): the lock is lifted and the detainee chooses their own at the next login. */
    public void resetPin() {
        try {
            credentials.resetPin(detainee.getId(), newPin == null ? "" : newPin.strip());
            messages.info("staff", "staff_detainees_view.pinReset");
        } catch (BusinessException refused) {
            messages.refused(refused);
        } finally {
            newPin = null;
        }
    }

    /** Issues the attestation d'heures et de formations of the chosen period; the service checks and audits. */
    public void issueAttestation() {
        try {
            HoursAttestation issued = attestationService.issue(detainee.getId(), attestationFrom, attestationTo);
            attestations = attestationService.ofDetainee(detainee.getId());
            messages.info("staff", "staff_detainees_view.attestationIssued", issued.getCode());
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
    }

    /** Whether the caller may issue attestations (shown only: the service decides). */
    public boolean isAttestationIssuer() {
        return staffUser.holdsAny("WORK_MANAGER", "TRAINING_MANAGER", "PROBATION_OFFICER", "DIRECTION");
    }

    public String hours(long minutes) {
        return fr.inserre.kiosk.document.DocumentTexts.hours(minutes);
    }

    public List<HoursAttestation> getAttestations() {
        return attestations;
    }

    public LocalDate getAttestationFrom() {
        return attestationFrom;
    }

    public void setAttestationFrom(LocalDate attestationFrom) {
        this.attestationFrom = attestationFrom;
    }

    public LocalDate getAttestationTo() {
        return attestationTo;
    }

    public void setAttestationTo(LocalDate attestationTo) {
        this.attestationTo = attestationTo;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Detainee getDetainee() {
        return detainee;
    }

    /** The detainee's allocations, current first (their path through work and training). */
    public List<Allocation> getAllocations() {
        return allocations;
    }

    /** Where the detainee is expected over the next seven days. */
    public List<ScheduleItem> getWeek() {
        return week;
    }

    public String getNewPin() {
        return newPin;
    }

    public void setNewPin(String newPin) {
        this.newPin = newPin;
    }
}
