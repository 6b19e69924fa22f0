package fr.inserre.kiosk.citizen;

import fr.inserre.kiosk.common.AuditedEntity;
import fr.inserre.kiosk.common.KioskLanguage;
import fr.inserre.kiosk.establishment.Establishment;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An information sheet of the espace citoyen: a topic, a pictogram, its text in French and in the
 * languages it has been translated into, whether detainees see it, and when its content was last
 * checked (rights change: a sheet not reviewed for {@value #REVIEW_MONTHS} months is flagged "to review").
 * Staff edit it concurrently: the version (bumped by a change of any language's text) refuses a stale
 * edit.
 */
@Entity
@Table(name = "info_sheet")
@NamedQuery(name = "InfoSheet.findPublishedByTopic", query = "select distinct s from InfoSheet s "
        + "left join fetch s.texts where s.establishment.id = :establishment and s.status = "
        + "fr.inserre.kiosk.citizen.SheetStatus.PUBLISHED and s.topic = :topic")
@NamedQuery(name = "InfoSheet.countPublishedByTopic", query = "select s.topic, count(s) from InfoSheet s "
        + "where s.establishment.id = :establishment and s.status = fr.inserre.kiosk.citizen.SheetStatus.PUBLISHED "
        + "group by s.topic")
public class InfoSheet extends AuditedEntity {

    /** A sheet whose content was last checked longer ago than this is flagged for review. */
    public static final int REVIEW_MONTHS = 12;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "establishment_id", nullable = false, updatable = false)
    private Establishment establishment;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 24)
    private SheetTopic topic;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 32)
    private SheetPictogram pictogram;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private SheetStatus status = SheetStatus.DRAFT;

    @NotNull
    @Column(name = "reviewed_on", nullable = false)
    private LocalDate reviewedOn;

    @Column(name = "published_at")
    private Instant publishedAt;

    /** By language code ({@link KioskLanguage#getCode()}); French is always there. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "info_sheet_text", joinColumns = @JoinColumn(name = "sheet_id"))
    @MapKeyColumn(name = "language", length = 8)
    private Map<String, SheetText> texts = new HashMap<>();

    protected InfoSheet() {
        // for JPA
    }

    /** A new draft with its French text, reviewed on the day it is written. */
    public InfoSheet(Establishment establishment, SheetTopic topic, SheetPictogram pictogram, SheetText french,
            LocalDate today) {
        this.establishment = Objects.requireNonNull(establishment, "establishment");
        classify(topic, pictogram);
        this.texts.put(KioskLanguage.FR.getCode(), Objects.requireNonNull(french, "french"));
        this.reviewedOn = Objects.requireNonNull(today, "today");
    }

    /** Changes the topic and the pictogram. */
    public void classify(SheetTopic newTopic, SheetPictogram newPictogram) {
        this.topic = Objects.requireNonNull(newTopic, "topic");
        this.pictogram = Objects.requireNonNull(newPictogram, "pictogram");
    }

    /** Writes (or rewrites) the text in one language. */
    public void write(KioskLanguage language, SheetText text) {
        texts.put(language.getCode(), Objects.requireNonNull(text, "text"));
    }

    /** Removes a translation; the French text cannot be removed. */
    public void removeTranslation(KioskLanguage language) {
        if (language == KioskLanguage.FR) {
            throw new InvalidSheetException(InvalidSheetException.Rule.FRENCH_REQUIRED);
        }
        texts.remove(language.getCode());
    }

    /** Shows the sheet on the kiosk from now on. */
    public void publish(Instant now) {
        if (status != SheetStatus.PUBLISHED) {
            status = SheetStatus.PUBLISHED;
            publishedAt = now;
        }
    }

    /** Takes the sheet off the kiosk (to rework it); staff still see it. */
    public void unpublish() {
        status = SheetStatus.DRAFT;
    }

    /** Records that someone checked the content on that day (not in the future). */
    public void markReviewed(LocalDate day, LocalDate today) {
        if (day.isAfter(today)) {
            throw new InvalidSheetException(InvalidSheetException.Rule.REVIEW_IN_FUTURE);
        }
        reviewedOn = day;
    }

    /** Whether the content was last checked more than {@value #REVIEW_MONTHS} months before today. */
    public boolean needsReview(LocalDate today) {
        return needsReview(reviewedOn, today);
    }

    /** The review rule, for a sheet's last review day. */
    public static boolean needsReview(LocalDate reviewedOn, LocalDate today) {
        return reviewedOn.isBefore(today.minusMonths(REVIEW_MONTHS));
    }

    /**
     * What a reader who wants {@code wanted} reads: that language's text when the sheet has it, else
     * the French one (marked as a fallback).
     */
    public SheetReading readIn(KioskLanguage wanted) {
        KioskLanguage shown = wanted.shownFrom(texts);
        return new SheetReading(getId(), topic, pictogram.getCssClass(), shown, wanted, texts.get(shown.getCode()));
    }

    public Optional<SheetText> textIn(KioskLanguage language) {
        return Optional.ofNullable(texts.get(language.getCode()));
    }

    /** The French text (always there). */
    public SheetText getFrench() {
        return texts.get(KioskLanguage.FR.getCode());
    }

    /** The languages the sheet is written in, French first. */
    public List<KioskLanguage> getLanguages() {
        return Arrays.stream(KioskLanguage.values()).filter(l -> texts.containsKey(l.getCode())).toList();
    }

    public boolean isPublished() {
        return status == SheetStatus.PUBLISHED;
    }

    public Establishment getEstablishment() {
        return establishment;
    }

    public SheetTopic getTopic() {
        return topic;
    }

    public SheetPictogram getPictogram() {
        return pictogram;
    }

    public SheetStatus getStatus() {
        return status;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    /** Every text by language code (read-only). */
    public Map<String, SheetText> getTexts() {
        return Collections.unmodifiableMap(texts);
    }
}
