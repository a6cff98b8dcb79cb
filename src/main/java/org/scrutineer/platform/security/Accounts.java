package org.scrutineer.platform.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    public Accounts(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("select username, password_hash, role, enabled from app_user where lower(username) = lower(:u)")
                .param("u", username.trim())
                .query((rs, n) -> User.withUsername(rs.getString("username"))
                        .password(rs.getString("password_hash"))
                        .roles(rs.getString("role"))
                        .disabled(!rs.getBoolean("enabled"))
                        .build())
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
    }

    @Transactional
    public long create(String username, String displayName, String password, Role role) {
        return jdbc.sql("""
                        insert into app_user (username, display_name, password_hash, role)
                        values (:u, :d, :p, :r) returning id""")
                .param("u", username).param("d", displayName).param("p", encoder.encode(password)).param("r", role.name())
                .query(Long.class).single();
    }

    public void grantBoard(String username, String boardCode) {
        jdbc.sql("""
                        insert into board_access (board_id, user_id)
                        select b.id, u.id from board b, app_user u where b.code = :b and u.username = :u
                        on conflict do nothing""")
                .param("b", boardCode).param("u", username).update();
    }

    /** The boards an account sits on (board_access), id to code: what a member may read the drafts of (see {@link Access}). */
    public Map<Long, String> boardsOf(String username) {
        Map<Long, String> boards = new LinkedHashMap<>();
        jdbc.sql("""
                        select b.id, b.code from board_access a join app_user u on u.id = a.user_id join board b on b.id = a.board_id
                        where u.username = :u order by b.id""")
                .param("u", username).query(rs -> {
                    boards.put(rs.getLong(1), rs.getString(2));
                });
        return boards;
    }

    public Optional<String> displayName(String username) {
        return jdbc.sql("select display_name from app_user where username = :u").param("u", username).query(String.class).optional();
    }

    public List<Account> all() {
        return jdbc.sql("select username, display_name, role, enabled from app_user order by role, username")
                .query((rs, n) -> new Account(rs.getString("username"), rs.getString("display_name"),
                        Role.valueOf(rs.getString("role")), rs.getBoolean("enabled")))
                .list();
    }

    public record Account(String username, String displayName, Role role, boolean enabled) {
    }
}
