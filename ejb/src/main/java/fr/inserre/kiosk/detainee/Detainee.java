package fr.inserre.kiosk.detainee;

import fr.inserre.kiosk.common.AuditedEntity;
import fr.inserre.kiosk.establishment.Cell;
import fr.inserre.kiosk.establishment.Establishment;
import jakarta.persistence.Column;
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
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A person held in an InSERRE establishment, known by the prison number (numéro d'écrou), which is
 * unique per establishment. Only what the features need is kept.
 */
@Entity
@Table(name = "detainee", uniqueConstraints = @UniqueConstraint(name = "uk_detainee_prison_number",
        columnNames = {"establishment_id", "prison_number"}))
@NamedQuery(name = "Detainee.findByPrisonNumber", query = "select d from Detainee d "
        + "where d.establishment = :establishment and d.prisonNumber = :prisonNumber")
@NamedQuery(name = "Detainee.findPresentInCell", query = "select d from Detainee d "
        + "where d.cell = :cell and d.status = fr.inserre.kiosk.detainee.DetaineeStatus.PRESENT")
@NamedQuery(name = "Detainee.languages", query = "select distinct d.preferredLanguage from Detainee d "
        + "where d.establishment.id = :establishmentId and d.status = fr.inserre.kiosk.detainee.DetaineeStatus.PRESENT "
        + "order by d.preferredLanguage")
@NamedQuery(name = "Detainee.findWithCell", query = "select d from Detainee d left join fetch d.cell "
        + "where d.id = :id")
public class Detainee extends AuditedEntity {

    public static final int PRISON_NUMBER_MAX = 16;
    public static final int NAME_MAX = 80;
    public static final int LANGUAGE_MAX = 8;
    public static final String DEFAULT_LANGUAGE = "fr";

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "establishment_id", nullable = false, updatable = false)
    private Establishment establishment;

    @NotBlank
    @Size(max = PRISON_NUMBER_MAX)
    @Pattern(regexp = "[A-Za-z0-9-]+", message = "{detainee.prisonNumber.pattern}")
    @Column(name = "prison_number", nullable = false, updatable = false, length = PRISON_NUMBER_MAX)
    private String prisonNumber;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "first_name", nullable = false, length = NAME_MAX)
    private String firstName;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "last_name", nullable = false, length = NAME_MAX)
    private String lastName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cell_id")
    private Cell cell;

    /** ISO 639-1 code of the language the kiosk speaks to this person. */
    @NotBlank
    @Pattern(regexp = "[a-z]{2,3}", message = "{detainee.language.pattern}")
    @Column(name = "preferred_language", nullable = false, length = LANGUAGE_MAX)
    private String preferredLanguage = DEFAULT_LANGUAGE;

    /** The person asked for, or was assessed as needing, easy-to-read screens and read-aloud. */
    @Column(name = "reading_support", nullable = false)
    private boolean readingSupport;

    @NotNull
    @Column(name = "entry_date", nullable = false)
    private LocalDate entryDate;

    @Column(name = "expected_release_date")
    private LocalDate expectedReleaseDate;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private DetaineeStatus status = DetaineeStatus.PRESENT;

    @Column(name = "released_on")
    private LocalDate releasedOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "release_reason", length = 16)
    private ReleaseReason releaseReason;

    /** From the national roster; the espace citoyen needs it (Mission locale is for the under-26s). */
    @Column(name = "birth_date")
    private LocalDate birthDate;

    protected Detainee() {
        // for JPA
    }

    /** Admits a person: present from the entry date, with an expected release date if known. */
    public Detainee(Establishment establishment, String prisonNumber, String firstName, String lastName,
            LocalDate entryDate, LocalDate expectedReleaseDate) {
        this.establishment = Objects.requireNonNull(establishment, "establishment");
        this.prisonNumber = prisonNumber == null ? null : prisonNumber.strip().toUpperCase(java.util.Locale.ROOT);
        this.firstName = strip(firstName);
        this.lastName = strip(lastName);
        this.entryDate = Objects.requireNonNull(entryDate, "entryDate");
        expectRelease(expectedReleaseDate);
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    /** Sets the expected release date; it cannot precede the entry date. */
    public final void expectRelease(LocalDate date) {
        if (date != null && date.isBefore(entryDate)) {
            throw new InvalidDetaineeDatesException(entryDate, date);
        }
        this.expectedReleaseDate = date;
    }

    /** Places the person in a cell of their own establishment (or in none). */
    public void moveTo(Cell newCell) {
        requirePresent();
        if (newCell != null && !newCell.getEstablishment().equals(establishment)) {
            throw new CellOfAnotherEstablishmentException(newCell.getLabel());
        }
        this.cell = newCell;
    }

    /** Sets how the kiosk talks to this person. */
    public void preferCommunication(String language, boolean needsReadingSupport) {
        this.preferredLanguage = language == null || language.isBlank() ? DEFAULT_LANGUAGE : language.strip();
        this.readingSupport = needsReadingSupport;
    }

    /** Records a release (libération): the person leaves the cell and can no longer use the kiosk. */
    public void release(LocalDate on) {
        release(on, ReleaseReason.RELEASED);
    }

    /**
     * Records the departure, released or transferred: the person leaves the cell and can no longer use
     * the kiosk; the record stays, read-only, until the retention period ends.
     */
    public void release(LocalDate on, ReleaseReason reason) {
        requirePresent();
        Objects.requireNonNull(reason, "reason");
        if (on.isBefore(entryDate)) {
            throw new InvalidDetaineeDatesException(entryDate, on);
        }
        this.status = DetaineeStatus.RELEASED;
        this.releasedOn = on;
        this.releaseReason = reason;
        this.cell = null;
    }

    /** Records the birth date given by the national roster or at admission; refused after release. */
    public void recordBirthDate(LocalDate date) {
        requirePresent();
        if (date != null && date.isAfter(entryDate)) {
            throw new InvalidBirthDateException(date, entryDate);
        }
        this.birthDate = date;
    }

    public boolean isPresent() {
        return status == DetaineeStatus.PRESENT;
    }

    private void requirePresent() {
        if (!isPresent()) {
            throw new DetaineeReleasedException(prisonNumber);
        }
    }

    public Establishment getEstablishment() {
        return establishment;
    }

    public String getPrisonNumber() {
        return prisonNumber;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    /** "NOM Prénom", the way French prison staff write names. */
    public String getDisplayName() {
        return lastName.toUpperCase(java.util.Locale.FRENCH) + " " + firstName;
    }

    public Cell getCell() {
        return cell;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public boolean isReadingSupport() {
        return readingSupport;
    }

    public LocalDate getEntryDate() {
        return entryDate;
    }

    public LocalDate getExpectedReleaseDate() {
        return expectedReleaseDate;
    }

    public DetaineeStatus getStatus() {
        return status;
    }

    public LocalDate getReleasedOn() {
        return releasedOn;
    }

    public ReleaseReason getReleaseReason() {
        return releaseReason;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }
}
