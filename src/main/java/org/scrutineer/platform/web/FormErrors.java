package org.scrutineer.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/** Errors on a form, field by field in page order, for the GOV.UK error summary and inline messages. */
@NamedInterface("web")
public class FormErrors implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final LinkedHashMap<String, String> byField = new LinkedHashMap<>();

    /** The errors of a form whose checks collected them field by field, in page order. */
    public static FormErrors of(Map<String, String> messages) {
        FormErrors errors = new FormErrors();
        messages.forEach(errors::add);
        return errors;
    }

    public void add(String field, String message) {
        byField.putIfAbsent(field, message);
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public boolean none() {
        return byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.get(field);
    }

    public Map<String, String> all() {
        return byField;
    }
}
