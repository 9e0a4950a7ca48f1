package io.engineroom.inbox.listening;

/** Text from a platform made storable: no control characters, no broken surrogate pairs, within the limit. */
final class TextForInbox {

    private TextForInbox() {
    }

    static String clean(String text, int max) {
        if (text == null) {
            return null;
        }
        StringBuilder clean = new StringBuilder(Math.min(text.length(), max));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                clean.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c) || (Character.isISOControl(c) && c != '\n' && c != '\t')) {
                clean.append(c == '\r' ? "" : " ");
            } else {
                clean.append(c);
            }
        }
        if (clean.length() <= max) {
            return clean.toString();
        }
        int end = max - 1;
        if (Character.isHighSurrogate(clean.charAt(end - 1))) {
            end--;
        }
        return clean.substring(0, end) + "…";
    }
}
