package io.engineroom.notification.chat;

/**
 * One message for a team chat before it is put into a platform's format.
 *
 * @param title  what happened, such as "SLA breached"
 * @param text   the event's one line for people
 * @param url    where to act in Engine Room (absolute), or null
 * @param footer where it comes from: the brand's name and Engine Room
 * @param tone   how urgent it looks
 */
record ChatMessage(String title, String text, String url, String footer, Tone tone) {

    /** The colour a platform shows beside the message. */
    enum Tone {
        /** Something needs someone now: a breach, a failure, an incident. */
        ALERT("#d9534f", "attention"),
        /** Something went well: approved, published, resolved. */
        GOOD("#2e7d32", "good"),
        /** Worth knowing. */
        INFO("#1e88e5", "accent");

        final String hex;
        final String adaptiveColor;

        Tone(String hex, String adaptiveColor) {
            this.hex = hex;
            this.adaptiveColor = adaptiveColor;
        }
    }
}
