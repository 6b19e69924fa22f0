package fr.inserre.kiosk.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Test helper: one real Bean Validation validator (Hibernate Validator) shared by the unit tests. */
public final class Validators {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    private Validators() {
    }

    public static Validator validator() {
        return VALIDATOR;
    }

    /** The property paths of the object's violations, sorted, e.g. {@code [capacity, code]}. */
    public static Set<String> violatedProperties(Object bean) {
        return VALIDATOR.validate(bean).stream()
                .map(violation -> violation.getPropertyPath().toString())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The message templates of the violations on one property, e.g. {@code {establishment.code.pattern}}. */
    public static Set<String> templates(Object bean, String property) {
        return VALIDATOR.validate(bean).stream()
                .filter(violation -> violation.getPropertyPath().toString().equals(property))
                .map(ConstraintViolation::getMessageTemplate)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
