package org.corridor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.Membership;
import org.corridor.accounts.Role;
import org.corridor.accounts.UserAccounts;
import org.corridor.accounts.DistributionLevel;
import org.corridor.directory.Directory;
import org.corridor.flows.Direction;
import org.corridor.flows.FlowCountDraft;
import org.corridor.flows.FlowCounts;
import org.corridor.flows.RouteEvents;
import org.corridor.monitoring.MonitoringPlans;
import org.corridor.monitoring.MonitoringVisits;
import org.corridor.monitoring.PreparednessAssessments;
import org.corridor.monitoring.TemporaryDeployments;
import org.corridor.monitoring.Unit;
import org.corridor.monitoring.VisitDraft;
import org.corridor.monitoring.VisitStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every registered route, for every role, against the rules of DESIGN.md. A new route fails the
 * first test until its rule is written down here, so no route can ship without a decided rule.
 */
@CorridorTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessRulesTests {

    /** Who may reach a route; finer per-record rules are tested with each module. */
    enum Audience {
        /** Anyone, signed in or not. */
        EVERYONE,
        /** Any signed-in user (web) or any valid token (API). */
        SIGNED_IN,
        ADMIN,
        /** Administrators and heads of operation. */
        AUDIT_READERS,
        /** Any member of the Mission to Skopje; others do not even learn that the record exists (404). */
        SKOPJE_MEMBERS,
        /** Focal points and heads of operation of Skopje: those who set its monitoring plans and deployments. */
        SKOPJE_PLANNERS,
        /** Officers, focal points and heads of Skopje: those who record its meetings and their action points. */
        MEETING_RECORDERS,
        /** Officers and focal points of Skopje: those who record its visits. */
        SKOPJE_RECORDERS,
        /** The sample record's author (Skopje's officer) and Skopje's focal point. */
        SKOPJE_EDITORS,
        /** Members of Skopje and the regional coordinator: who may see an operation's monitoring picture. */
        MONITORING_READERS,
        /** Focal points of Skopje: those who import its files (DESIGN.md). */
        SKOPJE_FOCAL_POINTS,
        /**
         * A flow import's progress and report: Skopje's members (the sample job's operation; its starter is Skopje's
         * focal point) and administrators; others get 404.
         */
        FLOW_IMPORT_READERS,
        /** Heads of the Mission to Skopje: who set how it shares; to others its sharing page does not exist (404). */
        SKOPJE_HEADS,
        /** Officers and focal points of Skopje: who draft, change and submit its reports. */
        REPORT_DRAFTERS,
        /**
         * Who drafts or reviews Skopje's reports (officers, focal points, head): who read a report before it is
         * distributed, its comments and versions; to others the draft does not exist (404).
         */
        REPORT_TEAM,
        /** The head of Skopje: who approves, returns, distributes and withdraws its reports. */
        REPORT_REVIEWERS,
        /** Who drafts reports somewhere: officers and focal points of an operation, the regional coordinator. */
        REPORT_WRITERS,
        /** The regional coordinator and administrators: who read the log of public-figure exports. */
        PUBLIC_EXPORT_LOG_READERS
    }

    /** The signed-in callers: one a role, plus nobody. */
    enum Caller {
        ANONYMOUS(null), VIEWER(Role.VIEWER), OFFICER(Role.OFFICER), FOCAL_POINT(Role.FOCAL_POINT),
        HEAD_OF_OPERATION(Role.HEAD_OF_OPERATION), REGIONAL_COORDINATOR(Role.REGIONAL_COORDINATOR),
        DELEGATION_READER(Role.DELEGATION_READER), ADMIN(Role.ADMIN);

        final Role role;

        Caller(Role role) {
            this.role = role;
        }
    }

    record Rule(Audience audience, String sampleUrl, String jsonBody) {
    }

    @Autowired
    RegionFixture region;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Directory directory;

    @Autowired
    MonitoringVisits visits;

    @Autowired
    MonitoringPlans plans;

    @Autowired
    PreparednessAssessments assessments;

    @Autowired
    TemporaryDeployments deployments;

    @Autowired
    FlowCounts flowCounts;

    @Autowired
    RouteEvents routeEvents;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    org.corridor.activities.Activities activities;

    private final Map<Caller, CorridorUser> users = new LinkedHashMap<>();
    private final Map<Caller, String> tokens = new LinkedHashMap<>();
    private final Map<String, Rule> rules = new LinkedHashMap<>();

    @BeforeAll
    void createOneUserPerRoleAndWriteDownTheRules() {
        UUID skopje = region.operation("skopje");
        for (Caller caller : Caller.values()) {
            if (caller.role == null) {
                continue;
            }
            UUID operation = caller.role.operationScoped() ? skopje : null;
            CorridorUser user = accounts.create("access." + caller.name().toLowerCase().replace('_', '-'),
                    caller.name(), "long-enough-password", List.of(new Membership(operation, caller.role)));
            users.put(caller, user);
            tokens.put(caller, accounts.createToken(user.id(), "access test").secret());
        }
        UUID someUser = users.get(Caller.VIEWER).id();
        UUID gevgelija = region.place("MK-GEVGELIJA");
        String visitJson = """
                {"operationId":"%s","locationId":"%s","unit":"MONITORING","teamCount":2,"startsAt":"2016-03-08T07:00:00Z",
                 "endsAt":"2016-03-08T15:00:00Z","purpose":"Access test","status":"COMPLETED"}""".formatted(skopje, gevgelija);
        UUID visit = visits.record(users.get(Caller.OFFICER), new VisitDraft(skopje, gevgelija, Unit.MONITORING, null,
                java.util.Set.of(), 2, java.time.Instant.parse("2016-03-08T07:00:00Z"),
                java.time.Instant.parse("2016-03-08T15:00:00Z"), "Access test", VisitStatus.COMPLETED, null, null, null),
                false).id();
        UUID someToken = UUID.randomUUID();

        rule("GET /login", Audience.EVERYONE, "/login");
        rule("GET /error", Audience.EVERYONE, "/error");
        rule("GET /actuator/health", Audience.EVERYONE, "/actuator/health");
        rule("GET /actuator/health/**", Audience.EVERYONE, "/actuator/health/liveness");
        rule("GET /actuator", Audience.SIGNED_IN, "/actuator");
        rule("GET /actuator/info", Audience.EVERYONE, "/actuator/info");
        rule("GET /", Audience.SIGNED_IN, "/");
        rule("GET /account/tokens", Audience.SIGNED_IN, "/account/tokens");
        rule("POST /account/tokens", Audience.SIGNED_IN, "/account/tokens");
        rule("POST /account/tokens/{id}/revoke", Audience.SIGNED_IN, "/account/tokens/" + someToken + "/revoke");
        rule("GET /account/password", Audience.SIGNED_IN, "/account/password");
        rule("POST /account/password", Audience.SIGNED_IN, "/account/password");
        rule("GET /admin/users", Audience.ADMIN, "/admin/users");
        rule("GET /admin/users/new", Audience.ADMIN, "/admin/users/new");
        rule("POST /admin/users", Audience.ADMIN, "/admin/users");
        rule("GET /admin/users/{id}", Audience.ADMIN, "/admin/users/" + someUser);
        rule("POST /admin/users/{id}/memberships", Audience.ADMIN, "/admin/users/" + someUser + "/memberships");
        rule("POST /admin/users/{id}/memberships/remove", Audience.ADMIN,
                "/admin/users/" + someUser + "/memberships/remove?role=ADMIN");
        rule("GET /audit", Audience.AUDIT_READERS, "/audit");
        rule("GET /audit/verification", Audience.AUDIT_READERS, "/audit/verification");
        rule("GET /sharing", Audience.SKOPJE_HEADS, "/sharing");
        rule("GET /sharing/{operationCode}", Audience.SKOPJE_HEADS, "/sharing/skopje");
        // Without choices: the head gets the form back with its errors, and nothing is changed for the other tests.
        rule("POST /sharing/{operationCode}", Audience.SKOPJE_HEADS, "/sharing/skopje");
        rule("GET /api/v1/me", Audience.SIGNED_IN, "/api/v1/me");
        directoryRules(skopje, gevgelija);
        rule("GET /api/v1/visits", Audience.SIGNED_IN, "/api/v1/visits");
        rule("GET /monitoring/visits", Audience.SIGNED_IN, "/monitoring/visits");
        // Everyone may open the intensity page: where an operation's figures are not shared, it says so (issue 12).
        rule("GET /monitoring/intensity", Audience.SIGNED_IN, "/monitoring/intensity?operation=" + skopje);
        rule("GET /monitoring/map", Audience.SIGNED_IN, "/monitoring/map");
        rule("GET /monitoring/visits.csv", Audience.SIGNED_IN, "/monitoring/visits.csv");
        for (String list : List.of("plans", "assessments", "deployments")) {
            rule("GET /monitoring/" + list + ".csv", Audience.SIGNED_IN, "/monitoring/" + list + ".csv");
            rule("GET /monitoring/" + list + ".xlsx", Audience.SIGNED_IN, "/monitoring/" + list + ".xlsx");
        }
        rule("GET /monitoring/visits.xlsx", Audience.SIGNED_IN, "/monitoring/visits.xlsx");
        rule("GET /monitoring/visits/new", Audience.SKOPJE_RECORDERS, "/monitoring/visits/new");
        rule("POST /monitoring/visits", Audience.SKOPJE_RECORDERS, "/monitoring/visits?operationId=" + skopje
                + "&locationId=" + gevgelija + "&unit=MONITORING&teamCount=2&startDate=2016-03-08&startTime=08:00"
                + "&endTime=15:00&purpose=Access&status=COMPLETED");
        rule("GET /monitoring/visits/{id}", Audience.SKOPJE_MEMBERS, "/monitoring/visits/" + visit);
        rule("GET /monitoring/visits/{id}/edit", Audience.SKOPJE_EDITORS, "/monitoring/visits/" + visit + "/edit");
        rule("POST /monitoring/visits/{id}", Audience.SKOPJE_EDITORS, "/monitoring/visits/" + visit
                + "?locationId=" + gevgelija + "&unit=MONITORING&teamCount=2&startDate=2016-03-08&startTime=08:00"
                + "&endTime=15:00&purpose=Access&status=COMPLETED&version=0");
        rule("GET /api/v1/visits/{id}", Audience.SKOPJE_MEMBERS, "/api/v1/visits/" + visit);
        rule("POST /api/v1/visits", Audience.SKOPJE_RECORDERS, "/api/v1/visits", visitJson);
        rule("PUT /api/v1/visits/{id}", Audience.SKOPJE_EDITORS, "/api/v1/visits/" + visit, visitJson);
        monitoringRecordRules(skopje, gevgelija);
        flowRules(skopje, gevgelija);
        flowImportRules(skopje);
        activitiesRules(skopje);
        liaisonRules(skopje);
        reportRules(skopje);
        reportPageRules(skopje);
        regionalBorderRules();
        regionalOverviewRules();
        regionalPublicRules();
        regionalCooperationRules();
        alertRules(skopje);
        alertMailRules();
        rule("GET /api/docs", Audience.SIGNED_IN, "/api/docs");
        rule("GET /api/docs.yaml", Audience.SIGNED_IN, "/api/docs.yaml");
        rule("GET /api/docs/swagger-config", Audience.SIGNED_IN, "/api/docs/swagger-config");
        rule("GET /api/docs/ui", Audience.SIGNED_IN, "/api/docs/ui");
    }

    /**
     * Plans and deployments are set by Skopje's focal point and head; assessments are recorded like visits. Each
     * sample record is Skopje's at the operation's default level: assessments internal to it (OPERATION), plans and
     * deployments at OSCE level, read by members of any operation and the regional coordinator.
     */
    private void monitoringRecordRules(UUID skopje, UUID gevgelija) {
        LocalDate start = LocalDate.parse("2016-01-04");
        UUID plan = plans.create(users.get(Caller.FOCAL_POINT), new MonitoringPlans.PlanDraft(skopje, gevgelija,
                Unit.MONITORING, 3, start, null, "Access test")).id();
        UUID assessment = assessments.record(users.get(Caller.OFFICER), new PreparednessAssessments.AssessmentDraft(
                skopje, "Access test police", gevgelija, null, start, PreparednessAssessments.Rating.PREPARED, null,
                PreparednessAssessments.Source.FIRST_HAND, null, null), false).id();
        UUID deployment = deployments.record(users.get(Caller.FOCAL_POINT), new TemporaryDeployments.DeploymentDraft(
                skopje, gevgelija, 2, start, null, TemporaryDeployments.Premises.CONTAINER, "Access test")).id();
        String planForm = "operationId=" + skopje + "&locationId=" + gevgelija
                + "&unit=MONITORING&targetPerWeek=3&validFrom=2016-01-04&version=0";
        String planJson = """
                {"operationId":"%s","locationId":"%s","unit":"MONITORING","targetPerWeek":3,"validFrom":"2016-01-04"}"""
                .formatted(skopje, gevgelija);
        rule("GET /monitoring/plans", Audience.SIGNED_IN, "/monitoring/plans");
        rule("GET /monitoring/plans/new", Audience.SKOPJE_PLANNERS, "/monitoring/plans/new");
        rule("POST /monitoring/plans/new", Audience.SKOPJE_PLANNERS, "/monitoring/plans/new?" + planForm);
        rule("GET /monitoring/plans/{id}/edit", Audience.SKOPJE_PLANNERS, "/monitoring/plans/" + plan + "/edit");
        rule("POST /monitoring/plans/{id}/edit", Audience.SKOPJE_PLANNERS, "/monitoring/plans/" + plan + "/edit?" + planForm);
        rule("GET /api/v1/monitoring-plans", Audience.SIGNED_IN, "/api/v1/monitoring-plans");
        rule("GET /api/v1/monitoring-plans/{id}", Audience.MONITORING_READERS, "/api/v1/monitoring-plans/" + plan);
        rule("POST /api/v1/monitoring-plans", Audience.SKOPJE_PLANNERS, "/api/v1/monitoring-plans", planJson);
        rule("PUT /api/v1/monitoring-plans/{id}", Audience.SKOPJE_PLANNERS, "/api/v1/monitoring-plans/" + plan, planJson);

        String assessmentForm = "operationId=" + skopje + "&authority=Police&locationId=" + gevgelija
                + "&assessedOn=2016-01-04&rating=PREPARED&source=FIRST_HAND&version=0";
        String assessmentJson = """
                {"operationId":"%s","authority":"Police","locationId":"%s","assessedOn":"2016-01-04","rating":"PREPARED",
                 "source":"FIRST_HAND"}""".formatted(skopje, gevgelija);
        rule("GET /monitoring/assessments", Audience.SIGNED_IN, "/monitoring/assessments");
        rule("GET /monitoring/assessments/new", Audience.SKOPJE_RECORDERS, "/monitoring/assessments/new");
        rule("POST /monitoring/assessments/new", Audience.SKOPJE_RECORDERS, "/monitoring/assessments/new?" + assessmentForm);
        rule("GET /monitoring/assessments/{id}", Audience.SKOPJE_MEMBERS, "/monitoring/assessments/" + assessment);
        rule("GET /monitoring/assessments/{id}/edit", Audience.SKOPJE_EDITORS, "/monitoring/assessments/" + assessment + "/edit");
        rule("POST /monitoring/assessments/{id}/edit", Audience.SKOPJE_EDITORS,
                "/monitoring/assessments/" + assessment + "/edit?" + assessmentForm);
        rule("GET /api/v1/assessments", Audience.SIGNED_IN, "/api/v1/assessments");
        rule("GET /api/v1/assessments/{id}", Audience.SKOPJE_MEMBERS, "/api/v1/assessments/" + assessment);
        rule("POST /api/v1/assessments", Audience.SKOPJE_RECORDERS, "/api/v1/assessments", assessmentJson);
        rule("PUT /api/v1/assessments/{id}", Audience.SKOPJE_EDITORS, "/api/v1/assessments/" + assessment, assessmentJson);

        String deploymentForm = "operationId=" + skopje + "&locationId=" + gevgelija
                + "&officers=2&fromDate=2016-01-04&premises=CONTAINER&purpose=Access&version=0";
        String deploymentJson = """
                {"operationId":"%s","locationId":"%s","officers":2,"fromDate":"2016-01-04","premises":"CONTAINER",
                 "purpose":"Access"}""".formatted(skopje, gevgelija);
        rule("GET /monitoring/deployments", Audience.SIGNED_IN, "/monitoring/deployments");
        rule("GET /monitoring/deployments/new", Audience.SKOPJE_PLANNERS, "/monitoring/deployments/new");
        rule("POST /monitoring/deployments/new", Audience.SKOPJE_PLANNERS, "/monitoring/deployments/new?" + deploymentForm);
        rule("GET /monitoring/deployments/{id}/edit", Audience.SKOPJE_PLANNERS, "/monitoring/deployments/" + deployment + "/edit");
        rule("POST /monitoring/deployments/{id}/edit", Audience.SKOPJE_PLANNERS,
                "/monitoring/deployments/" + deployment + "/edit?" + deploymentForm);
        rule("GET /api/v1/deployments", Audience.SIGNED_IN, "/api/v1/deployments");
        rule("GET /api/v1/deployments/{id}", Audience.MONITORING_READERS, "/api/v1/deployments/" + deployment);
        rule("POST /api/v1/deployments", Audience.SKOPJE_PLANNERS, "/api/v1/deployments", deploymentJson);
        rule("PUT /api/v1/deployments/{id}", Audience.SKOPJE_PLANNERS, "/api/v1/deployments/" + deployment, deploymentJson);
    }

    /** Imports are the focal points'; an import's report is read by the operation's members. */
    private void flowImportRules(UUID skopje) {
        UUID job = context.getBean(org.corridor.interchange.ImportJobs.class).start(users.get(Caller.FOCAL_POINT).id(),
                skopje, org.corridor.interchange.ImportKind.FLOWS, org.corridor.interchange.TableFormat.CSV, "access.csv", null, true);
        rule("GET /flows/import", Audience.SKOPJE_FOCAL_POINTS, "/flows/import");
        rule("POST /flows/import", Audience.SKOPJE_FOCAL_POINTS, "/flows/import?operation=" + skopje);
        rule("GET /flows/import/{id}", Audience.FLOW_IMPORT_READERS, "/flows/import/" + job);
        rule("GET /flows/import/{id}/problems.csv", Audience.FLOW_IMPORT_READERS, "/flows/import/" + job + "/problems.csv");
        rule("POST /flows/import/jobs", Audience.SKOPJE_FOCAL_POINTS, "/flows/import/jobs?operation=" + skopje);
        rule("GET /flows/import/jobs/{id}", Audience.FLOW_IMPORT_READERS, "/flows/import/jobs/" + job);
    }

    /**
     * Activities are recorded like visits (officers and focal points; the author and focal points change them)
     * and read by Skopje's members; the sample activity is Skopje's officer's and internal to Skopje. Imports are the
     * focal points', and an import's report is read by the operation's members, as for flows.
     */
    private void activitiesRules(UUID skopje) {
        var officer = users.get(Caller.OFFICER);
        var activity = activities.create(officer, new org.corridor.activities.ActivityDraft(skopje, "Access test", null,
                org.corridor.directory.ResponseArea.RESEARCH, java.util.Set.of(org.corridor.directory.Dimension.HUMAN),
                org.corridor.activities.ActivityKind.PROJECT, null, null, null, org.corridor.activities.ActivityStatus.PLANNED,
                LocalDate.parse("2016-01-04"), null, null, null, null,
                org.corridor.accounts.DistributionLevel.OPERATION));
        var event = activities.createEvent(officer, new org.corridor.activities.CapacityEventDraft(activity.id(),
                LocalDate.parse("2016-01-05"), null, null, null, "Access test", List.of(
                        org.corridor.activities.CapacityEventDraft.Participants.of(org.corridor.activities.TargetGroup.POLICE, 10, 9))));
        String form = "operationId=" + skopje + "&title=Access&responseArea=RESEARCH&dimensions=HUMAN&kind=PROJECT"
                + "&status=PLANNED&startsOn=2016-01-04&version=0";
        String json = """
                {"operationId":"%s","title":"Access","responseArea":"RESEARCH","dimensions":["HUMAN"],"kind":"PROJECT",
                 "status":"PLANNED","startsOn":"2016-01-04"}""".formatted(skopje);
        String eventJson = """
                {"activityId":"%s","startsOn":"2016-01-05","topic":"Access",
                 "participants":[{"group":"POLICE","target":10,"achieved":9}]}""".formatted(activity.id());
        rule("GET /activities", Audience.SIGNED_IN, "/activities?q=access");
        rule("GET /activities.csv", Audience.SIGNED_IN, "/activities.csv");
        rule("GET /activities.hxl.csv", Audience.SIGNED_IN, "/activities.hxl.csv");
        rule("GET /activities.xlsx", Audience.SIGNED_IN, "/activities.xlsx");
        rule("GET /activities.iati.xml", Audience.SIGNED_IN, "/activities.iati.xml");
        rule("GET /activities/matrix", Audience.SIGNED_IN, "/activities/matrix?from=2016-01-01");
        rule("GET /activities/capacity", Audience.SIGNED_IN, "/activities/capacity");
        UUID job = context.getBean(org.corridor.interchange.ImportJobs.class).start(users.get(Caller.FOCAL_POINT).id(),
                skopje, org.corridor.interchange.ImportKind.ACTIVITIES, org.corridor.interchange.TableFormat.CSV, "access.csv", null, true);
        rule("GET /activities/import", Audience.SKOPJE_FOCAL_POINTS, "/activities/import");
        rule("POST /activities/import", Audience.SKOPJE_FOCAL_POINTS, "/activities/import?operation=" + skopje);
        rule("GET /activities/import/{id}", Audience.SKOPJE_MEMBERS, "/activities/import/" + job);
        rule("GET /activities/import/{id}/problems.csv", Audience.SKOPJE_MEMBERS,
                "/activities/import/" + job + "/problems.csv");
        rule("GET /activities/new", Audience.SKOPJE_RECORDERS, "/activities/new");
        rule("POST /activities/new", Audience.SKOPJE_RECORDERS, "/activities/new?" + form);
        rule("GET /activities/{id}", Audience.SKOPJE_MEMBERS, "/activities/" + activity.id());
        rule("GET /activities/{id}/edit", Audience.SKOPJE_EDITORS, "/activities/" + activity.id() + "/edit");
        rule("POST /activities/{id}/edit", Audience.SKOPJE_EDITORS, "/activities/" + activity.id() + "/edit?" + form);
        rule("GET /api/v1/activities", Audience.SIGNED_IN, "/api/v1/activities");
        rule("GET /api/v1/activities/{id}", Audience.SKOPJE_MEMBERS, "/api/v1/activities/" + activity.id());
        rule("POST /api/v1/activities", Audience.SKOPJE_RECORDERS, "/api/v1/activities", json);
        rule("PUT /api/v1/activities/{id}", Audience.SKOPJE_EDITORS, "/api/v1/activities/" + activity.id(), json);
        rule("GET /api/v1/activities/{id}/capacity-events", Audience.SKOPJE_MEMBERS,
                "/api/v1/activities/" + activity.id() + "/capacity-events");
        rule("GET /api/v1/capacity-events/{id}", Audience.SKOPJE_MEMBERS, "/api/v1/capacity-events/" + event.id());
        rule("POST /api/v1/capacity-events", Audience.SKOPJE_EDITORS, "/api/v1/capacity-events", eventJson);
        rule("PUT /api/v1/capacity-events/{id}", Audience.SKOPJE_EDITORS, "/api/v1/capacity-events/" + event.id(), eventJson);
        String eventForm = "topic=Access&startsOn=2016-01-05&participants[POLICE].target=10"
                + "&participants[POLICE].achieved=9&version=0";
        String eventPages = "/activities/" + activity.id() + "/capacity-events/";
        rule("GET /activities/{id}/capacity-events/new", Audience.SKOPJE_EDITORS, eventPages + "new");
        rule("POST /activities/{id}/capacity-events/new", Audience.SKOPJE_EDITORS, eventPages + "new?" + eventForm);
        rule("GET /activities/{id}/capacity-events/{eventId}/edit", Audience.SKOPJE_EDITORS,
                eventPages + event.id() + "/edit");
        rule("POST /activities/{id}/capacity-events/{eventId}/edit", Audience.SKOPJE_EDITORS,
                eventPages + event.id() + "/edit?" + eventForm);
    }

    /**
     * Meetings are recorded by Skopje's officers and focal points and changed by their author or its focal point;
     * the sample meeting is internal to Skopje (its operation's default level for meetings), the sample series shared
     * across the OSCE (read by members of any operation and the regional coordinator, not by delegation readers or
     * administrators). A series is set up and changed by whoever may do so for its meetings. Marking an action point
     * done is for the operation's recorders and the point's owner; the sample point has no owner.
     */
    private void liaisonRules(UUID skopje) {
        var meetings = context.getBean(org.corridor.liaison.Meetings.class);
        var series = context.getBean(org.corridor.liaison.MeetingSeries.class);
        var actionPoints = context.getBean(org.corridor.liaison.ActionPoints.class);
        CorridorUser officer = users.get(Caller.OFFICER);
        UUID meeting = meetings.create(officer, new org.corridor.liaison.MeetingDraft(skopje,
                org.corridor.liaison.MeetingKind.COORDINATION, "Access test", LocalDate.parse("2015-11-11"),
                java.time.LocalTime.of(10, 0), java.time.LocalTime.of(11, 0), null, "Skopje", null, List.of(), List.of(),
                List.of(), null, null, List.of(), null, false)).id();
        UUID weekly = series.create(officer, new org.corridor.liaison.MeetingSeries.SeriesDraft(skopje,
                org.corridor.liaison.MeetingKind.COORDINATION, "Access test series", java.time.DayOfWeek.WEDNESDAY,
                java.time.LocalTime.of(10, 0), 60, LocalDate.parse("2015-11-04"), LocalDate.parse("2015-11-25"), null,
                "Skopje", null, List.of(), List.of(), org.corridor.accounts.DistributionLevel.OSCE)).id();
        UUID point = actionPoints.create(officer, new org.corridor.liaison.ActionPoints.ActionPointDraft(meeting, null,
                "Access test", null, null, LocalDate.parse("2015-11-30"), null)).id();
        String meetingForm = "operationId=" + skopje + "&kind=COORDINATION&title=Access&day=2015-11-11&startTime=10:00"
                + "&endTime=11:00&version=0";
        String meetingJson = """
                {"operationId":"%s","kind":"COORDINATION","title":"Access","day":"2015-11-11","startTime":"10:00",
                 "endTime":"11:00"}""".formatted(skopje);
        String seriesJson = """
                {"operationId":"%s","kind":"COORDINATION","title":"Access","dayOfWeek":"WEDNESDAY","localTime":"10:00",
                 "durationMinutes":60,"firstDay":"2015-11-04","lastDay":"2015-11-25","distributionLevel":"OSCE"}"""
                .formatted(skopje);
        String pointJson = """
                {"meetingId":"%s","text":"Access","dueDate":"2015-11-30"}""".formatted(meeting);
        rule("GET /liaison/meetings", Audience.SIGNED_IN, "/liaison/meetings");
        rule("GET /liaison/meetings.csv", Audience.SIGNED_IN, "/liaison/meetings.csv");
        rule("GET /liaison/meetings.xlsx", Audience.SIGNED_IN, "/liaison/meetings.xlsx");
        rule("GET /liaison/calendar", Audience.SIGNED_IN, "/liaison/calendar?month=2015-11");
        rule("GET /liaison/meetings/new", Audience.MEETING_RECORDERS, "/liaison/meetings/new");
        rule("POST /liaison/meetings/new", Audience.MEETING_RECORDERS, "/liaison/meetings/new?" + meetingForm);
        rule("GET /liaison/meetings/{id}", Audience.SKOPJE_MEMBERS, "/liaison/meetings/" + meeting);
        rule("GET /liaison/meetings/{id}/edit", Audience.SKOPJE_EDITORS, "/liaison/meetings/" + meeting + "/edit");
        rule("POST /liaison/meetings/{id}/edit", Audience.SKOPJE_EDITORS,
                "/liaison/meetings/" + meeting + "/edit?" + meetingForm);
        rule("POST /liaison/meetings/{id}/cancel", Audience.SKOPJE_EDITORS,
                "/liaison/meetings/" + meeting + "/cancel?cancelled=false&version=0");
        rule("POST /liaison/meetings/{id}/action-points", Audience.MEETING_RECORDERS,
                "/liaison/meetings/" + meeting + "/action-points?text=Access&dueDate=2015-11-30");
        rule("POST /liaison/action-points/{id}/status", Audience.MEETING_RECORDERS,
                "/liaison/action-points/" + point + "/status?status=OPEN&version=0");
        rule("GET /liaison/action-points/mine", Audience.SIGNED_IN, "/liaison/action-points/mine");
        rule("GET /liaison/action-points", Audience.SIGNED_IN, "/liaison/action-points?operation=" + skopje);
        String seriesForm = "operationId=" + skopje + "&kind=COORDINATION&title=Access&dayOfWeek=WEDNESDAY"
                + "&localTime=10:00&durationMinutes=60&firstDay=2015-11-04&count=2&distributionLevel=OSCE&version=0";
        rule("GET /liaison/series", Audience.SIGNED_IN, "/liaison/series");
        rule("GET /liaison/series/{id}", Audience.MONITORING_READERS, "/liaison/series/" + weekly);
        rule("GET /liaison/series/new", Audience.MEETING_RECORDERS, "/liaison/series/new");
        rule("POST /liaison/series/new", Audience.MEETING_RECORDERS, "/liaison/series/new?" + seriesForm);
        rule("GET /liaison/series/{id}/edit", Audience.SKOPJE_EDITORS, "/liaison/series/" + weekly + "/edit");
        rule("POST /liaison/series/{id}/edit", Audience.SKOPJE_EDITORS,
                "/liaison/series/" + weekly + "/edit?" + seriesForm.replace("&count=2", "&lastDay=2015-11-25"));
        rule("GET /liaison/who-meets-whom", Audience.SIGNED_IN, "/liaison/who-meets-whom?from=2015-01-01&to=2016-12-31");
        rule("GET /api/v1/meetings", Audience.SIGNED_IN, "/api/v1/meetings");
        rule("GET /api/v1/meetings/{id}", Audience.SKOPJE_MEMBERS, "/api/v1/meetings/" + meeting);
        rule("POST /api/v1/meetings", Audience.MEETING_RECORDERS, "/api/v1/meetings", meetingJson);
        rule("PUT /api/v1/meetings/{id}", Audience.SKOPJE_EDITORS, "/api/v1/meetings/" + meeting, meetingJson);
        rule("GET /api/v1/meeting-series", Audience.SIGNED_IN, "/api/v1/meeting-series");
        rule("GET /api/v1/meeting-series/{id}", Audience.MONITORING_READERS, "/api/v1/meeting-series/" + weekly);
        rule("POST /api/v1/meeting-series", Audience.MEETING_RECORDERS, "/api/v1/meeting-series", seriesJson);
        rule("PUT /api/v1/meeting-series/{id}", Audience.SKOPJE_EDITORS, "/api/v1/meeting-series/" + weekly, seriesJson);
        rule("GET /api/v1/action-points", Audience.SIGNED_IN, "/api/v1/action-points");
        rule("GET /api/v1/action-points/{id}", Audience.SKOPJE_MEMBERS, "/api/v1/action-points/" + point);
        rule("POST /api/v1/action-points", Audience.MEETING_RECORDERS, "/api/v1/action-points", pointJson);
        rule("PUT /api/v1/action-points/{id}", Audience.MEETING_RECORDERS, "/api/v1/action-points/" + point, pointJson);
    }

    /**
     * The regional picture's co-operation, map and sharing feed: read by the OSCE's executive structures (members of any
     * operation and the regional coordinator), not by delegation readers or administrators.
     */
    private void regionalCooperationRules() {
        String period = "?from=2016-01-01&to=2016-06-30";
        rule("GET /regional/co-operation", Audience.MONITORING_READERS, "/regional/co-operation" + period);
        rule("GET /api/v1/regional/co-operation", Audience.MONITORING_READERS, "/api/v1/regional/co-operation" + period);
        rule("GET /api/v1/regional/co-operation.csv", Audience.MONITORING_READERS,
                "/api/v1/regional/co-operation.csv" + period);
        rule("GET /regional/map", Audience.MONITORING_READERS, "/regional/map" + period + "&slice=2");
        rule("GET /api/v1/regional/map", Audience.MONITORING_READERS, "/api/v1/regional/map" + period);
        rule("GET /regional/shared", Audience.MONITORING_READERS, "/regional/shared?kind=MEETING");
        rule("GET /api/v1/regional/shared", Audience.MONITORING_READERS, "/api/v1/regional/shared?operation=skopje");
    }

    /**
     * The report pages and downloads. The sample draft is Skopje's officer's: read by who drafts or reviews Skopje's
     * reports, changed and submitted by its officers and focal points, reviewed by its head; the sample distributed
     * report is at OSCE level, so read (and downloaded) by members of any operation and the regional coordinator, not
     * by delegation readers or administrators. Transitions are posted at a version that is not the report's, so no
     * sample moves: an allowed caller is told on the page, a refused one gets 403 (or 404 if they may not read it).
     */
    private void reportPageRules(UUID skopje) {
        var reports = context.getBean(org.corridor.reports.Reports.class);
        CorridorUser officer = users.get(Caller.OFFICER);
        CorridorUser head = users.get(Caller.HEAD_OF_OPERATION);
        LocalDate from = LocalDate.parse("2016-01-01");
        LocalDate to = LocalDate.parse("2016-03-31");
        var draft = reports.create(officer, new org.corridor.reports.Reports.ReportDraft(skopje,
                org.corridor.reports.ReportType.SPOT, "Access test", from, to,
                DistributionLevel.OSCE, List.of(officer.id())));
        var shared = reports.create(officer, new org.corridor.reports.Reports.ReportDraft(skopje,
                org.corridor.reports.ReportType.SPOT, "Access test shared", from, to,
                DistributionLevel.OSCE, List.of(officer.id())));
        shared = reports.submit(officer, shared.id(), shared.version());
        shared = reports.approve(head, shared.id(), shared.version());
        shared = reports.distribute(head, shared.id(), shared.version(), List.of(new org.corridor.reports.Recipient(
                org.corridor.reports.RecipientKind.SECRETARIAT, null, "The Secretariat")));
        // The comment is another officer's, so every caller resolves someone else's comment.
        CorridorUser author = accounts.create("access.report-author", "Report author", "long-enough-password",
                List.of(new Membership(skopje, Role.OFFICER)));
        var comment = reports.comment(author, draft.id(), draft.sections().get(0).id(), null, "Access test");
        String d = "/reports/" + draft.id();
        String s = "/reports/" + shared.id();
        String stale = "?version=9999";
        rule("GET /reports", Audience.SIGNED_IN, "/reports?words=access");
        rule("GET /reports/new", Audience.REPORT_WRITERS, "/reports/new");
        // Without a title: the form comes back with its problems, and nothing is created.
        rule("POST /reports/new", Audience.REPORT_WRITERS, "/reports/new?type=SPOT");
        rule("GET /reports/{id}", Audience.REPORT_TEAM, d);
        // Without a title: the editor comes back with its problems, and nothing is changed.
        rule("POST /reports/{id}", Audience.REPORT_DRAFTERS, d + stale);
        rule("POST /reports/{id}/submit", Audience.REPORT_DRAFTERS, d + "/submit" + stale);
        rule("POST /reports/{id}/revise", Audience.REPORT_TEAM, d + "/revise" + stale);
        for (String step : List.of("approve", "return", "distribute", "withdraw")) {
            rule("POST /reports/{id}/" + step, Audience.REPORT_REVIEWERS, d + "/" + step + stale + "&comment=Access&reason=Access"
                    + "&recipients=SECRETARIAT");
        }
        rule("POST /reports/{id}/comments", Audience.REPORT_TEAM, d + "/comments");
        rule("POST /reports/{id}/comments/{commentId}/resolve", Audience.REPORT_TEAM,
                d + "/comments/" + comment.id() + "/resolve");
        rule("GET /reports/{id}/versions", Audience.REPORT_TEAM, d + "/versions");
        rule("GET /reports/{id}/versions/compare", Audience.REPORT_TEAM, d + "/versions/compare");
        rule("GET /reports/{id}/editions/{revision}", Audience.MONITORING_READERS, s + "/editions/0");
        rule("GET /reports/{id}/report.{format}", Audience.MONITORING_READERS, s + "/report.html");
        rule("GET /reports/{id}/editions/{revision}/report.{format}", Audience.MONITORING_READERS,
                s + "/editions/0/report.html");
        rule("GET /api/v1/reports/{id}/document.{format}", Audience.MONITORING_READERS,
                "/api/v1/reports/" + shared.id() + "/document.pdf");
    }

    /**
     * Reports: a draft of Skopje is read, commented and compared only by who drafts or reviews it; the transitions are
     * the drafters' (submit) or the head's (approve, return, distribute, withdraw); revising is the team's. A
     * distributed report at OSCE level is read by Skopje's members and the coordinator. Transitions carry a body so
     * that If-Match is sent (without it every caller would get 428 before the role is checked).
     */
    private void reportRules(UUID skopje) {
        org.corridor.reports.Reports reports = context.getBean(org.corridor.reports.Reports.class);
        CorridorUser officer = users.get(Caller.OFFICER);
        CorridorUser head = users.get(Caller.HEAD_OF_OPERATION);
        org.corridor.reports.Reports.ReportDraft draft = new org.corridor.reports.Reports.ReportDraft(skopje,
                org.corridor.reports.ReportType.SPOT, "Access test", LocalDate.parse("2016-03-01"),
                LocalDate.parse("2016-03-02"), DistributionLevel.OSCE, List.of());
        var sample = reports.create(officer, draft);
        var comment = reports.comment(head, sample.id(), sample.sections().get(0).id(), null, "Access test");
        var distributed = reports.create(officer, draft);
        distributed = reports.submit(officer, distributed.id(), distributed.version());
        distributed = reports.approve(head, distributed.id(), distributed.version());
        distributed = reports.distribute(head, distributed.id(), distributed.version(), List.of(
                new org.corridor.reports.Recipient(org.corridor.reports.RecipientKind.SECRETARIAT, null, null)));
        String reportJson = """
                {"operationId":"%s","type":"SPOT","title":"Access test","periodFrom":"2016-03-01",
                 "periodTo":"2016-03-02","level":"OSCE"}""".formatted(skopje);
        String changeJson = """
                {"title":"Access test","periodFrom":"2016-03-01","periodTo":"2016-03-02","level":"OSCE",
                 "sections":[{"kind":"NARRATIVE","heading":"What happened","markdown":"Access test"}]}""";
        String base = "/api/v1/reports/" + sample.id();
        rule("GET /api/v1/reports", Audience.SIGNED_IN, "/api/v1/reports?q=access");
        rule("POST /api/v1/reports", Audience.REPORT_DRAFTERS, "/api/v1/reports", reportJson);
        rule("GET /api/v1/reports/{id}", Audience.REPORT_TEAM, base);
        rule("PUT /api/v1/reports/{id}", Audience.REPORT_DRAFTERS, base, changeJson);
        rule("GET /api/v1/reports/{id}/document", Audience.REPORT_TEAM, base + "/document");
        rule("GET /api/v1/reports/{id}/editions/{revision}", Audience.MONITORING_READERS,
                "/api/v1/reports/" + distributed.id() + "/editions/0");
        rule("GET /api/v1/reports/{id}/comments", Audience.REPORT_TEAM, base + "/comments");
        rule("POST /api/v1/reports/{id}/comments", Audience.REPORT_TEAM, base + "/comments",
                "{\"text\":\"Access test\"}");
        rule("POST /api/v1/reports/{id}/comments/{commentId}/resolve", Audience.REPORT_TEAM,
                base + "/comments/" + comment.id() + "/resolve");
        rule("GET /api/v1/reports/{id}/versions", Audience.REPORT_TEAM, base + "/versions");
        rule("GET /api/v1/reports/{id}/compare", Audience.REPORT_TEAM, base + "/compare?from=1&to=1");
        rule("POST /api/v1/reports/{id}/submit", Audience.REPORT_DRAFTERS, base + "/submit", "{}");
        rule("POST /api/v1/reports/{id}/approve", Audience.REPORT_REVIEWERS, base + "/approve", "{}");
        rule("POST /api/v1/reports/{id}/return", Audience.REPORT_REVIEWERS, base + "/return",
                "{\"comment\":\"Access test\"}");
        rule("POST /api/v1/reports/{id}/distribute", Audience.REPORT_REVIEWERS, base + "/distribute",
                "{\"recipients\":[{\"kind\":\"SECRETARIAT\"}]}");
        rule("POST /api/v1/reports/{id}/withdraw", Audience.REPORT_REVIEWERS, base + "/withdraw",
                "{\"reason\":\"Access test\"}");
        rule("POST /api/v1/reports/{id}/revise", Audience.REPORT_TEAM, base + "/revise", "{}");
    }

    /** Reference data: every signed-in user reads it; only administrators add or change it. */
    /**
     * Flow counts and route events are read as the one read rule says (their lists and figures by everyone signed in,
     * each showing what the reader may read); the samples are internal to Skopje (OPERATION), so only its members
     * open them and only its officers and focal point record and correct them.
     */
    private void flowRules(UUID skopje, UUID gevgelija) {
        UUID macedonia = region.country("MK");
        UUID count = flowCounts.record(users.get(Caller.OFFICER), new FlowCountDraft(skopje, null,
                LocalDate.parse("2015-10-20"), null, null, gevgelija, Direction.ENTRY, null, 100, null, null, null,
                null, null, DistributionLevel.OPERATION)).id();
        UUID event = routeEvents.record(users.get(Caller.OFFICER), new RouteEvents.RouteEventDraft(skopje,
                LocalDate.parse("2016-03-08"), macedonia, null, RouteEvents.Kind.CLOSURE, "Access test", null, null,
                DistributionLevel.OPERATION), false).id();
        String countJson = """
                {"operationId":"%s","periodStart":"2015-10-21","locationId":"%s","direction":"ENTRY","total":50,
                 "distributionLevel":"OPERATION"}"""
                .formatted(skopje, gevgelija);
        String eventJson = """
                {"operationId":"%s","occurredOn":"2016-03-09","countryId":"%s","kind":"INCIDENT","title":"Access test",
                 "distributionLevel":"OPERATION"}"""
                .formatted(skopje, macedonia);
        String countForm = "operationId=" + skopje + "&periodStart=2015-10-22&locationId=" + gevgelija
                + "&direction=ENTRY&total=40&distributionLevel=OPERATION&version=0";
        String eventForm = "operationId=" + skopje + "&occurredOn=2016-03-10&countryId=" + macedonia
                + "&kind=INCIDENT&title=Access+test&distributionLevel=OPERATION&version=0";
        for (String list : List.of("/flows", "/flows.csv", "/flows.xlsx", "/flows.hxl.csv", "/flows.geojson",
                "/flows/map.geojson",
                "/flows/chart", "/flows/map", "/flows/events")) {
            rule("GET " + list, Audience.SIGNED_IN, list);
        }
        rule("GET /flows/counts/new", Audience.SKOPJE_RECORDERS, "/flows/counts/new");
        rule("POST /flows/counts/new", Audience.SKOPJE_RECORDERS, "/flows/counts/new?" + countForm);
        rule("GET /flows/counts/{id}", Audience.SKOPJE_MEMBERS, "/flows/counts/" + count);
        rule("GET /flows/counts/{id}/edit", Audience.SKOPJE_RECORDERS, "/flows/counts/" + count + "/edit");
        rule("POST /flows/counts/{id}/edit", Audience.SKOPJE_RECORDERS, "/flows/counts/" + count + "/edit?" + countForm);
        rule("GET /flows/events/new", Audience.SKOPJE_RECORDERS, "/flows/events/new");
        rule("POST /flows/events/new", Audience.SKOPJE_RECORDERS, "/flows/events/new?" + eventForm);
        rule("GET /flows/events/{id}/edit", Audience.SKOPJE_RECORDERS, "/flows/events/" + event + "/edit");
        rule("POST /flows/events/{id}/edit", Audience.SKOPJE_RECORDERS, "/flows/events/" + event + "/edit?" + eventForm);
        rule("GET /api/v1/flow-counts", Audience.SIGNED_IN, "/api/v1/flow-counts");
        rule("GET /api/v1/flow-counts/{id}", Audience.SKOPJE_MEMBERS, "/api/v1/flow-counts/" + count);
        rule("POST /api/v1/flow-counts", Audience.SKOPJE_RECORDERS, "/api/v1/flow-counts", countJson);
        rule("PUT /api/v1/flow-counts/{id}", Audience.SKOPJE_RECORDERS, "/api/v1/flow-counts/" + count, countJson);
        rule("POST /api/v1/flow-counts/bulk", Audience.SKOPJE_RECORDERS, "/api/v1/flow-counts/bulk", "[" + countJson + "]");
        rule("GET /api/v1/route-events", Audience.SIGNED_IN, "/api/v1/route-events");
        rule("GET /api/v1/route-events/{id}", Audience.SKOPJE_MEMBERS, "/api/v1/route-events/" + event);
        rule("POST /api/v1/route-events", Audience.SKOPJE_RECORDERS, "/api/v1/route-events", eventJson);
        rule("PUT /api/v1/route-events/{id}", Audience.SKOPJE_RECORDERS, "/api/v1/route-events/" + event, eventJson);
    }

    /**
     * The regional picture's borders: read by the executive structures (members of any operation and the regional
     * coordinator, each reading the figures the read rule gives them); delegation readers read the public figures
     * instead, and an administrator reads no operation's figures by being one (403).
     */
    private void regionalBorderRules() {
        rule("GET /regional/borders", Audience.MONITORING_READERS, "/regional/borders");
        rule("GET /api/v1/regional/borders", Audience.MONITORING_READERS, "/api/v1/regional/borders");
        rule("GET /api/v1/regional/borders/{name}", Audience.MONITORING_READERS,
                "/api/v1/regional/borders/tabanovce-presevo?from=2015-10-01&to=2015-10-31");
        rule("GET /api/v1/regional/borders/{name}.csv", Audience.MONITORING_READERS,
                "/api/v1/regional/borders/tabanovce-presevo.csv?from=2015-10-01&to=2015-10-31");
    }

    /**
     * The public figures are published: every signed-in user reads and downloads them, a delegation reader and an
     * administrator included; the log of their exports is the regional coordinator's and the administrators'.
     */
    private void regionalPublicRules() {
        rule("GET /regional/public", Audience.SIGNED_IN, "/regional/public?from=2015-10-01&to=2015-10-31");
        rule("GET /regional/public.csv", Audience.SIGNED_IN, "/regional/public.csv?from=2015-10-01&to=2015-10-31");
        rule("GET /regional/public/exports", Audience.PUBLIC_EXPORT_LOG_READERS, "/regional/public/exports");
        rule("GET /api/v1/regional/public", Audience.SIGNED_IN, "/api/v1/regional/public?from=2015-10-01&to=2015-10-31");
        rule("GET /api/v1/regional/public.csv", Audience.SIGNED_IN,
                "/api/v1/regional/public.csv?from=2015-10-01&to=2015-10-31");
    }

    private void directoryRules(UUID operation, UUID location) {
        UUID country = region.country("MK");
        UUID organisation = directory.organisations().get(0).id();
        UUID office = directory.offices(operation).get(0).id();
        rule("GET /api/v1/countries", Audience.SIGNED_IN, "/api/v1/countries");
        rule("GET /api/v1/locations", Audience.SIGNED_IN, "/api/v1/locations");
        rule("GET /api/v1/locations/{id}", Audience.SIGNED_IN, "/api/v1/locations/" + location);
        rule("GET /api/v1/operations", Audience.SIGNED_IN, "/api/v1/operations");
        rule("GET /api/v1/operations/{id}", Audience.SIGNED_IN, "/api/v1/operations/" + operation);
        rule("GET /api/v1/organisations", Audience.SIGNED_IN, "/api/v1/organisations");
        rule("GET /api/v1/organisations/{id}", Audience.SIGNED_IN, "/api/v1/organisations/" + organisation);
        rule("GET /directory", Audience.SIGNED_IN, "/directory");
        rule("GET /directory/response-areas", Audience.SIGNED_IN, "/directory/response-areas");
        rule("GET /directory/offices/{id}/edit", Audience.ADMIN, "/directory/offices/" + office + "/edit");
        rule("POST /directory/offices/{id}/edit", Audience.ADMIN, "/directory/offices/" + office + "/edit");
        rule("GET /directory/operations/{operationId}/offices/new", Audience.ADMIN, "/directory/operations/" + operation + "/offices/new");
        rule("POST /directory/operations/{operationId}/offices/new", Audience.ADMIN, "/directory/operations/" + operation + "/offices/new");
        java.util.Map<String, UUID> sections = java.util.Map.of("countries", country, "locations", location,
                "operations", operation, "organisations", organisation);
        sections.forEach((section, id) -> {
            String base = "/directory/" + section;
            rule("GET " + base, Audience.SIGNED_IN, base);
            rule("GET " + base + "/{id}", Audience.SIGNED_IN, base + "/" + id);
            rule("GET " + base + "/new", Audience.ADMIN, base + "/new");
            rule("POST " + base + "/new", Audience.ADMIN, base + "/new");
            rule("GET " + base + "/{id}/edit", Audience.ADMIN, base + "/" + id + "/edit");
            rule("POST " + base + "/{id}/edit", Audience.ADMIN, base + "/" + id + "/edit");
        });
    }

    /**
     * The regional overview is read by the OSCE's executive structures: members of any operation (here Skopje's) and
     * the regional coordinator, each limited to what the read rule gives them; not delegation readers or
     * administrators. That is the audience of the monitoring picture.
     */
    private void regionalOverviewRules() {
        rule("GET /regional", Audience.MONITORING_READERS, "/regional?from=2016-01-01&to=2016-06-30");
        rule("GET /api/v1/regional/overview", Audience.MONITORING_READERS,
                "/api/v1/regional/overview?from=2016-01-01&to=2016-06-30");
        rule("GET /api/v1/regional/overview.csv", Audience.MONITORING_READERS,
                "/api/v1/regional/overview.csv?from=2016-01-01&to=2016-06-30");
    }

    /**
     * Alerts are had by the people of an operation and the regional coordinator (the others, a delegation reader and
     * an administrator, are refused: 403); the sample alert is about Skopje's figures, read by the coordinator too,
     * and acknowledged or resolved only by Skopje's people. The rules page is documentation: every signed-in user.
     */
    private void alertRules(UUID skopje) {
        UUID alert = org.corridor.alerts.AlertSamples.aboutFiguresOf(context.getBean(org.corridor.alerts.Alerts.class),
                skopje, "Access test: entries fell.");
        rule("GET /alerts", Audience.MONITORING_READERS, "/alerts");
        rule("GET /alerts/rules", Audience.SIGNED_IN, "/alerts/rules");
        rule("GET /alerts/{id}", Audience.MONITORING_READERS, "/alerts/" + alert);
        rule("POST /alerts/{id}/acknowledgement", Audience.SKOPJE_MEMBERS, "/alerts/" + alert + "/acknowledgement");
        rule("POST /alerts/{id}/resolution", Audience.SKOPJE_MEMBERS, "/alerts/" + alert + "/resolution");
        rule("GET /api/v1/alerts", Audience.MONITORING_READERS, "/api/v1/alerts");
        rule("GET /api/v1/alerts/{id}", Audience.MONITORING_READERS, "/api/v1/alerts/" + alert);
        rule("POST /api/v1/alerts/{id}/acknowledgement", Audience.SKOPJE_MEMBERS,
                "/api/v1/alerts/" + alert + "/acknowledgement", "{}");
        rule("POST /api/v1/alerts/{id}/resolution", Audience.SKOPJE_MEMBERS, "/api/v1/alerts/" + alert + "/resolution",
                "{\"comment\":\"Access test\"}");
    }

    /**
     * Alert e-mails: everyone signed in reads and changes their own subscription (one who follows no operation can
     * only choose none); the outbox, with every mail's recipient and text, is the administrators'.
     */
    private void alertMailRules() {
        rule("GET /alerts/subscription", Audience.SIGNED_IN, "/alerts/subscription");
        rule("POST /alerts/subscription", Audience.SIGNED_IN, "/alerts/subscription");
        rule("GET /api/v1/alerts/subscription", Audience.SIGNED_IN, "/api/v1/alerts/subscription");
        rule("PUT /api/v1/alerts/subscription", Audience.SIGNED_IN, "/api/v1/alerts/subscription",
                "{\"kinds\":[],\"operationIds\":[],\"delivery\":\"NONE\",\"email\":null}");
        rule("GET /admin/outbox", Audience.ADMIN, "/admin/outbox");
        rule("GET /admin/outbox/{id}", Audience.ADMIN, "/admin/outbox/" + UUID.randomUUID());
    }

    private void rule(String route, Audience audience, String sampleUrl) {
        rules.put(route, new Rule(audience, sampleUrl, null));
    }

    private void rule(String route, Audience audience, String sampleUrl, String jsonBody) {
        rules.put(route, new Rule(audience, sampleUrl, jsonBody));
    }

    @Test
    void everyRegisteredRouteHasARule() {
        Set<String> registered = registeredRoutes();

        assertThat(rules.keySet()).as("rules for every route the application registers")
                .containsAll(registered);
        assertThat(registered).as("no rule for a route that does not exist").containsAll(rules.keySet());
    }

    @Test
    void theServerAllowsOrRefusesEveryRouteForEveryRoleAsTheRulesSay() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (var entry : rules.entrySet()) {
            HttpMethod method = HttpMethod.valueOf(entry.getKey().substring(0, entry.getKey().indexOf(' ')));
            Rule rule = entry.getValue();
            for (Caller caller : Caller.values()) {
                boolean expected = allowed(rule.audience(), caller);
                MvcResult result = mvc.perform(request(method, rule, caller)).andReturn();
                boolean actual = reached(result, rule.audience());
                if (actual != expected) {
                    wrong.add(entry.getKey() + " as " + caller + ": expected " + (expected ? "allowed" : "refused")
                            + " but got " + result.getResponse().getStatus() + " "
                            + String.valueOf(result.getResponse().getRedirectedUrl()));
                }
            }
        }
        assertThat(wrong).as("routes whose access differs from the rules").isEmpty();
    }

    private MockHttpServletRequestBuilder request(HttpMethod method, Rule rule, Caller caller) {
        String url = rule.sampleUrl();
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, url);
        if (rule.jsonBody() != null) {
            request = request.contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(rule.jsonBody())
                    .header("If-Match", "\"0\"");
        }
        if (method != HttpMethod.GET) {
            request = request.with(csrf());
        }
        if (caller == Caller.ANONYMOUS) {
            return request;
        }
        if (url.startsWith("/api/v1/")) {
            return request.header("Authorization", "Bearer " + tokens.get(caller));
        }
        return request.with(user(users.get(caller)));
    }

    /** Reached the handler: neither refused (401/403, or 404 for a record hidden from the caller) nor sent to sign in. */
    private static boolean reached(MvcResult result, Audience audience) {
        int status = result.getResponse().getStatus();
        String redirect = result.getResponse().getRedirectedUrl();
        boolean hidden = status == 404 && EnumSet.of(Audience.SKOPJE_MEMBERS, Audience.SKOPJE_PLANNERS,
                Audience.SKOPJE_RECORDERS, Audience.MEETING_RECORDERS, Audience.SKOPJE_EDITORS,
                Audience.MONITORING_READERS, Audience.FLOW_IMPORT_READERS, Audience.SKOPJE_HEADS,
                Audience.REPORT_DRAFTERS, Audience.REPORT_TEAM, Audience.REPORT_REVIEWERS).contains(audience);
        return status != 401 && status != 403 && !hidden && (redirect == null || !redirect.contains("/login"));
    }

    private static boolean allowed(Audience audience, Caller caller) {
        return switch (audience) {
            case EVERYONE -> true;
            case SIGNED_IN -> caller != Caller.ANONYMOUS;
            case ADMIN -> caller == Caller.ADMIN;
            case AUDIT_READERS -> EnumSet.of(Caller.ADMIN, Caller.HEAD_OF_OPERATION).contains(caller);
            case SKOPJE_MEMBERS -> caller.role != null && caller.role.operationScoped();
            case SKOPJE_PLANNERS -> EnumSet.of(Caller.FOCAL_POINT, Caller.HEAD_OF_OPERATION).contains(caller);
            case SKOPJE_RECORDERS -> EnumSet.of(Caller.OFFICER, Caller.FOCAL_POINT).contains(caller);
            case MEETING_RECORDERS -> EnumSet.of(Caller.OFFICER, Caller.FOCAL_POINT, Caller.HEAD_OF_OPERATION)
                    .contains(caller);
            case SKOPJE_EDITORS -> EnumSet.of(Caller.OFFICER, Caller.FOCAL_POINT).contains(caller);
            case MONITORING_READERS -> caller.role != null
                    && (caller.role.operationScoped() || caller.role == Role.REGIONAL_COORDINATOR);
            case SKOPJE_FOCAL_POINTS -> caller == Caller.FOCAL_POINT;
            case FLOW_IMPORT_READERS -> caller == Caller.ADMIN || (caller.role != null && caller.role.operationScoped());
            case SKOPJE_HEADS, REPORT_REVIEWERS -> caller == Caller.HEAD_OF_OPERATION;
            case REPORT_DRAFTERS -> EnumSet.of(Caller.OFFICER, Caller.FOCAL_POINT).contains(caller);
            case REPORT_WRITERS -> EnumSet.of(Caller.OFFICER, Caller.FOCAL_POINT, Caller.REGIONAL_COORDINATOR)
                    .contains(caller);
            case REPORT_TEAM -> EnumSet.of(Caller.OFFICER, Caller.FOCAL_POINT, Caller.HEAD_OF_OPERATION).contains(caller);
            case PUBLIC_EXPORT_LOG_READERS -> EnumSet.of(Caller.REGIONAL_COORDINATOR, Caller.ADMIN).contains(caller);
        };
    }

    private Set<String> registeredRoutes() {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            mapping.getHandlerMethods().keySet().forEach(info -> {
                Set<String> patterns = info.getPatternValues();
                var methods = info.getMethodsCondition().getMethods();
                for (String pattern : patterns) {
                    if (methods.isEmpty()) {
                        routes.add("GET " + pattern);
                    }
                    methods.forEach(m -> routes.add(m.name() + " " + pattern));
                }
            });
        }
        return routes;
    }
}
