package org.tutela.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInThrottleTests {

    @Test
    void oneAccountFromOneAddressForgivesATypoThenDoublesFromOneSecondToFifteenMinutes() {
        SignInThrottle.Rule rule = SignInThrottle.ACCOUNT_FROM_ADDRESS;
        assertThat(rule.delayAfter(1)).isZero();
        assertThat(rule.delayAfter(2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(rule.delayAfter(3)).isEqualTo(Duration.ofSeconds(2));
        assertThat(rule.delayAfter(4)).isEqualTo(Duration.ofSeconds(4));
        assertThat(rule.delayAfter(11)).isEqualTo(Duration.ofSeconds(512));
        assertThat(rule.delayAfter(12)).isEqualTo(Duration.ofMinutes(15));
        assertThat(rule.delayAfter(1_000_000)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void anAddressSharedByAnOfficeGetsTwentyFailuresFree() {
        assertThat(SignInThrottle.ADDRESS.delayAfter(20)).isZero();
        assertThat(SignInThrottle.ADDRESS.delayAfter(21)).isEqualTo(Duration.ofSeconds(1));
        assertThat(SignInThrottle.ADDRESS.delayAfter(40)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void anIpv6ClientCountsByItsNetworkAndNothingIsLookedUp() {
        assertThat(SignInThrottle.source("203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(SignInThrottle.source("2001:db8:1:2:aaaa::1")).isEqualTo(SignInThrottle.source("2001:db8:1:2:bbbb::7"))
                .isEqualTo("20010db800010002::/64");
        assertThat(SignInThrottle.source("2001:db8:1:3::1")).isNotEqualTo(SignInThrottle.source("2001:db8:1:2::1"));
        assertThat(SignInThrottle.source("proxy.example:80")).isEqualTo("proxy.example:80");
        assertThat(SignInThrottle.source(null)).isEqualTo("unknown");
    }
}
