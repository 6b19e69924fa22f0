package fr.inserre.kiosk.web.staff.citizen;

import fr.inserre.kiosk.citizen.release.CvContent;
import fr.inserre.kiosk.citizen.release.CvService;
import fr.inserre.kiosk.citizen.release.Skill;
import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.detainee.UnknownDetaineeException;
import fr.inserre.kiosk.web.common.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * Backing of /staff/citizen/cv.xhtml?detainee=: the skills staff recorded (add, remove) and the CV as it
 * prints, with its PDF (CvPdfServlet).
 */
@Named("staffCv")
@ViewScoped
public class CvBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CvService service;

    @Inject
    Messages messages;

    private Long detaineeId;
    private CvContent cv;
    private List<Skill> skills = List.of();
    private String newSkill;

    public void load() throws IOException {
        try {
            if (detaineeId != null) {
                refresh();
                return;
            }
        } catch (UnknownDetaineeException unknown) {
            // answered below
        }
        FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
        FacesContext.getCurrentInstance().responseComplete();
    }

    private void refresh() {
        cv = service.cvOf(detaineeId);
        skills = service.skillsOf(detaineeId);
    }

    public void addSkill() {
        try {
            service.recordSkill(detaineeId, newSkill);
            newSkill = null;
            messages.info("staff", "staff_citizen_cv.skillAdded");
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
        refresh();
    }

    public void removeSkill(Skill skill) {
        service.removeSkill(skill.getId());
        refresh();
    }

    public Long getDetaineeId() {
        return detaineeId;
    }

    public void setDetaineeId(Long detaineeId) {
        this.detaineeId = detaineeId;
    }

    public CvContent getCv() {
        return cv;
    }

    public List<Skill> getSkills() {
        return skills;
    }

    public String getNewSkill() {
        return newSkill;
    }

    public void setNewSkill(String newSkill) {
        this.newSkill = newSkill;
    }
}
