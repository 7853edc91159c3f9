package si.asociacija.workflow.membership.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import si.asociacija.workflow.TestData;
import si.asociacija.workflow.WorkflowTest;
import si.asociacija.workflow.registry.RegisterChange;

/** Every path of process {@code member-register-change}. */
class MemberRegisterChangeProcessTest extends WorkflowTest {

    private static final String JOINED = "2019-05-14";
    private static final int YEAR = 2027;

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    MemberRegisterChanges changes;
    @Autowired
    MemberRegisterChangeRepository records;
    @Autowired
    MemberRecheck recheck;
    @Autowired
    MemberImport memberImport;
    @Autowired
    MemberRepository members;
    @Autowired
    MemberRegister register;
    @Autowired
    MemberRegisterCheck registerCheck;

    @Test
    void aChangedRecordIsNotedAndTheMemberStays() {
        Member member = member("Društvo Sprememba");
        RegisterChange change = changed(member);
        ProcessInstance process = open(change, member);

        assertThat(process).isWaitingAt("Task_ReviewChange");
        Task review = task(process);
        assertThat(review).hasCandidateGroup("staff");
        assertThat(taskService.getVariablesLocal(review.getId())).contains(
                Map.entry("memberSummary", member.getMembershipNumber() + " — Društvo Sprememba"),
                Map.entry("registerName", "Poslovni register Slovenije (AJPES) / Slovenian Business Register (AJPES)"),
                Map.entry("changeSummary", "Zapis spremenjen / Record changed: name, street"),
                Map.entry("recordBefore", change.before()),
                Map.entry("recordAfter", change.after()));
        assertThat(review.getName()).contains(member.getMembershipNumber()).contains("Društvo Sprememba");
        assertThat(runtimeService.getVariables(process.getId())).as("no personal data in process variables").isEmpty();

        complete(review, Map.of("decision", "NOTED"));

        assertThat(process).isEnded().hasPassed("Task_NoteChange", "End_MemberStays").hasNotPassed("Task_EndMembership");
        assertThat(memberNow(member).getStatus()).isEqualTo(Member.Status.ACTIVE);
        assertThat(records.findById(process.getBusinessKey()).orElseThrow().getDecision())
                .isEqualTo(MemberRegisterChange.Decision.NOTED);
    }

    @Test
    void aGoneRecordEndsTheMembershipOnlyWhenStaffEndItOnTheirDate() {
        Member member = member("Zavod Izbrisan");
        ProcessInstance process = open(gone(member), member);
        Task review = task(process);
        assertThat(taskService.getVariablesLocal(review.getId())).contains(
                Map.entry("changeSummary", "Zapisa ni več v registru / Record no longer in the register"));
        assertThat((String) taskService.getVariableLocal(review.getId(), "recordAfter"))
                .startsWith("Zapisa ni več v registru").contains(" / The record is no longer in the register");
        assertThat(memberNow(member).getStatus()).as("not ended by the register").isEqualTo(Member.Status.ACTIVE);

        LocalDate endedOn = LocalDate.now().minusDays(3);
        complete(review, Map.of("decision", "END_MEMBERSHIP", "endedOn", endedOn.toString()));

        assertThat(process).isEnded().hasPassed("Task_EndMembership", "End_MembershipEnded").hasNotPassed("Task_NoteChange");
        Member ended = memberNow(member);
        assertThat(ended.getStatus()).isEqualTo(Member.Status.ENDED);
        assertThat(ended.getEndedOn()).isEqualTo(endedOn);
        assertThat(records.findById(process.getBusinessKey()).orElseThrow().getDecision())
                .isEqualTo(MemberRegisterChange.Decision.END_MEMBERSHIP);
    }

    @Test
    void theTaskNeedsADecisionAndEndingAValidDate() {
        Member member = member("Društvo Datum");
        ProcessInstance process = open(gone(member), member);
        String review = task(process).getId();

        assertRefused(review, Map.of(), "decision: choose NOTED or END_MEMBERSHIP");
        assertRefused(review, Map.of("decision", "MAYBE"), "decision: choose NOTED or END_MEMBERSHIP");
        assertRefused(review, Map.of("decision", "END_MEMBERSHIP"), "endedOn: is required");
        assertRefused(review, Map.of("decision", "END_MEMBERSHIP", "endedOn", "jutri"), "endedOn: must be a date YYYY-MM-DD");
        assertRefused(review, Map.of("decision", "END_MEMBERSHIP", "endedOn", "2019-05-13"), "endedOn: is before the member joined");

        assertThat(process).isWaitingAt("Task_ReviewChange");
        assertThat(memberNow(member).getStatus()).isEqualTo(Member.Status.ACTIVE);
        assertThat(runtimeService.getVariables(process.getId())).isEmpty();
    }

    @Test
    void aMembershipEndedMeanwhileCannotBeEndedAgainButTheChangeCanBeNoted() {
        Member member = member("Društvo Že Končano");
        ProcessInstance process = open(changed(member), member);
        register.end(member.getMembershipNumber(), LocalDate.parse(JOINED).plusYears(1));

        assertRefused(task(process).getId(), Map.of("decision", "END_MEMBERSHIP", "endedOn", LocalDate.now().toString()),
                "decision: The membership " + member.getMembershipNumber() + " has already ended.");
        assertThat(memberNow(member).getEndedOn()).isEqualTo(LocalDate.parse(JOINED).plusYears(1));

        complete(task(process), Map.of("decision", "NOTED"));
        assertThat(process).isEnded().hasPassed("End_MemberStays");
    }

    @Test
    void aChangeOpensOneTaskHoweverOftenAndHoweverConcurrentlyItIsHandled() throws Exception {
        Member member = member("Društvo Dvakrat");
        RegisterChange change = changed(member);
        List<Callable<Boolean>> handlers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            handlers.add(() -> recheck.open(change, member.getMembershipNumber()));
        }
        ExecutorService nodes = Executors.newFixedThreadPool(handlers.size());
        List<Boolean> opened = new ArrayList<>();
        try {
            for (Future<Boolean> handled : nodes.invokeAll(handlers)) {
                opened.add(handled.get());
            }
        } finally {
            nodes.shutdown();
        }

        assertThat(opened).containsOnlyOnce(true);
        assertThat(changes.open(change, member.getMembershipNumber())).as("handled again later").isFalse();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(MemberRegisterChanges.PROCESS_KEY)
                .processInstanceBusinessKey(MemberRegisterChange.reference(change, member.getMembershipNumber())).count())
                .isOne();
    }

    @Test
    void aMemberFlaggedByTheYearlyCheckIsReviewedOnItsOwnFormAndEndedOnlyByStaff() {
        Member member = member("Društvo Letni Pregled");
        ProcessInstance process = openYearly(member, "PRS_ENTRY, NAME");

        assertThat(process).isWaitingAt("Task_ReviewYearlyCheck").hasPassed("Gateway_Kind").hasNotPassed("Task_ReviewChange");
        Task review = task(process);
        assertThat(review).hasCandidateGroup("staff");
        assertThat(review.getName()).startsWith("Preveri člana po letnem pregledu registrov — " + member.getMembershipNumber())
                .contains("Društvo Letni Pregled");
        assertThat(taskService.getVariablesLocal(review.getId())).contains(
                Map.entry("memberSummary", member.getMembershipNumber() + " — Društvo Letni Pregled"),
                Map.entry("flaggedChecks", "Poslovni register (PRS), Ime / Business register (PRS), Name"),
                Map.entry("memberHeld", "organizacija: Društvo Letni Pregled\norganisation: Društvo Letni Pregled"),
                Map.entry("registerFindings", "Poslovni register (PRS) / Business register (PRS): ni najden / not found"));
        assertThat(runtimeService.getVariables(process.getId())).as("no personal data in process variables").isEmpty();
        assertThat(memberNow(member).getStatus()).as("not ended by the check").isEqualTo(Member.Status.ACTIVE);

        LocalDate endedOn = LocalDate.now().minusDays(1);
        complete(review, Map.of("decision", "END_MEMBERSHIP", "endedOn", endedOn.toString()));

        assertThat(process).isEnded().hasPassed("Task_EndMembership", "End_MembershipEnded");
        assertThat(memberNow(member).getEndedOn()).isEqualTo(endedOn);
        assertThat(records.findById(process.getBusinessKey()).orElseThrow().getDecision())
                .isEqualTo(MemberRegisterChange.Decision.END_MEMBERSHIP);
    }

    @Test
    void aMemberFlaggedByTheYearlyCheckIsNotedAndGetsNoSecondTaskThatYear() {
        Member member = member("Zavod Letno Zabeleženo");
        ProcessInstance process = openYearly(member, "TAX_NUMBER");
        assertRefused(task(process).getId(), Map.of(), "decision: choose NOTED or END_MEMBERSHIP");

        complete(task(process), Map.of("decision", "NOTED"));

        assertThat(process).isEnded().hasPassed("Task_ReviewYearlyCheck", "Task_NoteChange", "End_MemberStays");
        assertThat(memberNow(member).getStatus()).isEqualTo(Member.Status.ACTIVE);
        assertThat(changes.openYearly(YEAR, member.getMembershipNumber(), "NAME", "held", "findings"))
                .as("the same year again").isFalse();
        assertThat(changes.openYearly(YEAR + 1, member.getMembershipNumber(), "NAME", "held", "findings"))
                .as("the next year").isTrue();
    }

    @Test
    void theYearlyCheckIsClaimedByOneNodeAYear() throws Exception {
        int year = ThreadLocalRandom.current().nextInt(3000, 900_000);
        List<Callable<Boolean>> nodes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            nodes.add(() -> registerCheck.claim(year));
        }
        ExecutorService threads = Executors.newFixedThreadPool(nodes.size());
        List<Boolean> claimed = new ArrayList<>();
        try {
            for (Future<Boolean> node : threads.invokeAll(nodes)) {
                claimed.add(node.get());
            }
        } finally {
            threads.shutdown();
        }

        assertThat(claimed).containsOnlyOnce(true);
        assertThat(registerCheck.runOnce(year)).as("the schedule on a node that comes later").isEmpty();
    }

    /** Refused as the engine REST API answers 400: a user's mistake whose message starts with the variable's name. */
    private void assertRefused(String taskId, Map<String, Object> variables, String message) {
        assertThatThrownBy(() -> taskService.complete(taskId, new HashMap<>(variables)))
                .isInstanceOf(ProcessEngineException.class)
                .rootCause().isInstanceOf(BadUserRequestException.class).hasMessageStartingWith(message);
    }

    /** The task of the yearly check of {@link #YEAR} for the member, flagged for {@code checks}. */
    private ProcessInstance openYearly(Member member, String checks) {
        assertThat(changes.openYearly(YEAR, member.getMembershipNumber(), checks,
                "organizacija: " + member.getName() + "\norganisation: " + member.getName(),
                "Poslovni register (PRS) / Business register (PRS): ni najden / not found")).isTrue();
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(MemberRegisterChanges.PROCESS_KEY)
                .processInstanceBusinessKey(MemberRegisterChange.reference(YEAR, member.getMembershipNumber()))
                .singleResult();
    }

    private ProcessInstance open(RegisterChange change, Member member) {
        assertThat(changes.open(change, member.getMembershipNumber())).isTrue();
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(MemberRegisterChanges.PROCESS_KEY)
                .processInstanceBusinessKey(MemberRegisterChange.reference(change, member.getMembershipNumber()))
                .singleResult();
    }

    /** A new organisation member, as imported from the earlier register. */
    private Member member(String name) {
        String registrationNumber = TestData.registrationNumber();
        memberImport.importCsv(String.join(",", MemberRow.HEADER) + "\nORGANISATION," + name + ","
                + TestData.email("register") + "," + registrationNumber + "," + TestData.taxNumber() + ",PERFORMING_ARTS,"
                + JOINED + ",sl,Ana Novak\n", false);
        return members.findByTypeAndRegistrationNumberAndStatus(ApplicantType.ORGANISATION, registrationNumber,
                Member.Status.ACTIVE).get(0);
    }

    private Member memberNow(Member member) {
        return members.findByMembershipNumber(member.getMembershipNumber()).orElseThrow();
    }

    private static RegisterChange changed(Member member) {
        return new RegisterChange(changeId(), 1, "PRS", "CHANGED", member.getRegistrationNumber(), null, "name, street",
                record(member, member.getName(), "Trubarjeva cesta"), record(member, member.getName() + " v likvidaciji",
                        "Čopova ulica"));
    }

    private static RegisterChange gone(Member member) {
        return new RegisterChange(changeId(), 1, "PRS", "GONE", member.getRegistrationNumber(), null, null,
                record(member, member.getName(), "Trubarjeva cesta"), null);
    }

    private static String record(Member member, String name, String street) {
        return "registration_number: " + member.getRegistrationNumber() + "; name: " + name + "; street: " + street;
    }

    private static long changeId() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
    }
}
