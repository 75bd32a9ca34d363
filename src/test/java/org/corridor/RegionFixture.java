package org.corridor;

import java.util.List;
import java.util.UUID;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.Membership;
import org.corridor.accounts.Role;
import org.corridor.accounts.UserAccounts;
import org.corridor.directory.Directory;
import org.corridor.directory.LocationKind;
import org.corridor.directory.LocationSummary;
import org.corridor.directory.OperationSummary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The region's places and people as tests need them: the seeded operations and locations by their codes, and
 * new users with memberships, made through accounts' own API. Every {@link CorridorTest} and {@link DemoCorridorTest}
 * context has it: {@code @Autowired RegionFixture region;}.
 *
 * <p>The tests of one context share its database, so each user gets a name of its own: the given prefix and a
 * random suffix ({@code page.3f9c0a1b}).
 */
public class RegionFixture {

    /** The password of every user made here. */
    public static final String PASSWORD = "long-enough-password";

    /**
     * Eight random letters to tell a test's records apart. Letters only: a random hex tag is all digits about once in
     * forty runs, and six or more digits in a record's text read as a phone number to the personal-data check.
     */
    public static String tag() {
        return java.util.UUID.randomUUID().toString().substring(0, 8).chars()
                .mapToObj(c -> String.valueOf((char) (Character.isDigit(c) ? 'g' + c - '0' : c)))
                .reduce("", String::concat);
    }

    private final Directory directory;
    private final UserAccounts accounts;
    private final JdbcClient jdbc;

    RegionFixture(Directory directory, UserAccounts accounts, JdbcClient jdbc) {
        this.directory = directory;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    /** A seeded field operation, e.g. {@code skopje} or {@code serbia}. */
    public UUID operation(String code) {
        return directory.operationByCode(code)
                .orElseThrow(() -> new IllegalArgumentException("No operation has the code " + code)).id();
    }

    /** A seeded place, e.g. {@code MK-GEVGELIJA-BCP}. */
    public UUID place(String code) {
        return location(code).id();
    }

    /** A seeded country by its ISO code, e.g. {@code MK}. */
    public UUID country(String iso2) {
        return directory.countryByIso2(iso2)
                .orElseThrow(() -> new IllegalArgumentException("No country has the code " + iso2)).id();
    }

    /**
     * A new field operation of its own hosted in the country of {@code iso2}, for a test whose records no other test
     * may add to; straight into the directory's table, as {@link #newPlace}.
     */
    public OperationSummary newOperation(String iso2, String name, String headOfficeCity) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into field_operation (id, code, name, host_country_id, head_office_city)
                values (:id, :code, :name, (select id from country where iso2 = :iso2), :city)""")
                .param("id", id).param("code", "t-" + tag()).param("name", name).param("iso2", iso2)
                .param("city", headOfficeCity).update();
        return directory.operation(id).orElseThrow();
    }

    /**
     * A new place of its own in the country of {@code iso2}, for a test whose figures no other test may add to.
     * Written straight into the directory's table: the directory's own maintenance is for administrators' pages, and
     * a test's place needs no audit entry.
     */
    public LocationSummary newPlace(String iso2, LocationKind kind, String name, double latitude, double longitude) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into location (id, code, name, kind, country_id, latitude, longitude)
                values (:id, :code, :name, :kind, (select id from country where iso2 = :iso2), :latitude,
                        :longitude)""")
                .param("id", id).param("code", iso2 + "-" + tag().toUpperCase()).param("name", name)
                .param("kind", kind.name()).param("iso2", iso2).param("latitude", latitude)
                .param("longitude", longitude).update();
        return directory.location(id).orElseThrow();
    }

    public LocationSummary location(String code) {
        return directory.locationByCode(code)
                .orElseThrow(() -> new IllegalArgumentException("No location has the code " + code));
    }

    /** A new user holding {@code role}, in {@code operation} where the role is held in one (else it is ignored). */
    public CorridorUser user(String prefix, String displayName, Role role, UUID operation) {
        return user(prefix, displayName, new Membership(role.operationScoped() ? operation : null, role));
    }

    /** A new user holding these memberships (none: someone who may sign in but read no records). */
    public CorridorUser user(String prefix, String displayName, Membership... memberships) {
        return accounts.create(uniqueName(prefix, 8), displayName, PASSWORD, List.of(memberships));
    }

    /** The same, with a shorter random suffix, for prefixes that are long already. */
    public CorridorUser userWithShortName(String prefix, String displayName, Membership... memberships) {
        return accounts.create(uniqueName(prefix, 6), displayName, PASSWORD, List.of(memberships));
    }

    /** An {@code Authorization} header of a new user holding {@code role} in {@code operation}. */
    public String bearer(Role role, UUID operation) {
        return bearer(user("api", "API", role, operation));
    }

    /** An {@code Authorization} header with a new personal API token of {@code user}. */
    public String bearer(CorridorUser user) {
        return "Bearer " + accounts.createToken(user.id(), "test").secret();
    }

    private static String uniqueName(String prefix, int suffix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, suffix);
    }
}
