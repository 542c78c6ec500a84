package com.vurksha.admin.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.error.CommonErrorCode;

class ReportParametersTests {

	@Test
	void defaultsWhatIsNotGiven() {
		assertThat(ReportParameters.granularity(null)).isEqualTo(SalesReport.Granularity.DAY);
		assertThat(ReportParameters.ranking(" ")).isEqualTo(ProductsReport.Ranking.QUANTITY);
		assertThat(ReportParameters.limit(null)).isEqualTo(20);
		assertThat(ReportParameters.threshold(null)).isEqualTo(5);
		assertThat(ReportParameters.format(null)).isNull();
	}

	@Test
	void readsNamesInAnyCase() {
		assertThat(ReportParameters.granularity("HOUR")).isEqualTo(SalesReport.Granularity.HOUR);
		assertThat(ReportParameters.ranking("Revenue")).isEqualTo(ProductsReport.Ranking.REVENUE);
		assertThat(ReportParameters.format("CSV").isCompatibleWith(MediaType.valueOf("text/csv"))).isTrue();
	}

	@Test
	void refusesValuesOutOfRange() {
		assertThatThrownBy(() -> ReportParameters.limit(101)).isInstanceOfSatisfying(ApiException.class,
				ex -> assertThat(ex.code()).isEqualTo(CommonErrorCode.VALIDATION_FAILED));
		assertThatThrownBy(() -> ReportParameters.threshold(-1)).isInstanceOf(ApiException.class);
		assertThatThrownBy(() -> ReportParameters.granularity("minute")).isInstanceOf(ApiException.class);
	}
}
