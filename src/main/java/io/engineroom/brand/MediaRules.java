package io.engineroom.brand;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What one post may carry on a platform: how many images or videos, of which types, how large, in which aspect
 * ratios and how long. The values come from each platform's documentation (see {@link PlatformMedia}); a null limit is
 * one the platform does not state, which is not checked.
 *
 * @param maxImages images in one post (0: no images)
 * @param maxVideos videos in one post (0: no videos)
 * @param mixed whether one post may hold images and a video together
 * @param maxBytes the largest file per content type; a type not named is not taken
 * @param minAspect the narrowest image (width / height), null when not limited
 * @param maxAspect the widest image (width / height), null when not limited
 * @param maxVideoSeconds the longest video, null when not limited
 */
public record MediaRules(int maxImages, int maxVideos, boolean mixed, Map<String, Long> maxBytes, Double minAspect,
        Double maxAspect, Integer maxVideoSeconds) {

    private static final long MB = 1024L * 1024L;

    /** No rules of Engine Room's own: the channel's own checks at publish time decide. */
    static final MediaRules UNCHECKED = new MediaRules(Integer.MAX_VALUE, Integer.MAX_VALUE, true, null, null, null,
            null);

    public Set<String> types() {
        return maxBytes == null ? Set.of() : maxBytes.keySet();
    }

    /** What keeps these files from being posted together on the platform, in words; empty when they fit. */
    public List<String> problems(String platform, List<MediaFile> files) {
        List<String> problems = new ArrayList<>();
        long videos = files.stream().filter(MediaFile::video).count();
        long images = files.size() - videos;
        if (images > maxImages) {
            problems.add(platform + " takes " + (maxImages == 0 ? "no images" : "at most " + maxImages + " image"
                    + (maxImages == 1 ? "" : "s")) + " in a post, this one has " + images);
        }
        if (videos > maxVideos) {
            problems.add(platform + " takes " + (maxVideos == 0 ? "no video" : "at most " + maxVideos + " video"
                    + (maxVideos == 1 ? "" : "s")) + " in a post, this one has " + videos);
        }
        if (!mixed && images > 0 && videos > 0) {
            problems.add(platform + " takes images or a video in a post, not both");
        }
        for (MediaFile file : files) {
            problems.addAll(fileProblems(platform, file));
        }
        return problems;
    }

    private List<String> fileProblems(String platform, MediaFile file) {
        List<String> problems = new ArrayList<>();
        if (maxBytes == null) {
            return problems;
        }
        Long max = maxBytes.get(file.contentType());
        if (max == null) {
            problems.add(file.name() + ": " + platform + " does not take " + file.contentType() + " (it takes "
                    + String.join(", ", maxBytes.keySet().stream().sorted().toList()) + ")");
            return problems;
        }
        if (file.sizeBytes() > max) {
            // the file's size in the unit the limit is stated in, so the two compare at a glance
            String size = max % MB == 0 ? size(file.sizeBytes()) : String.format(Locale.ROOT, "%,d bytes",
                    file.sizeBytes());
            problems.add(file.name() + ": " + size + ", " + platform + " takes at most " + size(max) + " for "
                    + file.contentType());
        }
        if (!file.video() && file.width() != null && file.height() != null && file.height() > 0) {
            double ratio = (double) file.width() / file.height();
            if (minAspect != null && ratio < minAspect - 0.005 || maxAspect != null && ratio > maxAspect + 0.005) {
                problems.add(file.name() + ": " + file.width() + "×" + file.height() + " px, " + platform
                        + " takes images from " + aspect(minAspect) + " to " + aspect(maxAspect)
                        + " (width:height)");
            }
        }
        if (file.video() && maxVideoSeconds != null && file.seconds() != null && file.seconds() > maxVideoSeconds) {
            problems.add(file.name() + ": " + Math.round(file.seconds()) + " s long, " + platform
                    + " takes videos of at most " + maxVideoSeconds + " s");
        }
        return problems;
    }

    private static String aspect(Double ratio) {
        return ratio == null ? "any" : String.format(Locale.ROOT, "%.2f:1", ratio);
    }

    /** A limit as the documentation states it (5 MB, 1,000,000 bytes); a file's size in MB of 1024 × 1024 bytes. */
    static String size(long bytes) {
        if (bytes % MB == 0) {
            return bytes / MB + " MB";
        }
        if (bytes % 1_000_000 == 0 || bytes < MB / 10) {
            return String.format(Locale.ROOT, "%,d bytes", bytes);
        }
        return String.format(Locale.ROOT, "%.1f MB", (double) bytes / MB);
    }
}
