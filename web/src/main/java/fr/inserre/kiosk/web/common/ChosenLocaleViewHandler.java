package fr.inserre.kiosk.web.common;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Every view is in the language the person chose (French unless they switched), from the start of
 * the request: messages added by view actions and bean set-up are then in that language too, not in
 * the browser's (a kiosk's browser language says nothing about the person in front of it).
 */
public class ChosenLocaleViewHandler extends ViewHandlerWrapper {

    public ChosenLocaleViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return CDI.current().select(LanguageSelection.class).get().getLocale();
    }
}
