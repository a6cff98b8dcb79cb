package org.scrutineer.performance;

import java.util.Map;
import org.scrutineer.platform.audit.AuditTrail;
import org.scrutineer.platform.boards.Board;
import org.scrutineer.platform.boards.Boards;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An admin's changes to the boards and the service areas in each board's remit, written and audited together. */
@Service
@Transactional
class Remits {
    private final Boards boards;
    private final PerformanceRepository repository;
    private final AuditTrail audit;

    Remits(Boards boards, PerformanceRepository repository, AuditTrail audit) {
        this.boards = boards;
        this.repository = repository;
        this.audit = audit;
    }

    void addBoard(String code, String name, String shortName) {
        boards.create(code, name, shortName);
        audit.created("board:" + code, "board", code, Map.of("name", name, "shortName", shortName));
    }

    void addServiceArea(Board board, String code, String name) {
        repository.addServiceArea(code, name, board.id());
        audit.created("service_area:" + code, "service_area", code, Map.of("name", name, "board", board.code()));
    }
}
