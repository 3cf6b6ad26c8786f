package io.arcticmatch.matcher.concepts.licence;

import java.util.HashMap;
import java.util.Map;

import io.arcticmatch.matcher.concepts.core.ConceptData;
import io.arcticmatch.matcher.concepts.core.CsvTable;
import io.arcticmatch.matcher.concepts.core.LabelLanguage;
import io.arcticmatch.matcher.concepts.core.Labels;

/**
 * Builds {@link Licences} from the shipped data file (see
 * {@code concepts/ATTRIBUTION.md}).
 */
public final class LicencesLoader {

	/** The driving-licence classes. */
	public static final String LICENCES = "upstream/driving_licence_classes.csv";

	private LicencesLoader() {
	}

	/**
	 * Reads the classes.
	 * @param data where the files are
	 * @return the licences
	 */
	public static Licences load(ConceptData data) {
		Map<String, DrivingLicence> byCode = new HashMap<>();
		Map<String, DrivingLicence> byJobTechId = new HashMap<>();
		for (CsvTable.Row row : data.table(LICENCES).named()) {
			String code = row.get("code");
			Labels.Builder labels = Labels.builder();
			for (LabelLanguage language : new LabelLanguage[] { LabelLanguage.NB, LabelLanguage.SV,
					LabelLanguage.FI }) {
				labels.preferred(language, code);
			}
			labels.preferred(LabelLanguage.EN, code + " (" + row.get("description_en") + ")");
			labels.alternative(LabelLanguage.EN, code);
			DrivingLicence licence = new DrivingLicence("licence:" + code, code, labels.build(),
					!row.get("basis").equals("national"), row.optional("jobtech_concept_id"), row.get("notes"));
			byCode.put(code, licence);
			if (licence.jobTechConceptId() != null) {
				byJobTechId.put(licence.jobTechConceptId(), licence);
			}
		}
		return new Licences(byCode, byJobTechId);
	}

}
