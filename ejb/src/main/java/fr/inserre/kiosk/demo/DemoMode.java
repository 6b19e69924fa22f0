package fr.inserre.kiosk.demo;

import java.util.Properties;

/**
 * Demo mode: demo data and developer conveniences. It is on only when the server was started with
 * the system property {@value #PROPERTY}{@code =true}, which only the README's run command sets; the
 * server configuration scripts never set it, so a production deployment cannot load demo data.
 */
public final class DemoMode {

    public static final String PROPERTY = "inserre.demo";

    private DemoMode() {
    }

    public static boolean isOn() {
        return isOn(System.getProperties());
    }

    static boolean isOn(Properties properties) {
        return "true".equalsIgnoreCase(properties.getProperty(PROPERTY, "").strip());
    }
}
