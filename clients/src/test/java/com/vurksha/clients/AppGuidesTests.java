package com.vurksha.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The guides written for the app stay true to the code: every {@code /api/v1/…} path in the app integration guide
 * and the Dart package's README is an operation path of {@code api/openapi.json}, and every code in the guide's
 * table of error codes is a constant of one of the {@code ErrorCode} enums (platform, gateway, services).
 */
class AppGuidesTests {

	/** A path, or a family of paths when it ends in {@code /**}. */
	private static final Pattern API_PATH = Pattern.compile("/api/v1/[A-Za-z0-9_{}<>.\\-/]*(\\*\\*)?");

	private static final Path CONTRACT = Path.of("../api/openapi.json");

	private static final Path GUIDE = Path.of("../docs/app-integration.md");

	private static final Pattern CODE = Pattern.compile("`([A-Z][A-Z_]+[A-Z])`");

	private static final Pattern ENUM_CONSTANT = Pattern.compile("(?m)^\\s+([A-Z][A-Z_]+[A-Z])\\(");

	@Test
	void appIntegrationGuideNamesOnlyOperationsOfTheContract() throws IOException {
		assertNamesOnlyContractPaths(GUIDE);
	}

	@Test
	void dartReadmeNamesOnlyOperationsOfTheContract() throws IOException {
		assertNamesOnlyContractPaths(Path.of("dart/README.md"));
	}

	@Test
	void errorCodesTheGuideListsAreCodesOfTheServices() throws IOException {
		assertThat(errorCodesInTable(Files.readString(GUIDE))).hasSizeGreaterThan(40)
			.allSatisfy(code -> assertThat(errorCodes()).as("ErrorCode constants").contains(code));
	}

	@Test
	void anErrorCodeNoServiceHasIsCaught() throws IOException {
		String guide = "## Error codes the app must handle\n\n| any | `UNAUTHORIZED`, `CART_EXPLODED` | retry `PLACED` |\n";
		assertThat(errorCodesInTable(guide)).containsExactly("UNAUTHORIZED", "CART_EXPLODED");
		assertThat(errorCodes()).contains("UNAUTHORIZED", "OVERLOADED", "SLOT_FULL").doesNotContain("CART_EXPLODED");
	}

	@Test
	void aPathTheContractLacksIsCaught() throws IOException {
		assertThat(unknownPaths("Call `POST /api/v1/orders/{id}/refund-now` then `GET /api/v1/cart`; `/api/v1/rider/**` "
				+ "is for riders, `/api/v1/riders/**` for nobody.", contractPaths()))
			.containsExactly("/api/v1/orders/{id}/refund-now", "/api/v1/riders");
	}

	private static void assertNamesOnlyContractPaths(Path document) throws IOException {
		String text = Files.readString(document);
		assertThat(API_PATH.matcher(text).find()).as(document + " names endpoints").isTrue();
		assertThat(unknownPaths(text, contractPaths())).as("paths in " + document + " that api/openapi.json lacks")
			.isEmpty();
	}

	private static List<String> unknownPaths(String text, List<String> contract) {
		List<Pattern> operations = contract.stream()
			.map(path -> Pattern.compile(Pattern.quote(path).replaceAll("\\{[^}]*}", "\\\\E[^/]+\\\\Q")))
			.toList();
		Set<String> unknown = new LinkedHashSet<>();
		Matcher mention = API_PATH.matcher(text);
		while (mention.find()) {
			boolean family = mention.group().endsWith("/**");
			String path = mention.group().replaceAll("[./*]+$", "");
			String concrete = path.replaceAll("\\{[^}/]*}|<[^>/]*>", "x");
			boolean known = family ? contract.stream().anyMatch(operation -> operation.startsWith(path + "/"))
					: operations.stream().anyMatch(operation -> operation.matcher(concrete).matches());
			if (!known) {
				unknown.add(path);
			}
		}
		return new ArrayList<>(unknown);
	}

	/** The codes in the second column (codes) of the table in the guide's section on error codes. */
	private static List<String> errorCodesInTable(String guide) {
		String section = guide.substring(guide.indexOf("## Error codes the app must handle"));
		int next = section.indexOf("\n## ", 1);
		section = (next < 0) ? section : section.substring(0, next);
		List<String> codes = new ArrayList<>();
		for (String line : section.lines().filter(line -> line.startsWith("|")).toList()) {
			String[] cells = line.split("\\|");
			Matcher code = CODE.matcher((cells.length > 2) ? cells[2] : "");
			while (code.find()) {
				codes.add(code.group(1));
			}
		}
		return codes;
	}

	/** The constants of every {@code *ErrorCode} enum in the main sources of the platform, the gateway and the services. */
	private static Set<String> errorCodes() throws IOException {
		Set<String> codes = new LinkedHashSet<>();
		for (Path sources : List.of(Path.of("../platform/src/main/java"), Path.of("../gateway/src/main/java"),
				Path.of("../services"))) {
			try (Stream<Path> files = Files.walk(sources)) {
				for (Path file : files.filter(file -> file.getFileName().toString().endsWith("ErrorCode.java"))
					.filter(file -> file.toString().contains("src/main/java"))
					.toList()) {
					Matcher constant = ENUM_CONSTANT.matcher(Files.readString(file));
					while (constant.find()) {
						codes.add(constant.group(1));
					}
				}
			}
		}
		return codes;
	}

	private static List<String> contractPaths() throws IOException {
		JsonNode paths = JsonMapper.builder().build().readTree(Files.readString(CONTRACT)).path("paths");
		return List.copyOf(paths.propertyNames());
	}
}
