package org.scrutineer.platform.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User accounts kept in PostgreSQL, passwords hashed. */
@Service
public class Accounts implements UserDetailsService {
    /** What an account's username may be: lower-case letters, digits, dots, dashes or underscores. */
    public static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,40}");
    /** Held by a signed-in account that must choose a new password before it may do anything else. */
    public static final String MUST_CHANGE_PASSWORD = "MUST_CHANGE_PASSWORD";

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    public Accounts(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql(
                        "select username, password_hash, role, enabled, must_change_password from app_user where lower(username) = lower(:u)")
                .param("u", username.trim())
                .query((rs, n) -> User.withUsername(rs.getString("username"))
                        .password(rs.getString("password_hash"))
                        .authorities(
                                authorities(Role.valueOf(rs.getString("role")), rs.getBoolean("must_change_password")))
                        .disabled(!rs.getBoolean("enabled"))
                        .build())
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
    }

    private static List<GrantedAuthority> authorities(Role role, boolean mustChangePassword) {
        GrantedAuthority granted = new SimpleGrantedAuthority("ROLE_" + role.name());
        return mustChangePassword
                ? List.of(granted, new SimpleGrantedAuthority(MUST_CHANGE_PASSWORD))
                : List.of(granted);
    }

    @Transactional
    public long create(String username, String displayName, String password, Role role) {
        return jdbc.sql("""
                        insert into app_user (username, display_name, password_hash, role)
                        values (:u, :d, :p, :r) returning id""")
                .param("u", username)
                .param("d", displayName)
                .param("p", encoder.encode(password))
                .param("r", role.name())
                .query(Long.class)
                .single();
    }

    /**
     * The first administrator, from configuration, on a database with no accounts at all; they must change the password
     * at first sign-in. Several instances starting at once create it once (the username is unique).
     *
     * @return whether it was created
     */
    public boolean createFirstAdministrator(String username, String displayName, String password) {
        return jdbc.sql("""
                        insert into app_user (username, display_name, password_hash, role, must_change_password)
                        select :u, :d, :p, 'ADMIN', true where not exists (select 1 from app_user)
                        on conflict (username) do nothing""")
                        .param("u", username)
                        .param("d", displayName)
                        .param("p", encoder.encode(password))
                        .update()
                == 1;
    }

    public boolean any() {
        return jdbc.sql("select exists (select 1 from app_user)")
                .query(Boolean.class)
                .single();
    }

    public boolean passwordMatches(String username, String password) {
        return jdbc.sql("select password_hash from app_user where username = :u")
                .param("u", username)
                .query(String.class)
                .optional()
                .map(hash -> encoder.matches(password, hash))
                .orElse(false);
    }

    /** A new password chosen by the account's holder: nothing more to change. */
    public void changePassword(String username, String password) {
        jdbc.sql("update app_user set password_hash = :p, must_change_password = false where username = :u")
                .param("p", encoder.encode(password))
                .param("u", username)
                .update();
    }

    public void setEnabled(String username, boolean enabled) {
        jdbc.sql("update app_user set enabled = :e where username = :u")
                .param("e", enabled)
                .param("u", username)
                .update();
    }

    /**
     * Ends the account's browser sessions (kept by Spring Session in PostgreSQL, found by the name they were signed in
     * with), except the one given, if any: they are anonymous from their next request on.
     *
     * @return how many were ended
     */
    public int endSessions(String username, String keepSessionId) {
        return jdbc.sql(
                        "delete from spring_session where principal_name = :u and session_id is distinct from cast(:keep as text)")
                .param("u", username)
                .param("keep", keepSessionId)
                .update();
    }

    public Optional<Account> byUsername(String username) {
        return jdbc.sql("select username, display_name, role, enabled from app_user where username = :u")
                .param("u", username)
                .query((rs, n) -> new Account(
                        rs.getString("username"),
                        rs.getString("display_name"),
                        Role.valueOf(rs.getString("role")),
                        rs.getBoolean("enabled")))
                .optional();
    }

    public long enabledAdministrators() {
        return jdbc.sql("select count(*) from app_user where role = 'ADMIN' and enabled")
                .query(Long.class)
                .single();
    }

    public void grantBoard(String username, String boardCode) {
        jdbc.sql("""
                        insert into board_access (board_id, user_id)
                        select b.id, u.id from board b, app_user u where b.code = :b and u.username = :u
                        on conflict do nothing""").param("b", boardCode).param("u", username).update();
    }

    /** The boards an account sits on (board_access), id to code: what a member may read the drafts of (see {@link Access}). */
    public Map<Long, String> boardsOf(String username) {
        Map<Long, String> boards = new LinkedHashMap<>();
        jdbc.sql("""
                        select b.id, b.code from board_access a join app_user u on u.id = a.user_id join board b on b.id = a.board_id
                        where u.username = :u order by b.id""").param("u", username).query(rs -> {
            boards.put(rs.getLong(1), rs.getString(2));
        });
        return boards;
    }

    public Optional<String> displayName(String username) {
        return jdbc.sql("select display_name from app_user where username = :u")
                .param("u", username)
                .query(String.class)
                .optional();
    }

    public List<Account> all() {
        return jdbc.sql("select username, display_name, role, enabled from app_user order by role, username")
                .query((rs, n) -> new Account(
                        rs.getString("username"),
                        rs.getString("display_name"),
                        Role.valueOf(rs.getString("role")),
                        rs.getBoolean("enabled")))
                .list();
    }

    public record Account(String username, String displayName, Role role, boolean enabled) {}
}
