package org.scrutineer.publishing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Open data: Popolo and Open Civic Data JSON of every public board, member, meeting and attendance. */
@RestController
@Tag(
        name = "Open data",
        description = "Boards, members, meetings and attendance as Popolo and Open Civic Data JSON (public: "
                + "Part II items and agendas not yet published never appear)")
public class OpenDataApi {
    private final OpenData data;

    public OpenDataApi(OpenData data) {
        this.data = data;
    }

    @Operation(operationId = "openDataOrganizations", summary = "The council and its boards as Popolo organizations")
    @GetMapping("/api/opendata/organizations")
    public List<OpenData.Organization> organizations() {
        return data.organizations();
    }

    @Operation(
            operationId = "openDataPeople",
            summary = "Board members and people recorded at meetings as Popolo people")
    @GetMapping("/api/opendata/people")
    public List<OpenData.Person> people() {
        return data.people();
    }

    @Operation(
            operationId = "openDataMemberships",
            summary = "Who sits on which board, in which role, as Popolo memberships")
    @GetMapping("/api/opendata/memberships")
    public List<OpenData.Membership> memberships() {
        return data.memberships();
    }

    @Operation(
            operationId = "openDataEvents",
            summary = "Every meeting as an Open Civic Data event, with attendance and its public agenda")
    @GetMapping("/api/opendata/events")
    public List<OpenData.Event> events() {
        return data.events();
    }
}
