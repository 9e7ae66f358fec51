# SPDX-License-Identifier: GPL-3.0-or-later
"""Hand-written articles and keys: Gaza, the West Bank, Syria, Yemen, Lebanon/Israel.

The articles are fiction written for sitrep's tests: the places are real, the
people, organisations' words, quotations and figures are invented.  See
build_articles.py for the annotation format.
"""


def E(type, ev, **kw):
    kw["type"] = type
    kw["ev"] = ev
    return kw


ARTICLES = []

# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    id="sitrep-ps-khanyounis-release-2024-08-21",
    title="Gaza: Hospitals in Khan Younis days from collapse as fuel runs out, Medlink warns",
    source="sitrep testdata (NGO press release)",
    published="2024-08-21",
    text="""
PRESS RELEASE
Gaza: Hospitals in Khan Younis days from collapse as fuel runs out, Medlink warns
Jerusalem/London, 21 August 2024 – Two of the last functioning hospitals in southern Gaza could be forced to shut down within 72 hours unless fuel is allowed into the Strip, the medical charity Medlink International warned today.
Nasser Medical Complex in Khan Younis and the field hospital run by Medlink in al-Mawasi have been rationing electricity since Sunday, switching off air conditioning in the wards and limiting the use of oxygen concentrators as stocks of diesel dwindle.
“Every morning we decide which machines we can keep running. Yesterday we had to choose between the incubators and the operating theatre,” said Dr. Leila Haddad, Medlink’s medical coordinator in Gaza.
“If the fuel does not arrive this week, patients on dialysis and newborns in intensive care will die. This is not a warning about the future – it is already happening.
“We have the staff. We have the will. What we do not have is diesel.”
The warning comes after Israeli forces issued new evacuation orders for neighbourhoods of eastern Khan Younis over the weekend, forcing an estimated 75,000 people to move once again into an overcrowded coastal area that has been designated a “humanitarian zone”.
Late on Tuesday night, an air strike hit a tent close to the Medlink field hospital in al-Mawasi, killing nine people, including two children, according to the Gaza health ministry. Medlink staff treated 23 wounded people, several of them with severe burns.
Samira, 29, a nurse at the field hospital who asked that her family name not be used, said: "We ran out of the tent in the dark. There was a girl, maybe six years old, and we could not save her. Her mother kept asking us to try again."
Israel’s military said it had struck “a Hamas operative” in the area and that it takes steps to reduce harm to civilians. It did not comment on the casualty figures.
Only 41 aid trucks entered Gaza through the Kerem Shalom crossing on Monday, according to UN figures, far below the several hundred a day that aid agencies say are needed. COGAT, the Israeli defence ministry body that oversees the crossings, said there was “no limit” on the amount of aid that can enter and blamed UN agencies for failing to collect goods waiting on the Gaza side.
Medlink is calling for:
- an immediate and lasting ceasefire;
- the urgent entry of at least 70,000 litres of fuel a day for hospitals, water pumps and bakeries;
- the medical evacuation of 27 critically ill patients, including 11 children, who have waited for weeks for permission to travel abroad for treatment.
Ceasefire talks are due to resume in Cairo on Thursday, mediators said, after a round in Doha last week ended without agreement.
“A ceasefire is the only thing that will keep these hospitals open,” Haddad said. “Everything else is a plaster on a wound that keeps getting bigger.”
Notes to editors
- Medlink International is an independent medical humanitarian organisation. It has worked in Gaza since 2009.
- Casualty figures are from the Gaza health ministry and Medlink’s own records and could not be independently verified.
- Spokespeople are available for interview in Jerusalem, Amman and London.
""",
    toponyms=[
        ("Gaza", "gaza_strip"),
        ("Khan Younis", "khan_younis"),
        ("Jerusalem", "jerusalem"),
        ("London", "london"),
        ("al-Mawasi", "al_mawasi"),
        ("Israel", "israel"),
        ("Kerem Shalom", "kerem_shalom"),
        ("Cairo", "cairo"),
        ("Doha", "doha"),
        ("Amman", "amman"),
    ],
    quotes=[
        ("Every morning we decide", ["Haddad", "Leila Haddad"]),
        ("If the fuel does not arrive", ["Haddad", "Leila Haddad"], {"continues": True}),
        ("We have the staff", ["Haddad", "Leila Haddad"]),
        ("humanitarian zone", [], {"optional": True}),
        ("We ran out of the tent", ["Samira"]),
        ("a Hamas operative", ["military", "Israeli military", "Israel’s military"]),
        ("no limit", ["COGAT"]),
        ("A ceasefire is the only thing", ["Haddad", "Leila Haddad"]),
        ("Everything else is a plaster", ["Haddad", "Leila Haddad"]),
    ],
    events=[
        E("SERVICES_DISRUPTED", "Two of the last functioning hospitals in southern Gaza could be forced to shut down within 72 hours unless fuel is allowed into the Strip",
          more=["have been rationing electricity since Sunday",
                "Hospitals in Khan Younis days from collapse as fuel runs out"],
          place="khan_younis", date=None, status="ongoing", targets=["hospitals", "Nasser Medical Complex"]),
        E("EVACUATION", "Israeli forces issued new evacuation orders for neighbourhoods of eastern Khan Younis over the weekend",
          alt=["DISPLACEMENT"], place="khan_younis", date=None, actors=["Israeli forces"]),
        E("DISPLACEMENT", "forcing an estimated 75,000 people to move once again",
          alt=["EVACUATION"], place="khan_younis", date=None, counts=[("displaced", 75000)]),
        E("ATTACK.AIRSTRIKE", "Late on Tuesday night, an air strike hit a tent close to the Medlink field hospital in al-Mawasi, killing nine people, including two children",
          more=["Medlink staff treated 23 wounded people",
                "Israel’s military said it had struck “a Hamas operative” in the area"],
          place="al_mawasi", date="2024-08-20", actors=["Israel’s military", "Israeli military", "Israel"],
          targets=["tent", "civilians"], counts=[("killed", 9), ("injured", 23)]),
        E("AID", "Only 41 aid trucks entered Gaza through the Kerem Shalom crossing on Monday",
          place="kerem_shalom", date="2024-08-19", actors=["UN", "aid agencies"]),
        E("DENIAL", "said there was “no limit” on the amount of aid that can enter",
          date="2024-08-21", actors=["COGAT"]),
        E("ACCUSATION", "blamed UN agencies for failing to collect goods waiting on the Gaza side",
          date="2024-08-21", actors=["COGAT"], targets=["UN agencies", "UN"]),
        E("APPEAL", "Medlink is calling for:",
          more=["an immediate and lasting ceasefire;",
                "the urgent entry of at least 70,000 litres of fuel a day"],
          date="2024-08-21", actors=["Medlink", "Medlink International"]),
        E("EVACUATION", "the medical evacuation of 27 critically ill patients",
          date=None, status="hypothetical", optional=True, counts=[("planned_evacuees", 27)]),
        E("CEASEFIRE", "an immediate and lasting ceasefire;",
          date=None, status="hypothetical", optional=True),
        E("TALKS", "Ceasefire talks are due to resume in Cairo on Thursday",
          place="cairo", date="2024-08-22", status="planned", actors=["mediators"]),
        E("TALKS", "a round in Doha last week ended without agreement",
          place="doha", date=None, actors=["mediators"]),
    ],
))

# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    id="sitrep-ps-jenin-raid-2024-09-12",
    title="Israeli drone strike kills five in Jenin camp as West Bank raid enters third day",
    source="sitrep testdata (wire copy)",
    published="2024-09-12",
    text="""
JENIN, West Bank, Sept 12 (Wire) - An Israeli drone strike killed five Palestinians in the Jenin refugee camp on Thursday, the Palestinian health ministry said, as the army pressed on with a raid in the northern West Bank that has now lasted three days.
Israeli troops backed by bulldozers and armoured vehicles have also arrested at least 14 people in the nearby town of Tubas and in villages around Jenin since Tuesday, according to the Palestinian Prisoners' Society, an advocacy group.
The Israeli military said in a statement that its aircraft had struck "an armed terrorist cell" that was planting explosives in the camp, and that troops had found and dismantled several roadside bombs. One soldier was lightly wounded when an explosive device went off under an armoured vehicle on Wednesday, it said.
Residents said bulldozers had torn up most of the camp's main roads and damaged water and sewage pipes, leaving hundreds of families without running water.
“They are destroying everything that keeps the camp alive – the roads, the water, the electricity,” said Jenin deputy mayor Fadi Abu Hassan.
A witness who lives near the camp's main square said: ''We heard the drone for an hour before the strike. When it hit, the whole street shook. The young men who died were sitting outside a shop.''
The Palestinian foreign ministry called the raid "collective punishment" and urged the international community to intervene to stop it.
The military denied targeting civilian infrastructure, saying the engineering work was needed to uncover explosives buried under the roads.
Gunmen also exchanged fire with troops for several hours overnight in Tammun, south of Tubas, the official Palestinian news agency WAFA reported. There was no word of casualties.
In Nablus and Ramallah, shops and schools closed as Palestinian factions called a general strike to mourn the dead. Several hundred people marched through central Nablus, some chanting slogans in support of the armed groups.
Separately, Israeli settlers attacked the village of Qusra, south of Nablus, on Wednesday night, setting fire to two homes and a car and wounding three Palestinians, among them a 70-year-old man, village council head Ahmad Odeh said.
He said: "The soldiers stood at the entrance of the village and watched. Nobody stopped them. We put out the fire with buckets."
The Israeli military said it had received reports of "a violent incident" in the area and had sent forces to disperse it. Police said they had opened an investigation; no arrests have been reported.
The army launched the operation last week after a shooting attack near the settlement of Mehola in the Jordan Valley that killed an Israeli man. It says the operation targets armed groups backed by Iran.
""",
    toponyms=[
        ("JENIN", "jenin"),
        ("Jenin", "jenin"),
        ("West Bank", "west_bank"),
        ("Tubas", "tubas"),
        ("Tammun", "tammun"),
        ("Nablus", "nablus"),
        ("Ramallah", "ramallah"),
        ("Qusra", "qusra"),
        ("Mehola", "mehola"),
        ("Jordan Valley", "jordan_valley"),
        ("Iran", "iran"),
    ],
    quotes=[
        ("an armed terrorist cell", ["military", "Israeli military"]),
        ("They are destroying everything", ["Abu Hassan", "Fadi Abu Hassan"]),
        ("We heard the drone for an hour", ["witness"]),
        ("collective punishment", ["foreign ministry", "Palestinian foreign ministry"]),
        ("The soldiers stood at the entrance", ["Odeh", "Ahmad Odeh"]),
        ("a violent incident", ["military", "Israeli military"]),
    ],
    events=[
        E("ATTACK.AIRSTRIKE", "An Israeli drone strike killed five Palestinians in the Jenin refugee camp on Thursday",
          more=["its aircraft had struck \"an armed terrorist cell\" that was planting explosives in the camp"],
          place="jenin", date="2024-09-12", actors=["Israeli military", "Israel", "army"],
          targets=["Palestinians"], counts=[("killed", 5)]),
        E("DETENTION", "have also arrested at least 14 people in the nearby town of Tubas and in villages around Jenin since Tuesday",
          place="tubas", date=None, actors=["Israeli troops"], targets=["people"], counts=[("arrested", 14)]),
        E("ATTACK.EXPLOSIVE", "One soldier was lightly wounded when an explosive device went off under an armoured vehicle on Wednesday",
          place="jenin", date="2024-09-11", targets=["armoured vehicle", "soldier"], counts=[("injured", 1)]),
        E("SERVICES_DISRUPTED", "bulldozers had torn up most of the camp's main roads and damaged water and sewage pipes, leaving hundreds of families without running water",
          place="jenin", date=None, actors=["Israeli troops"]),
        E("ACCUSATION", "The Palestinian foreign ministry called the raid \"collective punishment\"",
          date="2024-09-12", actors=["Palestinian foreign ministry", "foreign ministry"], targets=["Israel"]),
        E("APPEAL", "urged the international community to intervene to stop it",
          date="2024-09-12", actors=["Palestinian foreign ministry", "foreign ministry"],
          targets=["international community"]),
        E("DENIAL", "The military denied targeting civilian infrastructure",
          date="2024-09-12", actors=["military", "Israeli military"]),
        E("CLASH", "Gunmen also exchanged fire with troops for several hours overnight in Tammun",
          place="tammun", date="2024-09-12", actors=["Gunmen", "troops"]),
        E("PROTEST", "In Nablus and Ramallah, shops and schools closed as Palestinian factions called a general strike to mourn the dead.",
          more=["Several hundred people marched through central Nablus"],
          place="nablus", date="2024-09-12", actors=["Palestinian factions"]),
        E("PROTEST", "In Nablus and Ramallah, shops and schools closed as Palestinian factions called a general strike to mourn the dead.",
          place="ramallah", date="2024-09-12", actors=["Palestinian factions"]),
        E("ATTACK.CIVILIANS", "Israeli settlers attacked the village of Qusra, south of Nablus, on Wednesday night, setting fire to two homes and a car and wounding three Palestinians",
          place="qusra", date="2024-09-11", actors=["Israeli settlers", "settlers"], targets=["Palestinians", "village"],
          counts=[("injured", 3)]),
        E("ATTACK.CIVILIANS", "a shooting attack near the settlement of Mehola in the Jordan Valley that killed an Israeli man",
          place="mehola", date=None, optional=True, targets=["Israeli man"], counts=[("killed", 1)]),
    ],
))

# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    id="sitrep-sy-idlib-shelling-2024-06-04",
    title="Shelling kills four in Syria's Ariha as Russian jets strike near Jisr al-Shughur",
    source="sitrep testdata (wire copy)",
    published="2024-06-04",
    text="""
BEIRUT, June 4 (Wire) - Syrian government forces shelled towns in the rebel-held northwest on Tuesday, killing four civilians including two children in Ariha, rescuers said, while Russian warplanes carried out air strikes on the outskirts of Jisr al-Shughur for a second day.
The Syria Civil Defence, a rescue service that works in opposition-held areas, said rockets and artillery shells also hit Sarmin, wounding 11 people, and several villages in the Jabal al-Zawiya area.
"The shell landed next to the bus stop. The children were waiting to go to school," Omar Hallak, a civil defence volunteer in Ariha, said.
Russia's defence ministry said its aircraft had destroyed “a terrorist drone workshop” near Jisr al-Shughur and accused militants in Idlib of launching drones at the Russian air base at Hmeimim, near Latakia.
Hayat Tahrir al-Sham (HTS), the dominant rebel group in Idlib, said its fighters had repelled an attempt by government troops to advance near Saraqeb overnight, killing “more than 15” soldiers. The Britain-based Syrian Observatory for Human Rights, a war monitor, put the army's losses at six dead.
State news agency SANA, citing a military source, said army units had responded to “terrorist attacks” on their positions in the Idlib and Latakia countryside.
In the northeast, clashes between the Kurdish-led Syrian Democratic Forces (SDF) and Turkish-backed factions near Manbij killed three fighters on Monday, the monitor said.
A Turkish defence ministry official, speaking on condition of anonymity, said Ankara would "not hesitate" to strike SDF positions if attacks on Turkish troops and their allies continued.
A resident of Manbij said by phone: "We hear the shelling every night. People are afraid to send their children to the fields."
Separately, the SDF and the Turkish-backed factions exchanged 12 prisoners each near al-Bab on Sunday in a swap mediated by tribal leaders, both sides said.
The UN refugee agency said about 1,800 Syrians had crossed back from Lebanon through the Jdeidet Yabous crossing in the past week, many of them citing raids on informal camps and pressure from local authorities. Lebanon's army detained dozens of Syrians without residency papers in raids in the Bekaa valley last week, security sources there said.
In the southern city of Sweida, hundreds of people rallied on Friday for the 41st consecutive week to demand political change, in protests that have largely been tolerated by the authorities.
Syria's foreign minister was due to meet his Iraqi counterpart in Baghdad on Wednesday to discuss border security and the return of refugees, Syrian state media reported.
""",
    toponyms=[
        ("BEIRUT", "beirut"),
        ("Ariha", "ariha"),
        ("Jisr al-Shughur", "jisr_al_shughur"),
        ("Syria", "syria", {"except": ["Syria Civil Defence"]}),
        ("Sarmin", "sarmin"),
        ("Jabal al-Zawiya", "jabal_al_zawiya"),
        ("Russia", "russia"),
        ("Idlib", ["idlib_gov", "idlib_gov", "idlib_gov"]),
        ("Hmeimim", "hmeimim"),
        ("Latakia", ["latakia", "latakia_gov"]),
        ("Saraqeb", "saraqib"),
        ("Britain", "united_kingdom"),
        ("Manbij", "manbij"),
        ("Ankara", "ankara"),
        ("al-Bab", "al_bab"),
        ("Lebanon", "lebanon"),
        ("Jdeidet Yabous", "jdeidet_yabous"),
        ("Bekaa", "bekaa"),
        ("Sweida", "sweida"),
        ("Baghdad", "baghdad"),
    ],
    quotes=[
        ("The shell landed next to the bus stop", ["Hallak", "Omar Hallak"]),
        ("a terrorist drone workshop", ["defence ministry", "Russia's defence ministry"]),
        ("more than 15", ["HTS", "Hayat Tahrir al-Sham"]),
        ("terrorist attacks", ["SANA", "military source"]),
        ("not hesitate", ["official", "Turkish defence ministry official"]),
        ("We hear the shelling every night", ["resident"]),
    ],
    events=[
        E("ATTACK.SHELLING", "Syrian government forces shelled towns in the rebel-held northwest on Tuesday, killing four civilians including two children in Ariha",
          more=["The shell landed next to the bus stop."],
          place="ariha", date="2024-06-04", actors=["Syrian government forces", "government forces", "army"],
          targets=["civilians", "children"], counts=[("killed", 4)]),
        E("ATTACK.AIRSTRIKE", "Russian warplanes carried out air strikes on the outskirts of Jisr al-Shughur for a second day",
          more=["its aircraft had destroyed “a terrorist drone workshop” near Jisr al-Shughur"],
          place="jisr_al_shughur", date="2024-06-04", actors=["Russia", "Russian warplanes", "Russia's defence ministry"]),
        E("ATTACK.SHELLING", "rockets and artillery shells also hit Sarmin, wounding 11 people",
          place="sarmin", date="2024-06-04", actors=["Syrian government forces"], counts=[("injured", 11)]),
        E("ATTACK.SHELLING", "and several villages in the Jabal al-Zawiya area",
          place="jabal_al_zawiya", date="2024-06-04", optional=True, actors=["Syrian government forces"]),
        E("ACCUSATION", "accused militants in Idlib of launching drones at the Russian air base at Hmeimim",
          date="2024-06-04", actors=["Russia's defence ministry", "Russia"], targets=["militants"]),
        E("ATTACK.AIRSTRIKE", "launching drones at the Russian air base at Hmeimim",
          place="hmeimim", date=None, optional=True, status="claimed", actors=["militants"]),
        E("TERRITORY.REPELLED", "its fighters had repelled an attempt by government troops to advance near Saraqeb overnight, killing “more than 15” soldiers",
          more=["put the army's losses at six dead"],
          alt=["CLASH"], place="saraqib", date="2024-06-04", status="claimed",
          actors=["HTS", "Hayat Tahrir al-Sham"], targets=["government troops"], counts=[("killed", 15)]),
        E("ACCUSATION", "army units had responded to “terrorist attacks” on their positions",
          date="2024-06-04", optional=True, actors=["SANA", "military source"], targets=["terrorists"]),
        E("CLASH", "clashes between the Kurdish-led Syrian Democratic Forces (SDF) and Turkish-backed factions near Manbij killed three fighters on Monday",
          place="manbij", date="2024-06-03", actors=["SDF", "Syrian Democratic Forces", "Turkish-backed factions"],
          counts=[("killed", 3)]),
        E("THREAT", "Ankara would \"not hesitate\" to strike SDF positions",
          date="2024-06-04", actors=["Turkish defence ministry official", "Ankara", "Turkey"], targets=["SDF"]),
        E("AGREEMENT", "the SDF and the Turkish-backed factions exchanged 12 prisoners each near al-Bab on Sunday",
          place="al_bab", date="2024-06-02", actors=["SDF", "Turkish-backed factions", "tribal leaders"]),
        E("DISPLACEMENT", "about 1,800 Syrians had crossed back from Lebanon through the Jdeidet Yabous crossing in the past week",
          place="jdeidet_yabous", date=None, counts=[("refugees", 1800)]),
        E("DETENTION", "Lebanon's army detained dozens of Syrians without residency papers in raids in the Bekaa valley last week",
          place="bekaa", date=None, actors=["Lebanon's army", "Lebanese army"], targets=["Syrians"],
          counts=[("arrested", None, "dozens")]),
        E("PROTEST", "hundreds of people rallied on Friday for the 41st consecutive week to demand political change",
          place="sweida", date="2024-05-31", actors=["people"]),
        E("TALKS", "Syria's foreign minister was due to meet his Iraqi counterpart in Baghdad on Wednesday",
          place="baghdad", date="2024-06-05", status="planned", actors=["Syria's foreign minister", "Syria", "Iraq"]),
    ],
))

# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    id="sitrep-ye-hodeidah-strikes-2025-05-29",
    title="Air strikes hit Yemen's Hodeidah port, threatening food imports",
    source="sitrep testdata (wire copy)",
    published="2025-05-29",
    text="""
ADEN, May 29 (Wire) - Air strikes hit the Red Sea port of Hodeidah on Thursday, knocking out two of its berths and setting fuel storage tanks ablaze, port officials and the Houthi-run health ministry said, in an escalation aid groups fear could choke off food imports to northern Yemen.
Three port workers were killed and 17 people were wounded, the ministry said. Black smoke could be seen over the port for much of the day, and residents said electricity had been cut in several districts of the city after a power plant near the port was damaged.
The Israeli military said it had struck "terror infrastructure used by the Houthi regime" at Hodeidah and at the nearby Ras Isa oil terminal, in response to repeated missile and drone launches towards Israel.
The Houthis, who control Sanaa and much of Yemen's north, vowed to retaliate. Their military spokesman, Brig. Gen. Hamoud al-Ansi, said in a televised address that ports and airports in Israel would be "legitimate targets" and warned shipping companies against dealing with Israeli ports, including Eilat.
Hodeidah handles most of the food and fuel imported into Houthi-held areas. A World Food Programme ship carrying 25,000 tonnes of wheat that was due to dock there this week has been diverted to Aden, a WFP official said.
"Every day the port is closed means less bread on the table for millions of families who already live on one meal a day," said Johanna Lindqvist, the UN's humanitarian coordinator for Yemen.
She also urged the Houthi authorities to release UN staff held in Sanaa. Three more UN employees were detained in raids on their homes there this week, bringing to 23 the number of UN personnel held by the group, according to the United Nations. The Houthis accuse some of the detained staff of spying for the United States and Israel, an accusation the UN rejects.
On the ground, government forces and Houthi fighters clashed overnight on front lines south of Marib, killing six fighters on both sides, military sources said.
In Taiz, a Houthi shell struck a residential street on Wednesday, killing a woman and wounding two children, local health officials said.
Abdullah Saif, 47, a schoolteacher whose neighbour was killed, said: “We have lived with this for ten years. The shells come in the afternoon, when the children are playing outside.”
The fighting around Marib has displaced more than 9,000 people since April, the International Organization for Migration said.
Talks in Muscat last week, mediated by Oman, on reopening roads around Taiz ended without agreement, people familiar with the discussions said.
""",
    toponyms=[
        ("ADEN", "aden"),
        ("Aden", "aden"),
        ("Red Sea", "red_sea"),
        ("Hodeidah", "hodeidah"),
        ("Yemen", "yemen"),
        ("Ras Isa", "ras_isa"),
        ("Israel", "israel"),
        ("Sanaa", "sanaa"),
        ("Eilat", "eilat"),
        ("United States", "united_states"),
        ("Marib", "marib"),
        ("Taiz", "taiz"),
        ("Muscat", "muscat"),
        ("Oman", "oman"),
    ],
    quotes=[
        ("terror infrastructure used by", ["military", "Israeli military"]),
        ("legitimate targets", ["al-Ansi", "Hamoud al-Ansi"]),
        ("Every day the port is closed", ["Lindqvist", "Johanna Lindqvist"]),
        ("We have lived with this for ten years", ["Saif", "Abdullah Saif"]),
    ],
    events=[
        E("ATTACK.AIRSTRIKE", "Air strikes hit the Red Sea port of Hodeidah on Thursday, knocking out two of its berths and setting fuel storage tanks ablaze",
          more=["Three port workers were killed and 17 people were wounded",
                "The Israeli military said it had struck \"terror infrastructure used by the Houthi regime\" at Hodeidah"],
          place="hodeidah", date="2025-05-29", actors=["Israeli military", "Israel"], targets=["port", "port workers"],
          counts=[("killed", 3), ("injured", 17)]),
        E("ATTACK.AIRSTRIKE", "and at the nearby Ras Isa oil terminal",
          place="ras_isa", date="2025-05-29", actors=["Israeli military", "Israel"], targets=["oil terminal"]),
        E("SERVICES_DISRUPTED", "residents said electricity had been cut in several districts of the city",
          place="hodeidah", date="2025-05-29"),
        E("THREAT", "The Houthis, who control Sanaa and much of Yemen's north, vowed to retaliate.",
          more=["ports and airports in Israel would be \"legitimate targets\"",
                "warned shipping companies against dealing with Israeli ports"],
          date="2025-05-29", actors=["al-Ansi", "Hamoud al-Ansi", "Houthis"], targets=["Israel", "shipping companies"]),
        E("AID", "A World Food Programme ship carrying 25,000 tonnes of wheat that was due to dock there this week has been diverted to Aden",
          place="aden", date=None, actors=["World Food Programme", "WFP"]),
        E("APPEAL", "She also urged the Houthi authorities to release UN staff held in Sanaa.",
          date="2025-05-29", actors=["Lindqvist", "Johanna Lindqvist", "UN"], targets=["Houthi authorities", "Houthis"]),
        E("DETENTION", "Three more UN employees were detained in raids on their homes there this week",
          more=["bringing to 23 the number of UN personnel held by the group"],
          place="sanaa", date=None, actors=["Houthis"], targets=["UN employees", "UN staff"],
          counts=[("arrested", 3), ("arrested", 23)]),
        E("ACCUSATION", "The Houthis accuse some of the detained staff of spying for the United States and Israel",
          date=None, actors=["Houthis"], targets=["UN staff"]),
        E("DENIAL", "an accusation the UN rejects",
          date=None, actors=["UN", "United Nations"]),
        E("CLASH", "government forces and Houthi fighters clashed overnight on front lines south of Marib, killing six fighters on both sides",
          place="marib", date="2025-05-29", actors=["government forces", "Houthi fighters", "Houthis"],
          counts=[("killed", 6)]),
        E("ATTACK.SHELLING", "In Taiz, a Houthi shell struck a residential street on Wednesday, killing a woman and wounding two children",
          place="taiz", date="2025-05-28", actors=["Houthis"], targets=["residential street", "woman", "children"],
          counts=[("killed", 1), ("injured", 2)]),
        E("DISPLACEMENT", "The fighting around Marib has displaced more than 9,000 people since April",
          place="marib", date=None, counts=[("displaced", 9000)]),
        E("TALKS", "Talks in Muscat last week, mediated by Oman, on reopening roads around Taiz ended without agreement",
          place="muscat", date=None, actors=["Oman"]),
    ],
))

# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    id="sitrep-lb-south-live-2025-03-11",
    title="Lebanon-Israel live: drone strike kills two in Nabatieh; rockets fired at Metula",
    source="sitrep testdata (live blog)",
    published="2025-03-11",
    text="""
Lebanon-Israel live: drone strike kills two in Nabatieh; rockets fired at Metula
Summary
- Israeli drone strike on a car in Nabatieh kills two men, Lebanese health ministry says
- Two rockets fired from Lebanon towards Metula; Hezbollah denies involvement
- Lebanese army detains three suspects near Khiam
- Ceasefire monitoring committee to meet in Naqoura on Thursday
07:52
An Israeli drone struck a car at the northern entrance to Nabatieh this morning, killing the two men inside, Lebanon’s health ministry said.
The Israeli military said it had “eliminated a Hezbollah operative” who was involved in “rebuilding the organisation’s military infrastructure” in the area.
08:30
Lebanon’s prime minister’s office called the strike “a flagrant violation of the ceasefire” and said Israel was “undermining the efforts of the Lebanese state to extend its authority over the south”.
09:15
The Israeli army says two rockets were fired from Lebanon towards the town of Metula. One was intercepted and the other fell in an open area. No injuries were reported.
Israeli artillery then shelled the outskirts of Kfar Kila and Odaisseh, just across the border, according to Lebanon’s state news agency.
10:05
Hezbollah has denied any role in the rocket fire. In a short statement, the group said it “has no connection to the launches” and remained committed to the ceasefire.
10:40
The Lebanese army says it has detained three people and seized two improvised launchers in an orchard near Khiam. It did not say who the suspects were.
11:20
Israel’s defence minister warned that Beirut would “pay a heavy price” if rockets continued to be fired from Lebanese territory.
11:55
The Israeli military’s Arabic-language spokesman has ordered residents of a building in Tyre and the houses around it to evacuate, saying it will strike what he described as a Hezbollah weapons depot.
12:35
The building in Tyre has been hit. Local officials say it had been evacuated and there were no casualties.
A neighbour, Rami Khalil, told us: “We had twenty minutes. My mother could not walk, so I carried her down four floors.”
13:00
The UN peacekeeping force UNIFIL says it is “deeply concerned” by the morning’s events and has called on both sides to avoid actions that could endanger the fragile calm.
The committee monitoring the ceasefire, which is chaired by the United States, will meet in Naqoura on Thursday, a Lebanese official told us.
13:45
About 92,000 people remain displaced from southern Lebanon more than three months after the truce took effect, according to the International Organization for Migration.
14:30
Dozens of residents of Kfar Kila gathered at a Lebanese army checkpoint outside the village to demand that they be allowed to return to their homes.
15:50
A convoy of 14 trucks carrying fuel, blankets and building materials reached Marjayoun, the UN refugee agency said.
""",
    toponyms=[
        ("Lebanon", "lebanon"),
        ("Israel", "israel"),
        ("Nabatieh", "nabatieh"),
        ("Metula", "metula"),
        ("Khiam", "khiam"),
        ("Naqoura", "naqoura"),
        ("Kfar Kila", "kfar_kila"),
        ("Odaisseh", "odaisseh"),
        ("Beirut", "beirut"),
        ("Tyre", "tyre"),
        ("United States", "united_states"),
        ("Marjayoun", "marjayoun"),
    ],
    quotes=[
        ("eliminated a Hezbollah operative", ["military", "Israeli military"]),
        ("rebuilding the organisation", ["military", "Israeli military"]),
        ("a flagrant violation of the ceasefire", ["prime minister’s office", "Lebanon’s prime minister’s office"]),
        ("undermining the efforts", ["prime minister’s office", "Lebanon’s prime minister’s office"]),
        ("has no connection to the launches", ["Hezbollah"]),
        ("pay a heavy price", ["defence minister", "Israel’s defence minister"]),
        ("We had twenty minutes", ["Khalil", "Rami Khalil"]),
        ("deeply concerned", ["UNIFIL"]),
    ],
    events=[
        E("ATTACK.AIRSTRIKE", "An Israeli drone struck a car at the northern entrance to Nabatieh this morning, killing the two men inside",
          more=["Israeli drone strike on a car in Nabatieh kills two men"],
          place="nabatieh", date="2025-03-11", actors=["Israeli military", "Israel"], targets=["car", "men"],
          counts=[("killed", 2)]),
        E("CEASEFIRE", "Lebanon’s prime minister’s office called the strike “a flagrant violation of the ceasefire”",
          place="nabatieh", date="2025-03-11", status="violated", actors=["Israel"]),
        E("ACCUSATION", "said Israel was “undermining the efforts of the Lebanese state",
          date="2025-03-11", actors=["prime minister’s office", "Lebanon’s prime minister’s office", "Lebanon"],
          targets=["Israel"]),
        E("ATTACK.SHELLING", "two rockets were fired from Lebanon towards the town of Metula",
          more=["No injuries were reported.", "Two rockets fired from Lebanon towards Metula"],
          place="metula", date="2025-03-11", status="claimed", targets=["Metula"],
          counts=[("injured", 0)]),
        E("ATTACK.SHELLING", "Israeli artillery then shelled the outskirts of Kfar Kila and Odaisseh",
          place="kfar_kila", date="2025-03-11", actors=["Israeli artillery", "Israel"]),
        E("ATTACK.SHELLING", "Israeli artillery then shelled the outskirts of Kfar Kila and Odaisseh",
          place="odaisseh", date="2025-03-11", actors=["Israeli artillery", "Israel"]),
        E("DENIAL", "Hezbollah has denied any role in the rocket fire.",
          more=["Hezbollah denies involvement"],
          date="2025-03-11", actors=["Hezbollah"]),
        E("DETENTION", "The Lebanese army says it has detained three people and seized two improvised launchers in an orchard near Khiam.",
          more=["Lebanese army detains three suspects near Khiam"],
          place="khiam", date="2025-03-11", actors=["Lebanese army"], targets=["suspects"],
          counts=[("arrested", 3)]),
        E("THREAT", "Israel’s defence minister warned that Beirut would “pay a heavy price”",
          date="2025-03-11", actors=["Israel’s defence minister", "defence minister", "Israel"], targets=["Beirut", "Lebanon"]),
        E("EVACUATION", "has ordered residents of a building in Tyre and the houses around it to evacuate",
          more=["Local officials say it had been evacuated"],
          alt=["THREAT"], place="tyre", date="2025-03-11", actors=["Israeli military"]),
        E("ATTACK.AIRSTRIKE", "The building in Tyre has been hit.",
          more=["saying it will strike what he described as a Hezbollah weapons depot"],
          place="tyre", date="2025-03-11", actors=["Israeli military", "Israel"], targets=["building"],
          counts=[("killed", 0)]),
        E("APPEAL", "has called on both sides to avoid actions that could endanger the fragile calm",
          date="2025-03-11", actors=["UNIFIL"], targets=["Israel", "Hezbollah"]),
        E("TALKS", "The committee monitoring the ceasefire, which is chaired by the United States, will meet in Naqoura on Thursday",
          more=["Ceasefire monitoring committee to meet in Naqoura on Thursday"],
          place="naqoura", date="2025-03-13", status="planned", actors=["committee", "United States"]),
        E("DISPLACEMENT", "About 92,000 people remain displaced from southern Lebanon",
          place="lebanon", date=None, status="ongoing", counts=[("displaced", 92000)]),
        E("PROTEST", "Dozens of residents of Kfar Kila gathered at a Lebanese army checkpoint outside the village to demand that they be allowed to return to their homes.",
          place="kfar_kila", date="2025-03-11", actors=["residents"]),
        E("AID", "A convoy of 14 trucks carrying fuel, blankets and building materials reached Marjayoun",
          place="marjayoun", date="2025-03-11", actors=["UN refugee agency", "UNHCR"]),
    ],
))
