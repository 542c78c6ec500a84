package com.vurksha.product.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A word list in the Solr synonym format as the search service's {@code synonym_graph} filter reads it: groups of
 * equivalent terms, one group a line, separated by unescaped commas; {@code #} starts a comment line. Reading it
 * collects every way a line breaks the rules our lists keep (lower case, NFC, equivalents only, at least two
 * terms, no term twice in the file, no English stop word in a term: a stop filter ahead of the synonyms would leave
 * a hole the synonym parser refuses).
 */
record SynonymFile(List<List<String>> groups, List<String> problems) {

	/** The search service's word lists, seen from the product service module's directory. */
	static final Path SEARCH_WORDS = Path.of("..", "search-service", "src", "main", "resources", "search");

	/** The English stop words of the analyzers' default stop filter. */
	static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if",
			"in", "into", "is", "it", "no", "not", "of", "on", "or", "such", "that", "the", "their", "then", "there",
			"these", "they", "this", "to", "was", "will", "with");

	static SynonymFile read(String fileName) throws IOException {
		return parse(Files.readAllLines(SEARCH_WORDS.resolve(fileName), StandardCharsets.UTF_8));
	}

	static SynonymFile parse(List<String> lines) {
		List<List<String>> groups = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		Map<String, Integer> lineOfTerm = new LinkedHashMap<>();
		for (int number = 1; number <= lines.size(); number++) {
			String line = lines.get(number - 1).strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			String where = "line " + number + " (" + line + "): ";
			if (line.contains("=>")) {
				problems.add(where + "explicit mappings (=>) are not used; list equivalents");
			}
			List<String> terms = Arrays.stream(line.split("(?<!\\\\),")).map(t -> t.strip().replace("\\,", ",")).toList();
			if (terms.size() < 2) {
				problems.add(where + "a group needs at least two terms");
			}
			for (String term : terms) {
				if (term.isEmpty()) {
					problems.add(where + "empty term");
				}
				else if (!term.equals(term.toLowerCase(Locale.ROOT)) || !Normalizer.isNormalized(term, Normalizer.Form.NFC)) {
					problems.add(where + "'" + term + "' is not lower-case NFC");
				}
				if (Arrays.stream(term.split("\\s+")).anyMatch(STOP_WORDS::contains)) {
					problems.add(where + "'" + term + "' holds an English stop word");
				}
				Integer earlier = lineOfTerm.putIfAbsent(term, number);
				if (earlier != null) {
					problems.add(where + "'" + term + "' is already on line " + earlier);
				}
			}
			groups.add(terms);
		}
		return new SynonymFile(groups, problems);
	}

	boolean contains(String term) {
		return group(term).isPresent();
	}

	Optional<List<String>> group(String term) {
		return groups.stream().filter(group -> group.contains(term)).findFirst();
	}
}
