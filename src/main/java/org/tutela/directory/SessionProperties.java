package org.tutela.directory;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Page sessions: how long one lasts after sign-in whatever its activity (the idle timeout is Spring Session's). */
@ConfigurationProperties("tutela.session")
record SessionProperties(@DefaultValue("12h") Duration maxLifetime) {
}
