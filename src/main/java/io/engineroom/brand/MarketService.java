package io.engineroom.brand;

import io.engineroom.base.InvalidInput;
import io.engineroom.base.NotFound;
import io.engineroom.brand.domain.BrandMarket;
import io.engineroom.brand.domain.BrandMarketRepository;
import io.engineroom.brand.domain.BrandRepository;
import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Role;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A brand's markets. Members of the brand read them; admins, and social media managers of the brand, add and change
 * them. Each is checked field by field (a language Java does not know as ISO 639, a time zone it cannot resolve),
 * and nothing is saved when one field is wrong. {@link #market} is for SOP steps, which read the market's record at
 * the decision point rather than trusting a process variable.
 */
@Service
public class MarketService {

    /** Market codes as the brand writes them: a lower-case language, optionally a region ({@code de-CH}). */
    private static final Pattern CODE = Pattern.compile("[a-z]{2,3}(-[A-Z0-9]{2,3})?");
    private static final Set<String> LANGUAGES = Set.copyOf(Arrays.asList(Locale.getISOLanguages()));

    private final BrandMarketRepository markets;
    private final BrandRepository brands;
    private final CurrentUser currentUser;

    MarketService(BrandMarketRepository markets, BrandRepository brands, CurrentUser currentUser) {
        this.markets = markets;
        this.brands = brands;
        this.currentUser = currentUser;
    }

    /** The brand's markets by code, for its members and admins. */
    @Transactional(readOnly = true)
    public List<Market> of(String brandId) {
        EngineRoomUser user = currentUser.require();
        if (!user.belongsTo(brandId) && !user.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Not a member of brand '" + brandId + "'");
        }
        return markets.findByBrandIdOrderByCode(brandId).stream().map(MarketService::view).toList();
    }

    /** One market as on record, for SOP steps and other modules' checks (no signed-in person needed). */
    @Transactional(readOnly = true)
    public Optional<Market> market(String brandId, String code) {
        return markets.findByBrandIdAndCode(brandId, code).map(MarketService::view);
    }

    /**
     * Adds the market, or changes the one with its code.
     *
     * @throws InvalidInput by field ("code", "language", "timeZone", "region") when a value is not acceptable
     */
    @Transactional
    public Market save(Market market) {
        requireEditor(market.brandId());
        if (!brands.existsById(market.brandId())) {
            throw new NotFound("brand", "No brand " + market.brandId());
        }
        Map<String, String> problems = problems(market);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        BrandMarket row = markets.findByBrandIdAndCode(market.brandId(), market.code())
                .orElseGet(() -> new BrandMarket(market.brandId(), market.code()));
        row.describe(market.language().trim(), market.timeZone().trim(), market.region().trim(),
                market.regulated(), market.reviewers().isEmpty() ? null : String.join(",", market.reviewers()));
        return view(markets.save(row));
    }

    /** Removes a market; items that targeted it keep their record of it. */
    @Transactional
    public void remove(String brandId, String code) {
        requireEditor(brandId);
        markets.findByBrandIdAndCode(brandId, code).ifPresent(markets::delete);
    }

    /** Whether the signed-in person may change the brand's markets, for views deciding what to offer. */
    public boolean mayEdit(String brandId) {
        EngineRoomUser user = currentUser.require();
        return user.hasRole(Role.ADMIN) || user.hasRole(Role.SOCIAL_MANAGER) && user.belongsTo(brandId);
    }

    private void requireEditor(String brandId) {
        if (!mayEdit(brandId)) {
            throw new AccessDeniedException("Only an admin or a social media manager of brand '" + brandId
                    + "' changes its markets");
        }
    }

    /** What is wrong with each field, by field name; empty when the market can be saved. */
    static Map<String, String> problems(Market market) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (market.code() == null || !CODE.matcher(market.code()).matches()) {
            problems.put("code", "Write the code as a language, optionally with a region: de or de-CH");
        }
        if (market.language() == null || !LANGUAGES.contains(market.language().trim())) {
            problems.put("language", "Unknown language: use an ISO 639 code such as de, fr or it");
        }
        if (market.timeZone() == null || market.timeZone().isBlank()) {
            problems.put("timeZone", "Choose the market's time zone");
        } else {
            try {
                ZoneId.of(market.timeZone().trim());
            } catch (DateTimeException e) {
                problems.put("timeZone", "Unknown time zone: use a name such as Europe/Zurich");
            }
        }
        if (market.region() == null || market.region().isBlank()) {
            problems.put("region", "Name the region");
        }
        return problems;
    }

    private static Market view(BrandMarket row) {
        List<String> reviewers = row.getReviewers() == null || row.getReviewers().isBlank() ? List.of()
                : Arrays.stream(row.getReviewers().split(",")).map(String::trim).filter(id -> !id.isEmpty()).toList();
        return new Market(row.getBrandId(), row.getCode(), row.getLanguage(), row.getTimeZone(), row.getRegion(),
                row.isRegulated(), reviewers);
    }
}
