package fr.inserre.kiosk.citizen;

import fr.inserre.kiosk.common.CurrentActor;
import fr.inserre.kiosk.common.KioskLanguage;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.text.Collator;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The sheets as a detainee reads them at the kiosk: only the published sheets of their own
 * establishment, each in the reader's language when it has been written in it, else in French
 * ({@link InfoSheet#readIn}). A draft or another establishment's sheet is "introuvable".
 */
@Stateless
@RolesAllowed(Roles.DETAINEE)
public class SheetLibrary {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentActor actor;

    /** The topics that have published sheets, in the topics' order, with their number (1 SQL statement + the reader). */
    public List<TopicCount> topics() {
        Map<SheetTopic, Long> counts = new EnumMap<>(SheetTopic.class);
        em.createNamedQuery("InfoSheet.countPublishedByTopic", Object[].class)
                .setParameter("establishment", establishmentId()).getResultList()
                .forEach(line -> counts.put((SheetTopic) line[0], (Long) line[1]));
        return counts.entrySet().stream().map(e -> new TopicCount(e.getKey(), e.getValue())).toList();
    }

    /** The published sheets of a topic, read in {@code wanted}, by title (1 SQL statement + the reader). */
    public List<SheetReading> sheetsOf(@NotNull SheetTopic topic, @NotNull KioskLanguage wanted) {
        Collator collator = Collator.getInstance(Locale.FRENCH);
        return em.createNamedQuery("InfoSheet.findPublishedByTopic", InfoSheet.class)
                .setParameter("establishment", establishmentId()).setParameter("topic", topic).getResultList()
                .stream().map(sheet -> sheet.readIn(wanted))
                .sorted(Comparator.comparing((SheetReading r) -> r.text().getTitle(), collator)).toList();
    }

    /** One published sheet of the reader's establishment, read in {@code wanted}. */
    public SheetReading read(long sheetId, @NotNull KioskLanguage wanted) {
        InfoSheet sheet = em.find(InfoSheet.class, sheetId);
        if (sheet == null || !sheet.isPublished() || !sheet.getEstablishment().getId().equals(establishmentId())) {
            throw new UnknownSheetException(sheetId);
        }
        return sheet.readIn(wanted);
    }

    private Long establishmentId() {
        return em.find(Detainee.class, actor.detaineeId()).getEstablishment().getId();
    }
}
