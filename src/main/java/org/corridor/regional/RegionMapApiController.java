package org.corridor.regional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;
import org.corridor.accounts.CorridorUser;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The regional map's data in the API: the same offices, places and figures as the page. */
@RestController
@Tag(name = "Regional picture")
class RegionMapApiController {

    @Schema(name = "RegionMapPlace")
    record PlaceAnswer(String code, String name, String countryIso2, double latitude, double longitude,
            @Nullable @Schema(description = "Persons counted entering (own observation, daily counts); null when "
                    + "none you may read were counted") Long persons,
            @Schema(description = "Some operation's counts here are not shared with you") boolean notShared,
            long visits, long routeEvents) {
    }

    @Schema(name = "RegionMapSlice")
    record SliceAnswer(int slice, String month, LocalDate from, LocalDate to) {
    }

    @Schema(name = "RegionMap")
    record MapAnswer(LocalDate periodFrom, LocalDate periodTo, LocalDate from, LocalDate to,
            @Schema(description = "The month shown, from 1; 0 for the whole period") int slice,
            List<SliceAnswer> slices, List<RegionMapPicture.Office> offices, List<PlaceAnswer> places,
            List<String> notSharedBy) {
    }

    private final RegionMapPicture maps;
    private final RegionalPeriod.Defaults periods;

    RegionMapApiController(RegionMapPicture maps, RegionalPeriod.Defaults periods) {
        this.maps = maps;
        this.periods = periods;
    }

    @GetMapping(path = "/api/v1/regional/map", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The regional map's data for a period or one of its months: offices, and route locations "
            + "with persons counted entering, monitoring visits and route events. Without a period, the last twelve "
            + "months with data. 400 for a bad period or month")
    @ApiResponse(responseCode = "400", description = "A day that is not a date, a period out of range, or no such "
            + "month.", content = @Content(mediaType = "application/problem+json"))
    MapAnswer map(@AuthenticationPrincipal CorridorUser user,
            @Parameter(description = "First day, e.g. 2015-07-01") @RequestParam(required = false) String from,
            @Parameter(description = "Last day, e.g. 2016-06-30") @RequestParam(required = false) String to,
            @Parameter(description = "A month of the period, from 1; 0 or none for the whole period")
            @RequestParam(required = false) Integer slice) {
        RegionalReaders.require(user);
        RegionalPeriod period = CooperationRequestRejected.period(from, to, () -> periods.of(user));
        RegionMapPicture.Picture p = maps.of(user, period, slice);
        List<SliceAnswer> slices = new java.util.ArrayList<>();
        for (int i = 0; i < p.slices().size(); i++) {
            RegionMapPicture.Slice s = p.slices().get(i);
            slices.add(new SliceAnswer(i + 1, s.label(), s.from(), s.to()));
        }
        return new MapAnswer(period.from(), period.to(), p.from(), p.to(),
                p.slice() == null ? 0 : p.slices().indexOf(p.slice()) + 1, slices, p.offices(),
                p.places().stream().map(l -> new PlaceAnswer(l.code(), l.name(), l.countryIso2(), l.latitude(),
                        l.longitude(), l.persons(), l.notShared(), l.visits(), l.routeEvents())).toList(),
                p.notSharedBy());
    }
}
