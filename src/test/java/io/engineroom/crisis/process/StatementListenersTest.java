package io.engineroom.crisis.process;

import static io.engineroom.crisis.CrisisCommunicationVariables.EXECUTIVE_APPROVED;
import static io.engineroom.crisis.CrisisCommunicationVariables.EXECUTIVE_APPROVER;
import static io.engineroom.crisis.CrisisCommunicationVariables.EXECUTIVE_FEEDBACK;
import static io.engineroom.crisis.CrisisCommunicationVariables.INCIDENT_ID;
import static io.engineroom.crisis.CrisisCommunicationVariables.LEGAL_APPROVED;
import static io.engineroom.crisis.CrisisCommunicationVariables.LEGAL_APPROVER;
import static io.engineroom.crisis.CrisisCommunicationVariables.LEGAL_FEEDBACK;
import static io.engineroom.crisis.CrisisCommunicationVariables.SCENARIO;
import static io.engineroom.crisis.CrisisCommunicationVariables.SIGN_OFF;
import static io.engineroom.crisis.CrisisCommunicationVariables.SIGN_OFF_COMMENT;
import static io.engineroom.crisis.CrisisCommunicationVariables.STATEMENT;
import static io.engineroom.crisis.CrisisCommunicationVariables.STATUS_EVERY;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.engineroom.crisis.HoldingStatements;
import io.engineroom.crisis.IncidentTimeline;
import java.time.Duration;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;

/** The draft and sign-off listeners on a mocked task (the crisis SOP's process test runs them in the model). */
class StatementListenersTest {

    final HoldingStatements statements = mock(HoldingStatements.class);
    final IncidentTimeline timeline = mock(IncidentTimeline.class);
    final PrefillStatement prefill = new PrefillStatement(statements);
    final RecordSignOff signOff = new RecordSignOff(timeline);

    @Test
    void theDraftStartsFromTheScenariosTemplateWithTheNextUpdateFromTheRhythm() {
        DelegateTask task = task("DraftStatement");
        when(task.getVariable(SCENARIO.name())).thenReturn("data-breach");
        when(task.getVariable(STATUS_EVERY.name())).thenReturn("PT30M");
        when(statements.draft(42L, "data-breach", Duration.ofMinutes(30), null)).thenReturn("We are on it.");

        prefill.notify(task);

        verify(task).setVariable(STATEMENT.name(), "We are on it.");
    }

    @Test
    void aDraftThatCameBackIsKeptAndAMissingRhythmMeansHourly() {
        DelegateTask back = task("DraftStatement");
        when(back.getVariable(STATEMENT.name())).thenReturn("The draft legal rejected");
        prefill.notify(back);
        verify(back, never()).setVariable(eq(STATEMENT.name()), any());

        DelegateTask first = task("DraftStatement");
        when(statements.draft(42L, null, Duration.ofHours(1), null)).thenReturn("From the outage template");
        prefill.notify(first);
        verify(first).setVariable(STATEMENT.name(), "From the outage template");
    }

    @Test
    void legalApprovalRecordsWhoApprovedAndClearsTheFormsValues() {
        DelegateTask task = task("LegalSignOff");
        when(task.getAssignee()).thenReturn("lisa-legal");
        when(task.getVariable(SIGN_OFF.name())).thenReturn("approve");

        signOff.notify(task);

        verify(task).setVariable(LEGAL_APPROVED.name(), true);
        verify(task).setVariable(LEGAL_APPROVER.name(), "lisa-legal");
        verify(task).removeVariable(LEGAL_FEEDBACK.name());
        verify(task).removeVariable(SIGN_OFF.name());
        verify(task).removeVariable(SIGN_OFF_COMMENT.name());
        verify(timeline).record(42L, "lisa-legal", "Legal approved the holding statement");
    }

    @Test
    void anExecutiveRejectionKeepsTheCommentForTheDrafterAndOnTheTimeline() {
        DelegateTask task = task("ExecutiveSignOff");
        when(task.getAssignee()).thenReturn("erin-exec");
        when(task.getVariable(SIGN_OFF.name())).thenReturn("reject");
        when(task.getVariable(SIGN_OFF_COMMENT.name())).thenReturn(" Do not promise a refund yet. ");

        signOff.notify(task);

        verify(task).setVariable(EXECUTIVE_APPROVED.name(), false);
        verify(task).setVariable(EXECUTIVE_APPROVER.name(), null);
        verify(task).setVariable(EXECUTIVE_FEEDBACK.name(), "Do not promise a refund yet.");
        verify(timeline).record(42L, "erin-exec",
                "Executive rejected the holding statement: Do not promise a refund yet.");
    }

    @Test
    void aRejectionWithoutCommentNoDecisionOrNobodyToNameIsRefusedAndRecordsNothing() {
        DelegateTask noComment = task("LegalSignOff");
        when(noComment.getAssignee()).thenReturn("lisa-legal");
        when(noComment.getVariable(SIGN_OFF.name())).thenReturn("reject");
        when(noComment.getVariable(SIGN_OFF_COMMENT.name())).thenReturn("  ");
        assertThatThrownBy(() -> signOff.notify(noComment)).isInstanceOf(BadUserRequestException.class)
                .hasMessage("A rejection needs a comment saying what must change in the statement");

        DelegateTask noDecision = task("LegalSignOff");
        when(noDecision.getAssignee()).thenReturn("lisa-legal");
        assertThatThrownBy(() -> signOff.notify(noDecision)).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("approve or reject");

        DelegateTask nobody = task("ExecutiveSignOff");
        when(nobody.getVariable(SIGN_OFF.name())).thenReturn("approve");
        assertThatThrownBy(() -> signOff.notify(nobody)).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("claim the task");

        for (DelegateTask task : new DelegateTask[] {noComment, noDecision, nobody}) {
            verify(task, never()).setVariable(anyString(), any());
        }
        verify(timeline, never()).record(anyLong(), any(), anyString());
    }

    private static DelegateTask task(String key) {
        DelegateTask task = mock(DelegateTask.class);
        when(task.getTaskDefinitionKey()).thenReturn(key);
        when(task.getVariable(INCIDENT_ID.name())).thenReturn(42L);
        return task;
    }
}
