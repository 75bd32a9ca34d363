package org.corridor.regional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The sharing feed in the API: the same items, in the same order and pages, as the page. */
@RestController
@Tag(name = "Regional picture")
class SharedRecordsApiController {

    @Schema(name = "SharedRecord")
    record ItemAnswer(SharedRecordsFeed.Kind kind, UUID id, @Nullable UUID operationId,
            @Nullable @Schema(description = "Null for a regional report (the Secretariat's)") String operation,
            String title, Instant at, LocalDate day, DistributionLevel level,
            @Schema(description = "The record's page, e.g. /liaison/meetings/{id}") String path) {

        static ItemAnswer of(SharedRecordsFeed.Item i) {
            return new ItemAnswer(i.kind(), i.id(), i.operationId(), i.operation(), i.title(), i.at(), i.day(),
                    i.level(), i.path());
        }
    }

    @Schema(name = "SharedRecordsPage")
    record PageAnswer(List<ItemAnswer> items, int page, int size, long totalItems, int totalPages) {
    }

    private final SharedRecordsFeed feed;

    SharedRecordsApiController(SharedRecordsFeed feed) {
        this.feed = feed;
    }

    @GetMapping(path = "/api/v1/regional/shared", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "What the operations shared at OSCE level or above (visits, preparedness assessments, "
            + "meetings, distributed reports) that you may read, newest first, 20 a page; never a record kept at "
            + "OPERATION level. 400 for an unknown operation or kind, or a page out of range")
    @ApiResponse(responseCode = "400", description = "An unknown operation code or kind, or a page out of range.",
            content = @Content(mediaType = "application/problem+json"))
    PageAnswer shared(@AuthenticationPrincipal CorridorUser user,
            @Parameter(description = "An operation's code, e.g. serbia") @RequestParam(required = false) String operation,
            @Parameter(description = "VISIT, ASSESSMENT, MEETING or REPORT; repeat for several")
            @RequestParam(required = false) List<String> kind,
            @Parameter(description = "From 0") @RequestParam(defaultValue = "0") int page) {
        RegionalReaders.require(user);
        SharedRecordsFeed.Page found = feed.page(user, feed.operation(operation), SharedRecordsFeed.kinds(kind), page);
        return new PageAnswer(found.items().stream().map(ItemAnswer::of).toList(), found.page(), found.size(),
                found.totalItems(), found.totalPages());
    }
}
