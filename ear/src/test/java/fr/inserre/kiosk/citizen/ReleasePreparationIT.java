package fr.inserre.kiosk.citizen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.audit.AuditRecord;
import fr.inserre.kiosk.audit.AuditTrail;
import fr.inserre.kiosk.citizen.release.ChecklistLine;
import fr.inserre.kiosk.citizen.release.ChecklistStatus;
import fr.inserre.kiosk.citizen.release.CvContent;
import fr.inserre.kiosk.citizen.release.CvService;
import fr.inserre.kiosk.citizen.release.HelpAlreadyAskedException;
import fr.inserre.kiosk.citizen.release.MyCvService;
import fr.inserre.kiosk.citizen.release.MyReleaseService;
import fr.inserre.kiosk.citizen.release.ReleaseChecklist;
import fr.inserre.kiosk.citizen.release.ReleaseItemKind;
import fr.inserre.kiosk.citizen.release.ReleasePreparationService;
import fr.inserre.kiosk.citizen.release.ReleaseTemplateItem;
import fr.inserre.kiosk.citizen.release.UnknownReleaseItemException;
import fr.inserre.kiosk.common.ChangedMeanwhileException;
import fr.inserre.kiosk.common.ClockProducer;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.detainee.DetaineeService;
import fr.inserre.kiosk.detainee.NewDetainee;
import fr.inserre.kiosk.establishment.Establishment;
import fr.inserre.kiosk.establishment.EstablishmentService;
import fr.inserre.kiosk.identity.Roles;
import fr.inserre.kiosk.identity.StaffRole;
import fr.inserre.kiosk.identity.StaffService;
import fr.inserre.kiosk.request.Request;
import fr.inserre.kiosk.request.RequestStatus;
import fr.inserre.kiosk.request.RequestType;
import fr.inserre.kiosk.request.Team;
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
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Release preparation and the CV on the real EAR and MariaDB: the CPIP's updates audited and
 * version-checked, what the detainee sees of them, help asked as a request to the SPIP naming the item,
 * who may do what, and the CV's establishment toggle and print request. Each test has its own establishment.
 */
@ExtendWith(ArquillianExtension.class)
class ReleasePreparationIT {

    static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(ReleasePreparationIT.class, AsStaff.class, Concurrently.class);
    }

    @Inject
    AsSystem system;

    @Inject
    EstablishmentService establishments;

    @Inject
    DetaineeService detainees;

    @Inject
    StaffService staff;

    @Inject
    ReleasePreparationService preparation;

    @Inject
    MyReleaseService myRelease;

    @Inject
    CvService cv;

    @Inject
    MyCvService myCv;

    @Inject
    AuditTrail audit;

    @PersistenceContext
    EntityManager em;

    private Establishment establishment;
    private Detainee karim;
    private String cpip;
    private String supervisor;
    private String partner;
    private String director;
    private ReleaseTemplateItem identity;
    private ReleaseTemplateItem bank;
    private ReleaseTemplateItem housing;

    @BeforeEach
    void ownEstablishment() throws Exception {
        establishment = TestEstablishments.create(system, establishments, 100, "A-001", "A-002");
        long e = establishment.getId();
        String number = "L" + SEQUENCE.incrementAndGet() + UUID.randomUUID().toString().substring(0, 4);
        karim = system.call(() -> detainees.register(e, new NewDetainee(number, "Karim", "Benali", "A-001", "fr", false,
                LocalDate.now(ClockProducer.ZONE).minusMonths(6), LocalDate.now(ClockProducer.ZONE).plusDays(20))));
        cpip = account(StaffRole.PROBATION_OFFICER);
        supervisor = account(StaffRole.SUPERVISOR);
        partner = account(StaffRole.PARTNER);
        director = account(StaffRole.DIRECTION);
        identity = system.call(() -> preparation.addTemplateItem(e, ReleaseItemKind.IDENTITY_DOCUMENT, null));
        bank = system.call(() -> preparation.addTemplateItem(e, ReleaseItemKind.BANK_ACCOUNT, null));
        housing = system.call(() -> preparation.addTemplateItem(e, ReleaseItemKind.OTHER, "Dossier SIAO"));
    }

    private String account(StaffRole role) throws Exception {
        String login = "r" + SEQUENCE.incrementAndGet() + UUID.randomUUID().toString().substring(0, 6);
        system.call(() -> staff.create(establishment.getId(), login, "Prénom", "Agent", EnumSet.of(role)));
        return login;
    }

    private <T> T as(String login, String role, Callable<T> work) throws Exception {
        return AsStaff.call(AsStaff.identity(login, role), work);
    }

    private ReleaseTemplateItem fresh(ReleaseTemplateItem item) {
        return em.find(ReleaseTemplateItem.class, item.getId());
    }

    private List<Long> order() throws Exception {
        return system.call(() -> preparation.template(establishment.getId())).stream().map(ReleaseTemplateItem::getId)
                .toList();
    }

    private List<String> trail(ReleaseTemplateItem item) {
        return audit.forEntity("ReleaseTemplateItem", item.getId()).stream().map(AuditRecord::getAction).toList();
    }

    private ReleasePreparationService.UpcomingRelease upcoming(Detainee who) throws Exception {
        return as(cpip, Roles.PROBATION_OFFICER, () -> preparation.upcoming(establishment.getId(), 60)).stream()
                .filter(u -> u.detaineeId() == who.getId()).findFirst().orElseThrow();
    }

    private ChecklistLine line(ReleaseChecklist checklist, ReleaseTemplateItem item) {
        return checklist.lines().stream().filter(l -> l.templateItemId() == item.getId()).findFirst().orElseThrow();
    }

    @Test
    void cpipUpdates_areAudited_versionChecked_andSeenByTheDetainee() throws Exception {
        long k = karim.getId();
        ReleaseChecklist fresh = AsDetainee.call(k, () -> myRelease.mine());
        assertEquals(List.of(identity.getId(), bank.getId(), housing.getId()),
                fresh.lines().stream().map(ChecklistLine::templateItemId).toList());
        assertTrue(fresh.lines().stream().allMatch(l -> l.status() == ChecklistStatus.TO_DO && l.version() == null));
        assertEquals(20L, fresh.progress().daysLeft());
        assertTrue(fresh.progress().urgent());

        ChecklistLine done = as(cpip, Roles.PROBATION_OFFICER,
                () -> preparation.update(k, identity.getId(), null, ChecklistStatus.DONE, "Carte reçue le 3 novembre"));
        ChecklistLine started = as(cpip, Roles.PROBATION_OFFICER,
                () -> preparation.update(k, bank.getId(), null, ChecklistStatus.IN_PROGRESS, null));

        ReleaseChecklist seen = AsDetainee.call(k, () -> myRelease.mine());
        assertEquals(ChecklistStatus.DONE, line(seen, identity).status());
        assertEquals("Carte reçue le 3 novembre", line(seen, identity).note());
        assertEquals(1, seen.progress().settled());
        assertEquals(List.of(bank.getId(), housing.getId()),
                seen.progress().missing().stream().map(ChecklistLine::templateItemId).toList());
        List<AuditRecord> trail = audit.forEntity("ReleaseItem", em.createQuery("select i.id from ReleaseItem i "
                + "where i.detainee.id = :k and i.templateItem.id = :t", Long.class).setParameter("k", k)
                .setParameter("t", identity.getId()).getSingleResult());
        assertEquals(List.of("citizen.release.update"), trail.stream().map(AuditRecord::getAction).toList());
        assertEquals(cpip, trail.get(0).getActor());
        assertTrue(trail.get(0).getDetail().contains("TO_DO -> DONE"), trail.get(0).getDetail());

        // A second CPIP working from the screen before the first change is told, and changes nothing.
        assertThrows(ChangedMeanwhileException.class, () -> as(cpip, Roles.PROBATION_OFFICER,
                () -> preparation.update(k, bank.getId(), null, ChecklistStatus.NOT_APPLICABLE, null)));
        assertThrows(ChangedMeanwhileException.class, () -> as(cpip, Roles.PROBATION_OFFICER,
                () -> preparation.update(k, bank.getId(), started.version() + 1, ChecklistStatus.NOT_APPLICABLE, null)));
        ChecklistLine settled = as(cpip, Roles.PROBATION_OFFICER,
                () -> preparation.update(k, bank.getId(), started.version(), ChecklistStatus.NOT_APPLICABLE, ""));
        assertEquals(ChecklistStatus.NOT_APPLICABLE, settled.status());
        assertNull(settled.note());
        assertNotNull(done.version());
    }

    @Test
    void onlyTheCpipAndTheDirection_updateAChecklist_partnersNeverReadIt() throws Exception {
        long k = karim.getId();
        assertThrows(EJBAccessException.class, () -> as(supervisor, Roles.SUPERVISOR,
                () -> preparation.update(k, identity.getId(), null, ChecklistStatus.DONE, null)));
        assertThrows(EJBAccessException.class, () -> as(partner, Roles.PARTNER, () -> preparation.checklistOf(k)));
        assertThrows(EJBAccessException.class, () -> as(cpip, Roles.PROBATION_OFFICER,
                () -> preparation.addTemplateItem(establishment.getId(), ReleaseItemKind.CV, null)));
        // Another establishment's item is unknown here.
        Establishment other = TestEstablishments.create(system, establishments, 10, "Z-001");
        ReleaseTemplateItem elsewhere = system.call(() -> preparation.addTemplateItem(other.getId(), ReleaseItemKind.CV,
                null));
        assertThrows(UnknownReleaseItemException.class, () -> as(cpip, Roles.PROBATION_OFFICER,
                () -> preparation.update(k, elsewhere.getId(), null, ChecklistStatus.DONE, null)));
    }

    @Test
    void directionWithdrawsRestoresMovesAndRewordsTemplateItems_audited_andNeverTheCpip() throws Exception {
        long k = karim.getId();
        long e = establishment.getId();
        Detainee lina = system.call(() -> detainees.register(e, new NewDetainee("L" + SEQUENCE.incrementAndGet()
                + UUID.randomUUID().toString().substring(0, 4), "Lina", "Morel", "A-002", "fr", false,
                LocalDate.now(ClockProducer.ZONE).minusMonths(3), LocalDate.now(ClockProducer.ZONE).plusDays(30))));
        as(cpip, Roles.PROBATION_OFFICER, () -> preparation.update(k, bank.getId(), null, ChecklistStatus.DONE, null));
        assertEquals(List.of(1L, 3L), List.of(upcoming(karim).settled(), upcoming(karim).total()));

        // Withdrawn: it stays on Karim's list (something was recorded), leaves Lina's and everyone's totals.
        as(director, Roles.DIRECTION, () -> preparation.setActive(bank.getId(), fresh(bank).getVersion(), false));
        assertFalse(fresh(bank).isActive());
        assertTrue(as(cpip, Roles.PROBATION_OFFICER, () -> preparation.checklistOf(k)).lines().stream()
                .anyMatch(l -> l.templateItemId() == bank.getId()));
        assertEquals(List.of(identity.getId(), housing.getId()), as(cpip, Roles.PROBATION_OFFICER,
                () -> preparation.checklistOf(lina.getId())).lines().stream().map(ChecklistLine::templateItemId).toList());
        assertEquals(List.of(0L, 2L), List.of(upcoming(karim).settled(), upcoming(karim).total()));
        assertEquals(2L, upcoming(lina).total());
        // A stale screen changes nothing.
        assertThrows(ChangedMeanwhileException.class, () -> as(director, Roles.DIRECTION,
                () -> preparation.setActive(bank.getId(), fresh(bank).getVersion() - 1, true)));

        // Restored: back everywhere.
        as(director, Roles.DIRECTION, () -> preparation.setActive(bank.getId(), fresh(bank).getVersion(), true));
        assertEquals(3, as(cpip, Roles.PROBATION_OFFICER, () -> preparation.checklistOf(lina.getId())).lines().size());
        assertEquals(List.of(1L, 3L), List.of(upcoming(karim).settled(), upcoming(karim).total()));

        // Moved up: earlier on every checklist, positions still one each.
        as(director, Roles.DIRECTION, () -> {
            preparation.moveUp(housing.getId());
            return null;
        });
        assertEquals(List.of(identity.getId(), housing.getId(), bank.getId()), order());
        assertEquals(List.of(identity.getId(), housing.getId(), bank.getId()), AsDetainee.call(k, () -> myRelease.mine())
                .lines().stream().map(ChecklistLine::templateItemId).toList());
        as(director, Roles.DIRECTION, () -> {
            preparation.moveUp(identity.getId());
            return null;
        });
        assertEquals(List.of(identity.getId(), housing.getId(), bank.getId()), order(), "the first stays first");

        // Reworded: every checklist follows; a stale version is refused.
        long seen = fresh(housing).getVersion();
        as(director, Roles.DIRECTION, () -> preparation.describeTemplateItem(housing.getId(), seen, ReleaseItemKind.OTHER,
                " Dossier SIAO et hébergement "));
        assertEquals("Dossier SIAO et hébergement", line(AsDetainee.call(k, () -> myRelease.mine()), housing).label());
        assertThrows(ChangedMeanwhileException.class, () -> as(director, Roles.DIRECTION,
                () -> preparation.describeTemplateItem(housing.getId(), seen, ReleaseItemKind.HOUSING, null)));

        assertEquals(List.of("citizen.release.template.add", "citizen.release.template.withdraw",
                "citizen.release.template.restore"), trail(bank));
        assertEquals(List.of("citizen.release.template.add", "citizen.release.template.move",
                "citizen.release.template.describe"), trail(housing));
        assertEquals(director, audit.forEntity("ReleaseTemplateItem", housing.getId()).get(2).getActor());

        // The CPIP keeps the checklists, not the list itself.
        long bankVersion = fresh(bank).getVersion();
        long housingVersion = fresh(housing).getVersion();
        assertThrows(EJBAccessException.class, () -> as(cpip, Roles.PROBATION_OFFICER,
                () -> preparation.setActive(bank.getId(), bankVersion, false)));
        assertThrows(EJBAccessException.class, () -> as(cpip, Roles.PROBATION_OFFICER, () -> {
            preparation.moveUp(bank.getId());
            return null;
        }));
        assertThrows(EJBAccessException.class, () -> as(cpip, Roles.PROBATION_OFFICER,
                () -> preparation.describeTemplateItem(housing.getId(), housingVersion, ReleaseItemKind.CV, null)));
        assertEquals(List.of(identity.getId(), housing.getId(), bank.getId()), order());
        assertTrue(fresh(bank).isActive());
        assertEquals(ReleaseItemKind.OTHER, fresh(housing).getKind());
    }

    @Test
    void twoPeopleMovingItemsUpAtOnce_areServedInTurn_andNoPositionIsShared() throws Exception {
        ReleaseTemplateItem cvItem = system.call(() -> preparation.addTemplateItem(establishment.getId(),
                ReleaseItemKind.CV, null));
        String otherDirector = account(StaffRole.DIRECTION);
        var first = AsStaff.identity(director, Roles.DIRECTION);
        var second = AsStaff.identity(otherDirector, Roles.DIRECTION);

        // Both move the last item up from [identity, bank, housing, cv]: served in turn, it climbs two places.
        List<Object> outcomes = Concurrently.together(List.of(
                () -> AsStaff.call(first, () -> {
                    preparation.moveUp(cvItem.getId());
                    return "moved";
                }),
                () -> AsStaff.call(second, () -> {
                    preparation.moveUp(cvItem.getId());
                    return "moved";
                })));

        assertEquals(List.of("moved", "moved"), outcomes);
        assertEquals(List.of(identity.getId(), cvItem.getId(), bank.getId(), housing.getId()), order());
        assertEquals(List.of(1, 2, 3, 4), system.call(() -> preparation.template(establishment.getId())).stream()
                .map(ReleaseTemplateItem::getPosition).toList());
    }

    @Test
    void askingForHelp_sendsARequestToTheSpip_namingTheItem_once() throws Exception {
        long k = karim.getId();
        String token = UUID.randomUUID().toString();

        Request request = AsDetainee.call(k, () -> myRelease.askHelp(housing.getId(), "Je n'ai pas de famille", token));
        Request replayed = AsDetainee.call(k, () -> myRelease.askHelp(housing.getId(), "Je n'ai pas de famille", token));

        assertEquals(request.getId(), replayed.getId(), "the same form sent twice makes one request");
        Request stored = em.find(Request.class, request.getId());
        assertEquals(RequestType.GENERAL, stored.getType());
        assertEquals(Team.SPIP, stored.getTeam());
        assertEquals(RequestStatus.SUBMITTED, stored.getStatus());
        assertTrue(stored.getText().contains("« Dossier SIAO »") && stored.getText().contains("Je n'ai pas de famille"),
                stored.getText());
        ChecklistLine line = line(AsDetainee.call(k, () -> myRelease.mine()), housing);
        assertEquals(request.receipt(), line.helpReceipt());
        assertTrue(line.helpOpen());
        assertEquals(ChecklistStatus.TO_DO, line.status(), "asking for help changes no status");
        HelpAlreadyAskedException again = assertThrows(HelpAlreadyAskedException.class, () -> AsDetainee.call(k,
                () -> myRelease.askHelp(housing.getId(), null, UUID.randomUUID().toString())));
        assertEquals(List.of(request.receipt()), again.getArguments());
        // A standard item is named in French for the SPIP.
        Request identityHelp = AsDetainee.call(k, () -> myRelease.askHelp(identity.getId(), null,
                UUID.randomUUID().toString()));
        assertTrue(em.find(Request.class, identityHelp.getId()).getText().contains("Carte d'identité ou passeport"));
    }

    @Test
    void cv_namesTheEstablishmentOnlyWhenChosen_andPrintsWaitForStaff() throws Exception {
        long k = karim.getId();
        as(cpip, Roles.PROBATION_OFFICER, () -> cv.recordSkill(k, "Lecture de plans"));
        as(supervisor, Roles.SUPERVISOR, () -> cv.recordSkill(k, " Travail en équipe "));
        as(supervisor, Roles.SUPERVISOR, () -> cv.recordSkill(k, "Travail en équipe"));

        MyCvService.MyCv mine = AsDetainee.call(k, () -> myCv.mine());
        assertEquals(List.of("Lecture de plans", "Travail en équipe"), mine.cv().skills());
        assertNull(mine.cv().establishment());
        assertFalse(mine.showEstablishment());
        String name = establishment.getName();
        assertNull(as(cpip, Roles.PROBATION_OFFICER, () -> cv.cvOf(k)).establishment());
        byte[] pdf = as(cpip, Roles.PROBATION_OFFICER, () -> cv.pdf(k));
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));

        AsDetainee.call(k, () -> {
            myCv.showEstablishment(true);
            myCv.askPrint();
            return null;
        });

        CvContent shown = as(cpip, Roles.PROBATION_OFFICER, () -> cv.cvOf(k));
        assertEquals(name, shown.establishment());
        assertEquals(List.of(k), as(cpip, Roles.PROBATION_OFFICER, () -> cv.printsWaiting(establishment.getId())).stream()
                .map(CvService.PrintWaiting::detaineeId).toList());
        as(cpip, Roles.PROBATION_OFFICER, () -> {
            cv.markPrinted(k);
            return null;
        });
        assertTrue(as(cpip, Roles.PROBATION_OFFICER, () -> cv.printsWaiting(establishment.getId())).isEmpty());
        assertThrows(EJBAccessException.class, () -> as(partner, Roles.PARTNER, () -> cv.pdf(k)));
    }
}
