package com.vurksha.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The test renderer agrees with real kustomize ({@code kubectl kustomize}) when kubectl is installed. */
class KustomizeTests {

	@ParameterizedTest
	@MethodSource("com.vurksha.deploy.DeployManifestsTests#kustomizations")
	void rendersWhatKubectlKustomizeRenders(Path dir) throws Exception {
		String kubectl = kubectlOutput(dir);
		assumeTrue(kubectl != null, "kubectl not installed");
		assertThat(byId(Kustomize.documents(kubectl))).isEqualTo(byId(Kustomize.render(dir)));
	}

	private static Map<String, Object> byId(Iterable<Map<String, Object>> documents) {
		Map<String, Object> byId = new TreeMap<>();
		for (Map<String, Object> doc : documents) {
			// compare through YAML so that 1 and "1" or map ordering do not matter
			Object normalized = Kustomize.yaml().load(Kustomize.yaml().dump(doc));
			byId.put(doc.get("kind") + "/" + Kustomize.metadata(doc).get("name"), normalized);
		}
		return byId;
	}

	private static String kubectlOutput(Path dir) throws InterruptedException {
		try {
			Process process = new ProcessBuilder("kubectl", "kustomize", dir.toString()).redirectErrorStream(false)
				.start();
			String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new AssertionError("kubectl kustomize " + dir + " failed: "
						+ new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
			}
			return out;
		}
		catch (IOException notInstalled) {
			return null;
		}
	}
}
