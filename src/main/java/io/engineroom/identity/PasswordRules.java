package io.engineroom.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.springframework.stereotype.Component;

/**
 * Whether a password a person chooses (from an invitation or reset link, or on their profile) is good enough, said
 * in words next to the field. Camunda's password policy decides; in demo mode the engine has none (so the demo's
 * simple passwords work), but a password someone chooses here is a real one, so Camunda's default policy applies
 * then as well.
 */
@Component
class PasswordRules {

    private static final PasswordPolicy DEFAULT = new DefaultPasswordPolicyImpl();

    private final IdentityService identityService;

    PasswordRules(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** What the password lacks, in one sentence; empty when it is good enough. */
    Optional<String> problem(String password, User user) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Choose a password");
        }
        PasswordPolicy policy = identityService.getPasswordPolicy() != null ? identityService.getPasswordPolicy()
                : DEFAULT;
        PasswordPolicyResult result = identityService.checkPasswordAgainstPolicy(policy, password, user);
        if (result.isValid()) {
            return Optional.empty();
        }
        List<String> missing = new ArrayList<>();
        for (PasswordPolicyRule rule : result.getViolatedRules()) {
            missing.add(describe(rule));
        }
        return Optional.of("The password needs " + String.join(", ", missing));
    }

    private static String describe(PasswordPolicyRule rule) {
        String count = rule.getParameters() == null || rule.getParameters().isEmpty() ? "1"
                : rule.getParameters().values().iterator().next();
        return switch (rule.getPlaceholder()) {
            case "PASSWORD_POLICY_LENGTH" -> "at least " + count + " characters";
            case "PASSWORD_POLICY_LOWERCASE" -> count + " or more lower-case letters";
            case "PASSWORD_POLICY_UPPERCASE" -> count + " or more upper-case letters";
            case "PASSWORD_POLICY_DIGIT" -> count + " or more digits";
            case "PASSWORD_POLICY_SPECIAL" -> count + " or more special characters such as ! or -";
            case "PASSWORD_POLICY_USER_DATA" -> "to leave out your user id, name and e-mail";
            default -> "to meet the rule " + rule.getPlaceholder();
        };
    }
}
