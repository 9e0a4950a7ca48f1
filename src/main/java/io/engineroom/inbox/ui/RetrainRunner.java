package io.engineroom.inbox.ui;

import io.engineroom.base.SignedInWork;
import org.springframework.stereotype.Component;

/**
 * Runs a classifier retraining off the request thread, as the admin who asked (the service checks who is asking,
 * and reads the corrections of the admin's brands). One thread: a retraining embeds thousands of texts, and two at
 * once would only share the same cores; the service refuses a second one on this node anyway.
 */
@Component
class RetrainRunner extends SignedInWork {

    RetrainRunner() {
        super("classifier-retraining", 1);
    }
}
