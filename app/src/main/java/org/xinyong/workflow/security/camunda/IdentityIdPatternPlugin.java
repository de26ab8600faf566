package org.xinyong.workflow.security.camunda;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Lets Camunda accept the application's user and group ids, which contain hyphens ({@code amr-head},
 * {@code dept-amr}); Camunda's default allows only letters and digits (and {@code camunda-admin}).
 */
@Component
public class IdentityIdPatternPlugin extends AbstractProcessEnginePlugin {

    /** Letters and digits, then also dots, hyphens and underscores. */
    static final String ID_PATTERN = "[a-zA-Z0-9][a-zA-Z0-9._-]*";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setUserResourceWhitelistPattern(ID_PATTERN);
        configuration.setGroupResourceWhitelistPattern(ID_PATTERN);
    }
}
