package org.scrutineer.support;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A MockMvc request from another client address than 127.0.0.1. Sign-in failures are counted per address, so a test that
 * fails to sign in on purpose does it from an address of its own (RFC 5737 documentation ranges), never holding back the
 * demo accounts that other tests sign in with.
 */
public final class ClientAddress {
    private ClientAddress() {}

    public static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
