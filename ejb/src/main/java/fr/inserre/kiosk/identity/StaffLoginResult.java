package fr.inserre.kiosk.identity;

import java.util.Set;

/** The answer to a staff login: the account's roles and establishment if it succeeded. */
public record StaffLoginResult(LoginOutcome outcome, String login, Set<StaffRole> roles, Long establishmentId,
        boolean passwordMustChange) {

    static StaffLoginResult refused(LoginOutcome outcome) {
        return new StaffLoginResult(outcome, null, Set.of(), null, false);
    }

    public boolean succeeded() {
        return outcome == LoginOutcome.SUCCESS;
    }
}
