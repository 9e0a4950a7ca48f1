package io.engineroom.inbox.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A brand's saved reply, with placeholders filled in when it is used. */
@Entity
@Table(name = "response_template")
public class ResponseTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "brand_id", nullable = false)
    private String brandId;
    private String name;
    private String text;

    protected ResponseTemplate() {
    }

    public ResponseTemplate(String brandId, String name, String text) {
        this.brandId = brandId;
        this.name = name;
        this.text = text;
    }

    public void rewrite(String name, String text) {
        this.name = name;
        this.text = text;
    }

    public Long getId() {
        return id;
    }

    public String getBrandId() {
        return brandId;
    }

    public String getName() {
        return name;
    }

    public String getText() {
        return text;
    }
}
