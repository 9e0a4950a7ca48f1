package io.engineroom.demo;

import io.engineroom.inbox.IncomingInteraction;
import io.engineroom.inbox.InteractionKind;
import io.engineroom.inbox.InteractionPriority;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Realistic interactions for the demo brands: questions, complaints, praise, leads, spam and the odd offensive
 * one, from a cast of recurring people (so conversation threads form), in the brand's own subject matter.
 */
final class SimulatedInteractions {

    /** What the text is meant to be, so a test can see the mix is varied. */
    enum Intent { QUESTION, COMPLAINT, PRAISE, LEAD, SPAM, OFFENSIVE }

    record Sample(Intent intent, IncomingInteraction interaction) {
    }

    private static final Map<String, Map<Intent, List<String>>> TEXTS = Map.of(
            "northwind", Map.of(
                    Intent.QUESTION, List.of("Is the Camden branch open on Saturday morning?",
                            "How do I order a new card if mine is damaged?",
                            "What is the interest rate on the easy saver at the moment?",
                            "Can I change my standing order in the app or do I have to call?"),
                    Intent.COMPLAINT, List.of("Your app has been down all morning and I can't pay my rent. Not acceptable.",
                            "Third time this month my card got declined for no reason. Really disappointed.",
                            "Waited 45 minutes on hold and then got cut off. Terrible service.",
                            "I was charged an overdraft fee I never agreed to. Please fix this now!"),
                    Intent.PRAISE, List.of("Big thanks to Priya at the Leeds branch, she sorted my mortgage question in minutes!",
                            "The new budgeting feature in the app is brilliant, love it.",
                            "Quick, friendly help on chat today. Well done Northwind."),
                    Intent.LEAD, List.of("We're a small business looking to switch banks. Who can I talk to about a business account?",
                            "Interested in a mortgage in principle for a first home, how do I start?"),
                    Intent.SPAM, List.of("Earn 5000 a week from home!!! DM me for crypto signals 🚀🚀🚀",
                            "Follow me for free giveaways, click the link in bio"),
                    Intent.OFFENSIVE, List.of("You lot are a bunch of useless idiots.")),
            "beanleaf", Map.of(
                    Intent.QUESTION, List.of("Do you have oat milk at the Kreuzberg shop?",
                            "Is the autumn blend available in whole beans?",
                            "What time do you open on public holidays?",
                            "Can I bring my dog inside?"),
                    Intent.COMPLAINT, List.of("My online order arrived with a broken grinder. Not happy at all.",
                            "The latte was cold and the barista was rude. Very disappointing.",
                            "Still waiting for my refund after two weeks?!"),
                    Intent.PRAISE, List.of("Best flat white in town, hands down ☕️",
                            "The new roast is amazing, really loving the chocolate notes!",
                            "Lovely staff at the station kiosk this morning, thank you!"),
                    Intent.LEAD, List.of("We'd like to serve your coffee in our office of 80 people. Do you do wholesale?",
                            "Do you cater for events? Looking for a coffee cart for a wedding in June."),
                    Intent.SPAM, List.of("Buy followers cheap!!! 10k for $5 www.example-spam.test",
                            "🔥 Hot singles in your area 🔥 click here"),
                    Intent.OFFENSIVE, List.of("This place is garbage and so are the people working there.")));

    private static final List<String[]> PEOPLE = List.of(new String[] {"@maria_k", "Maria K."},
            new String[] {"@tom.baker", "Tom Baker"}, new String[] {"@lena", "Lena Fischer"},
            new String[] {"@dev_raj", "Raj Patel"}, new String[] {"@coffeefan88", null},
            new String[] {"@sam_o", "Sam O'Neill"}, new String[] {"@yuki", "Yuki Tanaka"},
            new String[] {"@ahmed.h", "Ahmed Hassan"});

    private final Random random;

    SimulatedInteractions(Random random) {
        this.random = random;
    }

    /** One interaction for a demo brand ("northwind" or "beanleaf"), as if it had just been posted. */
    Sample next(String brand, Instant now) {
        Intent intent = intent();
        List<String> texts = TEXTS.getOrDefault(brand, TEXTS.get("beanleaf")).get(intent);
        String[] person = PEOPLE.get(random.nextInt(PEOPLE.size()));
        InteractionKind kind = intent == Intent.LEAD && random.nextBoolean() ? InteractionKind.DIRECT_MESSAGE
                : pick(InteractionKind.COMMENT, InteractionKind.COMMENT, InteractionKind.MENTION,
                        InteractionKind.DIRECT_MESSAGE, InteractionKind.REVIEW);
        InteractionPriority priority = intent == Intent.COMPLAINT && random.nextInt(3) == 0 ? InteractionPriority.HIGH
                : intent == Intent.SPAM ? InteractionPriority.LOW : InteractionPriority.NORMAL;
        return new Sample(intent, new IncomingInteraction("sim-" + UUID.randomUUID(), kind, person[0], person[1],
                texts.get(random.nextInt(texts.size())), kind == InteractionKind.COMMENT ? "post-" + random.nextInt(40)
                        : null, now.minusSeconds(random.nextInt(120)), priority));
    }

    /** Questions and complaints most, then praise; leads, spam and offence now and then. */
    private Intent intent() {
        int roll = random.nextInt(100);
        return roll < 30 ? Intent.QUESTION : roll < 55 ? Intent.COMPLAINT : roll < 75 ? Intent.PRAISE
                : roll < 85 ? Intent.LEAD : roll < 95 ? Intent.SPAM : Intent.OFFENSIVE;
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }
}
