package fr.inserre.kiosk.citizen;

import fr.inserre.kiosk.common.AuditedEntity;
import fr.inserre.kiosk.establishment.Establishment;
import fr.inserre.kiosk.identity.StaffMember;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A partner organisation that comes to an establishment (France Travail, CAF, CPAM...): what it helps
 * with and when it comes, as the kiosk's directory shows them, and the PARTNER staff accounts that act
 * for it. A partner no longer coming is deactivated, never deleted (appointments keep naming it).
 */
@Entity
@Table(name = "partner")
@NamedQuery(name = "Partner.findByEstablishment",
        query = "select p from Partner p where p.establishment.id = :establishment order by p.active desc, p.name")
@NamedQuery(name = "Partner.findActive",
        query = "select p from Partner p where p.establishment.id = :establishment and p.active = true order by p.name")
@NamedQuery(name = "Partner.findByAccount",
        query = "select p from Partner p join p.accounts a where a.login = :login")
@NamedQuery(name = "Partner.findByName",
        query = "select p from Partner p where p.establishment.id = :establishment and p.name = :name")
public class Partner extends AuditedEntity {

    public static final int NAME_MAX = 120;
    public static final int HELP_MAX = 1000;
    public static final int VISITS_MAX = 300;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "establishment_id", nullable = false, updatable = false)
    private Establishment establishment;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 24)
    private PartnerKind kind;

    @NotBlank
    @Size(max = HELP_MAX)
    @Column(name = "help_with", nullable = false, length = HELP_MAX)
    private String helpWith;

    @NotBlank
    @Size(max = VISITS_MAX)
    @Column(name = "visit_times", nullable = false, length = VISITS_MAX)
    private String visitTimes;

    @Column(nullable = false)
    private boolean active = true;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "partner_account", joinColumns = @JoinColumn(name = "partner_id"),
            inverseJoinColumns = @JoinColumn(name = "staff_member_id"))
    private Set<StaffMember> accounts = new HashSet<>();

    protected Partner() {
        // for JPA
    }

    public Partner(Establishment establishment, PartnerDetails details) {
        this.establishment = Objects.requireNonNull(establishment, "establishment");
        describe(details);
    }

    /** Replaces what the directory says of the partner. */
    public void describe(PartnerDetails details) {
        this.name = details.name().strip();
        this.kind = details.kind();
        this.helpWith = details.helpWith().strip();
        this.visitTimes = details.visitTimes().strip();
    }

    /** The partner no longer comes: hidden from the kiosk, kept for history. */
    public void deactivate() {
        active = false;
    }

    public void reactivate() {
        active = true;
    }

    /** Lets this PARTNER account act for the partner (slots, appointments). */
    void link(StaffMember account) {
        accounts.add(account);
    }

    void unlink(StaffMember account) {
        accounts.remove(account);
    }

    /** Whether this staff login acts for the partner. */
    public boolean hasAccount(String login) {
        return accounts.stream().anyMatch(a -> a.getLogin().equals(login));
    }

    public Establishment getEstablishment() {
        return establishment;
    }

    public String getName() {
        return name;
    }

    public PartnerKind getKind() {
        return kind;
    }

    public String getHelpWith() {
        return helpWith;
    }

    public String getVisitTimes() {
        return visitTimes;
    }

    public boolean isActive() {
        return active;
    }

    /** The PARTNER accounts acting for it (lazy: read inside a transaction). */
    public Set<StaffMember> getAccounts() {
        return Collections.unmodifiableSet(accounts);
    }
}
