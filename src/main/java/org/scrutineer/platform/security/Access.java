package org.scrutineer.platform.security;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who may read what, decided here for every page, PDF, feed, search result and JSON answer. The URL rules in
 * {@link SecurityConfiguration} say which addresses need sign-in and which role; this says what the person asking may
 * see of a board's records once there:
 * <ul>
 * <li>officers and admins see everything;</li>
 * <li>a member (a councillor) sees the drafts and the exempt (Part II) material of the boards they sit on, and the
 * council's own drafts that belong to no one board (the regulator's assessment, the improvement plan, the council-wide
 * spending report);</li>
 * <li>everyone, signed in or not, sees what is published and Part I.</li>
 * </ul>
 * Roles are read through the role hierarchy (ADMIN &gt; OFFICER &gt; MEMBER), as the URL rules read them; who sits on
 * which board is the {@code board_access} table.
 */
@NamedInterface("security")
@Component
public class Access {
    private static final String SEATS = Access.class.getName() + ".seats";

    private final RoleHierarchy roles;
    private final Accounts accounts;

    public Access(RoleHierarchy roles, Accounts accounts) {
        this.roles = roles;
        this.accounts = accounts;
    }

    /** Signed in with an account that reaches the role, through the hierarchy. */
    public boolean has(Role role) {
        Authentication auth = signedInAuthentication();
        if (auth == null) {
            return false;
        }
        Collection<? extends GrantedAuthority> reachable = roles.getReachableGrantedAuthorities(auth.getAuthorities());
        return reachable.stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role.name()));
    }

    /** Officers and admins see every board's drafts and exempt material. */
    public boolean seesEverything() {
        return has(Role.OFFICER);
    }

    /** A board's unpublished records: draft reports, figures not yet published, agendas before their publication date. */
    public boolean mayReadDrafts(long boardId) {
        return seesEverything() || has(Role.MEMBER) && seats().ids().contains(boardId);
    }

    public boolean mayReadDrafts(String boardCode) {
        return seesEverything() || has(Role.MEMBER) && seats().codes().contains(boardCode);
    }

    /** A board's exempt material: Part II items, their papers and minutes. The same people as its drafts. */
    public boolean mayReadExempt(long boardId) {
        return mayReadDrafts(boardId);
    }

    public boolean mayReadExempt(String boardCode) {
        return mayReadDrafts(boardCode);
    }

    /**
     * Drafts of the council as a whole, which belong to no one board: every councillor and officer. A record with no
     * board (a null board id) falls under this.
     */
    public boolean mayReadCouncilDrafts() {
        return has(Role.MEMBER);
    }

    /** {@link #mayReadDrafts(long)} for a record that may belong to no board (null: the council's own). */
    public boolean mayReadDraftsOfBoardOrCouncil(Long boardId) {
        return boardId == null ? mayReadCouncilDrafts() : mayReadDrafts(boardId.longValue());
    }

    /** {@link #mayReadDrafts(String)} for a record that may belong to no board (null: the council's own). */
    public boolean mayReadDraftsOfBoardOrCouncil(String boardCode) {
        return boardCode == null ? mayReadCouncilDrafts() : mayReadDrafts(boardCode);
    }

    /** The boards whose drafts the person may read, for queries that filter many records at once. */
    public BoardSet draftBoards() {
        return seesEverything() ? BoardSet.ALL : new BoardSet(false, has(Role.MEMBER) ? seats().ids() : Set.of());
    }

    /** The boards whose exempt material the person may read. */
    public BoardSet exemptBoards() {
        return draftBoards();
    }

    /** Some boards, or all of them; {@link #array()} is the ids as a PostgreSQL array literal, for {@code = any(cast(:b as bigint[]))}. */
    public record BoardSet(boolean all, Set<Long> ids) {
        static final BoardSet ALL = new BoardSet(true, Set.of());

        public boolean includes(long boardId) {
            return all || ids.contains(boardId);
        }

        public String array() {
            return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
        }
    }

    private record Seats(String username, Set<Long> ids, Set<String> codes) {}

    /** The boards the signed-in person sits on, read once per request. */
    private Seats seats() {
        String username = CurrentUser.name();
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null
                && request.getAttribute(SEATS, RequestAttributes.SCOPE_REQUEST) instanceof Seats kept
                && kept.username().equals(username)) {
            return kept;
        }
        var boards = accounts.boardsOf(username);
        Seats seats = new Seats(username, Set.copyOf(boards.keySet()), Set.copyOf(boards.values()));
        if (request != null) {
            request.setAttribute(SEATS, seats, RequestAttributes.SCOPE_REQUEST);
        }
        return seats;
    }

    private static Authentication signedInAuthentication() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return null;
        }
        return auth;
    }
}
