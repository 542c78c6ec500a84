package com.vurksha.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.vurksha.platformtest.ErrorCodeDeclarations;

/** Each endpoint's @ApiErrors, which the API document lists, names exactly the business codes its handler can reach. */
class ApiErrorsTests {

	@Test
	void listsTheErrorCodesEachEndpointCanAnswer() {
		assertThat(ErrorCodeDeclarations.problems(AdminServiceApplication.class)).isEmpty();
	}
}
