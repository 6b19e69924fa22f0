package fr.inserre.kiosk.identity;

import fr.inserre.kiosk.common.AuditedEntity;
import fr.inserre.kiosk.detainee.Detainee;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * How a detainee logs in at a kiosk: a personal badge number (what a badge reader types) and a PIN,
 * stored only as a slow salted hash. A PIN set or reset by staff must be changed at the next login.
 */
@Entity
@Table(name = "detainee_credential")
@NamedQuery(name = "DetaineeCredential.findByBadge", query = "select c from DetaineeCredential c "
        + "join fetch c.detainee where c.establishmentId = :establishmentId and c.badgeNumber = :badge")
@NamedQuery(name = "DetaineeCredential.findByDetainee", query = "select c from DetaineeCredential c "
        + "where c.detainee.id = :detaineeId")
/* The kiosk's checks at every request (KioskLoginService.standing): the terminal, and the session's detainee's
   credential and person if any, in one statement. */
@NamedQuery(name = "DetaineeCredential.kioskStanding", query = "select t, c from Terminal t "
        + "left join DetaineeCredential c on c.detainee.id = :detaineeId left join fetch c.detainee "
        + "where t.code = :code")
/* The same check for a detainee alone (KioskLoginService.stillAccepts). */
@NamedQuery(name = "DetaineeCredential.findStandingByDetainee", query = "select c from DetaineeCredential c "
        + "join fetch c.detainee where c.detainee.id = :detaineeId")
public class DetaineeCredential extends AuditedEntity {

    public static final int BADGE_MAX = 32;
    public static final String PIN_PATTERN = "\\d{6}";

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "detainee_id", nullable = false, updatable = false, unique = true)
    private Detainee detainee;

    /** Copied from the detainee, so that a badge is unique per establishment in the schema itself. */
    @Column(name = "establishment_id", nullable = false, updatable = false)
    private Long establishmentId;

    @NotBlank
    @Size(max = BADGE_MAX)
    @Pattern(regexp = "[A-Za-z0-9-]+", message = "{identity.badge.pattern}")
    @Column(name = "badge_number", nullable = false, length = BADGE_MAX)
    private String badgeNumber;

    @Column(name = "pin_hash", nullable = false, length = 128)
    private String pinHash;

    @Column(name = "pin_must_change", nullable = false)
    private boolean pinMustChange = true;

    @Embedded
    private LoginAttempts attempts = new LoginAttempts();

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    /** When the account was locked for good (release or transfer); null while the person may log in. */
    @Column(name = "disabled_at")
    private Instant disabledAt;

    protected DetaineeCredential() {
        // for JPA
    }

    /** A new badge with a PIN chosen by staff, to be changed at the first login. */
    public DetaineeCredential(Detainee detainee, String badgeNumber, String pinHash) {
        this.detainee = detainee;
        this.establishmentId = detainee.getEstablishment().getId();
        this.badgeNumber = badgeNumber == null ? null : badgeNumber.strip().toUpperCase(java.util.Locale.ROOT);
        this.pinHash = pinHash;
    }

    /** Staff gave a new PIN (e.g. forgotten): the lock is lifted and the PIN must be changed at login. */
    public void resetPin(String newPinHash) {
        this.pinHash = newPinHash;
        this.pinMustChange = true;
        attempts.unlock();
    }

    /** The detainee chose their own PIN. */
    public void choosePin(String newPinHash) {
        this.pinHash = newPinHash;
        this.pinMustChange = false;
    }

    public void loggedIn(Instant at) {
        attempts.succeed();
        lastLoginAt = at;
    }

    /** The person left (release, transfer): the badge never opens a kiosk session again. */
    public void disable(Instant at) {
        if (disabledAt == null) {
            disabledAt = at;
        }
    }

    public boolean isDisabled() {
        return disabledAt != null;
    }

    public Instant getDisabledAt() {
        return disabledAt;
    }

    public Detainee getDetainee() {
        return detainee;
    }

    public String getBadgeNumber() {
        return badgeNumber;
    }

    public String getPinHash() {
        return pinHash;
    }

    public boolean isPinMustChange() {
        return pinMustChange;
    }

    public LoginAttempts getAttempts() {
        return attempts;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }
}
