package org.tutela.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The result of walking the hash chain: valid, how many rows were checked, and the first broken link. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChainCheck(boolean valid, long checked, Long firstBrokenSeq, String problem) {
}
