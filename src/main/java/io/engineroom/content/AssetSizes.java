package io.engineroom.content;

import java.util.Locale;

/** File sizes as people read them: "812 bytes", "4.2 MB". */
public final class AssetSizes {

    private static final long KB = 1024;
    private static final long MB = KB * 1024;

    private AssetSizes() {
    }

    public static String format(long bytes) {
        if (bytes < KB) {
            return bytes + " bytes";
        }
        if (bytes < MB) {
            return String.format(Locale.ENGLISH, "%.1f KB", bytes / (double) KB).replace(".0 ", " ");
        }
        return String.format(Locale.ENGLISH, "%.1f MB", bytes / (double) MB).replace(".0 ", " ");
    }
}
