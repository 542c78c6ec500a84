package com.vurksha.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.vurksha.files.support.FileServiceIntegrationTest;
import com.vurksha.platformtest.ApiDocuments;
import com.vurksha.platformtest.Api;
import tools.jackson.databind.JsonNode;

class ApiDocsIntegrationTests extends FileServiceIntegrationTest {

	@Test
	void describesTheUploadFlowAndTheFile() {
		Api.Reply docs = api.get("/v3/api-docs");

		assertThat(docs.status()).isEqualTo(200);
		JsonNode start = docs.body().at("/paths/~1api~1v1~1files~1uploads/post");
		assertThat(start.get("operationId").asString()).isEqualTo("startUpload");
		assertThat(start.at("/responses/413").isMissingNode()).isFalse();
		assertThat(docs.body().at("/paths/~1api~1v1~1files~1uploads~1{uploadId}~1complete/post/responses/415")
			.isMissingNode()).isFalse();
		assertThat(docs.body().at("/components/schemas/File/properties/variants").isMissingNode()).isFalse();
		ApiDocuments.export(docs.body(), "file");
	}
}
