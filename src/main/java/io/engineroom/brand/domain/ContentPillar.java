package io.engineroom.brand.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A theme a brand posts about, with the share of its posts it should get (percent). */
@Entity
@Table(name = "content_pillar")
public class ContentPillar {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "brand_id", nullable = false)
    private String brandId;

    @Column(nullable = false)
    private String name;

    @Column(name = "target_share", nullable = false)
    private int targetShare;

    private boolean promotional;

    protected ContentPillar() {
    }

    public ContentPillar(String brandId, String name, int targetShare, boolean promotional) {
        this.brandId = brandId;
        this.name = name;
        this.targetShare = targetShare;
        this.promotional = promotional;
    }

    public void rename(String name) {
        this.name = name;
    }

    public void retarget(int targetShare, boolean promotional) {
        this.targetShare = targetShare;
        this.promotional = promotional;
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

    public int getTargetShare() {
        return targetShare;
    }

    public boolean isPromotional() {
        return promotional;
    }
}
