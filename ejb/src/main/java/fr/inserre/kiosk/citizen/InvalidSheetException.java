package fr.inserre.kiosk.citizen;

import fr.inserre.kiosk.common.BusinessException;

/** A sheet's text or settings break a rule (a missing part, too long, French removed...). */
public class InvalidSheetException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public enum Rule {
        TITLE_REQUIRED("citizen.sheet.title.required"),
        TITLE_TOO_LONG("citizen.sheet.title.tooLong", SheetText.TITLE_MAX),
        EASY_REQUIRED("citizen.sheet.easy.required"),
        EASY_TOO_LONG("citizen.sheet.easy.tooLong", SheetText.EASY_MAX),
        FULL_REQUIRED("citizen.sheet.full.required"),
        FULL_TOO_LONG("citizen.sheet.full.tooLong", SheetText.FULL_MAX),
        FRENCH_REQUIRED("citizen.sheet.french.required"),
        REVIEW_IN_FUTURE("citizen.sheet.review.future");

        private final String key;
        /** The limit a "too long" message names. */
        private final Object[] arguments;

        Rule(String key, Object... arguments) {
            this.key = key;
            this.arguments = arguments;
        }

        public String getKey() {
            return key;
        }
    }

    private final Rule rule;

    public InvalidSheetException(Rule rule) {
        super(rule.key, rule.arguments);
        this.rule = rule;
    }

    public Rule getRule() {
        return rule;
    }
}
