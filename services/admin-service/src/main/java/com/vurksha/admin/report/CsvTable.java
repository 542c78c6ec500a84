package com.vurksha.admin.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A report as a table: a header row and one row per line of the report. Money is written in rupees with two
 * decimals ({@link #rupees}), so a spreadsheet sums it as it is.
 */
public final class CsvTable {

	private final List<String> header;

	private final List<List<?>> rows;

	CsvTable(List<String> header, List<List<?>> rows) {
		this.header = List.copyOf(header);
		this.rows = List.copyOf(rows);
	}

	/** Paise as rupees, e.g. 1234567 as 12345.67. */
	static BigDecimal rupees(long paise) {
		return BigDecimal.valueOf(paise, 2);
	}

	/** RFC 4180 text: CRLF line ends, fields quoted where they need it, nulls as empty fields. */
	String render() {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
			for (List<?> row : rows) {
				printer.printRecord(row.stream().map(CsvTable::inert).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/**
	 * Text a spreadsheet would run as a formula (a product name starting with {@code =}, say) is written with a
	 * leading apostrophe, so opening the file never evaluates it; numbers are left as they are.
	 */
	private static Object inert(Object cell) {
		if (cell instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return cell;
	}
}
