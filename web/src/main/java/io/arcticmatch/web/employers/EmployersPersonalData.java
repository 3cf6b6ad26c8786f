package io.arcticmatch.web.employers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.arcticmatch.web.accounts.AccountId;
import io.arcticmatch.web.accounts.PersonalData;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the employer side keeps about a person: an employer user's organisation and the
 * openings the user posted; a seeker's invitations and answers. Reads the tables
 * directly, because the account service this serves depends on every
 * {@link PersonalData}.
 */
@Component
class EmployersPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	EmployersPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "employers";
	}

	@Override
	public @Nullable Object export(AccountId account) {
		Map<String, Object> data = new LinkedHashMap<>();
		this.jdbc.sql("""
				select e.name, e.country, e.org_number, m.joined_at from employers_member m
				join employers_employer e on e.id = m.employer_id where m.account_id = :account
				""")
			.param("account", account.value())
			.query((row, n) -> Map.of("name", row.getString("name"), "country", row.getString("country"), "number",
					row.getString("org_number"), "joinedAt", row.getTimestamp("joined_at").toInstant().toString()))
			.optional()
			.ifPresent((organisation) -> data.put("organisation", organisation));
		List<Map<String, Object>> openings = this.jdbc
			.sql("select title, published_at from employers_opening where created_by = :account order by published_at")
			.param("account", account.value())
			.query((row, n) -> Map.<String, Object>of("title", row.getString("title"), "publishedAt",
					row.getTimestamp("published_at").toInstant().toString()))
			.list();
		if (!openings.isEmpty()) {
			data.put("openingsPosted", openings);
		}
		List<Map<String, Object>> invitations = this.jdbc.sql("""
				select o.title, e.name, i.message, i.invited_at, i.answer, i.answer_message, i.answered_at
				from employers_candidate_invitation i join employers_opening o on o.id = i.opening_id
				join employers_employer e on e.id = o.employer_id where i.seeker_id = :account order by i.invited_at
				""").param("account", account.value()).query((row, n) -> {
			Map<String, Object> one = new LinkedHashMap<>();
			one.put("opening", row.getString("title"));
			one.put("employer", row.getString("name"));
			one.put("message", row.getString("message"));
			one.put("invitedAt", row.getTimestamp("invited_at").toInstant().toString());
			one.put("answer", row.getString("answer"));
			one.put("answerMessage", row.getString("answer_message"));
			return one;
		}).list();
		if (!invitations.isEmpty()) {
			data.put("invitationsReceived", invitations);
		}
		return data.isEmpty() ? null : data;
	}

	@Override
	@Transactional
	public void erase(AccountId account) {
		this.jdbc.sql("delete from employers_candidate_invitation where seeker_id = :account")
			.param("account", account.value())
			.update();
		this.jdbc.sql("update employers_candidate_invitation set invited_by = null where invited_by = :account")
			.param("account", account.value())
			.update();
		this.jdbc.sql("update employers_opening set created_by = null where created_by = :account")
			.param("account", account.value())
			.update();
		this.jdbc.sql("delete from employers_colleague_invitation where invited_by = :account and accepted_at is null")
			.param("account", account.value())
			.update();
		this.jdbc.sql("delete from employers_member where account_id = :account")
			.param("account", account.value())
			.update();
	}

}
