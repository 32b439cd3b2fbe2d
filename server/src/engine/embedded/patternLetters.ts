/**
 * The 23 letters java.text.SimpleDateFormat gives a meaning to. Every other unquoted ASCII letter is
 * reserved: Java rejects the pattern. Examples are what `new SimpleDateFormat(p, Locale.US)` prints
 * for 2017-08-30 19:19:29.123 PDT (a Wednesday), so hover and completion can show real output.
 */
export interface PatternLetter {
  readonly letter: string;
  /** What the letter stands for, short enough for a completion label. */
  readonly name: string;
  /** How Java prints it: `Text`, `Number`, `Year`, `Month` or one of the three zone styles. */
  readonly presentation: string;
  readonly description: string;
  readonly example: string;
}

const letters: readonly PatternLetter[] = [
  {
    letter: 'G', name: 'era', presentation: 'Text',
    description: 'The era, AD or BC. In Locale.US every count prints the short form.',
    example: 'AD',
  },
  {
    letter: 'y', name: 'year', presentation: 'Year',
    description: 'The calendar year. `yy` keeps the last two digits; any other count pads with zeros to at least that many digits, so `y` and `yyy` print the full year.',
    example: 'yyyy → 2017; yy → 17',
  },
  {
    letter: 'Y', name: 'week year', presentation: 'Year',
    description: 'The year the week belongs to (US weeks: Sunday first, week 1 holds 1 January), so 2018-12-31 is in week year 2019. It differs from `y` in the last days of December and the first of January; `yyyy` is almost always what was meant.',
    example: 'YYYY → 2017; YY → 17',
  },
  {
    letter: 'M', name: 'month', presentation: 'Month',
    description: 'The month of the year. One or two letters print the number, three the short name, four or more the full name. Not to be confused with `m` (minute).',
    example: 'MM → 08; MMM → Aug; MMMM → August',
  },
  {
    letter: 'L', name: 'month (standalone)', presentation: 'Month',
    description: 'The month as a name standing on its own (some languages inflect it). In Locale.US it prints the same as `M`.',
    example: 'LL → 08; LLL → Aug; LLLL → August',
  },
  {
    letter: 'w', name: 'week of year', presentation: 'Number',
    description: 'The week of the week year, 1 to 53, with US weeks (Sunday first, week 1 holds 1 January).',
    example: '35',
  },
  {
    letter: 'W', name: 'week of month', presentation: 'Number',
    description: 'The week of the month, counting from the week that holds the 1st (Sunday first).',
    example: '5',
  },
  {
    letter: 'D', name: 'day of year', presentation: 'Number',
    description: 'The day of the year, 1 to 366. Usually a typo for `d` (day of month).',
    example: '242',
  },
  {
    letter: 'd', name: 'day of month', presentation: 'Number',
    description: 'The day of the month, 1 to 31.',
    example: 'dd → 30',
  },
  {
    letter: 'F', name: 'weekday occurrence in month', presentation: 'Number',
    description: 'Which occurrence of its weekday the date is within the month: days 1-7 are 1, days 8-14 are 2, and so on.',
    example: '5',
  },
  {
    letter: 'E', name: 'day name', presentation: 'Text',
    description: 'The name of the weekday. Up to three letters print the short name, four or more the full name.',
    example: 'EEE → Wed; EEEE → Wednesday',
  },
  {
    letter: 'u', name: 'day number of week', presentation: 'Number',
    description: 'The weekday as a number, Monday 1 to Sunday 7. In java.time DateTimeFormatter `u` is the year instead.',
    example: '3',
  },
  {
    letter: 'a', name: 'AM/PM marker', presentation: 'Text',
    description: 'AM or PM. Needed with `h` or `K`, which do not tell morning from afternoon.',
    example: 'PM',
  },
  {
    letter: 'H', name: 'hour of day (0-23)', presentation: 'Number',
    description: 'The hour on a 24-hour clock, 0 to 23. The usual choice for machine-readable times.',
    example: 'HH → 19',
  },
  {
    letter: 'k', name: 'hour of day (1-24)', presentation: 'Number',
    description: 'The hour on a 24-hour clock that prints midnight as 24, 1 to 24.',
    example: 'kk → 19',
  },
  {
    letter: 'K', name: 'hour of AM/PM (0-11)', presentation: 'Number',
    description: 'The hour on a 12-hour clock that starts at 0, 0 to 11. Pair it with `a`.',
    example: 'KK → 07',
  },
  {
    letter: 'h', name: 'hour of AM/PM (1-12)', presentation: 'Number',
    description: 'The hour on a 12-hour clock, 1 to 12. Without `a` the morning and the evening look the same; `HH` is usually what was meant.',
    example: 'hh → 07',
  },
  {
    letter: 'm', name: 'minute', presentation: 'Number',
    description: 'The minute of the hour, 0 to 59. Not to be confused with `M` (month).',
    example: 'mm → 19',
  },
  {
    letter: 's', name: 'second', presentation: 'Number',
    description: 'The second of the minute, 0 to 59.',
    example: 'ss → 29',
  },
  {
    letter: 'S', name: 'millisecond', presentation: 'Number',
    description: 'The millisecond of the second as a whole number, 0 to 999, padded with zeros to the letter count. It is not a fraction: `SSSSSS` prints 000123, and reads 123456 as 123456 milliseconds.',
    example: 'SSS → 123',
  },
  {
    letter: 'z', name: 'time zone name', presentation: 'General time zone',
    description: 'The zone\'s name: up to three letters the short name, four or more the long name. Zones without a short name print an offset such as `GMT+05:30`.',
    example: 'z → PDT; zzzz → Pacific Daylight Time',
  },
  {
    letter: 'Z', name: 'RFC 822 offset', presentation: 'RFC 822 time zone',
    description: 'The offset from UTC as a sign and four digits, whatever the count. It prints +0000 for UTC, never a letter Z.',
    example: '-0700',
  },
  {
    letter: 'X', name: 'ISO 8601 offset', presentation: 'ISO 8601 time zone',
    description: 'The offset from UTC: `X` hours only, `XX` hours and minutes, `XXX` with a colon. A zero offset prints `Z`. Four or more letters are rejected.',
    example: 'X → -07; XX → -0700; XXX → -07:00',
  },
];

export const PATTERN_LETTERS: ReadonlyMap<string, PatternLetter> = new Map(letters.map((entry) => [entry.letter, entry]));
