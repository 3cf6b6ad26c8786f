package io.arcticmatch.web.employers;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.arcticmatch.matcher.concepts.language.CefrLevel;
import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.concepts.place.GeoPoint;
import io.arcticmatch.matcher.matching.Home;
import io.arcticmatch.matcher.matching.LanguageSkill;
import io.arcticmatch.matcher.matching.Mobility;
import io.arcticmatch.matcher.matching.SeekerProfile;
import io.arcticmatch.matcher.posting.EmploymentType;
import io.arcticmatch.matcher.posting.RemoteMode;
import io.arcticmatch.web.accounts.Account;
import io.arcticmatch.web.accounts.AccountId;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.accounts.NewAccount;
import io.arcticmatch.web.accounts.Role;
import io.arcticmatch.web.consent.ConsentPurpose;
import io.arcticmatch.web.consent.Consents;
import io.arcticmatch.web.profiles.SeekerProfiles;

/**
 * Organisations, openings and seekers for the employer tests, each with unique names and
 * addresses (the context and its database are shared by all web tests).
 */
final class EmployerTestData {

	static final String PASSWORD = "a long password for tests";

	static final String WELDING = "http://data.europa.eu/esco/skill/14b4a40e-da80-452a-86d6-88a959052219";

	private final AccountService accounts;

	private final Employers employers;

	private final SeekerProfiles profiles;

	private final Consents consents;

	EmployerTestData(AccountService accounts, Employers employers, SeekerProfiles profiles, Consents consents) {
		this.accounts = accounts;
		this.employers = employers;
		this.profiles = profiles;
		this.consents = consents;
	}

	/**
	 * @return a Swedish organisation, waiting for approval, with its first user
	 */
	Member registered() {
		String email = "employer-" + UUID.randomUUID() + "@employers.test";
		// a number of its own: ten random digits with the Luhn check digit
		String body = String.format(Locale.ROOT, "%09d",
				Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 1_000_000_000L));
		String number = body + luhnCheckDigit(body);
		Employer employer = this.employers.register(
				new Employers.Registration("Gruvbolaget " + body, Country.SE,
						OrganisationNumbers.check(Country.SE, number).number(), "Eva Employer", email, PASSWORD),
				Locale.ENGLISH);
		return new Member(employer, this.accounts.findByEmail(email).orElseThrow());
	}

	/**
	 * @return an approved Swedish organisation with its first user
	 */
	Member approved() {
		Member member = registered();
		this.employers.approve(member.employer().id());
		return new Member(this.employers.find(member.employer().id()).orElseThrow(), member.account());
	}

	/**
	 * @param word a word unique to the test, put in the title
	 * @return an opening for a welder in Kiruna
	 */
	static OpeningDetails welder(String word) {
		return new OpeningDetails("Svetsare " + word, "isco08:7212", "Svetsare",
				List.of(new OpeningDetails.Concept(WELDING, "Gassvetsning")),
				"<p>Vi söker en <strong>svetsare</strong> till gruvan.</p>", Country.SE, "2584", "Kiruna",
				EmploymentType.PERMANENT, null, RemoteMode.ON_SITE,
				List.of(new OpeningDetails.WorkingLanguage("iso639:swe", "B2", true)), List.of("licence:B"), null, null,
				null, null, LocalDate.now(java.time.ZoneOffset.UTC).plusMonths(1), null, "jobb@gruvbolaget.test");
	}

	/**
	 * @param consenting whether the seeker consents to being shown to employers
	 * @return a welder living in Kiruna
	 */
	Account seeker(String name, boolean consenting) {
		AccountId id = this.accounts
			.open(new NewAccount("seeker-" + UUID.randomUUID() + "@seekers.test", name, PASSWORD, Role.SEEKER));
		this.profiles.save(id,
				SeekerProfile.builder()
					.occupation("isco08:7212", 6)
					.skill(WELDING)
					.language(new LanguageSkill("sv", CefrLevel.C2))
					.drivingLicence("licence:B")
					.home(new Home(new GeoPoint(67.8558, 20.2253), "Kiruna"))
					.mobility(Country.SE, Mobility.commute(50))
					.employmentType(EmploymentType.PERMANENT)
					.remoteMode(RemoteMode.ON_SITE)
					.build());
		if (consenting) {
			this.consents.give(id, ConsentPurpose.EMPLOYERS);
		}
		return this.accounts.find(id).orElseThrow();
	}

	Account account(Role role) {
		AccountId id = this.accounts
			.open(new NewAccount(role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID() + "@roles.test",
					"Someone", PASSWORD, role));
		return this.accounts.find(id).orElseThrow();
	}

	static int luhnCheckDigit(String nineDigits) {
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			int value = (nineDigits.charAt(i) - '0') * ((i % 2 == 0) ? 2 : 1);
			sum += (value / 10) + (value % 10);
		}
		return (10 - (sum % 10)) % 10;
	}

	/**
	 * @param employer an organisation
	 * @param account one of its users
	 */
	record Member(Employer employer, Account account) {

	}

}
