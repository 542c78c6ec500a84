package com.vurksha.api;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The contract the app is built against. The services' integration tests wrote their documents to
 * {@code services/<name>-service/target/openapi/}; here they are merged into the public document, every one of them
 * is linted (Redocly's recommended rules and Spectral's {@code spectral:oas}, zero errors), and the committed
 * {@code api/openapi.json}, which the gateway serves at {@code /v3/api-docs/public}, must equal the merge. A breaking
 * change under {@code /api/v1} is refused unless {@code docs/api-changelog.md} names it. {@code -Dapi.update=true}
 * rewrites {@code api/openapi.json} (once the changelog names its breaking changes).
 */
class ContractTests {

	static final List<String> SERVICES = List.of("user", "product", "cart", "order", "payment", "delivery",
			"notification", "search", "file", "admin");

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private static final Path REPO = Path.of(System.getProperty("vurksha.api.repo-dir", "..")).toAbsolutePath();

	private static final Path API = REPO.resolve("api");

	private static final Path COMMITTED = API.resolve("openapi.json");

	private static final Path OUT = API.resolve("target").resolve("openapi");

	private static final Map<String, Path> documents = new LinkedHashMap<>();

	private static ObjectNode merged;

	@BeforeAll
	static void mergeTheServicesDocuments() throws IOException {
		Map<String, JsonNode> services = new LinkedHashMap<>();
		Files.createDirectories(OUT);
		for (String service : SERVICES) {
			Path file = REPO.resolve("services").resolve(service + "-service").resolve("target").resolve("openapi")
				.resolve(service + ".json");
			if (!Files.isRegularFile(file)) {
				fail(file + " is missing: each service's ApiDocs integration test writes it; build with "
						+ "./mvnw verify (or make api-contract)");
			}
			services.put(service, JSON.readTree(file.toFile()));
			documents.put(service, file);
		}
		merged = PublicDocument.merge(services);
		Path publicFile = OUT.resolve("public.json");
		Files.writeString(publicFile, JSON.writeValueAsString(merged) + "\n");
		documents.put("public", publicFile);
	}

	@Test
	void everyDocumentLintsWithoutErrors() throws Exception {
		installLinters();
		List<String> files = documents.values().stream().map(Path::toString).toList();

		List<String> redocly = new ArrayList<>(List.of(bin("redocly"), "lint", "--config", "redocly.yaml"));
		redocly.addAll(files);
		assertThat(run(redocly)).as("redocly lint").isZero();

		List<String> spectral = new ArrayList<>(
				List.of(bin("spectral"), "lint", "--ruleset", ".spectral.yaml", "--fail-severity", "error"));
		spectral.addAll(files);
		assertThat(run(spectral)).as("spectral lint").isZero();
	}

	@Test
	void everyOperationIsNamedByItsCode() {
		// an id with a digit is the documentation library's fallback for two methods of one service named alike
		// (get_2); the ids name the Dart client's methods, so each is set in the code and reads as what it does
		assertThat(PublicDocument.operations(merged))
			.extracting(operation -> operation.path("operationId").asString(""))
			.doesNotHaveDuplicates()
			.allSatisfy(id -> assertThat(id).as("operationId").matches("[a-z][a-zA-Z]+"));
	}

	@Test
	void theCommittedContractIsTheCodesAndRecordsEveryBreakingChange() throws IOException {
		String current = JSON.writeValueAsString(merged) + "\n";
		String committed = Files.isRegularFile(COMMITTED) ? Files.readString(COMMITTED) : null;
		if (committed != null) {
			String changelog = Files.readString(REPO.resolve("docs").resolve("api-changelog.md"));
			List<String> unrecorded = BreakingChanges.unrecorded(BreakingChanges.between(committed, current), changelog);
			assertThat(unrecorded).as("breaking changes to /api/v1 since api/openapi.json; each needs an entry in "
					+ "docs/api-changelog.md naming it as `METHOD /path` (then make api-contract)").isEmpty();
		}
		if (Boolean.getBoolean("vurksha.api.update")) {
			Files.writeString(COMMITTED, current);
			return;
		}
		assertThat(committed).as("api/openapi.json exists; make api-contract writes it").isNotNull();
		assertThat(JSON.readTree(committed)).as("api/openapi.json is the code's contract; after a change to the API "
				+ "run make api-contract, record the change in docs/api-changelog.md and commit both").isEqualTo(merged);
	}

	private static void installLinters() throws Exception {
		if (!Files.isExecutable(API.resolve("node_modules/.bin/redocly"))
				|| !Files.isExecutable(API.resolve("node_modules/.bin/spectral"))) {
			assertThat(run(List.of("npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts")))
				.as("npm ci in api/ (Node.js and npm must be installed)").isZero();
		}
	}

	private static String bin(String tool) {
		return API.resolve("node_modules/.bin").resolve(tool).toString();
	}

	/**
	 * Runs a Node.js tool with no standard input (Node makes an inherited input non-blocking, which breaks the test
	 * JVM's own channel to the build) and its output collected in a file, then printed through this JVM.
	 */
	private static int run(List<String> command) throws Exception {
		Path output = Files.createTempFile(API.resolve("target"), "tool-", ".log");
		try {
			ProcessBuilder builder = new ProcessBuilder(command).directory(API.toFile())
				.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
				.redirectErrorStream(true)
				.redirectOutput(output.toFile());
			builder.environment().put("REDOCLY_TELEMETRY", "off");
			builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
			builder.environment().put("NO_UPDATE_NOTIFIER", "1");
			Process process = builder.start();
			boolean finished = process.waitFor(5, TimeUnit.MINUTES);
			if (!finished) {
				process.destroyForcibly();
			}
			System.out.println(Files.readString(output));
			if (!finished) {
				fail(String.join(" ", command) + " did not finish in 5 minutes");
			}
			return process.exitValue();
		}
		finally {
			Files.deleteIfExists(output);
		}
	}
}
