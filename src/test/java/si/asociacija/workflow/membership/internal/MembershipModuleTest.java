package si.asociacija.workflow.membership.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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

    private static ApplicationForm form(String type, String email, String registrationNumber, String taxNumber) {
        return new ApplicationForm(type, "Zavod Dogodek", email, null, "Metelkova 6, 1000 Ljubljana",
                registrationNumber, taxNumber, "PERFORMING_ARTS", "Sodelovanje v mreži.", "sl", true);
    }
}
