/**
 * Community care: super-fans (authors with repeated positive interactions, read from the inbox through its API) and
 * their surprise-and-delight SOP; permission to repost user-generated content (the ugc-permission SOP), whose yes
 * plans a credited content item through the content module and is checked again when it is published.
 *
 * <p>May use only the modules (and named interfaces) listed here: a new dependency is a design decision, made in
 * this file and checked by ModularityTest.
 */
@ApplicationModule(allowedDependencies = {
        "base",
        "base::ui",
        "brand",
        "content",
        "identity",
        "inbox",
        "workflow"})
package io.engineroom.community;

import org.springframework.modulith.ApplicationModule;
