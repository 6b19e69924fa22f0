package fr.inserre.kiosk.web.staff.identity;

import fr.inserre.kiosk.identity.StaffLoginResult;
import fr.inserre.kiosk.identity.StaffLoginService;
import fr.inserre.kiosk.identity.StaffRole;
import fr.inserre.kiosk.web.common.Messages;
import fr.inserre.kiosk.web.identity.Logins;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.stream.Collectors;

/** Backing of /staff/identity/login.xhtml: login and password. */
@Named("staffLogin")
@RequestScoped
public class LoginBacking {

    @Inject
    StaffLoginService loginService;

    @Inject
    Logins logins;

    @Inject
    StaffUser staffUser;

    @Inject
    Messages messages;

    private String login;
    private String password;

    public String login() {
        StaffLoginResult result = loginService.login(login, password);
        password = null;
        switch (result.outcome()) {
            case SUCCESS -> {
                staffUser.start(result.login(), result.roles(), result.establishmentId());
                if (logins.signIn(result.login(),
                        result.roles().stream().map(StaffRole::name).collect(Collectors.toSet()))) {
                    return "/staff/index?faces-redirect=true";
                }
                messages.error(null, "staff", "staff_login.invalid");
            }
            case LOCKED -> messages.error(null, "staff", "staff_login.locked");
            default -> messages.error(null, "staff", "staff_login.invalid");
        }
        return null;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
