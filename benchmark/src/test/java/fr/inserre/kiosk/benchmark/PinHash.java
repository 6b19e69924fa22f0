package fr.inserre.kiosk.benchmark;

import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The stored form of a PIN as the application's identity.PasswordHasher writes it
 * ({@code pbkdf2-sha256$210000$<salt>$<hash>}, Base64 without padding), so that generated detainees log in
 * with the benchmark's PIN at the same cost as real ones. One hash serves every generated badge (one
 * salt): benchmark data only. The module cannot depend on the ejb module (it runs alone, with -pl
 * benchmark), hence this copy of the format; a wrong copy shows at once as refused logins in the run.
 */
final class PinHash {

    static final int ITERATIONS = 210_000;

    private PinHash() {
    }

    static String of(String pin) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return of(pin, salt);
    }

    static String of(String pin, byte[] salt) {
        PBEKeySpec spec = new PBEKeySpec(pin.toCharArray(), salt, ITERATIONS, 256);
        try {
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
            return "pbkdf2-sha256$" + ITERATIONS + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
        }
    }
}
