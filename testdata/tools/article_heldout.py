# SPDX-License-Identifier: GPL-3.0-or-later
"""Held-out articles and keys: South Sudan, Gaza, Kordofan, Rakhine, Donetsk.

A second, separate set (testdata/heldout/) that the extractor's rules were never
tuned on.  The articles are fiction written for sitrep's tests: the places are
real, the people, organisations' words, quotations, figures and incidents are
invented.  The annotation format is the one of the main set; see
build_articles.py and testdata/articles/README.md.
"""


def E(type, ev, **kw):
    kw["type"] = type
    kw["ev"] = ev
    return kw


ARTICLES = []

# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    id="heldout-ss-nasir-2025-09-17",
    title="Fighting around South Sudan's Nasir kills 23 as thousands cross into Ethiopia",
    source="sitrep heldout (wire copy)",
    published="2025-09-17",
    text="""
JUBA, South Sudan, Sept 17 (Newswire) — Clashes between government troops and opposition fighters around the town of Nasir in Upper Nile state killed at least 23 people on Tuesday, among them five civilians, a county commissioner said, in some of the heaviest fighting in the area this year.
Commissioner Gatluak Chuol Deng said the opposition forces had attacked army positions on the eastern bank of the river at dawn and that the shooting went on into the afternoon. "Bodies are still lying near the water. We cannot bury them because the shooting has not stopped," he said by satellite phone.
The Sudan People's Liberation Army-in-Opposition (SPLA-IO) said its fighters had captured the army barracks at Nasir and seized ''large quantities'' of weapons. The army denied losing the barracks and said its troops had ''repulsed the attackers with heavy losses''.
Early on Wednesday, a government aircraft bombed a market in Ulang, west of Nasir, killing eleven people and wounding at least 30, according to a local aid worker and a medic.
"The plane came twice. The second time it hit the place where people were carrying the wounded," said Nyabol Gatwech, a nurse at the Ulang health centre.
Army spokesman Col. Peter Akol Majok denied that the air force had targeted civilians and accused the opposition of "using markets and villages as shields".
An SPLA-IO commander in the area, who gave his name only as Colonel Gai, warned that his forces would "take the war to Malakal" if the air strikes continued. "There is no ceasefire in Upper Nile, whatever they say in Juba," he said.
In Juba, national security agents on Monday arrested four opposition officials and two of their bodyguards at a hotel, their party said. The National Security Service did not comment.
The UN refugee agency said more than 6,400 people had crossed from Upper Nile into Ethiopia's Gambela region since Saturday, most of them women and children. Another 3,000 have fled to Malakal, the state capital, aid workers said.
The World Food Programme said it had paused river deliveries to Nasir because of the fighting.
The head of the UN mission in South Sudan, Margit Halvorsen, called on both sides to stop the fighting and to "return to the commitments they signed". Talks between the government and opposition groups, mediated by Kenya, are due to resume in Nairobi on Monday, although the SPLA-IO has not said whether it will attend.
South Sudan won independence from Sudan in 2011 and slid into a civil war two years later that killed an estimated 400,000 people before a peace agreement was signed in 2018. Violence in Upper Nile has risen steadily since March, and aid agencies say much of the state can now be reached only by air.
""",
    toponyms=[
        ("JUBA", "juba"),
        ("Juba", "juba"),
        ("South Sudan", "south_sudan"),
        ("Sudan", "sudan", {"except": ["Sudan People's"]}),
        ("Nasir", "nasir"),
        ("Upper Nile", "upper_nile"),
        ("Ulang", "ulang"),
        ("Malakal", "malakal"),
        ("Ethiopia", "ethiopia"),
        ("Gambela", "gambela_region"),
        ("Kenya", "kenya"),
        ("Nairobi", "nairobi"),
    ],
    quotes=[
        ("Bodies are still lying", ["Deng", "Gatluak Chuol Deng", "Commissioner Gatluak Chuol Deng"]),
        ("large quantities", ["SPLA-IO", "Sudan People's Liberation Army-in-Opposition"]),
        ("repulsed the attackers", ["army"]),
        ("The plane came twice", ["Gatwech", "Nyabol Gatwech"]),
        ("using markets and villages", ["Majok", "Peter Akol Majok"]),
        ("take the war to Malakal", ["Gai", "Colonel Gai", "SPLA-IO commander"]),
        ("There is no ceasefire in Upper Nile", ["Gai", "Colonel Gai", "SPLA-IO commander"]),
        ("return to the commitments", ["Halvorsen", "Margit Halvorsen"]),
    ],
    events=[
        E("CLASH", "Clashes between government troops and opposition fighters around the town of Nasir in Upper Nile state killed at least 23 people on Tuesday, among them five civilians",
          more=["the opposition forces had attacked army positions on the eastern bank of the river at dawn"],
          place="nasir", date="2025-09-16",
          actors=["government troops", "opposition fighters", "SPLA-IO", "army"],
          counts=[("killed", 23)]),
        E("TERRITORY.TAKEN", "its fighters had captured the army barracks at Nasir",
          alt=["CLASH"], place="nasir", date="2025-09-16", status="claimed",
          actors=["SPLA-IO", "Sudan People's Liberation Army-in-Opposition"], targets=["army"]),
        E("DENIAL", "The army denied losing the barracks",
          date="2025-09-17", actors=["army"]),
        E("TERRITORY.REPELLED", "its troops had ''repulsed the attackers with heavy losses''",
          alt=["CLASH"], place="nasir", date="2025-09-16", status="claimed",
          actors=["army"], targets=["SPLA-IO", "attackers"]),
        E("ATTACK.AIRSTRIKE", "a government aircraft bombed a market in Ulang, west of Nasir, killing eleven people and wounding at least 30",
          place="ulang", date="2025-09-17", actors=["government aircraft", "air force", "army"],
          targets=["market"], counts=[("killed", 11), ("injured", 30)]),
        E("DENIAL", "denied that the air force had targeted civilians",
          date="2025-09-17", actors=["Majok", "Peter Akol Majok", "army"]),
        E("ACCUSATION", "accused the opposition of \"using markets and villages as shields\"",
          date="2025-09-17", actors=["Majok", "Peter Akol Majok", "army"], targets=["opposition", "SPLA-IO"]),
        E("THREAT", "warned that his forces would \"take the war to Malakal\" if the air strikes continued",
          date="2025-09-17", actors=["Gai", "Colonel Gai", "SPLA-IO"], targets=["Malakal", "government"]),
        E("DETENTION", "national security agents on Monday arrested four opposition officials and two of their bodyguards at a hotel",
          place="juba", date="2025-09-15", actors=["national security agents", "National Security Service"],
          targets=["opposition officials", "bodyguards"], counts=[("arrested", 6)]),
        E("DISPLACEMENT", "more than 6,400 people had crossed from Upper Nile into Ethiopia's Gambela region since Saturday",
          place="gambela_region", date=None, counts=[("refugees", 6400)]),
        E("DISPLACEMENT", "Another 3,000 have fled to Malakal",
          place="malakal", date=None, counts=[("displaced", 3000)]),
        E("AID", "it had paused river deliveries to Nasir because of the fighting",
          place="nasir", date=None, status="suspended", actors=["World Food Programme"]),
        E("APPEAL", "called on both sides to stop the fighting",
          date="2025-09-17", actors=["Halvorsen", "Margit Halvorsen", "UN mission"],
          targets=["government", "SPLA-IO"]),
        E("TALKS", "Talks between the government and opposition groups, mediated by Kenya, are due to resume in Nairobi on Monday",
          place="nairobi", date="2025-09-22", status="planned",
          actors=["government", "opposition groups", "Kenya"]),
        E("CLASH", "slid into a civil war two years later that killed an estimated 400,000 people",
          place="south_sudan", date=None, optional=True, counts=[("killed", 400000)]),
        E("AGREEMENT", "a peace agreement was signed in 2018",
          date=None, optional=True),
    ],
))

# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    id="heldout-ps-gaza-live-2025-01-08",
    title="Gaza live: strike on Nuseirat school shelter kills 17; evacuation order for Beit Lahia",
    source="sitrep heldout (live blog)",
    published="2025-01-08",
    text="""
Gaza live: strike on Nuseirat school shelter kills 17; evacuation order for Beit Lahia
Catch up
• Air strike on a school sheltering displaced families in Nuseirat kills 17, civil defence says
• Israeli military orders residents of northern Beit Lahia to move south
• 21 patients evacuated from Khan Younis for treatment abroad
• Mediators to meet Hamas delegation in Cairo on Saturday
6.52am
In central Gaza, the civil defence agency says an air strike hit a school housing displaced families in the Nuseirat camp shortly after 2am.
7.30am
The death toll from the strike on the school has risen to 17, including six children, according to civil defence spokesman Yousef Abu Amra. Another 40 people were injured, several of them critically.
"We are still pulling people out of the rubble with our hands. There is no fuel for the excavators," Abu Amra said.
8.15am
The Israeli military says it carried out "a precise strike on Hamas terrorists" who were operating from a command centre inside the school compound.
9.05am
The military's Arabic-language spokesperson has ordered residents of 12 blocks in northern Beit Lahia to leave "immediately" and head south to Gaza City, warning that the army "will operate with great force" in the area.
9.40am
Our correspondent in Gaza City says families have been arriving from Beit Lahia on foot since the order was posted. The UN says about 4,000 people have left so far.
10.20am
Tank shells hit the eastern edge of Jabalia this morning, killing three people, medics said. The Israeli military says one of its soldiers was killed by an explosive device in Jabalia overnight.
11.05am
The World Health Organization says 21 patients, 12 of them children, were evacuated from Nasser hospital in Khan Younis through the Kerem Shalom crossing this morning, bound for the United Arab Emirates. Thousands more are still waiting for permission to leave, the agency says.
11.50am
Nine trucks carrying flour and medical supplies reached Gaza City on Tuesday, the first UN convoy to reach the north in two weeks, the World Food Programme says.
In Deir al-Balah, bakeries stayed shut for a third day for lack of flour and cooking gas.
12.35pm
Egyptian and Qatari mediators are due to meet a Hamas delegation in Cairo on Saturday to discuss a phased truce, an Egyptian official told us.
Asked about reports of a breakthrough, an Israeli official said there was "no agreement and no date" for a ceasefire.
1.10pm
Hamas accused Israel of "sabotaging" the negotiations by expanding its operations in the north.
1.45pm
Israeli troops detained about 30 men during a raid on a shelter in Beit Lahia overnight, Gaza's health ministry said. The military said it had arrested "dozens of terror suspects" there.
2.30pm
Hundreds of relatives and supporters of hostages held in Gaza blocked a main road in Tel Aviv, chanting "Bring them home now".
3.15pm
UNICEF said it was the third strike on a school shelter in a week and urged "all parties to the conflict" to keep such buildings out of the fighting.
""",
    toponyms=[
        ("Gaza", "gaza_strip"),
        ("Gaza City", "gaza_city"),
        ("Nuseirat", "nuseirat"),
        ("Beit Lahia", "beit_lahia"),
        ("Khan Younis", "khan_younis"),
        ("Cairo", "cairo"),
        ("Jabalia", "jabalia"),
        ("Kerem Shalom", "kerem_shalom"),
        ("United Arab Emirates", "uae"),
        ("Deir al-Balah", "deir_al_balah"),
        ("Israel", "israel"),
        ("Tel Aviv", "tel_aviv"),
    ],
    quotes=[
        ("We are still pulling people", ["Abu Amra", "Yousef Abu Amra"]),
        ("a precise strike on Hamas terrorists", ["military", "Israeli military"]),
        ("immediately", ["spokesperson", "Arabic-language spokesperson", "military"]),
        ("will operate with great force", ["spokesperson", "Arabic-language spokesperson", "military"]),
        ("no agreement and no date", ["official", "Israeli official"]),
        ("sabotaging", ["Hamas"]),
        ("dozens of terror suspects", ["military", "Israeli military"]),
        ("Bring them home now", ["relatives", "protesters"]),
        ("all parties to the conflict", ["UNICEF"]),
    ],
    events=[
        E("ATTACK.AIRSTRIKE", "an air strike hit a school housing displaced families in the Nuseirat camp shortly after 2am",
          more=["Air strike on a school sheltering displaced families in Nuseirat kills 17",
                "The death toll from the strike on the school has risen to 17, including six children",
                "Another 40 people were injured",
                "The Israeli military says it carried out \"a precise strike on Hamas terrorists\""],
          place="nuseirat", date="2025-01-08", actors=["Israeli military", "Israel"],
          targets=["school", "displaced families"], counts=[("killed", 17), ("injured", 40)]),
        E("EVACUATION", "has ordered residents of 12 blocks in northern Beit Lahia to leave",
          more=["Israeli military orders residents of northern Beit Lahia to move south"],
          alt=["THREAT", "DISPLACEMENT"], place="beit_lahia", date="2025-01-08",
          actors=["Israeli military", "spokesperson", "military"]),
        E("DISPLACEMENT", "families have been arriving from Beit Lahia on foot since the order was posted",
          more=["The UN says about 4,000 people have left so far."],
          alt=["EVACUATION"], place="beit_lahia", date="2025-01-08", counts=[("displaced", 4000)]),
        E("ATTACK.SHELLING", "Tank shells hit the eastern edge of Jabalia this morning, killing three people",
          place="jabalia", date="2025-01-08", counts=[("killed", 3)]),
        E("EVACUATION", "21 patients, 12 of them children, were evacuated from Nasser hospital in Khan Younis",
          more=["21 patients evacuated from Khan Younis for treatment abroad"],
          place="khan_younis", date="2025-01-08", actors=["World Health Organization", "WHO"],
          targets=["patients"], counts=[("evacuated", 21)]),
        E("EVACUATION", "Thousands more are still waiting for permission to leave",
          date=None, status="planned", optional=True),
        E("ATTACK.EXPLOSIVE", "one of its soldiers was killed by an explosive device in Jabalia overnight",
          place="jabalia", date="2025-01-08", targets=["Israeli soldier", "soldier"],
          counts=[("killed", 1)]),
        E("AID", "Nine trucks carrying flour and medical supplies reached Gaza City on Tuesday",
          place="gaza_city", date="2025-01-07", actors=["World Food Programme", "UN"]),
        E("SERVICES_DISRUPTED", "bakeries stayed shut for a third day for lack of flour and cooking gas",
          place="deir_al_balah", date="2025-01-08", status="ongoing"),
        E("TALKS", "Egyptian and Qatari mediators are due to meet a Hamas delegation in Cairo on Saturday",
          more=["Mediators to meet Hamas delegation in Cairo on Saturday"],
          place="cairo", date="2025-01-11", status="planned",
          actors=["Egyptian mediators", "Qatari mediators", "Hamas"]),
        E("DENIAL", "an Israeli official said there was \"no agreement and no date\" for a ceasefire",
          date="2025-01-08", actors=["Israeli official", "official"]),
        E("ACCUSATION", "Hamas accused Israel of \"sabotaging\" the negotiations",
          date="2025-01-08", actors=["Hamas"], targets=["Israel"]),
        E("DETENTION", "Israeli troops detained about 30 men during a raid on a shelter in Beit Lahia overnight",
          more=["The military said it had arrested \"dozens of terror suspects\" there."],
          place="beit_lahia", date="2025-01-08", actors=["Israeli troops", "Israeli military"],
          targets=["men"], counts=[("arrested", 30)]),
        E("PROTEST", "Hundreds of relatives and supporters of hostages held in Gaza blocked a main road in Tel Aviv",
          place="tel_aviv", date="2025-01-08", actors=["relatives", "supporters", "relatives of hostages"]),
        E("APPEAL", "urged \"all parties to the conflict\" to keep such buildings out of the fighting",
          date="2025-01-08", actors=["UNICEF"], targets=["all parties to the conflict"]),
    ],
))

# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    id="heldout-sd-kordofan-flash-2025-10-14",
    title="Sudan: Hostilities in Kordofan, Flash Update No. 4",
    source="sitrep heldout (UN humanitarian flash update)",
    published="2025-10-14",
    text="""
SUDAN: Hostilities in Kordofan
Flash Update No. 4 (as of 14 October 2025)
HIGHLIGHTS
• Shelling of residential areas in Dilling on 12 October killed 16 civilians, including seven children.
• An estimated 14,300 people have been displaced from Babanusa and surrounding villages since 8 October.
• Kadugli and Dilling remain cut off by road; food and medicine stocks are nearly exhausted.
• Two national NGO staff detained near El Obeid on 9 October; their whereabouts are unknown.
SITUATION OVERVIEW
Hostilities between the Sudanese Armed Forces (SAF) and the Rapid Support Forces (RSF) and their allies have intensified across the three Kordofan states since early October.
On 12 October, artillery shells struck residential neighbourhoods and a market in Dilling, South Kordofan, killing 16 civilians, including seven children, and injuring 32 others, according to local health authorities.
On 10 October, a drone strike reportedly hit a fuel station in En Nahud, West Kordofan, killing five people. OCHA has not been able to verify the report.
Fighting between SAF and RSF around Babanusa has continued since 8 October, despite a 72-hour humanitarian truce the RSF announced for the town on 9 October. On 11 October, the RSF claimed to have taken control of the town's eastern neighbourhoods; the claim could not be verified.
Kadugli and Dilling have been under siege since mid-2024. Roads to both towns are cut by the RSF and the Sudan People's Liberation Movement-North (SPLM-N), and no commercial or humanitarian convoy has reached Kadugli since June.
HUMANITARIAN IMPACT
According to IOM, an estimated 14,300 people have fled Babanusa and surrounding villages since 8 October, most of them to En Nahud and El Obeid.
In El Obeid, the capital of North Kordofan, water supply to about half of the city has been disrupted since a power station was damaged on 7 October.
In Kadugli, the price of sorghum has tripled since July, and health authorities report that hospitals have run out of surgical supplies.
Two staff members of a national NGO were detained by armed men at a checkpoint north of El Obeid on 9 October. Their whereabouts remain unknown.
HUMANITARIAN RESPONSE
WFP and partners distributed food to about 45,000 displaced people in El Obeid and En Nahud between 5 and 12 October.
A convoy of 22 trucks of food and medicines has been waiting in Kosti since 2 October for security guarantees to travel to Kadugli.
On 11 October, the UN relocated 14 humanitarian staff from Dilling to Kosti because of the shelling.
The Humanitarian Coordinator for Sudan, Ines Carvalho, called on all parties to stop attacks on civilians, to let the Kosti convoy move without delay and to release the detained NGO staff. "I condemn in the strongest terms the shelling of homes and a market in Dilling. Humanitarian workers are not part of this conflict, and they must never be made its target," she said.
FUNDING
The 2025 Humanitarian Needs and Response Plan for Sudan, which seeks US$4.2 billion, is 26 per cent funded. Attacks on health care have increased across Sudan this year.
""",
    toponyms=[
        ("SUDAN", "sudan"),
        ("Sudan", "sudan", {"except": ["Sudan People's"]}),
        ("Kordofan", "kordofan"),
        ("South Kordofan", "south_kordofan"),
        ("West Kordofan", "west_kordofan"),
        ("North Kordofan", "north_kordofan"),
        ("Dilling", "dilling"),
        ("Babanusa", "babanusa"),
        ("Kadugli", "kadugli"),
        ("El Obeid", "el_obeid"),
        ("En Nahud", "en_nahud"),
        ("Kosti", "kosti"),
    ],
    quotes=[
        ("I condemn in the strongest terms", ["Carvalho", "Ines Carvalho"]),
    ],
    events=[
        E("CLASH", "Hostilities between the Sudanese Armed Forces (SAF) and the Rapid Support Forces (RSF) and their allies have intensified across the three Kordofan states since early October.",
          place="kordofan", date=None, status="ongoing", optional=True,
          actors=["SAF", "Sudanese Armed Forces", "RSF", "Rapid Support Forces"]),
        E("ATTACK.SHELLING", "artillery shells struck residential neighbourhoods and a market in Dilling, South Kordofan, killing 16 civilians, including seven children, and injuring 32 others",
          more=["Shelling of residential areas in Dilling on 12 October killed 16 civilians, including seven children."],
          place="dilling", date="2025-10-12", targets=["residential neighbourhoods", "market", "civilians"],
          counts=[("killed", 16), ("injured", 32)]),
        E("ATTACK.AIRSTRIKE", "a drone strike reportedly hit a fuel station in En Nahud, West Kordofan, killing five people",
          place="en_nahud", date="2025-10-10", targets=["fuel station"], counts=[("killed", 5)]),
        E("CLASH", "Fighting between SAF and RSF around Babanusa has continued since 8 October, despite a 72-hour humanitarian truce the RSF announced for the town on 9 October.",
          place="babanusa", date=None, status="ongoing",
          actors=["SAF", "RSF", "Sudanese Armed Forces", "Rapid Support Forces"]),
        E("CEASEFIRE", "a 72-hour humanitarian truce the RSF announced for the town on 9 October",
          place="babanusa", date="2025-10-09", status="violated",
          actors=["RSF", "Rapid Support Forces"]),
        E("TERRITORY.TAKEN", "the RSF claimed to have taken control of the town's eastern neighbourhoods",
          place="babanusa", date="2025-10-11", status="claimed",
          actors=["RSF", "Rapid Support Forces"], targets=["SAF"]),
        E("TERRITORY.ENCIRCLED", "Kadugli and Dilling have been under siege since mid-2024.",
          more=["Kadugli and Dilling remain cut off by road",
                "no commercial or humanitarian convoy has reached Kadugli since June"],
          place="kadugli", date=None, status="ongoing",
          actors=["RSF", "SPLM-N", "Sudan People's Liberation Movement-North"]),
        E("TERRITORY.ENCIRCLED", "Kadugli and Dilling have been under siege since mid-2024.",
          more=["Kadugli and Dilling remain cut off by road"],
          place="dilling", date=None, status="ongoing",
          actors=["RSF", "SPLM-N", "Sudan People's Liberation Movement-North"]),
        E("DISPLACEMENT", "an estimated 14,300 people have fled Babanusa and surrounding villages since 8 October",
          more=["An estimated 14,300 people have been displaced from Babanusa and surrounding villages since 8 October."],
          place="babanusa", date=None, counts=[("displaced", 14300)]),
        E("SERVICES_DISRUPTED", "water supply to about half of the city has been disrupted since a power station was damaged on 7 October",
          place="el_obeid", date=None, status="ongoing"),
        E("SERVICES_DISRUPTED", "hospitals have run out of surgical supplies",
          more=["food and medicine stocks are nearly exhausted",
                "the price of sorghum has tripled since July"],
          place="kadugli", date=None, status="ongoing"),
        E("DETENTION", "Two staff members of a national NGO were detained by armed men at a checkpoint north of El Obeid on 9 October.",
          more=["Two national NGO staff detained near El Obeid on 9 October"],
          place="el_obeid", date="2025-10-09", actors=["armed men"], targets=["NGO staff"],
          counts=[("captured", 2)]),
        E("AID", "WFP and partners distributed food to about 45,000 displaced people in El Obeid and En Nahud between 5 and 12 October.",
          place="el_obeid", date=None, actors=["WFP", "World Food Programme"]),
        E("AID", "WFP and partners distributed food to about 45,000 displaced people in El Obeid and En Nahud between 5 and 12 October.",
          place="en_nahud", date=None, actors=["WFP", "World Food Programme"]),
        E("AID", "A convoy of 22 trucks of food and medicines has been waiting in Kosti since 2 October for security guarantees to travel to Kadugli.",
          place="kadugli", date=None, status="planned"),
        E("EVACUATION", "the UN relocated 14 humanitarian staff from Dilling to Kosti because of the shelling",
          place="dilling", date="2025-10-11", actors=["UN"], targets=["humanitarian staff"],
          counts=[("evacuated", 14)]),
        E("APPEAL", "called on all parties to stop attacks on civilians, to let the Kosti convoy move without delay and to release the detained NGO staff",
          date="2025-10-14", actors=["Carvalho", "Ines Carvalho", "Humanitarian Coordinator"],
          targets=["all parties"]),
        E("ACCUSATION", "I condemn in the strongest terms the shelling of homes and a market in Dilling.",
          date="2025-10-14", actors=["Carvalho", "Ines Carvalho", "Humanitarian Coordinator"]),
    ],
))

# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    id="heldout-mm-rakhine-statement-2025-09-24",
    title="Myanmar: Free abducted Rohingya men and stop forced recruitment in Rakhine State",
    source="sitrep heldout (rights group statement)",
    published="2025-09-24",
    text="""
Myanmar: Free abducted Rohingya men and stop forced recruitment in Rakhine State
Statement by the Bay of Bengal Rights Monitor, 24 September 2025
(BANGKOK) – The Arakan Army (AA) must immediately release 19 Rohingya men it abducted from two villages near Buthidaung last week, and Myanmar's military must stop rounding up young men in displacement camps around Sittwe for forced conscription, the Bay of Bengal Rights Monitor said today.
According to relatives, AA fighters surrounded two villages north of Buthidaung on the night of 16 September, took the men from their homes and drove them away in trucks.
"They came at midnight and took my husband and his two brothers. They did not say why," a woman from one of the villages told the Monitor by phone.
An AA spokesperson, Kyaw Zan Oo, denied that civilians had been abducted and said the men were being "questioned as suspected members of armed groups working with the military".
In Sittwe, the Rakhine State capital, which the military still holds but which AA forces have encircled on land since early 2024, soldiers have detained at least 60 young Rohingya men from the camps for displaced people in the past two weeks and taken them for military training, camp residents said.
"My son is 19. He has never held a gun. Now they will send him to fight people he has never met," said a father in one of the camps.
On 8 September, a military aircraft bombed a village market in Kyaukphyu township, killing twenty-two people, among them at least six children, according to local aid workers. Fighting between the AA and the military around the town of Kyaukphyu has continued since August.
The military's blockade of Rakhine State has left hospitals without basic medicines and pushed the price of rice beyond the reach of most families. Mobile internet has been cut across most of the state since January 2024.
Bangladeshi officials say more than 118,000 have arrived in the camps around Cox's Bazar since the fighting resumed in late 2023, including about 2,700 who crossed by boat near Teknaf this month. Bangladesh has said it cannot take in more refugees.
More than 700,000 Rohingya fled to Bangladesh in 2017 during a military crackdown that UN investigators later said was carried out with genocidal intent. Talks between the military and the AA, brokered by China in Kunming in July, ended without agreement, and no new round has been scheduled. On Monday the European Union added three army officers and a state-owned bank to its Myanmar sanctions list.
"Both the Arakan Army and the military are committing serious abuses against Rohingya civilians, and both will be held to account," said Mira Lindgren, the Monitor's Asia director.
The Monitor calls on:
- the Arakan Army to release the 19 men and disclose where they are held;
- the military to end forced conscription and lift its restrictions on aid to Rakhine State;
- Bangladesh to keep its border open to people fleeing violence.
""",
    toponyms=[
        ("Myanmar", "myanmar"),
        ("BANGKOK", "bangkok"),
        ("Buthidaung", "buthidaung"),
        ("Sittwe", "sittwe"),
        ("Rakhine State", "rakhine_state"),
        ("Kyaukphyu", "kyaukphyu"),
        ("China", "china"),
        ("Cox's Bazar", "coxs_bazar"),
        ("Teknaf", "teknaf"),
        ("Bangladesh", "bangladesh"),
        ("Kunming", "kunming"),
    ],
    quotes=[
        ("They came at midnight", ["woman"]),
        ("questioned as suspected members", ["Kyaw Zan Oo", "AA spokesperson"]),
        ("My son is 19", ["father"]),
        ("Both the Arakan Army and the military", ["Lindgren", "Mira Lindgren"]),
    ],
    events=[
        E("DETENTION", "AA fighters surrounded two villages north of Buthidaung on the night of 16 September, took the men from their homes and drove them away in trucks",
          more=["release 19 Rohingya men it abducted from two villages near Buthidaung last week"],
          place="buthidaung", date="2025-09-16", actors=["Arakan Army", "AA", "AA fighters"],
          targets=["Rohingya men"], counts=[("captured", 19)]),
        E("DENIAL", "denied that civilians had been abducted",
          date="2025-09-24", actors=["Kyaw Zan Oo", "AA spokesperson", "Arakan Army"]),
        E("ACCUSATION", "said the men were being \"questioned as suspected members of armed groups working with the military\"",
          date="2025-09-24", optional=True, actors=["Kyaw Zan Oo", "Arakan Army"], targets=["Rohingya men"]),
        E("TERRITORY.ENCIRCLED", "which the military still holds but which AA forces have encircled on land since early 2024",
          place="sittwe", date=None, status="ongoing", actors=["AA forces", "Arakan Army", "AA"]),
        E("DETENTION", "soldiers have detained at least 60 young Rohingya men from the camps for displaced people in the past two weeks",
          more=["Myanmar's military must stop rounding up young men in displacement camps around Sittwe"],
          place="sittwe", date=None, actors=["soldiers", "military"], targets=["young Rohingya men"],
          counts=[("arrested", 60)]),
        E("ATTACK.AIRSTRIKE", "a military aircraft bombed a village market in Kyaukphyu township, killing twenty-two people, among them at least six children",
          place="kyaukphyu", date="2025-09-08", actors=["military", "military aircraft"],
          targets=["village market"], counts=[("killed", 22)]),
        E("CLASH", "Fighting between the AA and the military around the town of Kyaukphyu",
          place="kyaukphyu", date=None, status="ongoing", actors=["AA", "Arakan Army", "military"]),
        E("SERVICES_DISRUPTED", "The military's blockade of Rakhine State has left hospitals without basic medicines and pushed the price of rice beyond the reach of most families.",
          more=["Mobile internet has been cut across most of the state since January 2024."],
          place="rakhine_state", date=None, status="ongoing", actors=["military"]),
        E("TERRITORY.ENCIRCLED", "The military's blockade of Rakhine State",
          place="rakhine_state", date=None, status="ongoing", optional=True, actors=["military"]),
        E("DISPLACEMENT", "more than 118,000 have arrived in the camps around Cox's Bazar since the fighting resumed in late 2023",
          place="coxs_bazar", date=None, counts=[("refugees", 118000)]),
        E("DISPLACEMENT", "about 2,700 who crossed by boat near Teknaf this month",
          place="teknaf", date=None, counts=[("refugees", 2700)]),
        E("DISPLACEMENT", "More than 700,000 Rohingya fled to Bangladesh in 2017",
          place="bangladesh", date=None, optional=True, counts=[("refugees", 700000)]),
        E("ATTACK.CIVILIANS", "a military crackdown that UN investigators later said was carried out with genocidal intent",
          place="rakhine_state", date=None, optional=True, actors=["military"]),
        E("TALKS", "Talks between the military and the AA, brokered by China in Kunming in July, ended without agreement",
          place="kunming", date=None, optional=True, actors=["military", "AA", "China"]),
        E("SANCTION", "the European Union added three army officers and a state-owned bank to its Myanmar sanctions list",
          date="2025-09-22", actors=["European Union", "EU"], targets=["army officers", "state-owned bank"]),
        E("ACCUSATION", "Both the Arakan Army and the military are committing serious abuses against Rohingya civilians",
          date="2025-09-24", actors=["Lindgren", "Mira Lindgren", "Bay of Bengal Rights Monitor"],
          targets=["Arakan Army", "military"]),
        E("APPEAL", "The Monitor calls on:",
          more=["the Arakan Army to release the 19 men and disclose where they are held;",
                "The Arakan Army (AA) must immediately release 19 Rohingya men"],
          date="2025-09-24", actors=["Bay of Bengal Rights Monitor", "Monitor"],
          targets=["Arakan Army", "military", "Bangladesh"]),
    ],
))

# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    id="heldout-ua-kostiantynivka-dispatch-2025-08-22",
    title="On the road out of Kostiantynivka, the drones wait for the evacuation vans",
    source="sitrep heldout (frontline dispatch)",
    published="2025-08-22",
    text="""
KRAMATORSK, Ukraine — The police van pulled out of Kostiantynivka a little after six on Thursday morning, its windows covered with wire mesh against drones. Inside were a retired miner, his bedridden wife, a woman with two grandchildren and a cat in a shopping bag.
They were among 14 people evacuated from the town that day by a police evacuation unit, said its commander, Capt. Andrii Voloshyn. Since the start of August, more than 1,100 people have been taken out of Kostiantynivka, according to the regional administration.
"Every trip we make, the drones are waiting for us on this road," Voloshyn said. "We drive fast and we pray."
On the way out, a Russian drone struck a civilian car a few hundred metres ahead of the van, wounding two men, he said.
The town had about 67,000 inhabitants before the full-scale invasion in 2022. Fewer than 10,000 remain. It has had no running water since the spring and no gas since last winter.
Russian artillery shelled the centre of Kostiantynivka again overnight, killing a 71-year-old man and wounding three other people, the regional governor said on Friday.
In Kramatorsk, about 25 km to the north, a guided bomb hit a five-storey apartment building on Thursday evening, killing four people and injuring 11, including a child, emergency services said.
Russia's defence ministry said on Thursday that its forces had captured Shcherbynivka, a village about 15 km south-east of Kostiantynivka. Lt. Col. Vitalii Hrytsenko, a spokesman for Ukrainian forces in the sector, denied the claim, saying "fierce fighting" was continuing on the outskirts of the village. He said his troops had repelled 17 Russian assaults in the area over the past day.
On Friday the regional military administration ordered the mandatory evacuation of families with children from nine villages around Druzhkivka, north-west of Kostiantynivka. About 350 children are to be moved to Dnipro and Pavlohrad over the coming week.
On Thursday, volunteers handed out bread, drinking water and medicine to about 400 people at a humanitarian hub in a former school in Druzhkivka, where evacuees wait for buses heading west.
Nadiia, 68, who was waiting there with two suitcases, said she had left Kostiantynivka after a shell destroyed her neighbour's house last week. "I stayed through everything. But when there was no water, no light, and the drones started hunting people in the street, I understood it was time," she said.
The governor accused Russia of deliberately targeting evacuation vehicles and urged the remaining residents of Kostiantynivka to leave "while the road is still open".
Ukrainian and Russian delegations are expected to meet in Istanbul next week to discuss another exchange of prisoners, after a swap of 84 soldiers on each side last Saturday, officials in Kyiv said. There is no sign of a ceasefire along the front. Attacks on evacuation vehicles have risen sharply this summer, according to the regional police.
""",
    toponyms=[
        ("KRAMATORSK", "kramatorsk"),
        ("Kramatorsk", "kramatorsk"),
        ("Ukraine", "ukraine"),
        ("Kostiantynivka", "kostiantynivka"),
        ("Russia", "russia"),
        ("Shcherbynivka", "shcherbynivka"),
        ("Druzhkivka", "druzhkivka"),
        ("Dnipro", "dnipro"),
        ("Pavlohrad", "pavlohrad"),
        ("Istanbul", "istanbul"),
        ("Kyiv", "kyiv"),
    ],
    quotes=[
        ("Every trip we make", ["Voloshyn", "Andrii Voloshyn"]),
        ("We drive fast and we pray", ["Voloshyn", "Andrii Voloshyn"]),
        ("fierce fighting", ["Hrytsenko", "Vitalii Hrytsenko"]),
        ("I stayed through everything", ["Nadiia"]),
        ("while the road is still open", ["governor", "regional governor"]),
    ],
    events=[
        E("EVACUATION", "They were among 14 people evacuated from the town that day by a police evacuation unit",
          more=["The police van pulled out of Kostiantynivka a little after six on Thursday morning"],
          place="kostiantynivka", date="2025-08-21", actors=["police evacuation unit", "police"],
          counts=[("evacuated", 14)]),
        E("EVACUATION", "Since the start of August, more than 1,100 people have been taken out of Kostiantynivka",
          place="kostiantynivka", date=None, status="ongoing", actors=["regional administration"],
          counts=[("evacuated", 1100)]),
        E("ATTACK.AIRSTRIKE", "a Russian drone struck a civilian car a few hundred metres ahead of the van, wounding two men",
          place="kostiantynivka", date="2025-08-21", actors=["Russia", "Russian drone"],
          targets=["civilian car"], counts=[("injured", 2)]),
        E("SERVICES_DISRUPTED", "It has had no running water since the spring and no gas since last winter.",
          place="kostiantynivka", date=None, status="ongoing"),
        E("ATTACK.SHELLING", "Russian artillery shelled the centre of Kostiantynivka again overnight, killing a 71-year-old man and wounding three other people",
          place="kostiantynivka", date="2025-08-22", actors=["Russian artillery", "Russia"],
          counts=[("killed", 1), ("injured", 3)]),
        E("ATTACK.AIRSTRIKE", "a guided bomb hit a five-storey apartment building on Thursday evening, killing four people and injuring 11, including a child",
          place="kramatorsk", date="2025-08-21", targets=["apartment building"],
          counts=[("killed", 4), ("injured", 11)]),
        E("TERRITORY.TAKEN", "Russia's defence ministry said on Thursday that its forces had captured Shcherbynivka",
          place="shcherbynivka", date="2025-08-21", status="claimed",
          actors=["Russia", "Russia's defence ministry", "Russian forces"]),
        E("DENIAL", "denied the claim",
          date="2025-08-22", actors=["Hrytsenko", "Vitalii Hrytsenko", "Ukrainian forces"]),
        E("CLASH", "saying \"fierce fighting\" was continuing on the outskirts of the village",
          place="shcherbynivka", date="2025-08-22", status="ongoing", actors=["Ukrainian forces", "Russian forces"]),
        E("TERRITORY.REPELLED", "his troops had repelled 17 Russian assaults in the area over the past day",
          alt=["CLASH"], place="shcherbynivka", date="2025-08-21", status="claimed",
          actors=["Ukrainian forces", "Hrytsenko"], targets=["Russian forces", "Russia"]),
        E("EVACUATION", "the regional military administration ordered the mandatory evacuation of families with children from nine villages around Druzhkivka",
          more=["About 350 children are to be moved to Dnipro and Pavlohrad over the coming week."],
          place="druzhkivka", date="2025-08-22", status="planned",
          actors=["regional military administration"], counts=[("planned_evacuees", 350)]),
        E("AID", "volunteers handed out bread, drinking water and medicine to about 400 people at a humanitarian hub in a former school in Druzhkivka",
          place="druzhkivka", date="2025-08-21", actors=["volunteers"]),
        E("ATTACK.SHELLING", "a shell destroyed her neighbour's house last week",
          place="kostiantynivka", date=None, optional=True),
        E("ACCUSATION", "The governor accused Russia of deliberately targeting evacuation vehicles",
          date="2025-08-22", actors=["governor", "regional governor"], targets=["Russia"]),
        E("APPEAL", "urged the remaining residents of Kostiantynivka to leave \"while the road is still open\"",
          alt=["EVACUATION"], date="2025-08-22", actors=["governor", "regional governor"],
          targets=["residents"]),
        E("TALKS", "Ukrainian and Russian delegations are expected to meet in Istanbul next week to discuss another exchange of prisoners",
          place="istanbul", date=None, status="planned", actors=["Ukraine", "Russia"]),
        E("AGREEMENT", "a swap of 84 soldiers on each side last Saturday",
          date="2025-08-16", actors=["Ukraine", "Russia"]),
    ],
))
