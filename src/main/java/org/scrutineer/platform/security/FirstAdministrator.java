package org.scrutineer.platform.security;

import java.util.Map;
import org.scrutineer.platform.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The first administrator of a database with no accounts (a new production database: the demo's accounts are made only
 * with the demo), from configuration given once: {@code scrutineer.admin.username} and {@code scrutineer.admin.password}
 * ({@code SCRUTINEER_ADMIN_USERNAME}, {@code SCRUTINEER_ADMIN_PASSWORD}). They must choose a new password at first
 * sign-in, so the one in the configuration opens nothing after that. Once any account exists the settings are not used.
 * Runs before the web server starts and after the demo loader, whose accounts come first when it loads.
 */
@Component
class FirstAdministrator implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private final Settings settings;
    private final Accounts accounts;
    private final AuditTrail audit;
    private volatile boolean running;

    /**
     * @param username the administrator's username
     * @param password a password to sign in with once, then change
     * @param name     the administrator's name as shown
     */
    @ConfigurationProperties("scrutineer.admin")
    public record Settings(
            @DefaultValue("") String username,
            @DefaultValue("") String password,
            @DefaultValue("Administrator") String name) {}

    public FirstAdministrator(Settings settings, Accounts accounts, AuditTrail audit) {
        this.settings = settings;
        this.accounts = accounts;
        this.audit = audit;
    }

    void create() {
        boolean given = !settings.username().isBlank() || !settings.password().isEmpty();
        if (accounts.any()) {
            if (given) {
                log.info(
                        "Accounts exist, so scrutineer.admin.username and scrutineer.admin.password are not used: remove them from the configuration");
            }
            return;
        }
        if (!given) {
            log.warn(
                    "There are no accounts, so nobody can sign in: set scrutineer.admin.username and scrutineer.admin.password "
                            + "(SCRUTINEER_ADMIN_USERNAME, SCRUTINEER_ADMIN_PASSWORD) and start Scrutineer again to create the first administrator");
            return;
        }
        String username = settings.username().trim();
        if (!Accounts.USERNAME.matcher(username).matches()) {
            throw new IllegalStateException(
                    "scrutineer.admin.username (SCRUTINEER_ADMIN_USERNAME) must be 3 to 40 lower-case letters, "
                            + "digits, dots, dashes or underscores, not '" + username + "'");
        }
        PasswordRule.problem(settings.password(), username).ifPresent(problem -> {
            throw new IllegalStateException(
                    "scrutineer.admin.password (SCRUTINEER_ADMIN_PASSWORD) will not do: " + problem);
        });
        if (accounts.createFirstAdministrator(username, settings.name(), settings.password())) {
            audit.created(
                    "user:" + username,
                    "app_user",
                    username,
                    Map.of(
                            "displayName",
                            settings.name(),
                            "role",
                            Role.ADMIN.name(),
                            "from",
                            "configuration",
                            "mustChangePassword",
                            true));
            log.info(
                    "First administrator {} created from the configuration: they must change the password at first sign-in",
                    username);
        }
    }

    @Override
    public void start() {
        create();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After the demo loader (Integer.MIN_VALUE + 1000), before the web server. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 2000;
    }
}
