package com.vurksha.local.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class DemoPicturesTests {

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void drawsTheSamePictureForTheSameProductAndAnotherForAnother() throws IOException {
		byte[] tomato = ProducePainter.paint("prd-tomato-hybrid", "Tomato (Hybrid)", "cat-everyday-vegetables");

		BufferedImage picture = ImageIO.read(new ByteArrayInputStream(tomato));
		assertThat(picture.getWidth()).isEqualTo(ProducePainter.WIDTH);
		assertThat(picture.getHeight()).isEqualTo(ProducePainter.HEIGHT);
		assertThat(ProducePainter.paint("prd-tomato-hybrid", "Tomato (Hybrid)", "cat-everyday-vegetables"))
			.isEqualTo(tomato);
		assertThat(ProducePainter.paint("prd-ghee", "A2 Cow Ghee", "cat-dairy")).isNotEqualTo(tomato);
	}

	@Test
	void aProductNeedsAPictureUntilOneKeptByTheFileServiceIsShown() throws IOException {
		assertThat(DemoPictures.hasUploadedPicture(json.readTree("""
				{"id":"p","images":[{"fileId":null,"card":{"url":"https://images.vurksha.in/catalogue/okra.jpg"}}]}""")))
			.isFalse();
		assertThat(DemoPictures.hasUploadedPicture(json.readTree("{\"id\":\"p\",\"images\":[]}"))).isFalse();
		assertThat(DemoPictures.hasUploadedPicture(json.readTree("""
				{"id":"p","images":[{"fileId":"0b9c2f1e-7a51-4c4e-9d0e-1f6f2d3c4b5a","card":{"url":"http://x/cdn/p/a.webp"}}]}""")))
			.isTrue();
	}
}
