package org.scrutineer.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.function.IntPredicate;

/**
 * A response sent on with caching headers set in advance for a successful answer, which takes them back the moment the
 * answer turns out to be something else (an error, a redirect). It has to be at that moment: once sendError or
 * sendRedirect has been called, the container takes no more headers.
 */
final class CacheOnlySuccess extends HttpServletResponseWrapper {
    private final IntPredicate success;
    private final Runnable takeBack;

    CacheOnlySuccess(HttpServletResponse response, IntPredicate success, Runnable takeBack) {
        super(response);
        this.success = success;
        this.takeBack = takeBack;
    }

    @Override
    public void setStatus(int sc) {
        if (!success.test(sc)) {
            takeBack.run();
        }
        super.setStatus(sc);
    }

    @Override
    public void sendError(int sc) throws IOException {
        takeBack.run();
        super.sendError(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        takeBack.run();
        super.sendError(sc, msg);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        takeBack.run();
        super.sendRedirect(location);
    }

    @Override
    public void sendRedirect(String location, int sc) throws IOException {
        takeBack.run();
        super.sendRedirect(location, sc);
    }

    @Override
    public void sendRedirect(String location, boolean clearBuffer) throws IOException {
        takeBack.run();
        super.sendRedirect(location, clearBuffer);
    }

    @Override
    public void sendRedirect(String location, int sc, boolean clearBuffer) throws IOException {
        takeBack.run();
        super.sendRedirect(location, sc, clearBuffer);
    }
}
