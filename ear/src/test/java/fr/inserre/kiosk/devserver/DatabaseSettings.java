package fr.inserre.kiosk.devserver;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Where the application's database is: the server named by the {@code INSERRE_DB_*} environment
 * variables when {@code INSERRE_DB_HOST} is set, otherwise an embedded MariaDB started for the run.
 * The same names, as {@code inserre.db.*} system properties, reach WildFly's datasource
 * (see ear/src/main/wildfly/configure-datasource.cli).
 */
public record DatabaseSettings(String host, int port, String name, String user, String password, boolean embedded) {

    public static final String HOST = "INSERRE_DB_HOST";
    public static final String PORT = "INSERRE_DB_PORT";
    public static final String NAME = "INSERRE_DB_NAME";
    public static final String USER = "INSERRE_DB_USER";
    public static final String PASSWORD = "INSERRE_DB_PASSWORD";

    /** Settings of a server named by the environment, or null when none is named. */
    public static DatabaseSettings fromEnvironment(Map<String, String> env, String defaultName) {
        String host = env.get(HOST);
        if (host == null || host.isBlank()) {
            return null;
        }
        String port = env.getOrDefault(PORT, "3306");
        try {
            return new DatabaseSettings(host.strip(), Integer.parseInt(port.strip()),
                    env.getOrDefault(NAME, defaultName), env.getOrDefault(USER, "inserre"),
                    env.getOrDefault(PASSWORD, "inserre"), false);
        } catch (NumberFormatException e) {
            throw new DatabaseUnreachableException(PORT + "=" + port + " is not a port number");
        }
    }

    /** Settings of an embedded server on this machine (it accepts any user and password). */
    public static DatabaseSettings embedded(int port, String name) {
        return new DatabaseSettings("127.0.0.1", port, name, "inserre", "inserre", true);
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://" + host + ":" + port + "/" + name;
    }

    /** The system properties that point WildFly's datasource at this database. */
    public List<String> serverProperties() {
        return List.of("-Dinserre.db.host=" + host, "-Dinserre.db.port=" + port, "-Dinserre.db.name=" + name,
                "-Dinserre.db.user=" + user, "-Dinserre.db.password=" + password);
    }

    /**
     * Connects once, within a few seconds, and explains a failure in terms of the variable to fix:
     * wrong host or port, wrong user or password, or a database that does not exist.
     */
    public void checkReachable() {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "5000");
        try (Connection ignored = DriverManager.getConnection(jdbcUrl(), properties)) {
            // reachable
        } catch (SQLException e) {
            throw new DatabaseUnreachableException(explain(e));
        }
    }

    private String explain(SQLException e) {
        String where = host + ":" + port;
        String variables = embedded ? "the embedded database" : HOST + "=" + host + " " + PORT + "=" + port;
        return switch (e.getErrorCode()) {
            case 1045 -> "Access denied to " + USER + "=" + user + " (or a wrong " + PASSWORD + ") on " + where
                    + " [" + variables + "]";
            case 1049 -> "The database " + NAME + "=" + name + " does not exist on " + where + " [" + variables + "]";
            // A user without rights on a database is told the same whether it exists or not.
            case 1044 -> "The database " + NAME + "=" + name + " does not exist on " + where + ", or " + USER + "="
                    + user + " has no rights on it [" + variables + "]";
            default -> "Cannot reach MariaDB at " + where + " [" + variables + "]: " + rootMessage(e);
        };
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    @Override
    public String toString() {
        return user + "@" + host + ":" + port + "/" + name + (embedded ? " (embedded)" : "");
    }
}
