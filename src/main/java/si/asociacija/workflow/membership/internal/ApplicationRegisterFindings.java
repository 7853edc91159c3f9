package si.asociacija.workflow.membership.internal;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import si.asociacija.workflow.membership.ApplicationSubmitted;
import si.asociacija.workflow.registry.Applicant;
import si.asociacija.workflow.registry.RegisterChecks;
import si.asociacija.workflow.registry.RegisterFindings;
import si.asociacija.workflow.registry.RegisterFindingsUpdated;
import si.asociacija.workflow.shared.TaskText;

/**
 * Once an application is in, the registers are consulted; what they say is shown to staff in the
 * completeness check ({@code registerFindings}), and shown again when a pending check is answered.
 */
@Component
class ApplicationRegisterFindings {

    static final String VARIABLE = "registerFindings";

    private final MembershipApplicationRepository applications;
    private final RegisterChecks checks;
    private final RuntimeService runtime;

    ApplicationRegisterFindings(MembershipApplicationRepository applications, RegisterChecks checks, RuntimeService runtime) {
        this.applications = applications;
        this.checks = checks;
        this.runtime = runtime;
    }

    @ApplicationModuleListener
    void check(ApplicationSubmitted submitted) {
        applications.findByReference(submitted.reference()).ifPresent(a -> show(a.getReference(), checks.check(new Applicant(
                a.getReference(), submitted.organisation(), a.getName(), a.getRegistrationNumber(), a.getTaxNumber()))));
    }

    @ApplicationModuleListener
    void answered(RegisterFindingsUpdated updated) {
        checks.findings(updated.reference()).ifPresent(findings -> show(updated.reference(), findings));
    }

    private void show(String reference, RegisterFindings findings) {
        runtime.createProcessInstanceQuery().processDefinitionKey(MembershipApplications.PROCESS_KEY)
                .processInstanceBusinessKey(reference).active().list()
                .forEach(instance -> runtime.setVariable(instance.getId(), VARIABLE, TaskText.head(checks.summary(findings))));
    }
}
