package fr.inserre.kiosk.admission;

import fr.inserre.kiosk.audit.AuditTrail;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.detainee.DetaineeStatus;
import fr.inserre.kiosk.detainee.ReleaseReason;
import fr.inserre.kiosk.establishment.Cell;
import fr.inserre.kiosk.establishment.Establishment;
import fr.inserre.kiosk.establishment.EstablishmentService;
import fr.inserre.kiosk.identity.DetaineeCredential;
import fr.inserre.kiosk.identity.Roles;
import fr.inserre.kiosk.identity.StaffAccess;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.jboss.ejb3.annotation.TransactionTimeout;

/**
 * Imports the establishment's roster (CSV export of the national prison-management system, format in
 * {@link RosterParser}): admissions, moves, releases and transfers since the last import.
 * <ul>
 * <li>{@link #preview}: the dry-run. Reads and checks the whole file, compares it with what is
 * recorded, and answers what would change or every problem; writes nothing.</li>
 * <li>{@link #apply}: the same checks again (the records may have changed since the dry-run), then,
 * only if there is no problem at all, every change in one transaction: all or nothing. Re-importing
 * the same file changes nothing.</li>
 * </ul>
 * The file is streamed from disk, never held in memory: only its valid lines are (once, as small
 * records). Admissions get no badge here: the desk issues it with the slip when the person is there
 * ({@link AdmissionService#issueBadge}).
 */
@Stateless
@RolesAllowed({Roles.DIRECTION, Roles.SYSTEM})
public class RosterImportService {

    /** Problems listed in a preview or a refusal (all are counted). */
    public static final int PROBLEMS_SHOWN = 500;
    private static final int ID_CHUNK = 1000;
    private static final Logger LOG = Logger.getLogger(RosterImportService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    EstablishmentService establishments;

    @Inject
    StaffAccess staffAccess;

    @Inject
    AuditTrail audit;

    @Inject
    DetaineeMovements movements;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** The dry-run: what the file would change, or its problems. Nothing is written. */
    public RosterPreview preview(long establishmentId, @NotNull Path file, ImportProgress progress) {
        staffAccess.requireEstablishment(establishmentId);
        ImportProgress tracker = progress == null ? new ImportProgress() : progress;
        Analysis analysis = analyse(establishmentId, file, tracker);
        tracker.finish();
        return analysis.preview();
    }

    /**
     * Imports the file whose dry-run was confirmed (same fingerprint), in its own transaction, in the
     * background: the page follows {@code progress} and gets the result (or the refusal) from the future.
     */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Future<RosterImportResult> start(long establishmentId, @NotNull Path file, @NotBlank String fingerprint,
            @NotNull ImportProgress progress) {
        RosterImportResult result = context.getBusinessObject(RosterImportService.class)
                .apply(establishmentId, file, fingerprint, progress);
        // apply's transaction is committed now: only now are the changes there for everyone.
        progress.finish();
        return CompletableFuture.completedFuture(result);
    }

    /**
     * Imports the file whose dry-run was confirmed (same fingerprint): all its changes, or nothing if
     * a single problem is found (the refusal lists them, and is audited).
     */
    @TransactionTimeout(900)
    public RosterImportResult apply(long establishmentId, @NotNull Path file, @NotBlank String fingerprint,
            ImportProgress progress) {
        long started = System.nanoTime();
        staffAccess.requireEstablishment(establishmentId);
        ImportProgress tracker = progress == null ? new ImportProgress() : progress;
        Analysis analysis = analyse(establishmentId, file, tracker);
        if (!analysis.fingerprint.equals(fingerprint)) {
            throw new RosterChangedException();
        }
        if (analysis.problemCount > 0) {
            audit.recordRefusal("roster.import", "Establishment", establishmentId,
                    analysis.problemCount + " problem(s), nothing written");
            throw new RosterRejectedException(analysis.problemCount, analysis.problems);
        }
        RosterPlan plan = analysis.plan;
        tracker.start(ImportProgress.Phase.WRITING, plan.size());
        write(analysis.establishment, plan, tracker);
        RosterPreview counts = analysis.preview();
        RosterImportResult result = new RosterImportResult(counts.lines(), counts.admissions(), counts.moves(),
                counts.releases(), counts.transfers(), counts.updates(), counts.unchanged(),
                (System.nanoTime() - started) / 1_000_000);
        audit.recordWithDetail("roster.import", "Establishment", establishmentId, "lines=" + result.lines()
                + " admissions=" + result.admissions() + " moves=" + result.moves() + " releases=" + result.releases()
                + " transfers=" + result.transfers() + " updates=" + result.updates() + " sha256=" + fingerprint);
        LOG.info(() -> "Roster import in establishment " + establishmentId + ": " + result);
        // The commit follows the return (the caller's transaction, or this method's own): not done before that.
        tracker.start(ImportProgress.Phase.SAVING, 0);
        return result;
    }

    private void write(Establishment establishment, RosterPlan plan, ImportProgress progress) {
        LocalDate today = LocalDate.now(clock);
        // Everything is read before the first change: a query after changes would make Hibernate
        // dirty-check the whole persistence context, once per query.
        Map<String, Cell> cells = new HashMap<>();
        em.createNamedQuery("Cell.findByEstablishment", Cell.class).setParameter("establishment", establishment)
                .getResultList().forEach(c -> cells.put(c.getLabel(), c));
        Set<Long> ids = new HashSet<>();
        plan.moves().forEach(c -> ids.add(c.known().id()));
        plan.releases().forEach(c -> ids.add(c.known().id()));
        plan.updates().forEach(c -> ids.add(c.known().id()));
        Map<Long, Detainee> detainees = new HashMap<>();
        Map<Long, DetaineeCredential> credentials = new HashMap<>();
        List<Long> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += ID_CHUNK) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + ID_CHUNK));
            em.createQuery("select d from Detainee d left join fetch d.cell where d.id in :ids", Detainee.class)
                    .setParameter("ids", chunk).getResultList().forEach(d -> detainees.put(d.getId(), d));
            em.createQuery("select c from DetaineeCredential c where c.detainee.id in :ids", DetaineeCredential.class)
                    .setParameter("ids", chunk).getResultList()
                    .forEach(c -> credentials.put(c.getDetainee().getId(), c));
        }
        // The other features' observers of a release or a move read as they act (a person's allocations,
        // requests, hours for the attestation): with the default flush mode each of their queries would
        // dirty-check the whole persistence context first, thousands of entities, once per query and per
        // person (63-81 s for 2,000 releases and 1,000 moves). Each reads only rows of its own person that
        // nothing earlier in this import changed, so the changes are flushed once, at the end.
        FlushModeType flushMode = em.getFlushMode();
        em.setFlushMode(FlushModeType.COMMIT);
        try {
            apply(establishment, plan, progress, today, cells, detainees, credentials);
            em.flush();
        } finally {
            em.setFlushMode(flushMode);
        }
    }

    private void apply(Establishment establishment, RosterPlan plan, ImportProgress progress, LocalDate today,
            Map<String, Cell> cells, Map<Long, Detainee> detainees, Map<Long, DetaineeCredential> credentials) {
        // Releases first: the cells they free may be taken by the moves and admissions that follow.
        for (RosterPlan.Change release : plan.releases()) {
            RosterRow row = release.row();
            movements.release(detainees.get(release.known().id()), row.exitDate(), row.status().releaseReason(),
                    credentials.get(release.known().id()));
            progress.step();
        }
        for (RosterPlan.Change move : plan.moves()) {
            movements.move(detainees.get(move.known().id()), cells.get(move.row().cell()), today);
            progress.step();
        }
        for (RosterPlan.Change update : plan.updates()) {
            Detainee detainee = detainees.get(update.known().id());
            detainee.expectRelease(update.row().expectedReleaseDate());
            audit.recordWithDetail("admission.expectedRelease", "Detainee", detainee.getId(),
                    String.valueOf(update.row().expectedReleaseDate()));
            progress.step();
        }
        for (RosterRow row : plan.admissions()) {
            Detainee detainee = new Detainee(establishment, row.prisonNumber(), row.firstName(), row.lastName(),
                    row.entryDate(), row.expectedReleaseDate());
            detainee.recordBirthDate(row.birthDate());
            detainee.moveTo(cells.get(row.cell()));
            em.persist(detainee);
            audit.record("admission.admit", "Detainee", detainee.getId());
            progress.step();
        }
    }

    private Analysis analyse(long establishmentId, Path file, ImportProgress progress) {
        Establishment establishment = establishments.get(establishmentId);
        Analysis analysis = new Analysis(establishment);
        List<RosterRow> rows = new ArrayList<>();
        try {
            long size = Files.size(file);
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            progress.start(ImportProgress.Phase.CHECKING, (int) (size / 1024) + 1);
            if (size > RosterParser.MAX_BYTES) {
                analysis.problem(new ImportProblem(1, null, ImportProblemKind.TOO_LARGE, null,
                        String.valueOf(RosterParser.MAX_BYTES / (1024 * 1024))));
            } else {
                try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256)) {
                    analysis.lines = new RosterParser(LocalDate.now(clock)).parse(in, new RosterParser.Sink() {
                        @Override
                        public void row(RosterRow row) {
                            rows.add(row);
                        }

                        @Override
                        public void problem(ImportProblem problem) {
                            analysis.problem(problem);
                        }

                        @Override
                        public void bytesRead(long bytes) {
                            progress.at((int) (bytes / 1024));
                        }
                    });
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
            analysis.fingerprint = HexFormat.of().formatHex(sha256.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("roster file unreadable: " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        Set<String> closed = new HashSet<>();
        Set<String> cells = cellLabels(establishmentId, closed);
        analysis.plan = RosterDiff.compute(rows, known(establishmentId), cells, closed, analysis::problem);
        return analysis;
    }

    private Map<String, KnownDetainee> known(long establishmentId) {
        Map<String, KnownDetainee> known = new HashMap<>();
        em.createQuery("select d.id, d.prisonNumber, d.status, c.label, d.entryDate, d.expectedReleaseDate "
                + "from Detainee d left join d.cell c where d.establishment.id = :establishmentId", Object[].class)
                .setParameter("establishmentId", establishmentId).getResultStream()
                .forEach(r -> known.put((String) r[1], new KnownDetainee((Long) r[0], (String) r[1],
                        r[2] == DetaineeStatus.PRESENT, (String) r[3], (LocalDate) r[4], (LocalDate) r[5])));
        return known;
    }

    /** The labels of the establishment's cells; those out of service also go into {@code closed}. */
    private Set<String> cellLabels(long establishmentId, Set<String> closed) {
        Set<String> labels = new HashSet<>();
        em.createQuery("select c.label, c.closedOn from Cell c where c.establishment.id = :establishmentId",
                Object[].class).setParameter("establishmentId", establishmentId).getResultStream().forEach(row -> {
                    labels.add((String) row[0]);
                    if (row[1] != null) {
                        closed.add((String) row[0]);
                    }
                });
        return labels;
    }

    /** The file read and compared: its fingerprint, plan and problems. */
    private static final class Analysis {
        final Establishment establishment;
        final List<ImportProblem> problems = new ArrayList<>();
        int problemCount;
        int lines;
        String fingerprint;
        RosterPlan plan;

        Analysis(Establishment establishment) {
            this.establishment = establishment;
        }

        void problem(ImportProblem problem) {
            problemCount++;
            if (problems.size() < PROBLEMS_SHOWN) {
                problems.add(problem);
            }
        }

        RosterPreview preview() {
            long transfers = plan.releases().stream()
                    .filter(c -> c.row().status().releaseReason() == ReleaseReason.TRANSFERRED).count();
            problems.sort(java.util.Comparator.comparingInt(ImportProblem::line));
            return new RosterPreview(fingerprint, lines, plan.admissions().size(), plan.moves().size(),
                    plan.releases().size() - (int) transfers, (int) transfers, plan.updates().size(), plan.unchanged(),
                    plan.ignored(), plan.absent(), List.copyOf(problems), problemCount);
        }
    }
}
