package io.arcticmatch.matcher.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.PostingId;
import io.arcticmatch.matcher.posting.PostingIndex;
import io.arcticmatch.matcher.posting.PostingPage;
import io.arcticmatch.matcher.posting.PostingQuery;

/**
 * Finds the postings that fit a profile best, in two stages: candidates from the
 * {@link PostingIndex} (postings in the profile's occupation groups, and postings within
 * commuting distance of home, in the countries the seeker considers), then re-ranking of
 * the candidates by the {@link PostingScorer}.
 */
public class PostingMatcher {

	/**
	 * ISCO level the occupation retrieval searches at: the minor group, so that related
	 * occupations (a nurse for an assistant nurse ad) are candidates the scorer can rank.
	 */
	private static final int RETRIEVAL_ISCO_LEVEL = 3;

	private final PostingIndex index;

	private final PostingScorer scorer;

	private final Concepts concepts;

	private final MatchWeights weights;

	/**
	 * @param index where the postings are
	 * @param scorer scores each candidate
	 * @param concepts the concept layer, for the ISCO groups of the profile's occupations
	 * @param weights for the number of candidates
	 */
	public PostingMatcher(PostingIndex index, PostingScorer scorer, Concepts concepts, MatchWeights weights) {
		this.index = index;
		this.scorer = scorer;
		this.concepts = concepts;
		this.weights = weights;
	}

	/**
	 * The best postings for a profile.
	 * @param profile the job seeker
	 * @param limit how many at most
	 * @return the matches, best first (ties by posting id)
	 */
	public List<PostingMatch> topMatches(SeekerProfile profile, int limit) {
		if (limit < 1) {
			throw new IllegalArgumentException("Ask for at least one match, not " + limit);
		}
		Map<PostingId, JobPosting> candidates = new LinkedHashMap<>();
		Country[] countries = profile.mobility().keySet().toArray(Country[]::new);
		Set<String> groups = occupationGroups(profile);
		int budget = this.weights.candidates();
		if (!groups.isEmpty()) {
			collect(PostingQuery.builder().countries(countries).iscoGroups(groups.toArray(String[]::new)), budget,
					candidates);
		}
		if (profile.home() != null) {
			double reach = profile.mobility().values().stream().mapToDouble(Mobility::maxCommuteKm).max().orElse(0);
			if (reach > 0) {
				// nearest first, so that ads without a mapped occupation nearby are
				// candidates too
				collect(PostingQuery.builder()
					.countries(countries)
					.within(profile.home().location(), reach)
					.sort(PostingQuery.SortOrder.DISTANCE), budget, candidates);
			}
		}
		List<PostingMatch> matches = new ArrayList<>(candidates.size());
		for (JobPosting posting : candidates.values()) {
			matches.add(new PostingMatch(posting, this.scorer.score(profile, posting)));
		}
		matches.sort(Comparator.comparing(PostingMatch::score)
			.reversed()
			.thenComparing((match) -> match.posting().id().toString()));
		return List.copyOf(matches.subList(0, Math.min(limit, matches.size())));
	}

	private Set<String> occupationGroups(SeekerProfile profile) {
		Set<String> groups = new LinkedHashSet<>();
		for (OccupationExperience occupation : profile.occupations()) {
			this.concepts.occupations().byId(occupation.conceptId()).ifPresent((concept) -> {
				String code = concept.isco().code().value();
				groups.add(code.substring(0, Math.min(code.length(), RETRIEVAL_ISCO_LEVEL)));
			});
		}
		return groups;
	}

	/**
	 * Adds up to {@code budget} postings of a search to the candidates, page by page.
	 */
	private void collect(PostingQuery.Builder query, int budget, Map<PostingId, JobPosting> candidates) {
		int size = Math.min(budget, PostingQuery.MAX_PAGE_SIZE);
		int taken = 0;
		for (int page = 0; taken < budget && (long) (page + 1) * size <= PostingQuery.MAX_RESULT_WINDOW; page++) {
			PostingPage results = this.index.search(query.page(page, size).build());
			for (JobPosting posting : results.postings()) {
				candidates.putIfAbsent(posting.id(), posting);
			}
			taken += results.postings().size();
			if ((long) (page + 1) * size >= results.totalHits()) {
				break;
			}
		}
	}

}
