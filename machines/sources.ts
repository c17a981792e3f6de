import type { SourceRef } from './types.ts';

/**
 * The dated public sources the machines cite in their `basis`. Scenario files add
 * their own. Where a wire story is cited through a site that republished it, the
 * publisher field names both (original first), so a teacher can tell which is which.
 */
export const modelSources: readonly SourceRef[] = [
  {
    id: 'reuters-2024-01-18',
    publisher: 'Reuters (Laila Bassam, Maya Gebeily), via Lincoln Daily News',
    title: 'Hezbollah rejected US overtures, still open to diplomacy to avoid wider war',
    date: '2024-01-18',
    url: 'https://archives.lincolndailynews.com/2024/Jan/18/NEWS/news_j.shtml',
    note: 'Paraphrased, not quoted. Citing Lebanese officials: Hezbollah rejected US envoy Amos Hochstein\'s initial ideas as unrealistic, said it would keep firing until a full ceasefire in Gaza, stayed open to US diplomacy to avoid a war the officials called ruinous for Lebanon, and might back Lebanon negotiating a mediated land-border deal after the Gaza war. The Reuters story as republished in full by Lincoln Daily News.',
  },
  {
    id: 'maritime-2022',
    publisher: 'AP, via KEYT',
    title: 'Lebanon delivers signed sea border deal to U.S. mediator',
    date: '2022-10-27',
    url: 'https://keyt.com/news/2022/10/27/lebanon-delivers-signed-sea-border-deal-to-u-s-mediator/',
    note: 'The US-mediated maritime boundary agreement, brokered by Amos Hochstein: the precedent for a mediated land-border deal.',
  },
  {
    id: 'front-2023-10-08',
    publisher: 'Geo News (with Reuters)',
    title: 'Israel strikes southern Lebanon after Hezbollah attacks Shebaa farms',
    date: '2023-10-08',
    url: 'https://www.geo.tv/latest/513600-israel-strikes-lebanon-after-hezbollah-hits-shebaa-farms',
    note: 'Hezbollah said it fired at Israeli positions in the Shebaa Farms "in solidarity" with the Palestinians; Israel responded with artillery and strikes.',
  },
  {
    id: 'truce-2023-11',
    publisher: 'The Times of Israel',
    title: '\'Precarious calm\' on northern front as truce with Hamas takes hold',
    date: '2023-11-24',
    url: 'https://www.timesofisrael.com/precarious-calm-on-northern-front-as-truce-with-hamas-takes-hold/',
  },
  {
    id: 'truce-ends-2023-12-01',
    publisher: 'L\'Orient Today',
    title: 'Three killed by Israeli strikes in southern Lebanon as fighting resumes: Day 56',
    date: '2023-12-01',
    url: 'https://today.lorientlejour.com/article/1359261/fighting-resumes-between-hamas-and-israel-following-end-of-truce-day-56-of-the-hamas-israel-war.html',
  },
  {
    id: 'red-sea-2024-01-12',
    publisher: 'The Times of Israel (live blog)',
    title: 'US, UK carrying out strikes against Houthi targets in Yemen — officials',
    date: '2024-01-12',
    url: 'https://www.timesofisrael.com/liveblog_entry/us-uk-carrying-out-strikes-against-houthi-targets-in-yemen-officials/',
    note: 'The strikes began in the night of 11 to 12 January 2024.',
  },
  {
    id: 'iran-2024-04-14',
    publisher: 'UPI',
    title: 'Iran launches drone strike at Israel after attack on Damascus embassy',
    date: '2024-04-14',
    url: 'https://www.upi.com/Top_News/World-News/2024/04/14/iran-airstrike-drones/1951713049580/',
  },
  {
    id: 'majdal-shams-2024-07-27',
    publisher: 'The Times of Israel',
    title: 'Washington blames Hezbollah for fatal rocket strike; security cabinet mulls reprisal',
    date: '2024-07-28',
    url: 'https://www.timesofisrael.com/washington-blames-hezbollah-for-fatal-rocket-strike-security-cabinet-mulls-reprisal/',
    note: 'The strike on Majdal Shams on 27 July 2024 killed 12 children and teenagers. Israel and the United States attributed it to Hezbollah, which denied responsibility.',
  },
  {
    id: 'air-campaign-2024-09-23',
    publisher: 'NDTV (AFP)',
    title: '492 Dead In Israeli Strikes On Hezbollah Strongholds In Lebanon',
    date: '2024-09-24',
    url: 'https://www.ndtv.com/world-news/492-dead-in-israeli-strikes-on-hezbollah-strongholds-in-lebanon-6634643',
    note: 'Figures from Lebanon\'s health ministry for 23 September 2024; title inferred from the address.',
  },
  {
    id: 'ground-op-2024-10-01',
    publisher: 'New Delhi Times (AP)',
    title: 'Israel begins limited operation against Hezbollah targets in southern Lebanon',
    date: '2024-10-01',
    url: 'https://www.newdelhitimes.com/israel-begins-limited-operation-against-hezbollah-targets-in-southern-lebanon/',
    note: 'Title inferred from the address.',
  },
  {
    id: 'qassem-2024-10-08',
    publisher: 'Reuters, via A News',
    title: 'Hezbollah drops Gaza truce as condition for Lebanon ceasefire',
    date: '2024-10-08',
    url: 'https://www.anews.com.tr/world/2024/10/08/hezbollah-drops-gaza-truce-as-condition-for-lebanon-ceasefire',
    note: 'Naim Qassem backed Speaker Nabih Berri\'s efforts for a ceasefire without conditioning it on Gaza. Hezbollah did not itself describe this as a change of position. Title inferred from the address.',
  },
  {
    id: 'ceasefire-2024-11-27',
    publisher: 'Reuters, via Hawaii Tribune-Herald',
    title: 'Israel-Hezbollah truce holds, Israel sets south Lebanon curfew',
    date: '2024-11-27',
    url: 'https://hawaiitribune-herald.com/?p=334635',
    note: 'The US- and France-brokered ceasefire, approved by Israel\'s cabinet on 26 November 2024, took effect on 27 November.',
  },
  {
    id: 'model',
    publisher: 'Escalation Lab',
    title: 'Modelling assumption (a teaching simplification, explained in docs/model.md)',
    date: '2026-12',
    note: 'Behaviour the model assumes so that the exercise works; not a claim about what any party did or would do.',
  },
];
