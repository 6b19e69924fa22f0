package fr.inserre.kiosk.attestation;

import fr.inserre.kiosk.schedule.ActivityKind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/**
 * An attestation d'heures et de formations as issued: the establishment, the person (name, birth
 * date; the prison number is kept for staff, not printed), the period, the validated hours per
 * activity, the trainings completed, who issued it (name, roles) and when, and its verification code.
 * Never changed once written: printing it again prints the same paper; the digest of its content
 * tells a verification whether the stored content is still the issued one.
 */
@Entity
@Immutable
@Table(name = "hours_attestation")
@NamedQuery(name = "HoursAttestation.findByCode", query = "select a from HoursAttestation a where a.code = :code")
@NamedQuery(name = "HoursAttestation.findByDetainee", query = "select a from HoursAttestation a "
        + "where a.detaineeId = :detainee order by a.issuedAt desc, a.id desc")
public class HoursAttestation implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int CODE_MAX = 16;
    public static final int NAME_MAX = 170;
    public static final int ROLES_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "establishment_id", nullable = false, updatable = false)
    private long establishmentId;

    @Column(name = "detainee_id", nullable = false, updatable = false)
    private long detaineeId;

    @Column(nullable = false, length = CODE_MAX, updatable = false)
    private String code;

    @Column(name = "period_from", nullable = false, updatable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false, updatable = false)
    private LocalDate periodTo;

    @Column(name = "establishment_name", nullable = false, length = 120, updatable = false)
    private String establishmentName;

    @Column(name = "detainee_name", nullable = false, length = NAME_MAX, updatable = false)
    private String detaineeName;

    @Column(name = "prison_number", nullable = false, length = 16, updatable = false)
    private String prisonNumber;

    @Column(name = "birth_date", updatable = false)
    private LocalDate birthDate;

    @Column(name = "work_minutes", nullable = false, updatable = false)
    private int workMinutes;

    @Column(name = "training_minutes", nullable = false, updatable = false)
    private int trainingMinutes;

    @Column(name = "other_minutes", nullable = false, updatable = false)
    private int otherMinutes;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, length = 64, updatable = false)
    private String issuedBy;

    @Column(name = "issuer_name", nullable = false, length = NAME_MAX, updatable = false)
    private String issuerName;

    @Column(name = "issuer_roles", nullable = false, length = ROLES_MAX, updatable = false)
    private String issuerRoles;

    @Column(name = "at_release", nullable = false, updatable = false)
    private boolean atRelease;

    @Column(name = "content_digest", nullable = false, length = 64, updatable = false)
    private String contentDigest;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "hours_attestation_line", joinColumns = @JoinColumn(name = "attestation_id"))
    @OrderColumn(name = "position")
    private List<AttestationLine> lines = new ArrayList<>();

    protected HoursAttestation() {
        // for JPA
    }

    /** What the attestation is about: the person, where, the period. */
    public record Subject(long establishmentId, String establishmentName, long detaineeId, String detaineeName,
            String prisonNumber, LocalDate birthDate, LocalDate from, LocalDate to) {
    }

    /** Who issues it and when. */
    public record Issue(String code, Instant at, String login, String name, String roles, boolean atRelease) {
    }

    public HoursAttestation(Subject subject, Issue issue, List<AttestationLine> lines) {
        this.establishmentId = subject.establishmentId();
        this.establishmentName = Objects.requireNonNull(subject.establishmentName());
        this.detaineeId = subject.detaineeId();
        this.detaineeName = Objects.requireNonNull(subject.detaineeName());
        this.prisonNumber = Objects.requireNonNull(subject.prisonNumber());
        this.birthDate = subject.birthDate();
        this.periodFrom = Objects.requireNonNull(subject.from());
        this.periodTo = Objects.requireNonNull(subject.to());
        if (periodTo.isBefore(periodFrom)) {
            throw new IllegalArgumentException("period ends before it starts");
        }
        this.code = Objects.requireNonNull(issue.code());
        this.issuedAt = Objects.requireNonNull(issue.at());
        this.issuedBy = Objects.requireNonNull(issue.login());
        this.issuerName = Objects.requireNonNull(issue.name());
        this.issuerRoles = Objects.requireNonNull(issue.roles());
        this.atRelease = issue.atRelease();
        this.lines = new ArrayList<>(lines);
        for (AttestationLine line : lines) {
            if (line.getType() != AttestationLine.Type.HOURS) {
                continue;
            }
            if (line.getKind() == ActivityKind.WORK) {
                workMinutes += line.getMinutes();
            } else if (line.getKind().isTraining()) {
                trainingMinutes += line.getMinutes();
            } else {
                otherMinutes += line.getMinutes();
            }
        }
        this.contentDigest = digest();
    }

    /** SHA-256 (hex) of the canonical text of everything printed. */
    public final String digest() {
        StringBuilder text = new StringBuilder().append(code).append('|').append(establishmentId).append('|')
                .append(establishmentName).append('|').append(detaineeId).append('|').append(detaineeName).append('|')
                .append(prisonNumber).append('|').append(birthDate).append('|').append(periodFrom).append('|')
                .append(periodTo).append('|').append(workMinutes).append('|').append(trainingMinutes).append('|')
                .append(otherMinutes).append('|').append(issuedAt.toEpochMilli()).append('|').append(issuedBy)
                .append('|').append(issuerName).append('|').append(issuerRoles).append('|').append(atRelease);
        for (AttestationLine line : lines) {
            text.append('\n').append(line.canonical());
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the stored content is still what was issued (its digest matches). */
    public boolean isIntact() {
        return digest().equals(contentDigest);
    }

    public int totalMinutes() {
        return workMinutes + trainingMinutes + otherMinutes;
    }

    public List<AttestationLine> hoursLines() {
        return lines.stream().filter(l -> l.getType() == AttestationLine.Type.HOURS).toList();
    }

    public List<AttestationLine> trainingsCompleted() {
        return lines.stream().filter(l -> l.getType() == AttestationLine.Type.TRAINING).toList();
    }

    public Long getId() {
        return id;
    }

    public long getEstablishmentId() {
        return establishmentId;
    }

    public long getDetaineeId() {
        return detaineeId;
    }

    public String getCode() {
        return code;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public String getEstablishmentName() {
        return establishmentName;
    }

    public String getDetaineeName() {
        return detaineeName;
    }

    public String getPrisonNumber() {
        return prisonNumber;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public int getWorkMinutes() {
        return workMinutes;
    }

    public int getTrainingMinutes() {
        return trainingMinutes;
    }

    public int getOtherMinutes() {
        return otherMinutes;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public String getIssuerName() {
        return issuerName;
    }

    public String getIssuerRoles() {
        return issuerRoles;
    }

    public boolean isAtRelease() {
        return atRelease;
    }

    public String getContentDigest() {
        return contentDigest;
    }

    public List<AttestationLine> getLines() {
        return List.copyOf(lines);
    }
}
