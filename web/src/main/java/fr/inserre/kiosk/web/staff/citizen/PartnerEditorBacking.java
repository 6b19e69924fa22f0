package fr.inserre.kiosk.web.staff.citizen;

import fr.inserre.kiosk.citizen.Partner;
import fr.inserre.kiosk.citizen.PartnerDetails;
import fr.inserre.kiosk.citizen.PartnerDirectory;
import fr.inserre.kiosk.citizen.PartnerKind;
import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.web.common.Messages;
import fr.inserre.kiosk.web.staff.identity.StaffUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Backing of /staff/citizen/partner.xhtml: a new partner, or an existing one (description, shown or
 * hidden on the kiosk, PARTNER accounts acting for it). Changes carry the version seen.
 */
@Named
@ViewScoped
public class PartnerEditorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PartnerDirectory directory;

    @Inject
    StaffUser staffUser;

    @Inject
    Messages messages;

    private Long id;
    private boolean loaded;
    private long version;
    private String name;
    private PartnerKind kind = PartnerKind.OTHER;
    private String helpWith;
    private String visitTimes;
    private boolean active = true;
    private List<String> accounts = List.of();
    private String account;

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id != null) {
            try {
                show(directory.find(id));
            } catch (BusinessException refusal) {
                id = null;
                messages.refused(refusal);
            }
        }
    }

    private void show(Partner partner) {
        id = partner.getId();
        version = partner.getVersion();
        name = partner.getName();
        kind = partner.getKind();
        helpWith = partner.getHelpWith();
        visitTimes = partner.getVisitTimes();
        active = partner.isActive();
        accounts = directory.accountsOf(partner.getId());
    }

    public String save() {
        PartnerDetails details = new PartnerDetails(name, kind, helpWith, visitTimes);
        try {
            if (id == null) {
                Partner created = directory.create(staffUser.getEstablishmentId(), details);
                messages.infoAfterRedirect("staff", "staff_citizen_partner.created");
                return "/staff/citizen/partner?faces-redirect=true&id=" + created.getId();
            }
            show(directory.update(id, version, details));
            messages.info("staff", "staff_citizen_partner.saved");
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
        return null;
    }

    public void toggleActive() {
        try {
            show(directory.setActive(id, version, !active));
            messages.info("staff", active ? "staff_citizen_partner.madeVisible" : "staff_citizen_partner.madeHidden");
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
    }

    public void link() {
        try {
            directory.linkAccount(id, account == null ? "" : account.strip());
            account = null;
            show(directory.find(id));
            messages.info("staff", "staff_citizen_partner.linked");
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
    }

    public void unlink(String login) {
        try {
            directory.unlinkAccount(id, login);
            show(directory.find(id));
            messages.info("staff", "staff_citizen_partner.unlinked");
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
    }

    public boolean isExisting() {
        return id != null;
    }

    public PartnerKind[] getKinds() {
        return PartnerKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public PartnerKind getKind() {
        return kind;
    }

    public void setKind(PartnerKind kind) {
        this.kind = kind;
    }

    public String getHelpWith() {
        return helpWith;
    }

    public void setHelpWith(String helpWith) {
        this.helpWith = helpWith;
    }

    public String getVisitTimes() {
        return visitTimes;
    }

    public void setVisitTimes(String visitTimes) {
        this.visitTimes = visitTimes;
    }

    public boolean isActive() {
        return active;
    }

    public List<String> getAccounts() {
        return accounts;
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
    }
}
