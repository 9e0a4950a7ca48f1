package io.engineroom.brand.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalTime;

/** One weekday's opening hours of a brand (a row of brand_business_day; a weekday without one is closed). */
@Embeddable
public class BusinessDay {

    @Column(nullable = false)
    private LocalTime opens;

    @Column(nullable = false)
    private LocalTime closes;

    protected BusinessDay() {
    }

    public BusinessDay(LocalTime opens, LocalTime closes) {
        this.opens = opens;
        this.closes = closes;
    }

    public LocalTime getOpens() {
        return opens;
    }

    public LocalTime getCloses() {
        return closes;
    }
}
