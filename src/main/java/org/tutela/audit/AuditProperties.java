package org.tutela.audit;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The audit chain's settings (docs/adr/0006-audit-chain-sealed-after-commit-and-signed.md): the checkpoint key
 * ({@code key}, base64, from TUTELA_AUDIT_KEY; else {@code keyFile}, created on first start), this node's latest
 * checkpoint ({@code checkpointFile}), how many rows one seal may chain, and when the head is signed: after
 * {@code checkpointInterval} or {@code checkpointRows} sealed rows, whichever comes first. The seal interval is
 * read by {@link AuditSealer}'s schedule.
 */
@ConfigurationProperties("tutela.audit")
record AuditProperties(String key, Path keyFile, Path checkpointFile, @DefaultValue("5000") int sealBatch,
                       @DefaultValue("5m") Duration checkpointInterval, @DefaultValue("10000") long checkpointRows) {
}
