package io.engineroom.reporting;

import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Role;
import io.engineroom.reporting.domain.Report;
import io.engineroom.reporting.domain.ReportRepository;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports as people see them: the Reports screen's list and the workbook's download. Who may read a brand's
 * reports is {@link ReportingAccess}'s rule for all reporting reads.
 */
@Service
public class Reports {

    /** How many reports the screen lists, newest period first. */
    public static final int MAX_LISTED = 500;
    static final Set<Role> READERS = Set.of(Role.ANALYST, Role.SOCIAL_MANAGER, Role.EXECUTIVE, Role.ADMIN);

    private final ReportRepository reports;
    private final BrandService brands;
    private final CurrentUser currentUser;
    private final ReportingAccess access;

    Reports(ReportRepository reports, BrandService brands, CurrentUser currentUser, ReportingAccess access) {
        this.reports = reports;
        this.brands = brands;
        this.currentUser = currentUser;
        this.access = access;
    }

    /** The reports of the signed-in person's brands (an administrator's: every brand's), newest period first. */
    @Transactional(readOnly = true)
    public List<ReportSummary> mine() {
        EngineRoomUser user = currentUser.require();
        requireReader(user);
        List<BrandSummary> readable = user.hasRole(Role.ADMIN) ? brands.all() : brands.find(user.brands());
        if (readable.isEmpty()) {
            return List.of();
        }
        Map<String, String> names = readable.stream().collect(Collectors.toMap(BrandSummary::id, BrandSummary::name));
        return reports.listed(names.keySet(), Limit.of(MAX_LISTED)).stream()
                .map(row -> new ReportSummary(row.id(), row.brandId(), names.getOrDefault(row.brandId(),
                        row.brandId()), row.cadence(), row.periodStart(), row.periodEnd(), row.state(),
                        row.insightsBy(), row.approvedBy(), row.distributedAt(), row.fileName() != null))
                .toList();
    }

    /** A report's workbook, for a reader of its brand; empty while it has not been generated yet. */
    @Transactional(readOnly = true)
    public Optional<ReportFile> download(long reportId) {
        Report report = reports.findById(reportId)
                .orElseThrow(() -> new AccessDeniedException("No report " + reportId + " for you"));
        access.checkRead(report.getBrandId());
        return Optional.ofNullable(report.getData())
                .map(data -> new ReportFile(report.getFileName(), ReportFile.XLSX, data));
    }

    private static void requireReader(EngineRoomUser user) {
        if (READERS.stream().noneMatch(user::hasRole)) {
            throw new AccessDeniedException("Reports are for analysts, social media managers, executives and admins");
        }
    }
}
