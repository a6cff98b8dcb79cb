package org.scrutineer.platform.web;

import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * A JSON body with a NUL character (U+0000) in any string is refused as it is read, naming the field, before the
 * operation sees it: PostgreSQL cannot store one (see {@link NulCharacters}).
 */
@ControllerAdvice(annotations = RestController.class)
class NulCharactersInBodies extends RequestBodyAdviceAdapter {

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object afterBodyRead(
            Object body,
            HttpInputMessage inputMessage,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        String field = withNul(body, "body", 0);
        if (field != null) {
            throw new ApiProblems.InvalidField(field, NulCharacters.WHY);
        }
        return body;
    }

    /** The path of the first string holding a NUL within a request body (records, lists and maps), or null. */
    static String withNul(Object value, String path, int depth) {
        if (value == null || depth > 16) {
            return null;
        }
        if (value instanceof CharSequence text) {
            return NulCharacters.hasNul(text.toString()) ? path : null;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                String found = withNul(item, path + "[" + i++ + "]", depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String found = withNul(entry.getKey(), path, depth + 1);
                found = found != null ? found : withNul(entry.getValue(), path + "." + entry.getKey(), depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (value.getClass().isRecord()) {
            for (var component : value.getClass().getRecordComponents()) {
                try {
                    String name = path.equals("body") ? component.getName() : path + "." + component.getName();
                    String found = withNul(component.getAccessor().invoke(value), name, depth + 1);
                    if (found != null) {
                        return found;
                    }
                } catch (ReflectiveOperationException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
