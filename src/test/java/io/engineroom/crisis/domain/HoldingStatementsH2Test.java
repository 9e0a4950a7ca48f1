package io.engineroom.crisis.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V14 on H2, the embedded default database (the integration tests cover PostgreSQL): the templates are seeded, the
 * mappings validate, a statement is one per incident and a channel is recorded once per statement.
 */
@DataJpaTest
class HoldingStatementsH2Test {

    static final Instant AT = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @Autowired
    HoldingStatementTemplateRepository templates;
    @Autowired
    CrisisStatementRepository statements;
    @Autowired
    CrisisStatementChannelRepository channels;
    @Autowired
    IncidentRepository incidents;
    @Autowired
    EntityManager entityManager;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void fiveTemplatesAreSeededAndAnEditKeepsWhoAndWhen() {
        assertThat(templates.findAllByOrderByScenario()).extracting(HoldingStatementTemplate::getScenario)
                .containsExactly("data-breach", "executive-misconduct", "offensive-post", "outage", "product-safety");
        HoldingStatementTemplate outage = templates.findById("outage").orElseThrow();
        assertThat(outage.getBody()).contains("{brand}").contains("can't").contains("\n");
        assertThat(outage.getUpdatedBy()).isNull();

        outage.edit("Outage", "{brand} is down", "sm", AT);
        templates.flush();
        entityManager.clear();

        HoldingStatementTemplate read = templates.findById("outage").orElseThrow();
        assertThat(read.getUpdatedBy()).isEqualTo("sm");
        assertThat(read.getUpdatedAt()).isEqualTo(AT);
    }

    @Test
    void aStatementIsOnePerIncidentAndEachChannelIsRecordedOnce() {
        jdbc.update("insert into brand (id, name, created_at) values ('h2crisis', 'H2 Crisis', current_timestamp)");
        jdbc.update("insert into channel (brand_id, platform, handle, connector, created_at) "
                + "values ('h2crisis', 'MASTODON', '@h2c', 'MASTODON', current_timestamp)");
        long channelId = jdbc.queryForObject("select id from channel where handle = '@h2c'", Long.class);
        long incidentId = incidents.saveAndFlush(new Incident("h2crisis", "Down", "It is down",
                Incident.Source.MANUAL, "cl", AT)).getId();

        CrisisStatement statement = statements.saveAndFlush(new CrisisStatement(incidentId, "h2crisis", "We know.",
                "cl", "legal", "executive", AT));
        CrisisStatementChannel row = channels.saveAndFlush(new CrisisStatementChannel(statement.getId(), channelId,
                "Mastodon @h2c", "incident:" + incidentId + ":statement:channel:" + channelId, AT));
        row.finish(CrisisStatementChannel.Outcome.PUBLISHED, "9", "https://social.example/9", null, AT);
        statement.published(AT.plusSeconds(1));
        channels.flush();
        entityManager.clear();

        assertThat(statements.findByIncidentId(incidentId).orElseThrow().getPublishedAt())
                .isEqualTo(AT.plusSeconds(1));
        assertThat(channels.findByStatementIdOrderByChannelLabel(statement.getId())).singleElement()
                .satisfies(read -> {
                    assertThat(read.getOutcome()).isEqualTo(CrisisStatementChannel.Outcome.PUBLISHED);
                    assertThat(read.getPostUrl()).isEqualTo("https://social.example/9");
                });
        assertThatThrownBy(() -> channels.saveAndFlush(new CrisisStatementChannel(statement.getId(), channelId,
                "Mastodon @h2c", "another-key", AT))).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aSecondStatementForTheSameIncidentIsRefused() {
        jdbc.update("insert into brand (id, name, created_at) values ('h2twice', 'H2 Twice', current_timestamp)");
        long incidentId = incidents.saveAndFlush(new Incident("h2twice", "Down", "It is down",
                Incident.Source.MANUAL, "cl", AT)).getId();
        statements.saveAndFlush(new CrisisStatement(incidentId, "h2twice", "We know.", "cl", "legal", "executive",
                AT));

        assertThatThrownBy(() -> statements.saveAndFlush(new CrisisStatement(incidentId, "h2twice", "Again.", "cl",
                "legal", "executive", AT))).isInstanceOf(DataIntegrityViolationException.class);
    }
}
