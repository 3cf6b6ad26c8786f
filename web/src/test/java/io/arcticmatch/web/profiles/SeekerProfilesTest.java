package io.arcticmatch.web.profiles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.concepts.place.GeoPoint;
import io.arcticmatch.matcher.concepts.language.CefrLevel;
import io.arcticmatch.matcher.matching.EducationLevel;
import io.arcticmatch.matcher.matching.Home;
import io.arcticmatch.matcher.matching.LanguageSkill;
import io.arcticmatch.matcher.matching.Mobility;
import io.arcticmatch.matcher.matching.SalaryWish;
import io.arcticmatch.matcher.matching.SeekerProfile;
import io.arcticmatch.matcher.posting.EmploymentType;
import io.arcticmatch.matcher.posting.RemoteMode;
import io.arcticmatch.matcher.posting.SalaryPeriod;
import io.arcticmatch.web.WebAppTest;
import io.arcticmatch.web.accounts.AccountId;
import io.arcticmatch.web.accounts.AccountService;
import io.arcticmatch.web.accounts.NewAccount;
import io.arcticmatch.web.accounts.Role;
import io.arcticmatch.web.consent.ConsentPurpose;
import io.arcticmatch.web.consent.Consents;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Profiles kept in a real PostgreSQL, shown to others only with consent, and gone with
 * their account.
 */
@WebAppTest
class SeekerProfilesTest {

	@Autowired
	private SeekerProfiles profiles;

	@Autowired
	private Consents consents;

	@Autowired
	private AccountService accounts;

	@Test
	void aSavedProfileComesBackWithEveryPart() {
		AccountId seeker = newSeeker();
		SeekerProfile profile = fullProfile();

		this.profiles.save(seeker, profile);

		assertThat(this.profiles.find(seeker)).get().extracting(StoredProfile::profile).isEqualTo(profile);
	}

	@Test
	void savingAgainReplacesTheProfile() {
		AccountId seeker = newSeeker();
		this.profiles.save(seeker, fullProfile());
		SeekerProfile changed = fullProfile().toBuilder().skill("skill:extra").build();

		this.profiles.save(seeker, changed);

		assertThat(this.profiles.find(seeker)).get().extracting(StoredProfile::profile).isEqualTo(changed);
	}

	@Test
	void onlyProfilesWhoseConsentHoldsAreOfferedForThatPurpose() {
		AccountId never = newSeeker();
		AccountId toEmployers = newSeeker();
		AccountId withdrawn = newSeeker();
		AccountId toCoaches = newSeeker();
		for (AccountId seeker : List.of(never, toEmployers, withdrawn, toCoaches)) {
			this.profiles.save(seeker, fullProfile());
		}
		this.consents.give(toEmployers, ConsentPurpose.EMPLOYERS);
		this.consents.give(withdrawn, ConsentPurpose.EMPLOYERS);
		this.consents.withdraw(withdrawn, ConsentPurpose.EMPLOYERS);
		this.consents.give(toCoaches, ConsentPurpose.COACHES);

		List<AccountId> shown = this.profiles.consenting(ConsentPurpose.EMPLOYERS)
			.stream()
			.map(StoredProfile::seeker)
			.toList();

		assertThat(shown).contains(toEmployers).doesNotContain(never, withdrawn, toCoaches);
		assertThat(this.consents.history(withdrawn)).extracting("given").containsExactly(true, false);
	}

	@Test
	void deletingTheAccountDeletesProfileAndConsents() {
		AccountId seeker = newSeeker();
		this.profiles.save(seeker, fullProfile());
		this.consents.give(seeker, ConsentPurpose.EMPLOYERS);
		assertThat(this.accounts.export(seeker)).containsKeys("account", "profile", "consents");

		assertThat(this.accounts.delete(seeker)).isTrue();

		assertThat(this.profiles.find(seeker)).isEmpty();
		assertThat(this.consents.history(seeker)).isEmpty();
		assertThat(this.accounts.find(seeker)).isEmpty();
	}

	private AccountId newSeeker() {
		return this.accounts
			.open(new NewAccount(UUID.randomUUID() + "@example.no", "Seeker", "a long password here", Role.SEEKER));
	}

	private static SeekerProfile fullProfile() {
		return SeekerProfile.builder()
			.occupation("http://data.europa.eu/esco/occupation/welder", 4.5)
			.skill("http://data.europa.eu/esco/skill/welding")
			.language(new LanguageSkill("sv", CefrLevel.C2))
			.language(new LanguageSkill("nb", CefrLevel.B1))
			.drivingLicence("licence:B")
			.education(EducationLevel.VOCATIONAL)
			.home(new Home(new GeoPoint(67.8558, 20.2253), "Kiruna"))
			.mobility(Country.SE, Mobility.commute(50))
			.mobility(Country.NO, Mobility.commuteOrRelocate(200))
			.employmentType(EmploymentType.PERMANENT)
			.remoteMode(RemoteMode.ON_SITE)
			.earliestStart(LocalDate.of(2027, 1, 4))
			.salaryWish(new SalaryWish(new BigDecimal("42000"), Currency.getInstance("SEK"), SalaryPeriod.MONTH))
			.build();
	}

}
