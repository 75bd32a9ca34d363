package org.corridor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The read rule lives in accounts (issue 12): no module outside it names a role, in code or in a template. Modules
 * ask {@code ReadScope}, {@code Sharing} and {@code CorridorUser}'s role-free predicates instead.
 */
class ReadRuleBoundaryTests {

    private static final String ROLE = "org.corridor.accounts.Role";
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages("org.corridor");

    @Test
    void noMainClassOutsideAccountsDependsOnRole() {
        noClasses().that().resideOutsideOfPackage("org.corridor.accounts..")
                .should().dependOnClassesThat().haveFullyQualifiedName(ROLE)
                .because("the read rule and every other rule about roles live in accounts (issue 12); ask ReadScope, "
                        + "Sharing or CorridorUser's predicates instead")
                .check(MAIN);
    }

    @Test
    void noMainClassOutsideAccountsHandsARoleThroughAccountsCode() {
        classes().that().resideOutsideOfPackage("org.corridor.accounts..").should(notCallCodeThatTakesOrGivesARole())
                .because("a role handed through accounts' own methods is a role named all the same")
                .check(MAIN);
    }

    /**
     * Calling accounts' code that takes or returns a role ({@code new Membership(op, account.role())}) is naming a
     * role too, though the class file holds no reference to {@code Role} itself.
     */
    private static ArchCondition<JavaClass> notCallCodeThatTakesOrGivesARole() {
        return new ArchCondition<>("not call code that takes or returns " + ROLE) {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (JavaAccess<?> access : item.getAccessesFromSelf()) {
                    if (!(access instanceof JavaCall<?> call)) {
                        continue;
                    }
                    AccessTarget.CodeUnitCallTarget target = call.getTarget();
                    boolean takesOrGives = target.getRawReturnType().getName().equals(ROLE)
                            || target.getRawParameterTypes().stream().anyMatch(t -> t.getName().equals(ROLE));
                    if (takesOrGives) {
                        events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                    }
                }
            }
        };
    }

    @Test
    void noTemplateOutsideAccountsNamesARole() throws IOException {
        List<String> naming;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            naming = files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".html"))
                    .filter(f -> !TEMPLATES.relativize(f).startsWith("accounts"))
                    .filter(ReadRuleBoundaryTests::namesARole)
                    .map(f -> TEMPLATES.relativize(f).toString()).sorted().toList();
        }

        assertThat(naming).as("templates outside templates/accounts/ that name a role (use currentUser's predicates, "
                + "e.g. mayRecordAnywhere(), isInExecutiveStructures())").isEmpty();
    }

    @Test
    void theTemplateCheckSeesTheTemplates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            assertThat(files.map(Path::toString)).as("the templates the check reads").anyMatch(f -> f.endsWith("layout.html"));
        }
    }

    private static boolean namesARole(Path template) {
        try {
            String text = Files.readString(template, StandardCharsets.UTF_8);
            return text.contains(ROLE) || text.contains("hasRole(") || text.contains("hasAnyRole(");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
