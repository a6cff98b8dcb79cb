package org.scrutineer.performance;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.scrutineer.performance.domain.Indicator;
import org.scrutineer.platform.security.Access;
import org.scrutineer.platform.web.NotFound;
import org.springframework.stereotype.Component;

/**
 * Indicators and objectives as far as the person asking may read them. An indicator's figures (provisional ones
 * included) and an objective's progress are drafts of the board whose remit the service area is in until a Priority
 * Based Report publishes them, so {@link Access#mayReadDrafts(long)} of that board decides, for every page and JSON
 * answer alike. What is published is read from the published reports.
 */
@Component
public class PerformanceAccess {
    private final PerformanceRepository repository;
    private final Access access;

    public PerformanceAccess(PerformanceRepository repository, Access access) {
        this.repository = repository;
        this.access = access;
    }

    /** Whether the person may read the indicator's figures as they stand (drafts), not only as published. */
    public boolean mayReadFigures(Indicator indicator) {
        return repository
                .serviceArea(indicator.serviceAreaCode())
                .map(a -> access.mayReadDrafts(a.boardId()))
                .orElse(false);
    }

    /** An indicator the person may read; "not found" for another board's, as for one that does not exist. */
    public Indicator indicator(String ref) {
        return repository
                .indicator(ref)
                .filter(this::mayReadFigures)
                .orElseThrow(() -> new NotFound("No indicator " + ref));
    }

    public List<Indicator> indicators() {
        Map<String, Long> boards = repository.allServiceAreas().stream()
                .collect(Collectors.toMap(ServiceArea::code, ServiceArea::boardId));
        Access.BoardSet readable = access.draftBoards();
        return repository.allIndicators().stream()
                .filter(i -> readable.includes(boards.get(i.serviceAreaCode())))
                .toList();
    }

    public List<Objective> objectives() {
        Map<Long, Long> boards =
                repository.allServiceAreas().stream().collect(Collectors.toMap(ServiceArea::id, ServiceArea::boardId));
        Access.BoardSet readable = access.draftBoards();
        return repository.allObjectives().stream()
                .filter(o -> readable.includes(boards.get(o.serviceAreaId())))
                .toList();
    }

    /** An objective the person may read, by its reference or its id. */
    public Objective objective(String ref) {
        return objectives().stream()
                .filter(o -> o.ref().equals(ref))
                .findFirst()
                .orElseThrow(() -> new NotFound("No objective " + ref));
    }

    public Objective objective(long id) {
        return objectives().stream()
                .filter(o -> o.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFound("No objective " + id));
    }
}
