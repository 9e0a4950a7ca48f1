package io.engineroom.reporting.excel;

import io.engineroom.influencer.CampaignFigures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The influencer campaigns whose performance review was recorded in the period: what each creator was paid, what
 * their post reached and the cost per engagement, the figure a manager compares creators by. Figures as the
 * reviewer recorded them in the influencer-engagement SOP.
 */
final class InfluencerSheet {

    static final String NAME = "Influencer campaigns";
    static final List<Column> COLUMNS = List.of(new Column("Campaign", 28), new Column("Creator", 22),
            new Column("Paid", 12), new Column("Reach", 12), new Column("Impressions", 12),
            new Column("Engagements", 12), new Column("Clicks", 12), new Column("Cost per engagement", 14),
            new Column("Post", 40), new Column("Reviewed (UTC)", 18));

    private final Styles styles;

    InfluencerSheet(Styles styles) {
        this.styles = styles;
    }

    void write(XSSFSheet sheet, List<CampaignFigures> campaigns) {
        Tables.header(sheet, styles, 0, COLUMNS);
        int rowIndex = 1;
        for (CampaignFigures campaign : campaigns) {
            new Line(sheet.createRow(rowIndex++), styles).text(campaign.campaign()).text(campaign.creator())
                    .number(campaign.paid(), styles.decimal).number(campaign.reach(), styles.count)
                    .number(campaign.impressions(), styles.count).number(campaign.engagements(), styles.count)
                    .number(campaign.clicks(), styles.count)
                    .number(costPerEngagement(campaign), styles.decimal).text(campaign.postLink())
                    .utc(campaign.reviewedAt());
        }
        if (campaigns.isEmpty()) {
            Tables.note(sheet, ++rowIndex, "No influencer campaign was reviewed in this period.", styles.text);
        }
    }

    /** Not measured (no payment, or no engagement) stays empty rather than reading as free or as zero. */
    static BigDecimal costPerEngagement(CampaignFigures campaign) {
        if (campaign.paid() == null || campaign.engagements() == 0) {
            return null;
        }
        return campaign.paid().divide(BigDecimal.valueOf(campaign.engagements()), 2, RoundingMode.HALF_UP);
    }
}
