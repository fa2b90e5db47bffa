// Units of sim time. Sim time is in hours since the scenario's start date (midnight); results are
// reported per week.

export const HOURS_PER_DAY = 24;
export const DAYS_PER_WEEK = 7;
/** The length of a reporting period (a week), hours. */
export const HOURS_PER_WEEK = DAYS_PER_WEEK * HOURS_PER_DAY;
