package org.scrutineer.platform.web;

import org.springframework.modulith.NamedInterface;

/**
 * A form refused by the service that checks it, with what is wrong in it field by field in page order; nothing was
 * written. The controller shows the form again with these errors.
 */
@NamedInterface("web")
public class FormRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final FormErrors errors;

    public FormRefused(FormErrors errors) {
        super(String.join("; ", errors.all().values()));
        this.errors = errors;
    }

    /** Refuses the form if its checks found anything wrong. */
    public static void ifAny(FormErrors errors) {
        if (errors.any()) {
            throw new FormRefused(errors);
        }
    }

    /** Refuses the form for one field. */
    public static FormRefused of(String field, String message) {
        FormErrors errors = new FormErrors();
        errors.add(field, message);
        return new FormRefused(errors);
    }

    public FormErrors errors() {
        return errors;
    }
}
