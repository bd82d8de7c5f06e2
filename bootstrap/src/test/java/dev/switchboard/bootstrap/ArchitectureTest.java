package dev.switchboard.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import org.junit.jupiter.api.Test;

/** The hexagon's dependency rules (STYLE.md habit 6). Fix a failure by moving code, never by loosening a rule. */
class ArchitectureTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("dev.switchboard");

    private static final String[] ADAPTERS = {
            "dev.switchboard.adapter.web..", "dev.switchboard.adapter.persistence..", "dev.switchboard.adapter.upstream..",
            "dev.switchboard.adapter.redis.."};

    @Test
    void theDomainDependsOnNothingButTheJdk() {
        classes().that().resideInAPackage("dev.switchboard.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.switchboard.domain..")
                .check(PRODUCTION);
    }

    @Test
    void theApplicationDependsOnlyOnTheDomainAndTheJdk() {
        classes().that().resideInAPackage("dev.switchboard.application..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "dev.switchboard.domain..", "dev.switchboard.application..")
                .check(PRODUCTION);
    }

    @Test
    void portsNeverDependOnServices() {
        noClasses().that().resideInAPackage("dev.switchboard.application.port..")
                .should().dependOnClassesThat().resideInAPackage("dev.switchboard.application.service..")
                .check(PRODUCTION);
    }

    @Test
    void adaptersNeverDependOnEachOtherNorOnServices() {
        for (String adapter : ADAPTERS) {
            for (String other : ADAPTERS) {
                if (!adapter.equals(other)) {
                    noClasses().that().resideInAPackage(adapter)
                            .should().dependOnClassesThat().resideInAPackage(other)
                            .allowEmptyShould(true)
                            .check(PRODUCTION);
                }
            }
            noClasses().that().resideInAPackage(adapter)
                    .should().dependOnClassesThat().resideInAPackage("dev.switchboard.application.service..")
                    .allowEmptyShould(true)
                    .check(PRODUCTION);
        }
    }

    @Test
    void nothingDependsOnTheBootstrapModule() {
        noClasses().that().resideOutsideOfPackage("dev.switchboard.bootstrap..")
                .should().dependOnClassesThat().resideInAPackage("dev.switchboard.bootstrap..")
                .check(PRODUCTION);
    }

    @Test
    void domainPackagesHaveNoCycles() {
        slices().matching("dev.switchboard.domain.(*)..").should().beFreeOfCycles().check(PRODUCTION);
    }

    @Test
    void controllersLiveInTheWebAdapterAndSayWhoMayCallThem() {
        classes().that().areAnnotatedWith(Controller.class)
                .should().resideInAPackage("dev.switchboard.adapter.web..")
                .andShould().haveSimpleNameEndingWith("Controller")
                .andShould(declareSecurity())
                .check(PRODUCTION);
    }

    @Test
    void noFieldInjectionAndNoSystemOut() {
        fields().that().areDeclaredInClassesThat(notGenerated())
                .should().notBeAnnotatedWith(jakarta.inject.Inject.class)
                .allowEmptyShould(true)
                .check(PRODUCTION);
        noClasses().that(notGenerated()).should(GeneralCodingRules.ACCESS_STANDARD_STREAMS).check(PRODUCTION);
    }

    private static DescribedPredicate<JavaClass> notGenerated() {
        return DescribedPredicate.describe("hand-written", c -> !c.getSimpleName().startsWith("$"));
    }

    /** With the SPA's anonymous-GET URL rule, a controller without @Secured would silently be public. */
    private static ArchCondition<JavaClass> declareSecurity() {
        return new ArchCondition<>("carry @Secured on the class or on every endpoint method") {
            @Override
            public void check(JavaClass controller, ConditionEvents events) {
                boolean onClass = controller.isAnnotatedWith(Secured.class);
                boolean onEveryMethod = controller.getMethods().stream()
                        .filter(m -> m.getAnnotations().stream().anyMatch(a -> a.getRawType().getPackageName()
                                .equals("io.micronaut.http.annotation")))
                        .allMatch(m -> m.isAnnotatedWith(Secured.class));
                if (!onClass && !onEveryMethod) {
                    events.add(SimpleConditionEvent.violated(controller, controller.getName() + " has no @Secured"));
                }
            }
        };
    }
}
