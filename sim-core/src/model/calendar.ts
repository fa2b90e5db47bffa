/**
 * Civil-calendar arithmetic without the Date object (sim-core never touches the wall clock, and
 * lint bans `new Date`). Days are counted from 1970-01-01 (day 0), proleptic Gregorian; the
 * algorithms are Howard Hinnant's `days_from_civil` / `civil_from_days` (public domain).
 */
import { HOURS_PER_DAY } from '../vocabulary/time.ts';

/** Days since 1970-01-01 of a civil date (month 1..12). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date [year, month 1..12, day 1..31] of a day count since 1970-01-01. */
export function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` date. */
export function parseIsoDate(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (match === null) throw new RangeError(`expected a date as YYYY-MM-DD, got "${iso}"`);
  return daysFromCivil(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** `YYYY-MM-DD` of a day count since 1970-01-01. */
export function isoDateOfDays(days: number): string {
  const [y, m, d] = civilFromDays(days);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The scenario's clock in calendar terms: sim hour 0 is midnight of `startDate`. */
export class SimCalendar {
  /** Days since 1970-01-01 of the start date. */
  readonly dayZero: number;

  constructor(startDate: string) {
    this.dayZero = parseIsoDate(startDate);
  }

  /** Sim hours of midnight of an ISO date (negative before the start). */
  hoursOf(iso: string): number {
    return (parseIsoDate(iso) - this.dayZero) * HOURS_PER_DAY;
  }

  /** ISO date of the day containing sim hour `hours`. */
  isoDateAt(hours: number): string {
    return isoDateOfDays(this.dayZero + Math.floor(hours / HOURS_PER_DAY));
  }

  /** ISO weekday (1 = Monday .. 7 = Sunday) of sim day `dayIndex`. 1970-01-01 was a Thursday. */
  weekdayOfDay(dayIndex: number): number {
    const d = this.dayZero + dayIndex;
    return ((((d + 3) % 7) + 7) % 7) + 1;
  }

  /** Month (0..11) of sim hour `hours`. */
  monthAt(hours: number): number {
    return (civilFromDays(this.dayZero + Math.floor(hours / HOURS_PER_DAY))[1] as number) - 1;
  }

  /** Sim hours of the first midnight of every month strictly after 0 and before `endHours`. */
  monthStartsBefore(endHours: number): number[] {
    const starts: number[] = [];
    let [y, m] = civilFromDays(this.dayZero);
    for (;;) {
      m++;
      if (m > 12) {
        m = 1;
        y++;
      }
      const hours = (daysFromCivil(y, m, 1) - this.dayZero) * HOURS_PER_DAY;
      if (hours >= endHours) return starts;
      starts.push(hours);
    }
  }

  /**
   * Calendar years touched by [0, endHours): the year numbers and the sim hours each starts at
   * (the first clipped to 0), plus a final entry `endHours` closing the last.
   */
  yearsBefore(endHours: number): { years: number[]; startHours: number[] } {
    const [firstYear] = civilFromDays(this.dayZero);
    const years: number[] = [];
    const startHours: number[] = [];
    for (let y = firstYear; ; y++) {
      const hours = Math.max(0, (daysFromCivil(y, 1, 1) - this.dayZero) * HOURS_PER_DAY);
      if (hours >= endHours) break;
      years.push(y);
      startHours.push(hours);
    }
    startHours.push(endHours);
    return { years, startHours };
  }
}
