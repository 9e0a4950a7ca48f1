package io.engineroom.audit;

import static io.engineroom.audit.AuditHistoryFixture.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.engineroom.audit.HistorySearch.DateField;
import io.engineroom.audit.HistorySearch.KeyMatch;
import io.engineroom.base.InvalidInput;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.SignedIn;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/** The audit history on PostgreSQL, over real instances of a test SOP worked by known people on known dates. */
@EngineRoomIntegrationTest
class ProcessHistoryTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ProcessHistory history;
    @Autowired
    UserDirectory users;

    AuditHistoryFixture f;
    HistorySearch mine;

    @BeforeEach
    void instances() {
        f = AuditHistoryFixture.ensure(context);
        mine = HistorySearch.ANY.withSop(AuditHistoryFixture.SOP).withBusinessKey(f.keyPrefix(), KeyMatch.PREFIX);
    }

    @Test
    void eachCriterionFindsExactlyItsInstances() {
        try (var signedIn = SignedIn.as(users, "admin")) {
            assertThat(ids(mine)).containsExactlyInAnyOrder(f.a(), f.b(), f.c(), f.d(), f.e());
            assertThat(ids(mine.withBrand("northwind"))).containsExactlyInAnyOrder(f.a(), f.c(), f.d(), f.e());
            assertThat(ids(HistorySearch.ANY.withBusinessKey(f.run() + "-b", KeyMatch.CONTAINS))).containsExactly(f.b());
            assertThat(ids(HistorySearch.ANY.withBusinessKey(f.run() + "-b", KeyMatch.PREFIX))).isEmpty();
            assertThat(ids(mine.withPerson(f.legal()))).containsExactlyInAnyOrder(f.a(), f.b(), f.c());
            assertThat(ids(HistorySearch.ANY.withPerson(f.manager()))).containsExactlyInAnyOrder(f.a(), f.b());
            assertThat(ids(HistorySearch.ANY.withPerson(f.copy()))).containsExactly(f.a());
            assertThat(ids(mine.withPerson("admin"))).containsExactly(f.e());
            assertThat(ids(mine.within(at("2021-03-01T00:00"), at("2021-04-01T00:00"), DateField.STARTED)))
                    .containsExactlyInAnyOrder(f.a(), f.b(), f.d(), f.e());
            assertThat(ids(mine.within(at("2021-03-01T00:00"), at("2021-04-01T00:00"), DateField.ENDED)))
                    .containsExactlyInAnyOrder(f.a(), f.b(), f.e());
            assertThat(ids(mine.withOutcome(Outcome.RUNNING))).containsExactly(f.d());
            assertThat(ids(mine.withOutcome(Outcome.COMPLETED))).containsExactlyInAnyOrder(f.a(), f.b(), f.c());
            assertThat(ids(mine.withOutcome(Outcome.CANCELLED))).containsExactly(f.e());
            assertThat(history.count(mine.withBrand("northwind").withOutcome(Outcome.COMPLETED))).isEqualTo(2);
        }
    }

    @Test
    void rowsCarryTheSopTheBrandWhoStartedAndTheOutcomeWithTheEndEvent() {
        try (var signedIn = SignedIn.as(users, "auditor")) {
            List<InstanceSummary> rows = history.search(mine, 0, 50);
            assertThat(rows).extracting(InstanceSummary::id).containsExactly(f.c(), f.e(), f.d(), f.b(), f.a());
            InstanceSummary a = rows.get(4);
            assertThat(a.sopName()).isEqualTo("Legal review (audit test)");
            assertThat(a.brandId()).isEqualTo("northwind");
            assertThat(a.businessKey()).isEqualTo(f.keyPrefix() + "a");
            assertThat(a.started()).isEqualTo(at("2021-03-02T09:00"));
            assertThat(a.ended()).isEqualTo(at("2021-03-05T12:00"));
            assertThat(a.startedBy()).isEqualTo(f.manager());
            assertThat(a.outcomeText()).isEqualTo("Completed (Cleared)");
            assertThat(rows.get(1).outcomeText()).isEqualTo("Cancelled");
            assertThat(history.search(mine, 1, 2)).extracting(InstanceSummary::id).containsExactly(f.e(), f.d());
        }
    }

    @Test
    void aCallerSeesOnlyTheirBrandsAndAnotherBrandsInstanceIsNotFound() {
        try (var signedIn = SignedIn.as(users, f.auditorNorthwind())) {
            assertThat(ids(mine)).containsExactlyInAnyOrder(f.a(), f.c(), f.d(), f.e());
            assertThat(ids(mine.withBrand("beanleaf"))).isEmpty();
            assertThat(history.count(mine.withPerson(f.manager()))).isEqualTo(1);
            assertThat(history.instance(f.b())).isEmpty();
            assertThat(history.instance(f.a())).isPresent();
            PersonFilter legalsMarch = new PersonFilter(f.legal(), at("2021-03-01T00:00"), at("2021-04-01T00:00"),
                    null, "approve");
            assertThat(history.completedTasks(legalsMarch, 0, 50)).extracting(CompletedTask::processInstanceId)
                    .containsExactly(f.a());
            assertThat(history.operations(new PersonFilter(f.legal(), null, null, null, null), 0, 100))
                    .extracting(OperationEntry::processInstanceId).doesNotContain(f.b()).contains(f.a(), f.c());
            assertThat(history.brands()).extracting(b -> b.id()).containsExactly("northwind");
        }
    }

    @Test
    void onlyAuditorsManagersAndAdminsReadTheHistory() {
        try (var signedIn = SignedIn.as(users, "copywriter")) {
            assertThatThrownBy(() -> history.search(mine, 0, 10)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> history.instance(f.a())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> history.completedTasks(new PersonFilter(f.legal(), null, null, null, null), 0, 10))
                    .isInstanceOf(AccessDeniedException.class);
        }
        try (var signedIn = SignedIn.as(users, "social-manager")) {
            assertThat(history.count(mine)).isEqualTo(5);
        }
    }

    @Test
    void badInputIsRefusedByField() {
        try (var signedIn = SignedIn.as(users, "auditor")) {
            assertThatThrownBy(() -> history.search(mine.within(at("2021-04-01T00:00"), at("2021-03-01T00:00"),
                    DateField.STARTED), 0, 10)).isInstanceOfSatisfying(InvalidInput.class,
                            refused -> assertThat(refused.problems()).containsOnlyKeys("to"));
            assertThatThrownBy(() -> history.completedTasks(new PersonFilter(" ", null, null, null, null), 0, 10))
                    .isInstanceOfSatisfying(InvalidInput.class,
                            refused -> assertThat(refused.problems()).containsOnlyKeys("userId"));
            assertThatThrownBy(() -> history.search(mine, 0, 0)).isInstanceOf(InvalidInput.class);
        }
    }

    @Test
    void theInstancePageHasTheTimelineVariableChangesOperationLogPathAndCounts() {
        InstanceHistory a;
        try (var signedIn = SignedIn.as(users, "auditor")) {
            a = history.instance(f.a()).orElseThrow();
        }
        assertThat(a.summary().sopVersion()).isPositive();
        assertThat(a.bpmnXml()).contains("id=\"audit-test-review\"");
        assertThat(a.timeline()).filteredOn(step -> step.type().equals("userTask"))
                .extracting(TimelineStep::name, TimelineStep::assignee, TimelineStep::waited, TimelineStep::decision,
                        TimelineStep::comment)
                .containsExactly(
                        tuple("Legal review", f.legal(), Duration.ofHours(25), "reject", AuditHistoryFixture.REJECT_COMMENT),
                        tuple("Rework", f.copy(), Duration.ofHours(25), null, null),
                        tuple("Legal review", f.legal(), Duration.ofHours(25), "approve", null));
        assertThat(a.timeline()).extracting(TimelineStep::activityId).containsExactly("Submitted", "LegalReview",
                "Approved", "Rework", "LegalReview", "Approved", "EndApproved");
        assertThat(a.counts()).containsEntry("LegalReview", 2L).containsEntry("Rework", 1L)
                .containsEntry("Approved", 2L).containsEntry("Submitted", 1L).containsEntry("EndApproved", 1L);
        assertThat(a.takenPath()).containsExactlyInAnyOrder("Submitted", "LegalReview", "Approved", "Rework",
                "EndApproved", "FlowSubmitted", "FlowReviewed", "FlowReject", "FlowReworked", "FlowApprove");
        assertThat(a.active()).isEmpty();
        assertThat(a.variableChanges()).filteredOn(change -> change.name().equals("reviewDecision"))
                .extracting(VariableChange::oldValue, VariableChange::newValue, VariableChange::at,
                        VariableChange::activityName)
                .containsExactly(tuple(null, "reject", at("2021-03-03T10:00"), "Legal review"),
                        tuple("reject", "approve", at("2021-03-05T12:00"), "Legal review"));
        assertThat(a.variableChanges()).filteredOn(change -> change.name().equals("brand"))
                .extracting(VariableChange::newValue, VariableChange::activityName)
                .containsExactly(tuple("northwind", "(instance)"));
        assertThat(a.operations()).filteredOn(op -> op.operation().equals("Complete"))
                .extracting(OperationEntry::userId, OperationEntry::at)
                .containsExactly(tuple(f.legal(), at("2021-03-03T10:00")), tuple(f.copy(), at("2021-03-04T11:00")),
                        tuple(f.legal(), at("2021-03-05T12:00")));
        assertThat(a.operations().get(0)).extracting(OperationEntry::userId, OperationEntry::operation,
                OperationEntry::at).containsExactly(f.manager(), "Create", at("2021-03-02T09:00"));
        assertThat(a.operations()).filteredOn(op -> op.operation().equals("Claim"))
                .extracting(OperationEntry::userId, OperationEntry::newValue)
                .containsExactly(tuple(f.legal(), f.legal()), tuple(f.copy(), f.copy()), tuple(f.legal(), f.legal()));
    }

    @Test
    void aRunningInstanceShowsWhereItWaitsAndOnlyThePathTakenSoFar() {
        try (var signedIn = SignedIn.as(users, "admin")) {
            InstanceHistory d = history.instance(f.d()).orElseThrow();
            assertThat(d.active()).containsExactly("LegalReview");
            assertThat(d.takenPath()).containsExactlyInAnyOrder("Submitted", "LegalReview", "FlowSubmitted");
            assertThat(d.summary().outcome()).isEqualTo(Outcome.RUNNING);
            InstanceHistory b = history.instance(f.b()).orElseThrow();
            assertThat(b.takenPath()).doesNotContain("Rework", "FlowReject", "FlowReworked").contains("FlowApprove");
            InstanceHistory e = history.instance(f.e()).orElseThrow();
            assertThat(e.operations()).extracting(OperationEntry::userId, OperationEntry::operation)
                    .contains(tuple("admin", "Delete"));
        }
    }

    @Test
    void thePersonViewListsWhatLegalApprovedInMarch() {
        try (var signedIn = SignedIn.as(users, "auditor")) {
            PersonFilter march = new PersonFilter(f.legal(), at("2021-03-01T00:00"), at("2021-04-01T00:00"),
                    AuditHistoryFixture.SOP, "approve");
            assertThat(history.completedTasks(march, 0, 50))
                    .extracting(CompletedTask::businessKey, CompletedTask::taskName, CompletedTask::completed,
                            CompletedTask::decision, CompletedTask::comment, CompletedTask::brandId)
                    .containsExactly(
                            tuple(f.keyPrefix() + "b", "Legal review", at("2021-03-11T09:30"), "approve", null,
                                    "beanleaf"),
                            tuple(f.keyPrefix() + "a", "Legal review", at("2021-03-05T12:00"), "approve", null,
                                    "northwind"));
            assertThat(history.countCompletedTasks(march)).isEqualTo(2);
            PersonFilter allMarch = new PersonFilter(f.legal(), at("2021-03-01T00:00"), at("2021-04-01T00:00"),
                    null, null);
            assertThat(history.completedTasks(allMarch, 0, 50)).extracting(CompletedTask::decision)
                    .containsExactly("approve", "approve", "reject");
            List<OperationEntry> operations = history.operations(allMarch, 0, 50);
            assertThat(operations).extracting(OperationEntry::operation, OperationEntry::at)
                    .containsExactlyInAnyOrder(tuple("Claim", at("2021-03-03T10:00")),
                            tuple("Complete", at("2021-03-03T10:00")), tuple("Claim", at("2021-03-05T12:00")),
                            tuple("Complete", at("2021-03-05T12:00")), tuple("Claim", at("2021-03-11T09:30")),
                            tuple("Complete", at("2021-03-11T09:30")));
            assertThat(operations).extracting(OperationEntry::at)
                    .isSortedAccordingTo(java.util.Comparator.reverseOrder());
            assertThat(history.countOperations(allMarch)).isEqualTo(6);
            assertThat(history.completedTasks(new PersonFilter(f.legal(), null, null, "content-approval", null), 0, 50))
                    .isEmpty();
        }
    }

    @Test
    void anExportsMomentLeavesOutWhatCameLater() {
        try (var signedIn = SignedIn.as(users, "auditor")) {
            var asOf = at("2021-03-15T00:00");
            assertThat(history.search(mine, asOf, 0, 50)).extracting(InstanceSummary::id)
                    .containsExactly(f.b(), f.a());
            assertThat(history.count(mine, asOf)).isEqualTo(2);
            PersonFilter legal = new PersonFilter(f.legal(), null, null, null, null);
            assertThat(history.completedTasks(legal, asOf, 0, 50)).extracting(CompletedTask::completed)
                    .containsExactly(at("2021-03-11T09:30"), at("2021-03-05T12:00"), at("2021-03-03T10:00"));
            assertThat(history.countOperations(legal, asOf)).isEqualTo(6);
            assertThat(history.countOperations(legal, null)).isEqualTo(8);
        }
    }

    @Test
    void anExportsMomentJudgesTheOutcomeAsItStoodThen() {
        try (var signedIn = SignedIn.as(users, "auditor")) {
            // e was cancelled on 26 March: an export begun on the 25th keeps it among the running ones
            var asOf = at("2021-03-25T12:00");
            assertThat(history.search(mine.withOutcome(Outcome.RUNNING), asOf, 0, 50)).extracting(InstanceSummary::id)
                    .containsExactly(f.e(), f.d());
            assertThat(history.count(mine.withOutcome(Outcome.CANCELLED), asOf)).isZero();
            assertThat(history.search(mine.withOutcome(Outcome.COMPLETED), asOf, 0, 50))
                    .extracting(InstanceSummary::id).containsExactly(f.b(), f.a());
            assertThat(history.search(mine.within(at("2021-03-01T00:00"), at("2021-04-01T00:00"),
                    HistorySearch.DateField.ENDED), asOf, 0, 50)).extracting(InstanceSummary::id)
                    .containsExactly(f.b(), f.a());
            assertThat(history.search(mine.withOutcome(Outcome.RUNNING), null, 0, 50)).extracting(InstanceSummary::id)
                    .containsExactly(f.d());
            assertThat(history.search(mine.withOutcome(Outcome.CANCELLED), null, 0, 50))
                    .extracting(InstanceSummary::id).containsExactly(f.e());
        }
    }

    private List<String> ids(HistorySearch search) {
        return history.search(search, 0, 100).stream().map(InstanceSummary::id).toList();
    }
}
