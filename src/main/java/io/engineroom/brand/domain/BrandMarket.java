package io.engineroom.brand.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One market of a brand: where its content can also go out, in the market's language. */
@Entity
@Table(name = "brand_market")
public class BrandMarket {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "brand_id", nullable = false)
    private String brandId;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String language;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(nullable = false)
    private String region;

    @Column(nullable = false)
    private boolean regulated;

    private String reviewers;

    protected BrandMarket() {
    }

    public BrandMarket(String brandId, String code) {
        this.brandId = brandId;
        this.code = code;
    }

    public void describe(String language, String timeZone, String region, boolean regulated, String reviewers) {
        this.language = language;
        this.timeZone = timeZone;
        this.region = region;
        this.regulated = regulated;
        this.reviewers = reviewers;
    }

    public String getBrandId() {
        return brandId;
    }

    public String getCode() {
        return code;
    }

    public String getLanguage() {
        return language;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public String getRegion() {
        return region;
    }

    public boolean isRegulated() {
        return regulated;
    }

    public String getReviewers() {
        return reviewers;
    }
}
