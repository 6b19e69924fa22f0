package fr.inserre.kiosk.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The real EAR built by this module (path given by Maven as -Dinserre.ear), never an archive put
 * together by hand: what the tests deploy is what production deploys.
 */
public final class Deployments {

    static final String WAR = "inserre-kiosk-web.war";
    static final String EJB = "inserre-kiosk-ejb.jar";

    private Deployments() {
    }

    /** The EAR as built, for tests that drive it from outside (browser tests). */
    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("inserre.ear")));
    }

    /** The EAR with the given test classes added to its web module, for in-container tests. */
    public static EnterpriseArchive earWith(Class<?>... classes) {
        EnterpriseArchive ear = ear();
        WebArchive war = ear.getAsType(WebArchive.class, WAR);
        war.addClasses(classes);
        war.addClasses(Deployments.class, TestEstablishments.class, TestDetainees.class, TestRows.class, AsSystem.class,
                AsPartner.class, AsSupervisor.class,
                RunAsSystem.class, AsDemoDirection.class, AsWorkManager.class, AsTrainingManager.class,
                AsDetainee.class);
        ear.delete(WAR);
        ear.addAsModule(war);
        return ear;
    }

    /**
     * Adds classes to the EJB module itself: an observer of the domain's CDI events must be in a module
     * the firing bean sees (the EJB module does not see the web module).
     */
    public static EnterpriseArchive inDomain(EnterpriseArchive ear, Class<?>... classes) {
        JavaArchive ejb = ear.getAsType(JavaArchive.class, EJB);
        ejb.addClasses(classes);
        ear.delete(EJB);
        ear.addAsModule(ejb);
        return ear;
    }
}
