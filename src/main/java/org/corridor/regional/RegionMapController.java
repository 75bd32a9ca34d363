package org.corridor.regional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridor.accounts.CorridorUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The regional map: offices, route locations sized by the persons counted entering, visits and route events, for the
 * period or one of its months (a slider that works as a form field, without script). The outlines are the ones the
 * monitoring and flows maps ship with Corridor, so the map needs no internet; a table beside it holds the same.
 */
@Controller
class RegionMapController {

    private final RegionMapPicture maps;
    private final RegionalPeriod.Defaults periods;
    private final MessageSource messages;
    private final JsonMapper json;

    RegionMapController(RegionMapPicture maps, RegionalPeriod.Defaults periods, MessageSource messages,
            JsonMapper json) {
        this.maps = maps;
        this.periods = periods;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/regional/map")
    String map(@AuthenticationPrincipal CorridorUser user, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String slice, Model model) {
        RegionalReaders.require(user);
        Map<String, String> errors = new LinkedHashMap<>();
        RegionalPeriod period = PeriodOnPage.read(from, to, () -> periods.of(user), errors, messages);
        Integer month = null;
        if (slice != null && !slice.isBlank()) {
            try {
                month = Integer.valueOf(slice.strip());
            } catch (NumberFormatException e) {
                month = -1;
            }
        }
        RegionMapPicture.Picture picture;
        try {
            picture = maps.of(user, period, month);
        } catch (CooperationRequestRejected e) {
            errors.put(e.field, message(e));
            picture = maps.of(user, period, null);
        }
        model.addAttribute("picture", picture);
        PeriodOnPage.show(model, period, from, to, errors);
        model.addAttribute("sliceIndex", picture.slice() == null ? 0 : picture.slices().indexOf(picture.slice()) + 1);
        model.addAttribute("pointsJson", json.writeValueAsString(points(picture)).replace("<", "\\u003c"));
        return "regional/map";
    }

    /** The points region-map.js draws: places sized by persons, then offices. */
    private List<Map<String, Object>> points(RegionMapPicture.Picture picture) {
        List<Map<String, Object>> points = new ArrayList<>();
        for (RegionMapPicture.Place p : picture.places()) {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("name", p.name());
            point.put("lat", p.latitude());
            point.put("lon", p.longitude());
            point.put("count", p.persons() == null ? 0 : p.persons());
            point.put("colour", p.routeEvents() > 0 ? "alert" : p.persons() == null ? "warn" : "ok");
            point.put("url", "/monitoring/visits?location=" + p.id() + "&from=" + picture.from() + "&to="
                    + picture.to());
            point.put("label", messages.getMessage("map.point", new Object[] {
                    p.persons() == null ? messages.getMessage(p.notShared() ? "sharing.notShared" : "map.notCounted",
                            null, LocaleContextHolder.getLocale()) : p.persons(),
                    p.visits(), p.routeEvents()}, LocaleContextHolder.getLocale()));
            points.add(point);
        }
        for (RegionMapPicture.Office o : picture.offices()) {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("name", o.operation() + ": " + o.name());
            point.put("lat", o.latitude());
            point.put("lon", o.longitude());
            point.put("count", 0);
            point.put("label", o.city());
            points.add(point);
        }
        return points;
    }

    private String message(CooperationRequestRejected e) {
        return messages.getMessage(e.code, e.arguments, LocaleContextHolder.getLocale());
    }
}
