/**
 * Sending e-mail: through an SMTP server with Spring Mail, or, on the embedded defaults,
 * into a local outbox folder of {@code .eml} files that any mail program opens.
 */
@NullMarked
package io.arcticmatch.web.mail;

import org.jspecify.annotations.NullMarked;
