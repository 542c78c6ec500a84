package com.vurksha.files.image;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

class ImageConfigurationTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(ImageConfiguration.class);

	@Test
	void bindsTheDocumentedDefaults() {
		context.run(started -> assertThat(started.getBean(ImageLimits.class))
			.isEqualTo(new ImageLimits(40_000_000, 12_000, 0.85f, 0.8f, 2, 8, "heif-dec")));
	}

	@Test
	void refusesALimitOutOfRange() {
		context.withPropertyValues("vurksha.files.images.jpeg-quality=1.5")
			.run(started -> assertThat(started).hasFailed());
	}

	@Test
	void stopsTheWorkersWhenTheContextCloses() {
		context.run(started -> assertThat(started.getBean(ImageWorkers.class).run(() -> "warm")).isEqualTo("warm"));

		assertThat(Thread.getAllStackTraces().keySet()).noneMatch(
				thread -> thread.getName().startsWith("image-worker-") && thread.isAlive());
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(ImageLimits.class)
	@Import({ ImagePipeline.class, ImageWorkers.class })
	static class ImageConfiguration {

		@Bean
		MeterRegistry meters() {
			return new SimpleMeterRegistry();
		}
	}
}
