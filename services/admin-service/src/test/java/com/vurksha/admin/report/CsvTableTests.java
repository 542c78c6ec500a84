package com.vurksha.admin.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTableTests {

	@Test
	void writesMoneyInRupeesWithTwoDecimals() {
		assertThat(CsvTable.rupees(1234567)).hasToString("12345.67");
		assertThat(CsvTable.rupees(5)).hasToString("0.05");
		assertThat(CsvTable.rupees(-5000)).hasToString("-50.00");
	}

	@Test
	void quotesWhatNeedsItAndWritesNullsEmpty() {
		CsvTable table = new CsvTable(List.of("name", "note", "amount"),
				List.of(Arrays.asList("Ghee, 500 ml", null, CsvTable.rupees(-100))));

		assertThat(table.render()).isEqualTo("name,note,amount\r\n\"Ghee, 500 ml\",,-1.00\r\n");
	}

	@Test
	void keepsSpreadsheetsFromRunningTextAsAFormula() {
		CsvTable table = new CsvTable(List.of("name"), List.of(List.of("=HYPERLINK(\"x\")"), List.of("@SUM(A1)")));

		assertThat(table.render()).isEqualTo("name\r\n\"'=HYPERLINK(\"\"x\"\")\"\r\n'@SUM(A1)\r\n");
	}
}
