package io.engineroom.crisis;

import io.engineroom.base.NotFound;
import io.engineroom.crisis.domain.CrisisStatement;
import io.engineroom.crisis.domain.CrisisStatementChannel;
import io.engineroom.crisis.domain.CrisisStatementChannel.Outcome;
import io.engineroom.crisis.domain.CrisisStatementChannelRepository;
import io.engineroom.crisis.domain.CrisisStatementRepository;
import java.time.Clock;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published-statement tables. Each step commits on its own (REQUIRES_NEW), even inside the engine's job: the
 * channel's row must be in the database before the statement leaves, so a crash mid-call leaves a trace that stops
 * a blind second post when the job is retried.
 */
@Component
class StatementLog {

    private final CrisisStatementRepository statements;
    private final CrisisStatementChannelRepository channels;
    private final Clock clock;

    StatementLog(CrisisStatementRepository statements, CrisisStatementChannelRepository channels, Clock clock) {
        this.statements = statements;
        this.channels = channels;
        this.clock = clock;
    }

    /** The incident's statement: recorded now, or the one recorded by an earlier try, which must say the same. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public CrisisStatement statement(long incidentId, String brandId, String text, String draftedBy,
            String legalApprover, String executiveApprover) {
        Optional<CrisisStatement> earlier = statements.findByIncidentId(incidentId);
        if (earlier.isPresent()) {
            if (!earlier.get().getText().equals(text)) {
                throw new IllegalStateException("Incident " + incidentId + " has a different holding statement "
                        + "going out already (since " + earlier.get().getStartedAt() + "); it is not replaced");
            }
            return earlier.get();
        }
        try {
            return statements.saveAndFlush(new CrisisStatement(incidentId, brandId, text, draftedBy, legalApprover,
                    executiveApprover, clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw new IllegalStateException("Incident " + incidentId + "'s statement was recorded by another try "
                    + "at the same moment", e);
        }
    }

    /** Either a channel row to send now (its id), or the earlier one, whose post must not be repeated. */
    record Start(Long rowId, CrisisStatementChannel earlier) {
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Start start(long statementId, long channelId, String channelLabel, String key) {
        Optional<CrisisStatementChannel> earlier = channels.findByStatementIdAndChannelId(statementId, channelId);
        if (earlier.isEmpty()) {
            try {
                return new Start(channels.saveAndFlush(new CrisisStatementChannel(statementId, channelId,
                        channelLabel, key, clock.instant())).getId(), null);
            } catch (DataIntegrityViolationException e) {
                throw new IllegalStateException("Another try is posting the statement to " + channelLabel
                        + " at the same moment", e);
            }
        }
        CrisisStatementChannel row = earlier.get();
        if (row.getFinishedAt() == null) {
            // started, never finished: the job died mid-call, so the statement may be out there
            row.finish(Outcome.UNKNOWN, null, null, "An earlier try was interrupted while posting: check the channel "
                    + "before posting it again", clock.instant());
            return new Start(null, row);
        }
        if (row.getOutcome() == Outcome.FAILED) {
            // certainly not posted: trying again cannot post it twice
            row.retry(clock.instant());
            return new Start(row.getId(), null);
        }
        return new Start(null, row);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public CrisisStatementChannel finish(long rowId, Outcome outcome, String remoteId, String postUrl, String error) {
        CrisisStatementChannel row = channels.findById(rowId)
                .orElseThrow(() -> new NotFound("statementChannel", "No statement channel " + rowId));
        row.finish(outcome, remoteId, postUrl, error, clock.instant());
        return row;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void published(long statementId) {
        statements.findById(statementId)
                .orElseThrow(() -> new NotFound("statement", "No statement " + statementId)).published(clock.instant());
    }
}
