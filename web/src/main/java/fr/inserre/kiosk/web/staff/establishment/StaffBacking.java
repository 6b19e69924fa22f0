package fr.inserre.kiosk.web.staff.establishment;

import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.identity.StaffMember;
import fr.inserre.kiosk.identity.StaffRole;
import fr.inserre.kiosk.identity.StaffService;
import fr.inserre.kiosk.web.common.Messages;
import fr.inserre.kiosk.web.staff.identity.StaffUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Backing of /staff/establishment/staff.xhtml: staff accounts of the establishment (direction and IT):
 * create, change roles, disable or enable, reset a password (the temporary one shown once).
 */
@Named("establishmentStaff")
@ViewScoped
public class StaffBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffService staff;

    @Inject
    StaffUser staffUser;

    @Inject
    Messages messages;

    private List<StaffMember> members;
    private String login;
    private String firstName;
    private String lastName;
    private List<StaffRole> roles = new ArrayList<>();
    private StaffMember editing;
    private List<StaffRole> editedRoles = new ArrayList<>();
    private String temporaryPassword;
    private String temporaryFor;

    @PostConstruct
    void load() {
        members = staff.ofEstablishment(staffUser.getEstablishmentId());
    }

    public void create() {
        forgetPassword();
        try {
            StaffMember member = staff.create(staffUser.getEstablishmentId(), login == null ? "" : login,
                    firstName == null ? "" : firstName, lastName == null ? "" : lastName,
                    roles.isEmpty() ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(roles));
            temporaryPassword = staff.resetPassword(member.getId());
            temporaryFor = member.getLogin();
            login = null;
            firstName = null;
            lastName = null;
            roles = new ArrayList<>();
            load();
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
    }

    public void edit(StaffMember member) {
        forgetPassword();
        editing = member;
        editedRoles = new ArrayList<>(member.getRoles());
    }

    public void saveRoles() {
        try {
            staff.changeRoles(editing.getId(), editedRoles.isEmpty() ? EnumSet.noneOf(StaffRole.class)
                    : EnumSet.copyOf(editedRoles));
            messages.info("staff", "staff_establishment_staff.saved");
            editing = null;
            load();
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
    }

    public void toggle(StaffMember member) {
        forgetPassword();
        try {
            if (member.isActive()) {
                staff.disable(member.getId());
            } else {
                staff.enable(member.getId());
            }
            load();
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
    }

    public void resetPassword(StaffMember member) {
        forgetPassword();
        try {
            temporaryPassword = staff.resetPassword(member.getId());
            temporaryFor = member.getLogin();
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
    }

    public void forgetPassword() {
        temporaryPassword = null;
        temporaryFor = null;
    }

    public List<StaffMember> getMembers() {
        return members;
    }

    public StaffRole[] getAllRoles() {
        return StaffRole.values();
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public List<StaffRole> getRoles() {
        return roles;
    }

    public void setRoles(List<StaffRole> roles) {
        this.roles = roles;
    }

    public StaffMember getEditing() {
        return editing;
    }

    public List<StaffRole> getEditedRoles() {
        return editedRoles;
    }

    public void setEditedRoles(List<StaffRole> editedRoles) {
        this.editedRoles = editedRoles;
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }

    public String getTemporaryFor() {
        return temporaryFor;
    }
}
