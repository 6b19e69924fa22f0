package fr.inserre.kiosk.common;

import jakarta.enterprise.context.RequestScoped;

/** The code of the terminal a kiosk request came from, set by the kiosk's terminal filter; null otherwise. */
@RequestScoped
public class RequestTerminal {

    private String code;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
