/**
 * The glossary and who's who printed on every handout and in docs/glossary.md. Each
 * entry is attributed and dated; positions a person held are given as of the date.
 */

/** One glossary or who's-who entry. */
export interface GlossaryEntry {
  readonly term: string;
  readonly kind: 'term' | 'person';
  readonly text: string;
  /** The source the entry rests on: a publisher and date a reader can look up. */
  readonly source: string;
}

/** Terms first, then people, each alphabetical. */
export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    term: 'Blue Line',
    kind: 'term',
    text: 'The line the UN identified in 2000 to confirm Israel’s withdrawal from southern Lebanon. It is a withdrawal line, not an agreed international border; Lebanon has registered reservations at 13 points along it.',
    source: 'UN Secretary-General’s report S/2000/590, 16 June 2000; L’Orient Today, 2024',
  },
  {
    term: 'Ghajar',
    kind: 'term',
    text: 'A village on the Blue Line near the Hasbani river, divided by it; its northern part lies on the Lebanese side of the line and is one of the disputed points.',
    source: 'Al Jazeera, July 2023',
  },
  {
    term: 'Litani River',
    kind: 'term',
    text: 'A river in southern Lebanon that reaches the sea north of Tyre. Resolution 1701 asks that the area between the Blue Line and the Litani be free of armed personnel other than the Lebanese state’s and UNIFIL’s.',
    source: 'UN Security Council resolution 1701, 11 August 2006',
  },
  {
    term: 'Maritime deal (2022)',
    kind: 'term',
    text: 'The US-mediated agreement on the sea boundary between Lebanon and Israel, signed by each in separate ceremonies on 27 October 2022; Lebanon’s president called it an indirect agreement.',
    source: 'AP, 27 October 2022; MEES, 14 October 2022',
  },
  {
    term: 'Resolution 1701',
    kind: 'term',
    text: 'The UN Security Council resolution, passed unanimously on 11 August 2006, that ended the 2006 war between Israel and Hezbollah. It calls for respect of the Blue Line and for only the Lebanese state and UNIFIL to be armed south of the Litani.',
    source: 'UN Security Council, S/RES/1701 (2006), 11 August 2006',
  },
  {
    term: 'Shebaa Farms',
    kind: 'term',
    text: 'A small area on the slopes of Mount Hermon, held by Israel since 1967. Lebanon, backed by Syria, says it is Lebanese; the UN has treated it as part of the Syrian Golan Heights. Israel calls the area Har Dov.',
    source: 'Al Jazeera, 23 May 2010',
  },
  {
    term: 'UNIFIL',
    kind: 'term',
    text: 'The UN Interim Force in Lebanon, a peacekeeping force in southern Lebanon since 1978, whose mandate resolution 1701 expanded in 2006.',
    source: 'UN Security Council resolution 1701, 11 August 2006',
  },
  {
    term: 'Joseph Aoun',
    kind: 'person',
    text: 'Commander of the Lebanese army in 2024; he met the US envoy in Beirut on 11 January 2024.',
    source: 'LBCI, 11 January 2024',
  },
  {
    term: 'Nabih Berri',
    kind: 'person',
    text: 'Speaker of Lebanon’s parliament and leader of the Amal movement. Hezbollah’s deputy leader backed the ceasefire efforts Berri led (Reuters, 8 October 2024), and the US proposal of November 2024 was relayed to him.',
    source: 'Reuters, 8 October 2024; CNN, 15 November 2024',
  },
  {
    term: 'Amos Hochstein',
    kind: 'person',
    text: 'US envoy who mediated the 2022 maritime deal and, from late 2023, the talks on the Israel–Lebanon border.',
    source: 'Reuters, 11 and 18 January 2024',
  },
  {
    term: 'Najib Mikati',
    kind: 'person',
    text: 'Lebanon’s caretaker prime minister in 2023–2024; he met the US envoy in Beirut on 11 January 2024.',
    source: 'LBCI, 11 January 2024',
  },
  {
    term: 'Hassan Nasrallah',
    kind: 'person',
    text: 'Secretary-general of Hezbollah until 27 September 2024, when he was killed in an Israeli strike in Beirut; Hezbollah confirmed his death the next day.',
    source: 'AFP, 28 September 2024',
  },
  {
    term: 'Benjamin Netanyahu',
    kind: 'person',
    text: 'Prime Minister of Israel throughout 2023–2024.',
    source: 'Reuters, 18 January 2024',
  },
  {
    term: 'Naim Qassem',
    kind: 'person',
    text: 'Hezbollah’s deputy leader in 2024; on 8 October 2024 he backed ceasefire efforts without naming a Gaza ceasefire as a condition.',
    source: 'Reuters, 8 October 2024',
  },
];
