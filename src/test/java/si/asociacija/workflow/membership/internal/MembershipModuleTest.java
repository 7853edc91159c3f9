package si.asociacija.workflow.membership.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;

import si.asociacija.workflow.ModuleTest;
import si.asociacija.workflow.TestData;
import si.asociacija.workflow.membership.ApplicationSubmitted;
import si.asociacija.workflow.membership.MemberAdmitted;
import si.asociacija.workflow.membership.MembershipEnded;
import si.asociacija.workflow.shared.ConflictException;
import si.asociacija.workflow.shared.InvalidInputException;

/** Membership on its own (with board, mail, portal and registry): the events it tells the other capabilities. */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "identity")
class MembershipModuleTest extends ModuleTest {

    @Autowired
    MembershipApplications applications;
    @Autowired
    MemberRegister register;
    @Autowired
    Listener listener;
    @Autowired
    MemberImport memberImport;
    @Autowired
    MemberRepository members;
    @Autowired
    JdbcTemplate jdbc;

    /** A listener as another capability writes one: after the commit, in its own transaction. */
    @TestConfiguration
    static class Listening {
        @Bean
        Listener listener() {
            return new Listener();
        }
    }

    static class Listener {
        private final List<MemberAdmitted> admitted = new CopyOnWriteArrayList<>();

        @ApplicationModuleListener
        void on(MemberAdmitted event) {
            admitted.add(event);
        }

        /** Read through the method: the bean is a proxy (the listener runs asynchronously, in a transaction). */
        List<MemberAdmitted> admitted() {
            return admitted;
        }
    }

    @Test
    void anOrganisationsApplicationIsAnnouncedWithItsNumbersForTheRegisters(AssertablePublishedEvents events) {
        String registrationNumber = TestData.registrationNumber();
        String taxNumber = TestData.taxNumber();
        String reference = applications.apply(form("ORGANISATION", TestData.email("dogodek"), registrationNumber, taxNumber))
                .reference();

        assertThat(events).contains(ApplicationSubmitted.class)
                .matching(e -> e.reference().equals(reference) && e.organisation()
                        && registrationNumber.equals(e.registrationNumber()) && taxNumber.equals(e.taxNumber()));
    }

    @Test
    void aPersonsApplicationIsAnnouncedWithoutTheirTaxNumber(AssertablePublishedEvents events) {
        String reference = applications.apply(form("INDIVIDUAL", TestData.email("oseba"), null, TestData.taxNumber()))
                .reference();

        assertThat(events).contains(ApplicationSubmitted.class)
                .matching(e -> e.reference().equals(reference) && !e.organisation() && e.taxNumber() == null);
    }

    @Test
    void anAdmittedMemberIsAnnouncedOnceAndAnEndedMembershipToo(AssertablePublishedEvents events) {
        String reference = applications.apply(form("ORGANISATION", TestData.email("clan"), TestData.registrationNumber(),
                TestData.taxNumber())).reference();
        String number = applications.approve(reference, "UO-2026/999");
        applications.approve(reference, "UO-2026/999");

        assertThat(events.ofType(MemberAdmitted.class).matching(e -> e.membershipNumber().equals(number))).hasSize(1);
        assertThat(events).contains(MemberAdmitted.class).matching(e -> e.applicationReference().equals(reference));

        LocalDate today = LocalDate.now();
        assertThatThrownBy(() -> register.end(number, today.minusYears(1))).isInstanceOf(InvalidInputException.class);
        register.end(number, today);
        assertThatThrownBy(() -> register.end(number, today)).isInstanceOf(ConflictException.class);

        assertThat(events.ofType(MembershipEnded.class).matching(e -> e.membershipNumber().equals(number))).hasSize(1);
        assertThat(events).contains(MembershipEnded.class).matching(e -> e.endedOn().equals(today));
    }

    @Test
    void aListenerHearsOfTheAdmissionAfterTheCommitAndThePublicationIsThenDone() {
        String reference = applications.apply(form("ORGANISATION", TestData.email("poslusalec"),
                TestData.registrationNumber(), TestData.taxNumber())).reference();
        String number = applications.approve(reference, "UO-2026/998");

        await().atMost(Duration.ofSeconds(10)).until(() -> listener.admitted().stream()
                .anyMatch(e -> e.membershipNumber().equals(number)));
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from event_publication where serialized_event like ?", Long.class,
                "%" + number + "%") == 0);
    }

    @Test
    void aMemberOfTheEarlierRegisterWhoAppliesStaysOneMember(AssertablePublishedEvents events) {
        String registrationNumber = TestData.registrationNumber();
        String taxNumber = TestData.taxNumber();
        memberImport.importCsv(String.join(",", MemberRow.HEADER) + "\nORGANISATION,Zavod Od Prej,"
                + TestData.email("prej") + "," + registrationNumber + "," + taxNumber + ",MUSIC,2018-04-01,sl,Ana Novak\n", false);
        String reference = applications.apply(form("ORGANISATION", TestData.email("znova"), registrationNumber, taxNumber))
                .reference();

        String number = applications.approve(reference, "UO-2026/997");

        List<Member> same = members.findByTypeAndRegistrationNumberAndStatus(ApplicantType.ORGANISATION,
                registrationNumber, Member.Status.ACTIVE);
        assertThat(same).singleElement().satisfies(m -> {
            assertThat(m.getMembershipNumber()).isEqualTo(number);
            assertThat(m.getApplicationReference()).isEqualTo(reference);
            assertThat(m.getJoinDate()).isEqualTo(LocalDate.of(2018, 4, 1));
        });
        assertThat(events.ofType(MemberAdmitted.class).matching(e -> reference.equals(e.applicationReference()))).isEmpty();
    }

    private static ApplicationForm form(String type, String email, String registrationNumber, String taxNumber) {
        return new ApplicationForm(type, "Zavod Dogodek", email, null, "Metelkova 6, 1000 Ljubljana",
                registrationNumber, taxNumber, "PERFORMING_ARTS", "Sodelovanje v mreži.", "sl", true);
    }
}
