package fr.inserre.kiosk.web.staff.terminals;

import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.common.ClockProducer;
import fr.inserre.kiosk.terminal.Terminal;
import fr.inserre.kiosk.terminal.TerminalKind;
import fr.inserre.kiosk.terminal.TerminalService;
import fr.inserre.kiosk.terminal.FleetStatus;
import fr.inserre.kiosk.web.common.BusinessMessages;
import fr.inserre.kiosk.web.staff.identity.StaffUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;
import java.time.LocalDateTime;
import java.util.function.LongConsumer;
import org.primefaces.PrimeFaces;

/**
 * Backing of /staff/terminals/list.xhtml: IT's view of the establishment's fleet of terminals (online,
 * offline since, maintenance, revoked; version and last heartbeat), with the actions of their life
 * cycle (enrolment code, maintenance, revocation). Every action goes through
 * {@link TerminalService}, which decides and audits; a refusal becomes a message in the page.
 * The establishment is the IT staff member's own (the page is for IT_ADMIN); the service checks
 * role and establishment again on every call.
 */
@Named("terminalsList")
@ViewScoped
public class ListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TerminalService terminalService;

    @Inject
    StaffUser staffUser;

    private TerminalLazyModel terminals;

    /** The last enrolment code issued, shown once in a dialog; forgotten at the next action. */
    private String issuedCode;
    private String issuedFor;

    /** How long an active terminal may stay silent before it is shown offline. */
    private Duration offlineAfter;

    @PostConstruct
    void init() {
        offlineAfter = terminalService.offlineAfter();
        terminals = new TerminalLazyModel(terminalService);
        terminals.setEstablishmentId(staffUser.getEstablishmentId());
    }

    /** Issues a new enrolment code; the page shows it once, in a dialog. */
    public void issueCode(Terminal terminal) {
        forgetCode();
        try {
            issuedCode = terminalService.issueEnrolmentCode(terminal.getId());
            issuedFor = terminal.getCode();
            PrimeFaces.current().ajax().addCallbackParam("codeIssued", true);
        } catch (BusinessException refusal) {
            BusinessMessages.addError(FacesContext.getCurrentInstance(), refusal);
        }
    }

    public void revoke(Terminal terminal) {
        act(terminal, terminalService::revoke, "staff_terminals_list.revoked");
    }

    public void startMaintenance(Terminal terminal) {
        act(terminal, terminalService::startMaintenance, "staff_terminals_list.maintenanceStarted");
    }

    public void endMaintenance(Terminal terminal) {
        act(terminal, terminalService::endMaintenance, "staff_terminals_list.maintenanceEnded");
    }

    private void act(Terminal terminal, LongConsumer action, String doneKey) {
        forgetCode();
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            action.accept(terminal.getId());
            String done = context.getApplication().getResourceBundle(context, "staff").getString(doneKey);
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done.replace("{0}", terminal.getCode()),
                    null));
        } catch (BusinessException refusal) {
            BusinessMessages.addError(context, refusal);
        }
    }

    private void forgetCode() {
        issuedCode = null;
        issuedFor = null;
    }

    /** After the dialog showing the code closed: the code is not kept any longer than that. */
    public void onCodeDialogClose() {
        forgetCode();
    }

    /** The code as IT reads it aloud or types it: two groups of five ("ABCDE-FGHJK"). */
    public String getIssuedCode() {
        return issuedCode == null || issuedCode.length() != 10 ? issuedCode
                : issuedCode.substring(0, 5) + "-" + issuedCode.substring(5);
    }

    public String getIssuedFor() {
        return issuedFor;
    }

    /** An instant in the establishments' zone, for display. */
    public LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ClockProducer.ZONE);
    }


    public TerminalLazyModel getTerminals() {
        return terminals;
    }

    public TerminalKind[] getKinds() {
        return TerminalKind.values();
    }

    public FleetStatus[] getFleetStatuses() {
        return FleetStatus.values();
    }

    /** Where the terminal stands now (online, offline, maintenance...), by the entity's rule. */
    public FleetStatus fleet(Terminal terminal) {
        return terminal.fleetStatus(Instant.now(), offlineAfter);
    }

    /** The fleet status as shown: "Hors ligne depuis 12/11/2026 14:32" for an offline terminal seen before. */
    public String fleetLabel(Terminal terminal) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "staff");
        FleetStatus fleet = fleet(terminal);
        if (fleet == FleetStatus.OFFLINE && terminal.getLastSeenAt() != null) {
            String since = DateTimeFormatter.ofPattern(bundle.getString("general.dateTimeFormat"))
                    .format(local(terminal.getLastSeenAt()));
            return bundle.getString("staff_terminals_list.offlineSince").replace("{0}", since);
        }
        return bundle.getString("FleetStatus." + fleet.name());
    }
}
