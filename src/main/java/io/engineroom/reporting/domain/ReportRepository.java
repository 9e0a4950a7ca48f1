package io.engineroom.reporting.domain;

import io.engineroom.reporting.Cadence;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReportRepository extends JpaRepository<Report, Long> {

    boolean existsByBrandIdAndCadenceAndPeriodStart(String brandId, Cadence cadence, LocalDate periodStart);

    @Query("""
            select new io.engineroom.reporting.domain.ReportRow(r.id, r.brandId, r.cadence, r.periodStart,
                r.periodEnd, r.state, r.insightsBy, r.approvedBy, r.distributedAt, r.fileName)
            from Report r where r.brandId in :brandIds order by r.periodStart desc, r.id desc""")
    List<ReportRow> listed(Collection<String> brandIds, Limit limit);
}
