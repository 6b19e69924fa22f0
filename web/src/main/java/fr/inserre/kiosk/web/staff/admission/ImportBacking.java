package fr.inserre.kiosk.web.staff.admission;

import fr.inserre.kiosk.admission.ImportProblem;
import fr.inserre.kiosk.admission.ImportProgress;
import fr.inserre.kiosk.admission.RosterColumn;
import fr.inserre.kiosk.admission.RosterImportResult;
import fr.inserre.kiosk.admission.RosterImportService;
import fr.inserre.kiosk.admission.RosterParser;
import fr.inserre.kiosk.admission.RosterPreview;
import fr.inserre.kiosk.admission.RosterRejectedException;
import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.web.common.BusinessMessages;
import fr.inserre.kiosk.web.common.Messages;
import fr.inserre.kiosk.web.staff.identity.StaffUser;
import jakarta.annotation.PreDestroy;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * Backing of /staff/admission/import.xhtml: the roster import in three steps. The upload is streamed
 * to a temporary file (never held in memory) and checked at once (the dry-run: counts or every problem
 * with its line and column); "Import" starts the import of that same file in the background and the
 * page follows its progress; the result, or the refusal with its problems, ends it. The temporary file
 * goes with the view.
 */
@Named("admissionImport")
@ViewScoped
public class ImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RosterImportService roster;

    @Inject
    StaffUser staffUser;

    @Inject
    Messages messages;

    private String file;
    private String fileName;
    private RosterPreview preview;
    private ImportProgress progress;
    private transient Future<RosterImportResult> running;
    private RosterImportResult result;
    private List<ImportProblem> problems = List.of();

    /** The file chosen: kept on disk for this view, and dry-run at once. */
    public void upload(FileUploadEvent event) {
        reset();
        UploadedFile uploaded = event.getFile();
        fileName = uploaded.getFileName();
        if (fileName == null || !fileName.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            messages.error(null, "staff", "staff_admission_import.notCsv");
            return;
        }
        try {
            Path temp = Files.createTempFile("inserre-roster-", ".csv");
            file = temp.toString();
            try (InputStream in = uploaded.getInputStream()) {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            }
            preview = roster.preview(staffUser.getEstablishmentId(), temp, null);
            problems = preview.problems();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the uploaded roster", e);
        }
    }

    /** Imports the dry-run's file, in the background; the page polls {@link #getPercent()}. */
    public void confirm() {
        if (preview == null || !preview.acceptable() || running != null) {
            return;
        }
        progress = new ImportProgress();
        running = roster.start(staffUser.getEstablishmentId(), Path.of(file), preview.fingerprint(), progress);
    }

    /** The progress bar reached 100: the result, or the refusal and its problems. */
    public void finished() {
        if (running == null) {
            return;
        }
        try {
            result = running.get();
            messages.info("staff", "staff_admission_import.done");
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RosterRejectedException rejected) {
                problems = rejected.getProblems();
            }
            if (failed.getCause() instanceof BusinessException refused) {
                messages.refused(refused);
            } else {
                throw new IllegalStateException("roster import failed", failed.getCause());
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } finally {
            running = null;
            preview = null;
            deleteFile();
        }
    }

    /** Another file: everything of the previous one is forgotten. */
    public void reset() {
        deleteFile();
        fileName = null;
        preview = null;
        result = null;
        progress = null;
        problems = List.of();
    }

    @PreDestroy
    void deleteFile() {
        if (file != null && running == null) {
            try {
                Files.deleteIfExists(Path.of(file));
            } catch (IOException e) {
                // a temporary file: the system cleans its folder
            }
            file = null;
        }
    }

    /** The problem in plain words, in the page's language. */
    public String text(ImportProblem problem) {
        return BusinessMessages.text(problem.messageKey(), problem.arguments(),
                FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public int getPercent() {
        if (running != null && running.isDone()) {
            return 100;
        }
        return progress == null ? 0 : progress.percent();
    }

    public boolean isRunning() {
        return running != null;
    }

    public String getFileName() {
        return fileName;
    }

    public RosterPreview getPreview() {
        return preview;
    }

    public RosterImportResult getResult() {
        return result;
    }

    public List<ImportProblem> getProblems() {
        return problems;
    }

    public RosterColumn[] getColumns() {
        return RosterColumn.values();
    }

    public long getMaxBytes() {
        return RosterParser.MAX_BYTES;
    }
}
