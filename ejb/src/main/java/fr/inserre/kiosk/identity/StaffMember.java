package fr.inserre.kiosk.identity;

import fr.inserre.kiosk.common.AuditedEntity;
import fr.inserre.kiosk.establishment.Establishment;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** A member of staff of one establishment, with one or more roles. */
@Entity
@Table(name = "staff_member")
@NamedQuery(name = "StaffMember.findByLogin", query = "select s from StaffMember s where s.login = :login")
@NamedQuery(name = "StaffMember.findByEstablishment", query = "select distinct s from StaffMember s "
        + "left join fetch s.roles where s.establishment = :establishment order by s.lastName, s.firstName")
public class StaffMember extends AuditedEntity {

    public static final int LOGIN_MAX = 64;
    public static final int NAME_MAX = 80;

    @NotBlank
    @Size(max = LOGIN_MAX)
    @Pattern(regexp = "[a-z0-9._-]+", message = "{staff.login.pattern}")
    @Column(nullable = false, unique = true, updatable = false, length = LOGIN_MAX)
    private String login;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "first_name", nullable = false, length = NAME_MAX)
    private String firstName;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "last_name", nullable = false, length = NAME_MAX)
    private String lastName;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "establishment_id", nullable = false)
    private Establishment establishment;

    @NotEmpty
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "staff_member_role", joinColumns = @JoinColumn(name = "staff_member_id"))
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "role", nullable = false, length = 32)
    private Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "password_hash", length = 128)
    private String passwordHash;

    @Column(name = "password_must_change", nullable = false)
    private boolean passwordMustChange = true;

    @Embedded
    private LoginAttempts attempts = new LoginAttempts();

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    protected StaffMember() {
        // for JPA
    }

    public StaffMember(Establishment establishment, String login, String firstName, String lastName,
            Set<StaffRole> roles) {
        this.establishment = establishment;
        this.login = login == null ? null : login.strip().toLowerCase(java.util.Locale.ROOT);
        this.firstName = firstName;
        this.lastName = lastName;
        grant(roles);
    }

    /** Replaces the roles; a staff member always holds at least one. */
    public final void grant(Set<StaffRole> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new NoRoleException(login);
        }
        // Copy first: newRoles may be a view of roles itself (getRoles()), which clear() would empty.
        Set<StaffRole> granted = EnumSet.copyOf(newRoles);
        roles.clear();
        roles.addAll(granted);
    }

    public boolean holds(StaffRole role) {
        return roles.contains(role);
    }

    /** An administrator set the password: the person must choose their own at the next login. */
    public void setInitialPassword(String hash) {
        this.passwordHash = hash;
        this.passwordMustChange = true;
        attempts.unlock();
    }

    /** The person chose their own password. */
    public void choosePassword(String hash) {
        this.passwordHash = hash;
        this.passwordMustChange = false;
    }

    public void loggedIn(Instant at) {
        attempts.succeed();
        lastLoginAt = at;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isPasswordMustChange() {
        return passwordMustChange;
    }

    public LoginAttempts getAttempts() {
        return attempts;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public void deactivate() {
        active = false;
    }

    /** The account may log in again (its lockout, if any, still runs its course). */
    public void reactivate() {
        active = true;
    }

    public String getLogin() {
        return login;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public Establishment getEstablishment() {
        return establishment;
    }

    public Set<StaffRole> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean isActive() {
        return active;
    }
}
