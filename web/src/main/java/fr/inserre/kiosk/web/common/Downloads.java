package fr.inserre.kiosk.web.common;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Answers a download: its type, a file name to save it as, its bytes. */
public final class Downloads {

    private Downloads() {
    }

    public static void send(HttpServletResponse response, String type, String file, byte[] body) throws IOException {
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
