package com.vurksha.delivery.slot;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlotCalendarTests {

	private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

	private final SlotCalendar calendar = new SlotCalendar(KOLKATA);

	private static SlotTemplate template(DayOfWeek weekday, String start, String end) {
		return new SlotTemplate("t-" + weekday + "-" + start, "zone-1", weekday, LocalTime.parse(start),
				LocalTime.parse(end), 20, 60);
	}

	@Test
	void readsWallClockTimesInKolkataAndStoresThemAsInstants() {
		LocalDate wednesday = LocalDate.of(2026, 11, 25);

		List<PlannedSlot> planned = calendar.plan(List.of(template(DayOfWeek.WEDNESDAY, "07:00", "09:00")), wednesday, 1);

		assertThat(planned).singleElement().satisfies(slot -> {
			assertThat(slot.date()).isEqualTo(wednesday);
			assertThat(slot.startsAt()).isEqualTo(Instant.parse("2026-11-25T01:30:00Z"));
			assertThat(slot.endsAt()).isEqualTo(Instant.parse("2026-11-25T03:30:00Z"));
			assertThat(slot.capacity()).isEqualTo(20);
			assertThat(slot.cutoffMinutes()).isEqualTo(60);
		});
	}

	@Test
	void coversSevenDaysWithEachTemplateOnItsOwnWeekday() {
		List<SlotTemplate> everyDay = Arrays.stream(DayOfWeek.values())
			.flatMap(day -> Stream.of(template(day, "07:00", "09:00"), template(day, "17:00", "19:00")))
			.toList();

		List<PlannedSlot> planned = calendar.plan(everyDay, LocalDate.of(2026, 11, 25), 7);

		assertThat(planned).hasSize(14);
		assertThat(planned).extracting(PlannedSlot::date)
			.containsOnly(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 27),
					LocalDate.of(2026, 11, 28), LocalDate.of(2026, 11, 29), LocalDate.of(2026, 11, 30),
					LocalDate.of(2026, 12, 1));
		assertThat(planned).allSatisfy(slot -> assertThat(slot.templateId()).startsWith("t-" + slot.date().getDayOfWeek()));
	}

	@Test
	void skipsDaysWithoutATemplate() {
		List<PlannedSlot> planned = calendar.plan(List.of(template(DayOfWeek.SUNDAY, "09:00", "11:00")),
				LocalDate.of(2026, 11, 25), 7);

		assertThat(planned).singleElement()
			.satisfies(slot -> assertThat(slot.date()).isEqualTo(LocalDate.of(2026, 11, 29)));
	}

	@Test
	void takesTodayFromKolkataNotFromUtc() {
		assertThat(calendar.today(Instant.parse("2026-11-25T19:00:00Z"))).isEqualTo(LocalDate.of(2026, 11, 26));
		assertThat(calendar.today(Instant.parse("2026-11-25T18:29:59Z"))).isEqualTo(LocalDate.of(2026, 11, 25));
	}

	@Test
	void anEveningSlotEndsOnItsOwnDayInKolkataThoughUtcIsEarlier() {
		List<PlannedSlot> planned = calendar.plan(List.of(template(DayOfWeek.THURSDAY, "19:00", "21:00")),
				LocalDate.of(2026, 11, 26), 1);

		assertThat(planned).singleElement().satisfies(slot -> {
			assertThat(slot.startsAt()).isEqualTo(Instant.parse("2026-11-26T13:30:00Z"));
			assertThat(slot.endsAt()).isEqualTo(Instant.parse("2026-11-26T15:30:00Z"));
		});
	}
}
