package io.arcticmatch.web.border;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.web.accounts.AccountId;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The guidance items in PostgreSQL: seeded from the data file, edited by administrators,
 * every edit kept with who and when.
 */
@Repository
class GuidanceCatalogue {

	static final List<String> LANGUAGES = List.of("nb", "sv", "fi", "en");

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	GuidanceCatalogue(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * @return every item, in the data file's order
	 */
	List<GuidanceItem> all() {
		Map<String, Map<String, GuidanceText>> texts = new HashMap<>();
		this.jdbc.sql("select item_id, language, title, body from border_guidance_text").query((ResultSet row) -> {
			texts.computeIfAbsent(row.getString("item_id"), (id) -> new HashMap<>())
				.put(row.getString("language"), new GuidanceText(row.getString("title"), row.getString("body")));
		});
		return this.jdbc.sql("select * from border_guidance_item order by position, id")
			.query((row, n) -> toItem(row, texts.getOrDefault(row.getString("id"), Map.of())))
			.list();
	}

	Optional<GuidanceItem> find(String id) {
		Map<String, GuidanceText> texts = new HashMap<>();
		this.jdbc.sql("select language, title, body from border_guidance_text where item_id = :id")
			.param("id", id)
			.query((ResultSet row) -> {
				texts.put(row.getString("language"), new GuidanceText(row.getString("title"), row.getString("body")));
			});
		return this.jdbc.sql("select * from border_guidance_item where id = :id")
			.param("id", id)
			.query((row, n) -> toItem(row, texts))
			.optional();
	}

	/**
	 * Adds the items that are not stored yet; items already there (perhaps edited by an
	 * administrator since) stay as they are.
	 * @param items the items of the data file, in its order
	 * @return how many were added
	 */
	@Transactional
	int seed(List<GuidanceItem> items) {
		int added = 0;
		for (int position = 0; position < items.size(); position++) {
			GuidanceItem item = items.get(position);
			int inserted = this.jdbc.sql("""
					insert into border_guidance_item (id, position, topic, country, citizenship_groups, situation,
						home_countries, source_url, last_checked)
					values (:id, :position, :topic, :country, :groups, :situation, :from, :source, :lastChecked)
					on conflict (id) do nothing
					""")
				.param("id", item.id())
				.param("position", position)
				.param("topic", item.topic().name())
				.param("country", item.country().name())
				.param("groups", join(item.groups()))
				.param("situation", item.situation().name())
				.param("from", join(item.from()))
				.param("source", item.source())
				.param("lastChecked", item.lastChecked())
				.update();
			if (inserted == 1) {
				item.text().forEach((language, text) -> saveText(item.id(), language, text));
				added++;
			}
		}
		return added;
	}

	/**
	 * Applies an administrator's edit and keeps it with who and when.
	 * @return false when nothing changed (and nothing was kept)
	 * @throws GuidanceItemNotFound when there is no such item
	 */
	@Transactional
	boolean edit(String id, GuidanceEdit edit, AccountId editor) {
		this.jdbc.sql("select id from border_guidance_item where id = :id for update")
			.param("id", id)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new GuidanceItemNotFound(id));
		GuidanceItem before = find(id).orElseThrow(() -> new GuidanceItemNotFound(id));
		List<String> changed = new ArrayList<>();
		for (String language : LANGUAGES) {
			GuidanceText text = edit.text().get(language);
			if (text != null && !text.equals(before.text().get(language))) {
				changed.add("text." + language);
				saveText(id, language, text);
			}
		}
		if (!edit.source().equals(before.source())) {
			changed.add("source");
		}
		if (!edit.lastChecked().equals(before.lastChecked())) {
			changed.add("lastChecked");
		}
		if (changed.isEmpty()) {
			return false;
		}
		this.jdbc
			.sql("update border_guidance_item set source_url = :source, last_checked = :lastChecked where id = :id")
			.param("source", edit.source())
			.param("lastChecked", edit.lastChecked())
			.param("id", id)
			.update();
		GuidanceItem after = find(id).orElseThrow(() -> new GuidanceItemNotFound(id));
		this.jdbc.sql("""
				insert into border_guidance_edit (item_id, edited_by, edited_at, changed, before, after)
				values (:id, :editor, :at, :changed, cast(:before as jsonb), cast(:after as jsonb))
				""")
			.param("id", id)
			.param("editor", editor.value())
			.param("at", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("changed", String.join(",", changed))
			.param("before", this.json.writeValueAsString(before))
			.param("after", this.json.writeValueAsString(after))
			.update();
		return true;
	}

	/**
	 * @return the item's kept edits, newest first
	 */
	List<GuidanceChange> history(String id) {
		return this.jdbc.sql("""
				select e.edited_at, e.changed, a.display_name, a.email from border_guidance_edit e
				left join account a on a.id = e.edited_by
				where e.item_id = :id order by e.edited_at desc, e.sequence desc
				""")
			.param("id", id)
			.query((row, n) -> new GuidanceChange(row.getTimestamp("edited_at").toInstant(),
					row.getString("display_name"), row.getString("email"),
					List.of(row.getString("changed").split(","))))
			.list();
	}

	/**
	 * @return the edits this account made: item and when
	 */
	List<Map<String, Object>> editsBy(AccountId editor) {
		return this.jdbc.sql("""
				select item_id, edited_at, changed from border_guidance_edit
				where edited_by = :editor order by edited_at
				""")
			.param("editor", editor.value())
			.query((row, n) -> Map.<String, Object>of("item", row.getString("item_id"), "editedAt",
					row.getTimestamp("edited_at").toInstant().toString(), "changed", row.getString("changed")))
			.list();
	}

	/**
	 * Forgets who made the account's edits; the edits themselves stay, as the history of
	 * the content.
	 */
	void forgetEditor(AccountId editor) {
		this.jdbc.sql("update border_guidance_edit set edited_by = null where edited_by = :editor")
			.param("editor", editor.value())
			.update();
	}

	private void saveText(String id, String language, GuidanceText text) {
		this.jdbc.sql("""
				insert into border_guidance_text (item_id, language, title, body) values (:id, :language, :title, :body)
				on conflict (item_id, language) do update set title = excluded.title, body = excluded.body
				""")
			.param("id", id)
			.param("language", language)
			.param("title", text.title())
			.param("body", text.body())
			.update();
	}

	private static String join(Set<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	private static GuidanceItem toItem(ResultSet row, Map<String, GuidanceText> texts) throws SQLException {
		Set<CitizenshipGroup> groups = EnumSet.noneOf(CitizenshipGroup.class);
		split(row.getString("citizenship_groups")).forEach((group) -> groups.add(CitizenshipGroup.valueOf(group)));
		Set<Country> from = EnumSet.noneOf(Country.class);
		split(row.getString("home_countries")).forEach((country) -> from.add(Country.valueOf(country)));
		return new GuidanceItem(row.getString("id"), Topic.valueOf(row.getString("topic")),
				Country.valueOf(row.getString("country").strip()), groups,
				Situation.valueOf(row.getString("situation")), from, row.getString("source_url"),
				row.getObject("last_checked", java.time.LocalDate.class), texts);
	}

	private static List<String> split(String values) {
		return values.isBlank() ? List.of() : Arrays.asList(values.split(","));
	}

}
