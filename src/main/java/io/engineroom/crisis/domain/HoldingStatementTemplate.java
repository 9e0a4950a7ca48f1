package io.engineroom.crisis.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A first-response template for one crisis scenario; the scenarios are fixed, their texts are edited. */
@Entity
@Table(name = "holding_statement_template")
public class HoldingStatementTemplate {

    @Id
    private String scenario;
    private String title;
    private String body;
    @Column(name = "updated_by")
    private String updatedBy;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected HoldingStatementTemplate() {
    }

    public void edit(String title, String body, String by, Instant at) {
        this.title = title;
        this.body = body;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public String getScenario() {
        return scenario;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
