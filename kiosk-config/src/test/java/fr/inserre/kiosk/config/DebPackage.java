package fr.inserre.kiosk.config;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.ar.ArArchiveEntry;
import org.apache.commons.compress.archivers.ar.ArArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * The built .deb as dpkg reads it: an ar archive of {@code debian-binary}, {@code control.tar.*} and
 * {@code data.tar.*}. Read with commons-compress, so the tests need no dpkg.
 */
final class DebPackage {

    /** One file or folder of an archive member, as packed: path without the leading "./". */
    record Entry(String path, int mode, String user, String group, boolean directory, byte[] content) {

        String text() {
            return new String(content, StandardCharsets.UTF_8);
        }

        String permissions() {
            return String.format("%04o", mode & 07777);
        }
    }

    final String debianBinary;
    final Map<String, Entry> control = new LinkedHashMap<>();
    final Map<String, Entry> data = new LinkedHashMap<>();
    final long size;

    private DebPackage(Path deb) throws IOException {
        size = Files.size(deb);
        String binary = null;
        try (ArArchiveInputStream ar = new ArArchiveInputStream(new BufferedInputStream(Files.newInputStream(deb)))) {
            ArArchiveEntry member;
            while ((member = ar.getNextEntry()) != null) {
                byte[] bytes = ar.readAllBytes();
                String name = member.getName();
                if (name.equals("debian-binary")) {
                    binary = new String(bytes, StandardCharsets.US_ASCII);
                } else if (name.startsWith("control.tar")) {
                    readTar(name, bytes, control);
                } else if (name.startsWith("data.tar")) {
                    readTar(name, bytes, data);
                } else {
                    throw new IOException("unexpected member of the .deb: " + name);
                }
            }
        }
        debianBinary = binary;
    }

    private static DebPackage built;

    /** The package the build made (path given by Maven as -Dinserre.deb), read once. */
    static synchronized DebPackage built() {
        if (built == null) {
            try {
                built = new DebPackage(builtFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return built;
    }

    static Path builtFile() {
        return Path.of(System.getProperty("inserre.deb", "target/inserre-kiosk_0.1.0-SNAPSHOT_all.deb"));
    }

    private static void readTar(String name, byte[] bytes, Map<String, Entry> into) throws IOException {
        InputStream raw = new ByteArrayInputStream(bytes);
        InputStream uncompressed = name.endsWith(".xz") ? new XZCompressorInputStream(raw)
                : name.endsWith(".gz") ? new GzipCompressorInputStream(raw) : raw;
        try (TarArchiveInputStream tar = new TarArchiveInputStream(uncompressed)) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                String path = entry.getName().replaceFirst("^\\./", "").replaceFirst("/$", "");
                if (path.isEmpty()) {
                    continue;
                }
                into.put(path, new Entry(path, entry.getMode(), entry.getUserName(), entry.getGroupName(),
                        entry.isDirectory(), tar.readAllBytes()));
            }
        }
    }

    Entry file(String path) {
        Entry entry = data.get(path);
        if (entry == null) {
            throw new AssertionError("not in the package: " + path + "; it has " + data.keySet());
        }
        return entry;
    }

    /** The control file's fields ("Package" -> "inserre-kiosk"...), continuation lines joined. */
    Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        String last = null;
        for (String line : control.get("control").text().split("\n")) {
            if (line.startsWith(" ") && last != null) {
                fields.merge(last, "\n" + line.strip(), String::concat);
            } else if (line.contains(":")) {
                last = line.substring(0, line.indexOf(':'));
                fields.put(last, line.substring(line.indexOf(':') + 1).strip());
            }
        }
        return fields;
    }

    /** Writes the package's files under a folder (modes kept), to run its scripts in tests. */
    Path extractTo(Path root) throws IOException {
        for (Entry entry : data.values()) {
            Path target = root.resolve(entry.path());
            if (entry.directory()) {
                Files.createDirectories(target);
            } else {
                Files.createDirectories(target.getParent());
                Files.write(target, entry.content());
                Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(rwx(entry.mode())));
            }
        }
        return root;
    }

    private static String rwx(int mode) {
        StringBuilder s = new StringBuilder();
        String letters = "rwxrwxrwx";
        for (int bit = 8; bit >= 0; bit--) {
            s.append((mode & (1 << bit)) != 0 ? letters.charAt(8 - bit) : '-');
        }
        return s.toString();
    }
}
