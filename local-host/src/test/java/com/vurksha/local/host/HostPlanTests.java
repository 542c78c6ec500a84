package com.vurksha.local.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostPlanTests {

	@Test
	void readsWhatItWrote(@TempDir Path dir) throws Exception {
		HostPlan plan = new HostPlan(Path.of("/h/shared"), Path.of("/d/logs"), 2,
				List.of(new HostPlan.Application("order", "com.vurksha.order.OrderServiceApplication",
						Set.of("a.jar", "b.jar"), List.of(Path.of("/h/apps/order/classes")),
						List.of("--server.port=8084", "--spring.datasource.password="))));
		Path file = Files.writeString(dir.resolve("plan"), plan.write());

		assertThat(HostPlan.read(file)).isEqualTo(plan);
	}
}
