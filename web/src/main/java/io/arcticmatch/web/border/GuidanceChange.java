package io.arcticmatch.web.border;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One kept edit of an item.
 *
 * @param editedAt when
 * @param editor the editor's name; null once their account is deleted
 * @param editorEmail the editor's e-mail; null once their account is deleted
 * @param changed what changed: {@code text.nb}, {@code source}, {@code lastChecked}...
 */
public record GuidanceChange(Instant editedAt, @Nullable String editor, @Nullable String editorEmail,
		List<String> changed) {

	/**
	 * @return when, in UTC, for showing
	 */
	public OffsetDateTime editedAtUtc() {
		return this.editedAt.atOffset(ZoneOffset.UTC);
	}

}
