package fr.inserre.kiosk.citizen;

import fr.inserre.kiosk.audit.AuditTrail;
import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.common.ChangedMeanwhileException;
import fr.inserre.kiosk.common.KioskLanguage;
import fr.inserre.kiosk.common.LikePatterns;
import fr.inserre.kiosk.common.PageRequest;
import fr.inserre.kiosk.establishment.Establishment;
import fr.inserre.kiosk.establishment.UnknownEstablishmentException;
import fr.inserre.kiosk.identity.Roles;
import fr.inserre.kiosk.identity.StaffAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Staff keep the establishment's information sheets: write them in French and other languages, classify,
 * publish and unpublish, record a review. The CPIP (who prepares release and runs the point d'accès au
 * droit with partners) and the direction do it. Every change is one transaction that locks the sheet,
 * refuses a stale screen ({@link ChangedMeanwhileException}), cleans the rich text
 * ({@link SheetHtml}) and writes an audit record; a refusal is audited too.
 */
@Stateless
@RolesAllowed({Roles.PROBATION_OFFICER, Roles.DIRECTION, Roles.SYSTEM})
public class InfoSheetService {

    public static final String ENTITY = "InfoSheet";

    private static final Map<String, String> SORTS = Map.of("title", "t.title", "topic", "s.topic",
            "status", "s.status", "reviewedOn", "s.reviewedOn", "updatedAt", "s.updatedAt");

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffAccess staffAccess;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** One page of the establishment's sheets (2 SQL statements: the page, then its languages). */
    public List<SheetRow> search(long establishmentId, @NotNull @Valid SheetFilter filter,
            @NotNull @Valid PageRequest page) {
        staffAccess.requireEstablishment(establishmentId);
        Map<String, Object> parameters = new LinkedHashMap<>();
        String order = SORTS.getOrDefault(page.sortField() == null ? "" : page.sortField(), "s.updatedAt");
        TypedQuery<Object[]> query = em.createQuery("select s.id, s.topic, s.pictogram, t.title, s.status, "
                + "s.reviewedOn, s.updatedAt, s.updatedBy from InfoSheet s join s.texts t"
                + where(establishmentId, filter, parameters) + " order by " + order
                + (page.ascending() ? " asc" : " desc") + ", s.id desc", Object[].class);
        parameters.forEach(query::setParameter);
        List<Object[]> lines = query.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        if (lines.isEmpty()) {
            return List.of();
        }
        Map<Long, List<KioskLanguage>> languages = new TreeMap<>();
        em.createQuery("select s.id, key(t) from InfoSheet s join s.texts t where s.id in :ids", Object[].class)
                .setParameter("ids", lines.stream().map(line -> (Long) line[0]).toList()).getResultList()
                .forEach(pair -> languages.computeIfAbsent((Long) pair[0], id -> new ArrayList<>())
                        .add(KioskLanguage.ofCode((String) pair[1])));
        LocalDate today = today();
        return lines.stream().map(line -> {
            List<KioskLanguage> written = new ArrayList<>(languages.getOrDefault((Long) line[0], List.of()));
            written.sort(null);
            LocalDate reviewed = (LocalDate) line[5];
            return new SheetRow((Long) line[0], (SheetTopic) line[1], (SheetPictogram) line[2], (String) line[3],
                    (SheetStatus) line[4], reviewed, InfoSheet.needsReview(reviewed, today), written,
                    (java.time.Instant) line[6], (String) line[7]);
        }).toList();
    }

    public long count(long establishmentId, @NotNull @Valid SheetFilter filter) {
        staffAccess.requireEstablishment(establishmentId);
        Map<String, Object> parameters = new LinkedHashMap<>();
        TypedQuery<Long> query = em.createQuery("select count(s) from InfoSheet s join s.texts t"
                + where(establishmentId, filter, parameters), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private String where(long establishmentId, SheetFilter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where s.establishment.id = :establishment and key(t) = 'fr'");
        parameters.put("establishment", establishmentId);
        if (filter.topic() != null) {
            where.append(" and s.topic = :topic");
            parameters.put("topic", filter.topic());
        }
        if (filter.status() != null) {
            where.append(" and s.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.toReview()) {
            where.append(" and s.reviewedOn < :reviewedBefore");
            parameters.put("reviewedBefore", today().minusMonths(InfoSheet.REVIEW_MONTHS));
        }
        if (filter.title() != null && !filter.title().isBlank()) {
            where.append(" and t.title like :title");
            parameters.put("title", LikePatterns.contains(filter.title()));
        }
        return where.toString();
    }

    /** One sheet of the caller's establishment with all its texts. */
    public InfoSheet find(long sheetId) {
        InfoSheet sheet = owned(sheetId, false);
        sheet.getTexts().size();
        return sheet;
    }

    /** A new draft with its French text. */
    public InfoSheet create(long establishmentId, @NotNull SheetTopic topic, @NotNull SheetPictogram pictogram,
            @NotNull @Valid SheetDraft french) {
        staffAccess.requireEstablishment(establishmentId);
        Establishment establishment = em.find(Establishment.class, establishmentId);
        if (establishment == null) {
            throw new UnknownEstablishmentException(establishmentId);
        }
        try {
            if (french.language() != KioskLanguage.FR) {
                throw new InvalidSheetException(InvalidSheetException.Rule.FRENCH_REQUIRED);
            }
            InfoSheet sheet = new InfoSheet(establishment, topic, pictogram, french.toText(), today());
            em.persist(sheet);
            audit.recordWithDetail("citizen.sheet.create", ENTITY, sheet.getId(), topic + " " + sheet.getFrench()
                    .getTitle());
            return sheet;
        } catch (BusinessException refused) {
            audit.recordRefusal("citizen.sheet.create", ENTITY, null, refused.getMessageKey());
            throw refused;
        }
    }

    /** Changes the topic and pictogram. */
    public InfoSheet classify(long sheetId, long versionSeen, @NotNull SheetTopic topic,
            @NotNull SheetPictogram pictogram) {
        return change(sheetId, versionSeen, "citizen.sheet.classify", topic + " " + pictogram,
                sheet -> sheet.classify(topic, pictogram));
    }

    /** Writes or rewrites the sheet's text in one language (cleaned before it is stored). */
    public InfoSheet write(long sheetId, long versionSeen, @NotNull @Valid SheetDraft draft) {
        return change(sheetId, versionSeen, "citizen.sheet.write", draft.language().getCode(),
                sheet -> sheet.write(draft.language(), draft.toText()));
    }

    /** Removes a translation (never the French text). */
    public InfoSheet removeTranslation(long sheetId, long versionSeen, @NotNull KioskLanguage language) {
        return change(sheetId, versionSeen, "citizen.sheet.removeTranslation", language.getCode(),
                sheet -> sheet.removeTranslation(language));
    }

    /** Detainees see the sheet from now on. */
    public InfoSheet publish(long sheetId, long versionSeen) {
        return change(sheetId, versionSeen, "citizen.sheet.publish", null, sheet -> sheet.publish(clock.instant()));
    }

    /** Takes the sheet off the kiosk. */
    public InfoSheet unpublish(long sheetId, long versionSeen) {
        return change(sheetId, versionSeen, "citizen.sheet.unpublish", null, InfoSheet::unpublish);
    }

    /** Records that the content was checked on that day (today or before). */
    public InfoSheet markReviewed(long sheetId, long versionSeen, @NotNull LocalDate day) {
        return change(sheetId, versionSeen, "citizen.sheet.review", day.toString(),
                sheet -> sheet.markReviewed(day, today()));
    }

    private InfoSheet change(long sheetId, long versionSeen, String action, String detail, Consumer<InfoSheet> edit) {
        InfoSheet sheet = owned(sheetId, true);
        try {
            ChangedMeanwhileException.check(sheet, versionSeen);
            edit.accept(sheet);
            em.flush();
            audit.recordWithDetail(action, ENTITY, sheetId, detail);
            sheet.getTexts().size();
            return sheet;
        } catch (BusinessException refused) {
            audit.recordRefusal(action, ENTITY, sheetId, (detail == null ? "" : detail + ": ")
                    + refused.getMessageKey());
            throw refused;
        }
    }

    /** The sheet, locked for a change (so two staff saving at once are serialised and the second is told). */
    private InfoSheet owned(long sheetId, boolean forChange) {
        InfoSheet sheet = forChange ? em.find(InfoSheet.class, sheetId, LockModeType.PESSIMISTIC_WRITE)
                : em.find(InfoSheet.class, sheetId);
        if (sheet == null) {
            throw new UnknownSheetException(sheetId);
        }
        try {
            staffAccess.requireEstablishment(sheet.getEstablishment().getId());
        } catch (EJBAccessException otherEstablishment) {
            throw new UnknownSheetException(sheetId);
        }
        return sheet;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
