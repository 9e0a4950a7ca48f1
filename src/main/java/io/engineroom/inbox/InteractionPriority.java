package io.engineroom.inbox;

/** How urgent the sender is, as far as the channel knows (a verified account, a paying customer, ...). */
public enum InteractionPriority {
    LOW, NORMAL, HIGH
}
