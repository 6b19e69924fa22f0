package fr.inserre.kiosk.devserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The WildFly of the demo run (and of the benchmark's smoke run): the configured dist under ear/target,
 * with a server folder of its own (so it never shares deployments with the Arquillian server), the EAR
 * dropped in its deployments folder, a bounded heap, and its console written to a log file.
 */
public final class WildFlyServer {

    private final Path home;
    private final Path serverDir;
    private Process process;

    public WildFlyServer(Path home, Path serverDir) {
        this.home = home;
        this.serverDir = serverDir;
    }

    /** A fresh server folder from the configured dist, with the EAR to deploy. */
    public void prepare(Path ear) {
        try {
            deleteTree(serverDir);
            copyTree(home.resolve("standalone"), serverDir);
            Files.copy(ear, serverDir.resolve("deployments").resolve(ear.getFileName()),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void start(List<String> systemProperties) throws IOException {
        List<String> javaOpts = new ArrayList<>(List.of("-Xms256m", "-Xmx1g", "-XX:MaxMetaspaceSize=384m",
                "-Djava.net.preferIPv4Stack=true", "-Djboss.server.base.dir=" + serverDir));
        javaOpts.addAll(systemProperties);
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/standalone.sh").toString(), "-b", "127.0.0.1")
                .redirectErrorStream(true)
                .redirectOutput(consoleLog().toFile());
        builder.environment().put("JBOSS_HOME", home.toString());
        builder.environment().put("JAVA_OPTS", String.join(" ", javaOpts));
        // standalone.sh then forwards SIGTERM to the JVM, which shuts down gracefully.
        builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        Files.createDirectories(consoleLog().getParent());
        process = builder.start();
    }

    public Path consoleLog() {
        return serverDir.resolve("log/console.log");
    }

    /**
     * Waits until the URL answers 200, the deployment fails, or the server dies. Returns null when
     * ready, else what went wrong.
     */
    public String awaitReady(URI url, Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Path failed = serverDir.resolve("deployments").resolve("inserre-kiosk.ear.failed");
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                return "WildFly stopped (exit code " + process.exitValue() + ")";
            }
            if (Files.exists(failed)) {
                return "the deployment failed: " + rootCause(readQuietly(failed));
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(url).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return null;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        return "not ready after " + timeout.toSeconds() + " s";
    }

    long pid() {
        return process.pid();
    }

    /** Resident memory of the server JVM, in MB, read from /proc (Linux). */
    long residentMegabytes() {
        return process.descendants().filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
                .findFirst()
                .map(p -> readRss(p.pid()))
                .orElse(-1L);
    }

    private static long readRss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    /** Graceful stop (SIGTERM), forced after 30 s; the server's child JVM included. */
    public void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            for (ProcessHandle child : children) {
                child.onExit().get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            children.forEach(ProcessHandle::destroyForcibly);
        }
    }

    /** The innermost "Caused by" of a WildFly failure description: what a developer needs to read first. */
    static String rootCause(String description) {
        String cause = description;
        for (String line : description.split("\\R")) {
            if (line.strip().startsWith("Caused by:")) {
                cause = line.strip();
            }
        }
        return cause.length() > 600 ? cause.substring(0, 600) + "..." : cause;
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            return file.toString();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
