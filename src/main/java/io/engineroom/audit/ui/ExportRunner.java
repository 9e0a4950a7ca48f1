package io.engineroom.audit.ui;

import io.engineroom.base.SignedInWork;
import org.springframework.stereotype.Component;

/**
 * Runs audit exports off the request thread, two at a time, as the person who asked: the export's service checks
 * who is asking on every page.
 */
@Component
class ExportRunner extends SignedInWork {

    ExportRunner() {
        super("audit-export", 2);
    }
}
