package io.arcticmatch.web.border;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.web.accounts.AccountId;
import io.arcticmatch.web.accounts.PersonalData;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each seeker's home country and citizenship group (the seeker profile holds
 * neither), and answers for them and for the guidance edits an administrator made in
 * "export my data" and "delete my account".
 */
@Repository
class SeekerSituations implements PersonalData {

	private final JdbcClient jdbc;

	private final GuidanceCatalogue catalogue;

	private final Clock clock;

	SeekerSituations(JdbcClient jdbc, GuidanceCatalogue catalogue, Clock clock) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	SeekerSituation find(AccountId seeker) {
		return this.jdbc
			.sql("select home_country, citizenship_group from border_seeker_situation where account_id = :id")
			.param("id", seeker.value())
			.query((row, n) -> new SeekerSituation(
					(row.getString("home_country") != null) ? Country.valueOf(row.getString("home_country")) : null,
					(row.getString("citizenship_group") != null)
							? CitizenshipGroup.valueOf(row.getString("citizenship_group")) : null))
			.optional()
			.orElse(SeekerSituation.UNKNOWN);
	}

	@Transactional
	void save(AccountId seeker, SeekerSituation situation) {
		this.jdbc.sql("""
				insert into border_seeker_situation (account_id, home_country, citizenship_group, updated_at)
				values (:id, :home, :group, :at)
				on conflict (account_id) do update set home_country = excluded.home_country,
					citizenship_group = excluded.citizenship_group, updated_at = excluded.updated_at
				""")
			.param("id", seeker.value())
			.param("home", name(situation.home()))
			.param("group", name(situation.group()))
			.param("at", this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}

	@Override
	public String section() {
		return "border";
	}

	@Override
	public Object export(AccountId account) {
		Map<String, Object> data = new LinkedHashMap<>();
		SeekerSituation situation = find(account);
		data.put("homeCountry", name(situation.home()));
		data.put("citizenshipGroup", name(situation.group()));
		data.put("guidanceEdits", this.catalogue.editsBy(account));
		return data;
	}

	@Override
	@Transactional
	public void erase(AccountId account) {
		this.jdbc.sql("delete from border_seeker_situation where account_id = :id")
			.param("id", account.value())
			.update();
		this.catalogue.forgetEditor(account);
	}

	private static @Nullable String name(@Nullable Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

}
