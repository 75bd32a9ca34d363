package org.corridor.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The read rule as a table: every distribution level × every role × member of the record's operation or not, for a
 * record's content and for an operation's figures (at each figures level its head may choose).
 */
class ReadRuleTests {

    static final UUID SKOPJE = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID SERBIA = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    /** Who reads a record of an operation they are not a member of, by level (DESIGN.md, made exact in issue 12). */
    static Set<DistributionLevel> readsOutsideOwnOperation(Role role) {
        return switch (role) {
            case VIEWER, OFFICER, FOCAL_POINT, HEAD_OF_OPERATION, REGIONAL_COORDINATOR ->
                EnumSet.of(DistributionLevel.OSCE, DistributionLevel.PARTICIPATING_STATES, DistributionLevel.PUBLIC);
            case DELEGATION_READER -> EnumSet.of(DistributionLevel.PARTICIPATING_STATES, DistributionLevel.PUBLIC);
            case ADMIN -> EnumSet.of(DistributionLevel.PUBLIC);
        };
    }

    static Stream<Arguments> everyLevelRoleAndMembership() {
        List<Arguments> cases = new ArrayList<>();
        for (Role role : Role.values()) {
            for (DistributionLevel level : DistributionLevel.values()) {
                cases.add(Arguments.of(role, level, false, readsOutsideOwnOperation(role).contains(level)));
                if (role.operationScoped()) {
                    // a member reads every record of their own operation, whatever its level
                    cases.add(Arguments.of(role, level, true, true));
                }
            }
        }
        return cases.stream();
    }

    static CorridorUser user(Role role, boolean memberOfSkopje) {
        UUID operation = role.operationScoped() ? (memberOfSkopje ? SKOPJE : SERBIA) : null;
        return new CorridorUser(UUID.randomUUID(), "u", "U", "x", true, Instant.EPOCH,
                List.of(new Membership(operation, role)));
    }

    @ParameterizedTest(name = "{0}, member {2}: a Skopje record at {1} readable = {3}")
    @MethodSource("everyLevelRoleAndMembership")
    void aRecordIsReadExactlyByThoseItsLevelNames(Role role, DistributionLevel level, boolean member, boolean reads) {
        CorridorUser user = user(role, member);
        ReadScope scope = new ReadScope(user, Map.of());

        assertThat(user.mayRead(SKOPJE, level)).isEqualTo(reads);
        assertThat(scope.mayRead(SKOPJE, level)).isEqualTo(reads);
        assertThat(scope.mayRead(List.of(SERBIA, SKOPJE), level)).isEqualTo(reads || user.isMemberOf(SERBIA));
    }

    @ParameterizedTest(name = "{0}, member {2}: Skopje's figures at {1} readable = {3}")
    @MethodSource("everyLevelRoleAndMembership")
    void figuresAreReadAtTheOperationsFiguresLevel(Role role, DistributionLevel figuresLevel, boolean member,
            boolean reads) {
        CorridorUser user = user(role, member);
        ReadScope scope = new ReadScope(user, Map.of(SKOPJE, figuresLevel));

        assertThat(scope.mayReadFigures(SKOPJE)).isEqualTo(reads);
        assertThat(scope.figuresNotShared(List.of(SKOPJE))).hasSize(reads ? 0 : 1);
    }

    @ParameterizedTest(name = "{0}: figures of an operation whose head chose nothing are at OSCE level")
    @MethodSource("roles")
    void figuresDefaultToOsceLevel(Role role) {
        CorridorUser user = user(role, false);
        ReadScope scope = new ReadScope(user, Map.of());

        assertThat(scope.mayReadFigures(SKOPJE)).isEqualTo(readsOutsideOwnOperation(role).contains(DistributionLevel.OSCE));
    }

    static Stream<Role> roles() {
        return Stream.of(Role.values());
    }

    @org.junit.jupiter.api.Test
    void figuresOfOperationLevelRecordsAreReadWhereTheFiguresLevelAllows() {
        CorridorUser coordinator = user(Role.REGIONAL_COORDINATOR, false);
        ReadScope scope = new ReadScope(coordinator, Map.of());

        assertThat(scope.mayRead(SKOPJE, DistributionLevel.OPERATION)).isFalse();
        assertThat(scope.mayReadFigures(SKOPJE)).isTrue();
    }
}
