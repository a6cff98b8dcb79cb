package org.scrutineer.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.modulith.NamedInterface;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Something asked for by address that does not exist, or that this visitor may not see. */
@NamedInterface("web")
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFound extends RuntimeException {
    public NotFound(String what) {
        super(what);
    }
}
