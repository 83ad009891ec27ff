/**
 * The language rules of texts that reach other people: data (language/rules.json) and the matcher. Used by the BIP
 * monthly reports (no prediction, no certificate); the SDM statements' rules join the same file.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Language")
package org.tutela.language;
