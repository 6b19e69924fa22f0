package fr.inserre.kiosk.citizen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.audit.AuditOutcome;
import fr.inserre.kiosk.audit.AuditRecord;
import fr.inserre.kiosk.audit.AuditTrail;
import fr.inserre.kiosk.common.ChangedMeanwhileException;
import fr.inserre.kiosk.common.ClockProducer;
import fr.inserre.kiosk.common.KioskLanguage;
import fr.inserre.kiosk.common.PageRequest;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.detainee.DetaineeService;
import fr.inserre.kiosk.detainee.NewDetainee;
import fr.inserre.kiosk.establishment.Establishment;
import fr.inserre.kiosk.establishment.EstablishmentService;
import fr.inserre.kiosk.identity.StaffRole;
import fr.inserre.kiosk.identity.StaffService;
import fr.inserre.kiosk.testing.AsDetainee;
import fr.inserre.kiosk.testing.AsStaff;
import fr.inserre.kiosk.testing.AsSystem;
import fr.inserre.kiosk.testing.Concurrently;
import fr.inserre.kiosk.testing.Deployments;
import fr.inserre.kiosk.testing.TestEstablishments;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.security.auth.server.SecurityIdentity;

/**
 * Information sheets and the partner directory on the real EAR and MariaDB: rich text stored cleaned,
 * drafts and other establishments' sheets invisible at the kiosk, the language fallback, a stale or
 * concurrent edit refused, every change audited, and who may do what.
 */
@ExtendWith(ArquillianExtension.class)
class CitizenSheetsIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(CitizenSheetsIT.class, Concurrently.class, AsStaff.class);
    }

    @Inject
    InfoSheetService sheets;

    @Inject
    SheetLibrary library;

    @Inject
    PartnerDirectory partners;

    @Inject
    EstablishmentService establishments;

    @Inject
    DetaineeService detainees;

    @Inject
    StaffService staff;

    @Inject
    AuditTrail audit;

    @Inject
    AsSystem system;

    @PersistenceContext
    EntityManager em;

    private Establishment establishment;
    private SecurityIdentity cpip;
    private Detainee reader;

    @BeforeEach
    void ownEstablishment() throws Exception {
        establishment = TestEstablishments.create(system, establishments, 50, "A-001", "A-002");
        cpip = staffMember(establishment, StaffRole.PROBATION_OFFICER);
        reader = register(establishment, "A-001");
    }

    private SecurityIdentity staffMember(Establishment where, StaffRole role) throws Exception {
        String login = "cit" + SEQUENCE.incrementAndGet() + System.nanoTime() % 100_000;
        system.call(() -> staff.create(where.getId(), login, "Claire", "Dufour", EnumSet.of(role)));
        return AsStaff.identity(login, role.name());
    }

    private Detainee register(Establishment where, String cell) throws Exception {
        String number = "CS" + SEQUENCE.incrementAndGet() + System.nanoTime() % 10_000;
        return system.call(() -> detainees.register(where.getId(), new NewDetainee(number, "Prénom", "Nom", cell, "fr",
                false, LocalDate.now(ClockProducer.ZONE).minusMonths(1), null)));
    }

    private <T> T asCpip(Callable<T> work) throws Exception {
        return AsStaff.call(cpip, work);
    }

    private InfoSheet draft(Establishment where, SecurityIdentity who, SheetTopic topic, String title) throws Exception {
        return AsStaff.call(who, () -> sheets.create(where.getId(), topic, SheetPictogram.INFO,
                new SheetDraft(KioskLanguage.FR, title, "<p>Facile à lire.</p>", "<p>Version complète.</p>")));
    }

    private String stored(long sheetId, String language, String column) {
        return (String) em.createNativeQuery("select " + column + " from info_sheet_text where sheet_id = ?1 and language = ?2")
                .setParameter(1, sheetId).setParameter(2, language).getSingleResult();
    }

    @Test
    void richText_isStoredCleaned_whatEverTheLanguage() throws Exception {
        String payload = "<p onclick=\"steal()\">Bonjour <strong>vous</strong></p><script>alert('x')</script>"
                + "<img src=x onerror=\"alert(1)\"><a href=\"javascript:alert(1)\">ici</a>"
                + "<style>body{display:none}</style><p style=\"color:red\">rouge</p>"
                + "<iframe src=\"https://evil.example\"></iframe><ul><li>un</li></ul>";
        InfoSheet sheet = asCpip(() -> sheets.create(establishment.getId(), SheetTopic.IDENTITY, SheetPictogram.ID_CARD,
                new SheetDraft(KioskLanguage.FR, "Carte", payload, payload)));
        InfoSheet translated = asCpip(() -> sheets.write(sheet.getId(), sheet.getVersion(),
                new SheetDraft(KioskLanguage.AR, "بطاقة", payload, payload)));

        for (String language : List.of("fr", "ar")) {
            for (String column : List.of("easy_text", "full_text")) {
                String html = stored(sheet.getId(), language, column);
                for (String forbidden : List.of("<script", "alert", "onclick", "onerror", "javascript:", "<style",
                        "style=", "<iframe", "<img", "<a ", "href")) {
                    assertFalse(html.contains(forbidden), () -> language + " " + column + " kept " + forbidden + ": " + html);
                }
                assertEquals("<p>Bonjour <strong>vous</strong></p>ici<p>rouge</p><ul><li>un</li></ul>", html);
            }
        }
        assertEquals(List.of(KioskLanguage.FR, KioskLanguage.AR), translated.getLanguages());
    }

    @Test
    void textWithNothingLeftAfterCleaning_isRefused_andTheRefusalAudited() throws Exception {
        InfoSheet sheet = draft(establishment, cpip, SheetTopic.HOUSING, "Logement");

        InvalidSheetException refused = assertThrows(InvalidSheetException.class, () -> asCpip(() -> sheets.write(
                sheet.getId(), sheet.getVersion(), new SheetDraft(KioskLanguage.ES, "Vivienda",
                        "<script>alert(1)</script>", "<p>Completo</p>"))));

        assertEquals(InvalidSheetException.Rule.EASY_REQUIRED, refused.getRule());
        assertTrue(audit.forEntity(InfoSheetService.ENTITY, sheet.getId()).stream().anyMatch(r ->
                r.getAction().equals("citizen.sheet.write") && r.getOutcome() == AuditOutcome.REFUSED));
    }

    @Test
    void drafts_andOtherEstablishmentsSheets_areInvisibleToDetainees() throws Exception {
        InfoSheet draft = draft(establishment, cpip, SheetTopic.VOTING, "Voter");
        Establishment elsewhere = TestEstablishments.create(system, establishments, 50, "B-001");
        SecurityIdentity otherCpip = staffMember(elsewhere, StaffRole.PROBATION_OFFICER);
        InfoSheet theirs = draft(elsewhere, otherCpip, SheetTopic.VOTING, "Voter ailleurs");
        AsStaff.call(otherCpip, () -> sheets.publish(theirs.getId(), theirs.getVersion()));

        assertTrue(AsDetainee.call(reader.getId(), () -> library.topics()).isEmpty());
        assertTrue(AsDetainee.call(reader.getId(), () -> library.sheetsOf(SheetTopic.VOTING, KioskLanguage.FR)).isEmpty());
        assertThrows(UnknownSheetException.class, () -> AsDetainee.call(reader.getId(),
                () -> library.read(draft.getId(), KioskLanguage.FR)));
        assertThrows(UnknownSheetException.class, () -> AsDetainee.call(reader.getId(),
                () -> library.read(theirs.getId(), KioskLanguage.FR)));

        asCpip(() -> sheets.publish(draft.getId(), draft.getVersion()));

        assertEquals(List.of(new TopicCount(SheetTopic.VOTING, 1)), AsDetainee.call(reader.getId(), () -> library.topics()));
        assertEquals("Voter", AsDetainee.call(reader.getId(), () -> library.read(draft.getId(), KioskLanguage.FR))
                .text().getTitle());
        InfoSheet published = asCpip(() -> sheets.find(draft.getId()));
        asCpip(() -> sheets.unpublish(draft.getId(), published.getVersion()));
        assertThrows(UnknownSheetException.class, () -> AsDetainee.call(reader.getId(),
                () -> library.read(draft.getId(), KioskLanguage.FR)));
    }

    @Test
    void detainee_readsTheirLanguage_elseFrench_markedAsAFallback() throws Exception {
        InfoSheet sheet = draft(establishment, cpip, SheetTopic.EMPLOYMENT, "S'inscrire à France Travail");
        InfoSheet translated = asCpip(() -> sheets.write(sheet.getId(), sheet.getVersion(), new SheetDraft(KioskLanguage.AR,
                "التسجيل في France Travail", "<p>سهل</p>", "<p>كامل</p>")));
        InfoSheet published = asCpip(() -> sheets.publish(sheet.getId(), translated.getVersion()));

        SheetReading arabic = AsDetainee.call(reader.getId(), () -> library.read(published.getId(), KioskLanguage.AR));
        SheetReading spanish = AsDetainee.call(reader.getId(), () -> library.read(published.getId(), KioskLanguage.ES));
        List<SheetReading> listed = AsDetainee.call(reader.getId(),
                () -> library.sheetsOf(SheetTopic.EMPLOYMENT, KioskLanguage.ES));

        assertEquals(KioskLanguage.AR, arabic.shown());
        assertFalse(arabic.fallback());
        assertEquals("<p>سهل</p>", arabic.text().getEasyText());
        assertEquals(KioskLanguage.FR, spanish.shown());
        assertTrue(spanish.fallback());
        assertEquals("<p>Facile à lire.</p>", spanish.text().getEasyText());
        assertEquals(1, listed.size());
        assertTrue(listed.get(0).fallback());
    }

    @Test
    void staleEdit_isRefused_withWhoChangedIt() throws Exception {
        InfoSheet sheet = draft(establishment, cpip, SheetTopic.BANKING, "Banque");
        long seen = sheet.getVersion();
        asCpip(() -> sheets.write(sheet.getId(), seen, new SheetDraft(KioskLanguage.FR, "Banque", "<p>Un</p>", "<p>Deux</p>")));

        ChangedMeanwhileException refused = assertThrows(ChangedMeanwhileException.class, () -> asCpip(() -> sheets.write(
                sheet.getId(), seen, new SheetDraft(KioskLanguage.FR, "Banque", "<p>Autre</p>", "<p>Autre</p>"))));

        assertEquals(List.of(cpip.getPrincipal().getName()), refused.getArguments());
        assertEquals("<p>Un</p>", stored(sheet.getId(), "fr", "easy_text"));
    }

    @Test
    void twoStaffSavingAtOnce_oneWins_theOtherIsToldNothingIsLost() throws Exception {
        InfoSheet sheet = draft(establishment, cpip, SheetTopic.DEBTS, "Dettes");
        SecurityIdentity direction = staffMember(establishment, StaffRole.DIRECTION);
        long seen = sheet.getVersion();

        List<Object> outcomes = Concurrently.together(List.of(
                () -> AsStaff.call(cpip, () -> sheets.write(sheet.getId(), seen,
                        new SheetDraft(KioskLanguage.FR, "Dettes", "<p>CPIP</p>", "<p>CPIP</p>"))),
                () -> AsStaff.call(direction, () -> sheets.write(sheet.getId(), seen,
                        new SheetDraft(KioskLanguage.FR, "Dettes", "<p>Direction</p>", "<p>Direction</p>")))));

        long won = outcomes.stream().filter(InfoSheet.class::isInstance).count();
        assertEquals(1, won, () -> "outcomes: " + outcomes);
        assertInstanceOf(ChangedMeanwhileException.class, outcomes.stream().filter(o -> !(o instanceof InfoSheet))
                .findFirst().orElseThrow());
        InfoSheet winner = (InfoSheet) outcomes.stream().filter(InfoSheet.class::isInstance).findFirst().orElseThrow();
        assertEquals(winner.getFrench().getEasyText(), stored(sheet.getId(), "fr", "easy_text"));
    }

    @Test
    void everyChange_isAudited() throws Exception {
        InfoSheet sheet = draft(establishment, cpip, SheetTopic.LEGAL_AID, "Avocat");
        InfoSheet written = asCpip(() -> sheets.write(sheet.getId(), sheet.getVersion(),
                new SheetDraft(KioskLanguage.RO, "Avocat", "<p>Ușor</p>", "<p>Complet</p>")));
        InfoSheet classified = asCpip(() -> sheets.classify(sheet.getId(), written.getVersion(), SheetTopic.LEGAL_AID,
                SheetPictogram.SHIELD));
        InfoSheet published = asCpip(() -> sheets.publish(sheet.getId(), classified.getVersion()));
        InfoSheet reviewed = asCpip(() -> sheets.markReviewed(sheet.getId(), published.getVersion(),
                LocalDate.now(ClockProducer.ZONE).minusDays(3)));
        InfoSheet removed = asCpip(() -> sheets.removeTranslation(sheet.getId(), reviewed.getVersion(), KioskLanguage.RO));
        asCpip(() -> sheets.unpublish(sheet.getId(), removed.getVersion()));

        List<String> actions = audit.forEntity(InfoSheetService.ENTITY, sheet.getId()).stream()
                .filter(r -> r.getOutcome() == AuditOutcome.SUCCESS).map(AuditRecord::getAction).sorted().toList();

        assertEquals(List.of("citizen.sheet.classify", "citizen.sheet.create", "citizen.sheet.publish",
                "citizen.sheet.removeTranslation", "citizen.sheet.review", "citizen.sheet.unpublish",
                "citizen.sheet.write"), actions);
        assertTrue(audit.forEntity(InfoSheetService.ENTITY, sheet.getId()).stream()
                .allMatch(r -> r.getActor().equals(cpip.getPrincipal().getName())
                        && establishment.getId().equals(r.getEstablishmentId())));
    }

    @Test
    void staffList_filtersByTopicStatusAndReview() throws Exception {
        InfoSheet old = draft(establishment, cpip, SheetTopic.IDENTITY, "Ancienne fiche");
        asCpip(() -> sheets.markReviewed(old.getId(), old.getVersion(), LocalDate.now(ClockProducer.ZONE).minusMonths(13)));
        InfoSheet recent = draft(establishment, cpip, SheetTopic.IDENTITY, "Fiche récente");
        asCpip(() -> sheets.publish(recent.getId(), recent.getVersion()));
        draft(establishment, cpip, SheetTopic.HOUSING, "Logement");
        PageRequest page = new PageRequest(0, 25, "title", true);

        List<SheetRow> identity = asCpip(() -> sheets.search(establishment.getId(),
                new SheetFilter(SheetTopic.IDENTITY, null, false, null), page));
        List<SheetRow> toReview = asCpip(() -> sheets.search(establishment.getId(), new SheetFilter(null, null, true, null),
                page));
        long published = asCpip(() -> sheets.count(establishment.getId(),
                new SheetFilter(null, SheetStatus.PUBLISHED, false, null)));

        assertEquals(List.of("Ancienne fiche", "Fiche récente"), identity.stream().map(SheetRow::title).toList());
        assertEquals(List.of("Ancienne fiche"), toReview.stream().map(SheetRow::title).toList());
        assertTrue(toReview.get(0).toReview());
        assertEquals(List.of(KioskLanguage.FR), toReview.get(0).languages());
        assertEquals(1, published);
    }

    @Test
    void whoMay_otherEstablishmentsStaffAndDetaineesAreRefused() throws Exception {
        InfoSheet sheet = draft(establishment, cpip, SheetTopic.OTHER, "Autre");
        Establishment elsewhere = TestEstablishments.create(system, establishments, 50, "C-001");
        SecurityIdentity otherCpip = staffMember(elsewhere, StaffRole.PROBATION_OFFICER);
        SecurityIdentity supervisor = staffMember(establishment, StaffRole.SUPERVISOR);

        assertThrows(UnknownSheetException.class, () -> AsStaff.call(otherCpip, () -> sheets.find(sheet.getId())));
        assertThrows(UnknownSheetException.class, () -> AsStaff.call(otherCpip,
                () -> sheets.publish(sheet.getId(), sheet.getVersion())));
        assertThrows(EJBAccessException.class, () -> AsStaff.call(otherCpip,
                () -> sheets.search(establishment.getId(), SheetFilter.any(), new PageRequest(0, 10, null, true))));
        assertThrows(EJBAccessException.class, () -> AsStaff.call(supervisor,
                () -> sheets.publish(sheet.getId(), sheet.getVersion())));
        assertThrows(EJBAccessException.class, () -> AsDetainee.call(reader.getId(),
                () -> sheets.publish(sheet.getId(), sheet.getVersion())));
    }

    @Test
    void partnerDirectory_kioskSeesActiveOnes_partnerAccountFindsItsOrganisation() throws Exception {
        String adviserLogin = "ft" + SEQUENCE.incrementAndGet() + System.nanoTime() % 100_000;
        system.call(() -> staff.create(establishment.getId(), adviserLogin, "Marc", "Petit", EnumSet.of(StaffRole.PARTNER)));
        SecurityIdentity adviser = AsStaff.identity(adviserLogin, StaffRole.PARTNER.name());
        Partner franceTravail = asCpip(() -> partners.create(establishment.getId(), new PartnerDetails("France Travail",
                PartnerKind.FRANCE_TRAVAIL, "Emploi", "Le mardi")));
        Partner caf = asCpip(() -> partners.create(establishment.getId(), new PartnerDetails("CAF", PartnerKind.CAF,
                "Allocations", "Le lundi")));
        asCpip(() -> {
            partners.linkAccount(franceTravail.getId(), adviserLogin);
            return partners.setActive(caf.getId(), caf.getVersion(), false);
        });

        assertEquals(List.of("France Travail"), AsDetainee.call(reader.getId(), () -> partners.forMe()).stream()
                .map(Partner::getName).toList());
        assertEquals(franceTravail.getId(), AsStaff.call(adviser, () -> partners.mine()).orElseThrow().getId());
        assertThrows(DuplicatePartnerException.class, () -> asCpip(() -> partners.create(establishment.getId(),
                new PartnerDetails(" France Travail ", PartnerKind.OTHER, "x", "y"))));
        String cpipLogin = cpip.getPrincipal().getName();
        assertThrows(NotAPartnerAccountException.class, () -> asCpip(() -> {
            partners.linkAccount(caf.getId(), cpipLogin);
            return null;
        }));
        assertThrows(AccountOfAnotherPartnerException.class, () -> asCpip(() -> {
            partners.linkAccount(caf.getId(), adviserLogin);
            return null;
        }));
        assertThrows(EJBAccessException.class, () -> AsStaff.call(adviser, () -> partners.create(establishment.getId(),
                new PartnerDetails("Autre", PartnerKind.OTHER, "x", "y"))));
        List<String> actions = audit.forEntity(PartnerDirectory.ENTITY, franceTravail.getId()).stream()
                .map(AuditRecord::getAction).toList();
        assertTrue(actions.containsAll(List.of("citizen.partner.create", "citizen.partner.link")), actions::toString);
    }
}
