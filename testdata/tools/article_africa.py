# SPDX-License-Identifier: GPL-3.0-or-later
"""Hand-written articles and keys: Sudan, the Sahel, DR Congo, Ethiopia, Somalia.

The articles are fiction written for sitrep's tests: the places are real, the
people, quotations and figures are invented.  See build_articles.py for the
annotation format.
"""


def E(type, ev, **kw):
    kw["type"] = type
    kw["ev"] = ev
    return kw


ARTICLES = []

# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    id="sitrep-sd-elfasher-2024-06-03",
    title="Drone strike on El Fasher market kills 12 as RSF tightens siege",
    source="sitrep testdata (wire copy)",
    published="2024-06-03",
    text="""
PORT SUDAN, June 3 (Wire) - Paramilitary fighters shelled residential districts of El Fasher for a third straight day on Monday and a drone struck a crowded livestock market, killing at least 12 people and wounding dozens more, local officials and medics said.
The Rapid Support Forces (RSF) have besieged El Fasher, the last state capital in Sudan's Darfur region still held by the army and its allies, since early May. Aid agencies say the encirclement has choked off supplies of food, fuel and medicine to the city.
Deputy governor of North Darfur Amina Yusuf said the drone hit the market shortly after dawn, as traders were setting up their stalls. "There were women and children everywhere. The drone came back a second time, when people had gathered to help the wounded," she told Wire by telephone.
Among the dead were two children and a nurse, she said. A doctor at the Saudi Hospital, one of the few medical facilities still working in the city, said staff had treated 41 wounded people by midday and were operating by torchlight because the generator had run out of diesel.
The army said in a statement that its troops and allied fighters had repelled an RSF assault on the city's eastern defences overnight, killing "dozens of rebels" and destroying several combat vehicles. The claim could not be independently verified.
The RSF denied targeting civilians. In a message posted on its Telegram channel, the group said its forces had struck "military positions used by the army and its mercenaries" and accused the army of hiding weapons in residential neighbourhoods.
An RSF field commander, speaking in a video circulated on social media on Sunday, warned residents to stay away from army positions "before it is too late".
More than 30,000 people have fled El Fasher in the past week, according to the International Organization for Migration, many of them walking some 60 km west to Tawila, where aid groups have set up a makeshift camp. Others have sought shelter in Zamzam camp, south of the city.
Mohamed Adam, 38, a teacher from the Abu Shouk district who left on Saturday with his wife and five children after a shell landed in his neighbour's yard, said: "We walked for two days with nothing. Men on motorbikes stopped us on the road and took our phones and the little money we had."
The city's main water station has been out of service since it was damaged by shelling late last month, and residents now depend on a handful of hand-dug wells, the state water authority said.
UN humanitarian coordinator for Sudan Helena Brandt called on both sides to open a humanitarian corridor so that the wounded, and anyone who wants to leave, can do so safely.
"Civilians in El Fasher are trapped between the front lines with nowhere to go," Brandt said. "I urge the parties to respect international humanitarian law and to let aid through without delay."
A local truce negotiated by community elders in April collapsed within days, and talks between the army and the RSF in Jeddah, brokered by Saudi Arabia and the United States, have been stalled since last year.
Washington last week imposed sanctions on two senior RSF commanders it accused of directing attacks on civilians in Darfur, and the European Union is considering similar measures, diplomats said.
""",
    toponyms=[
        ("PORT SUDAN", "port_sudan"),
        ("El Fasher", "el_fasher"),
        ("Sudan", "sudan"),
        ("Darfur", "darfur"),
        ("North Darfur", "north_darfur"),
        ("Tawila", "tawila"),
        ("Zamzam", "zamzam"),
        ("Abu Shouk", "abu_shouk"),
        ("Jeddah", "jeddah"),
        ("Saudi Arabia", "saudi_arabia"),
        ("United States", "united_states"),
        ("Washington", "washington"),
    ],
    quotes=[
        ("There were women and children", ["Yusuf", "Amina Yusuf"]),
        ("dozens of rebels", ["army"]),
        ("military positions used by", ["RSF", "Rapid Support Forces"]),
        ("before it is too late", ["commander", "RSF field commander"]),
        ("We walked for two days", ["Adam", "Mohamed Adam"]),
        ("Civilians in El Fasher are trapped", ["Brandt", "Helena Brandt"]),
        ("I urge the parties", ["Brandt", "Helena Brandt"]),
    ],
    events=[
        E("ATTACK.SHELLING",
          "Paramilitary fighters shelled residential districts of El Fasher for a third straight day on Monday",
          place="el_fasher", date="2024-06-03",
          actors=["RSF", "Paramilitary fighters", "Rapid Support Forces"], targets=["residential districts"]),
        E("ATTACK.AIRSTRIKE",
          "a drone struck a crowded livestock market, killing at least 12 people and wounding dozens more",
          more=["Amina Yusuf said the drone hit the market shortly after dawn",
                "staff had treated 41 wounded people by midday"],
          place="el_fasher", date="2024-06-03", actors=[], targets=["livestock market", "traders"],
          counts=[("killed", 12), ("injured", 41)]),
        E("TERRITORY.ENCIRCLED",
          "The Rapid Support Forces (RSF) have besieged El Fasher",
          place="el_fasher", date=None, status="ongoing",
          actors=["RSF", "Rapid Support Forces"]),
        E("SERVICES_DISRUPTED",
          "the encirclement has choked off supplies of food, fuel and medicine to the city",
          more=["the generator had run out of diesel",
                "The city's main water station has been out of service"],
          place="el_fasher", date=None, status="ongoing"),
        E("TERRITORY.REPELLED",
          "its troops and allied fighters had repelled an RSF assault on the city's eastern defences overnight",
          alt=["CLASH"], place="el_fasher", date="2024-06-03", status="claimed",
          actors=["army", "Sudanese army"], targets=["RSF", "Rapid Support Forces"],
          counts=[("killed", None, "dozens of rebels")]),
        E("DENIAL", "The RSF denied targeting civilians.",
          date="2024-06-03", actors=["RSF", "Rapid Support Forces"]),
        E("ACCUSATION", "accused the army of hiding weapons in residential neighbourhoods",
          date="2024-06-03", actors=["RSF", "Rapid Support Forces"], targets=["army"]),
        E("THREAT", "warned residents to stay away from army positions",
          date="2024-06-02", actors=["RSF field commander", "RSF"], targets=["residents"]),
        E("DISPLACEMENT", "More than 30,000 people have fled El Fasher in the past week",
          more=["many of them walking some 60 km west to Tawila"],
          place="el_fasher", date=None, counts=[("displaced", 30000)]),
        E("ATTACK.SHELLING", "a shell landed in his neighbour's yard",
          place="abu_shouk", date="2024-06-01", optional=True),
        E("APPEAL", "called on both sides to open a humanitarian corridor",
          more=["I urge the parties to respect international humanitarian law"],
          alt=["EVACUATION"], date="2024-06-03",
          actors=["Brandt", "Helena Brandt", "UN"], targets=["army", "RSF"]),
        E("CEASEFIRE", "A local truce negotiated by community elders in April collapsed within days",
          place="el_fasher", date=None, status="violated", optional=True),
        E("TALKS", "talks between the army and the RSF in Jeddah",
          place="jeddah", date=None, status="suspended", optional=True,
          actors=["army", "RSF", "Saudi Arabia", "United States"]),
        E("SANCTION", "Washington last week imposed sanctions on two senior RSF commanders",
          date=None, actors=["Washington", "United States"], targets=["RSF commanders", "RSF"]),
        E("ACCUSATION", "it accused of directing attacks on civilians in Darfur",
          date=None, optional=True, actors=["Washington", "United States"], targets=["RSF commanders"]),
    ],
))

# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    id="sitrep-sd-khartoum-live-2024-10-08",
    title="Sudan war live: army claims gains in central Khartoum as drone strike knocks out power in Omdurman",
    source="sitrep testdata (live blog)",
    published="2024-10-08",
    text="""
Sudan war live: army claims gains in central Khartoum as drone strike knocks out power in Omdurman
Key developments
- Army says it has retaken the Al-Mogran district after overnight fighting
- Drone strike on a power station leaves much of Omdurman without electricity or water
- UN migration agency says 1,200 people displaced from Bahri since Saturday
- Rights group says the RSF detained 37 men at a checkpoint south of the capital
08:05 GMT
Sudan's army says its troops have taken control of Al-Mogran, on the western edge of central Khartoum, after what it described as fierce fighting with the Rapid Support Forces through the night.
Army spokesman Brig. Gen. Nabil Abdalla said: “Our forces have cleared Al-Mogran of the rebel militia and are pursuing its remnants towards the south.”
The RSF has not commented, and we have not been able to verify the claim independently.
09:40 GMT
A drone struck the main power station in northern Omdurman shortly before dawn, according to the state electricity company, which said much of the city had been without power since.
Because the pumping stations run on electricity, most neighbourhoods also have no running water, residents told us.
A resident of the Karari district, who asked not to be named, said: “We are carrying jerrycans to the river again. The hospital next to us is running on a generator, and nobody knows how long the fuel will last.”
10:20 GMT
The army has blamed the RSF for the strike on the power station, calling it “a deliberate attack on the lives of civilians”. It was the fourth strike on the plant since July.
11:15 GMT
The International Organization for Migration says about 1,200 people have been displaced from Bahri, across the river from central Khartoum, since Saturday as shelling there intensified. Most have moved north to Shendi and Atbara in River Nile state, the agency said.
12:30 GMT
The Sudan Rights Monitor, a network of lawyers and activists, says RSF fighters detained 37 men at a checkpoint in Jebel Awlia, south of Khartoum, on Sunday and accused them of collaborating with the army.
“Their families have no idea where they are. Some of them are teenagers,” said Samia Osman, a spokeswoman for the group.
An RSF adviser, Ibrahim Haroun, rejected the report, saying the men were “fighters caught carrying army weapons” and not civilians.
13:05 GMT
Egypt’s consulate in Port Sudan says a second bus convoy carrying about 300 Egyptian nationals will leave for the Argeen border crossing on Thursday. Some 450 people left with the first convoy last week.
14:10 GMT
Dozens of people rallied in Kassala this morning to demand the release of a local journalist, Adil Hamid, who was arrested by military intelligence on Friday after reporting on fuel shortages in the city, according to the Sudanese Journalists Syndicate.
15:00 GMT
The World Food Programme says a convoy of 28 trucks carrying sorghum, lentils and cooking oil has reached Kadugli in South Kordofan, the first delivery to the town in four months.
“This is a drop in the ocean, but it shows that access is possible when the parties allow it,” the agency’s country director, Paolo Ricci, said.
15:45 GMT
Sudan’s foreign ministry says the government will not take part in talks on a humanitarian truce proposed for Geneva next month unless the RSF first withdraws from civilian homes, as both sides promised in a declaration signed in Jeddah last year.
""",
    toponyms=[
        ("Sudan", "sudan"),
        ("Khartoum", "khartoum"),
        ("Omdurman", "omdurman"),
        ("Al-Mogran", "al_mogran"),
        ("Bahri", "bahri"),
        ("Karari", "karari"),
        ("Shendi", "shendi"),
        ("Atbara", "atbara"),
        ("River Nile", "river_nile_state"),
        ("Jebel Awlia", "jebel_awlia"),
        ("Egypt", "egypt"),
        ("Port Sudan", "port_sudan"),
        ("Argeen", "argeen"),
        ("Kassala", "kassala"),
        ("Kadugli", "kadugli"),
        ("South Kordofan", "south_kordofan"),
        ("Geneva", "geneva"),
        ("Jeddah", "jeddah"),
    ],
    quotes=[
        ("Our forces have cleared", ["Abdalla", "Nabil Abdalla"]),
        ("We are carrying jerrycans", ["resident"]),
        ("a deliberate attack on the lives", ["army"]),
        ("Their families have no idea", ["Osman", "Samia Osman"]),
        ("fighters caught carrying", ["Haroun", "Ibrahim Haroun"]),
        ("This is a drop in the ocean", ["Ricci", "Paolo Ricci"]),
    ],
    events=[
        E("TERRITORY.TAKEN", "Sudan's army says its troops have taken control of Al-Mogran",
          more=["Army says it has retaken the Al-Mogran district after overnight fighting"],
          alt=["CLASH"], place="al_mogran", date="2024-10-08", status="claimed",
          actors=["army", "Sudan's army"], targets=["RSF", "Rapid Support Forces"]),
        E("CLASH", "after what it described as fierce fighting with the Rapid Support Forces through the night",
          place="al_mogran", date="2024-10-08", optional=True,
          actors=["army", "Rapid Support Forces"]),
        E("ATTACK.AIRSTRIKE", "A drone struck the main power station in northern Omdurman shortly before dawn",
          more=["Drone strike on a power station leaves much of Omdurman without electricity or water"],
          place="omdurman", date="2024-10-08", actors=["RSF", "Rapid Support Forces"],
          targets=["power station"]),
        E("SERVICES_DISRUPTED", "much of the city had been without power since",
          more=["most neighbourhoods also have no running water"],
          place="omdurman", date="2024-10-08"),
        E("ACCUSATION", "The army has blamed the RSF for the strike on the power station",
          date="2024-10-08", actors=["army"], targets=["RSF"]),
        E("DISPLACEMENT", "about 1,200 people have been displaced from Bahri",
          more=["UN migration agency says 1,200 people displaced from Bahri since Saturday"],
          place="bahri", date=None, counts=[("displaced", 1200)]),
        E("ATTACK.SHELLING", "as shelling there intensified",
          place="bahri", date=None, optional=True),
        E("DETENTION", "RSF fighters detained 37 men at a checkpoint in Jebel Awlia",
          more=["Rights group says the RSF detained 37 men at a checkpoint south of the capital"],
          place="jebel_awlia", date="2024-10-06", actors=["RSF", "RSF fighters"],
          targets=["men"], counts=[("arrested", 37)]),
        E("DENIAL", "rejected the report",
          date="2024-10-08", actors=["Haroun", "Ibrahim Haroun", "RSF"]),
        E("EVACUATION", "a second bus convoy carrying about 300 Egyptian nationals will leave for the Argeen border crossing on Thursday",
          place="port_sudan", date="2024-10-10", status="planned", actors=["Egypt"],
          counts=[("planned_evacuees", 300)]),
        E("EVACUATION", "Some 450 people left with the first convoy last week.",
          place="port_sudan", date=None, actors=["Egypt"], counts=[("evacuated", 450)]),
        E("PROTEST", "Dozens of people rallied in Kassala this morning",
          place="kassala", date="2024-10-08", actors=["people"]),
        E("DETENTION", "who was arrested by military intelligence on Friday",
          place="kassala", date="2024-10-04", actors=["military intelligence"],
          targets=["Adil Hamid"], counts=[("arrested", 1)]),
        E("AID", "a convoy of 28 trucks carrying sorghum, lentils and cooking oil has reached Kadugli",
          place="kadugli", date="2024-10-08", actors=["World Food Programme"]),
        E("TALKS", "talks on a humanitarian truce proposed for Geneva next month",
          place="geneva", date=None, status="planned", optional=True,
          actors=["Sudan", "RSF"]),
    ],
))

# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    id="sitrep-ml-gao-convoy-2025-02-14",
    title="Roadside bomb kills seven Malian soldiers near Gao; drone strike toll disputed",
    source="sitrep testdata (wire copy)",
    published="2025-02-14",
    text="""
BAMAKO, Feb 14 (Wire) - A roadside bomb tore through a Malian army convoy near Gao on Thursday, killing seven soldiers, two security sources said, as al Qaeda-linked militants stepped up attacks on supply routes in the country's north.
The convoy was escorting fuel tankers from Gao to Ansongo when its lead vehicle hit an improvised explosive device about 40 km south of the city, one of the sources said. Gunmen then opened fire on the column before withdrawing towards the border with Niger.
The Group for the Support of Islam and Muslims (JNIM) claimed the attack in a statement on Friday, saying its fighters had destroyed ''three military vehicles'' and seized weapons. In the same statement, the group warned transport companies that trucks carrying fuel to Gao and Timbuktu would be treated as targets.
The army did not confirm the toll. In a statement read on state television, it said ''terrorist elements'' had targeted a logistics convoy and that ''the situation is under control''.
In the Kidal region, a local rights association said an army drone strike on Monday killed 11 civilians, among them four children, at a water point outside the town of Aguelhok.
''The victims were herders who had come to water their animals. There were children among them,'' said Alhousseini Ag Mohamed, a spokesman for the association. ''We ask for an independent investigation.''
The army said it had ''neutralised'' a group of terrorists preparing an attack and denied that any civilians had been hit.
Timbuktu, which JNIM fighters have encircled since the summer of 2023, is running short of food. Residents said the price of a 50 kg sack of rice had tripled and that most shops had closed.
Fatouma Maiga, 41, a trader in the city's main market, said: ''We eat once a day now. The trucks stopped coming months ago and the boats on the river are attacked too.''
A military cargo plane carrying medicine and flour landed at Timbuktu airport on Tuesday, the regional governor's office said.
In central Mali, gunmen abducted the chief of a village near Mopti and three of his relatives on Wednesday night, a local official said, the latest in a string of kidnappings in the region.
The violence has driven a new wave of refugees into neighbouring Mauritania. The UN refugee agency said more than 5,000 people had arrived at the Mbera camp since the start of the year, most of them women and children.
The United States on Tuesday imposed sanctions on two senior JNIM commanders, freezing any assets they hold under U.S. jurisdiction.
In neighbouring Niger, the defence ministry said 10 soldiers were killed and 13 wounded when ''several hundred'' gunmen on motorbikes attacked an army post near Tillaberi on Wednesday. Troops repelled the assault and killed ''dozens of terrorists'', the ministry said.
""",
    toponyms=[
        ("BAMAKO", "bamako"),
        ("Gao", "gao"),
        ("Ansongo", "ansongo"),
        ("Niger", "niger"),
        ("Timbuktu", "timbuktu"),
        ("Kidal", "kidal_region"),
        ("Aguelhok", "aguelhok"),
        ("Mali", "mali"),
        ("Mopti", "mopti"),
        ("Mauritania", "mauritania"),
        ("Mbera", "mbera"),
        ("United States", "united_states"),
        ("U.S.", "united_states"),
        ("Tillaberi", "tillaberi"),
    ],
    quotes=[
        ("three military vehicles", ["JNIM", "Group for the Support of Islam and Muslims"]),
        ("terrorist elements", ["army"]),
        ("the situation is under control", ["army"]),
        ("The victims were herders", ["Ag Mohamed", "Alhousseini Ag Mohamed"]),
        ("We ask for an independent", ["Ag Mohamed", "Alhousseini Ag Mohamed"]),
        ("neutralised", ["army"]),
        ("We eat once a day now", ["Maiga", "Fatouma Maiga"]),
        ("several hundred", ["ministry", "defence ministry"]),
        ("dozens of terrorists", ["ministry", "defence ministry"]),
    ],
    events=[
        E("ATTACK.EXPLOSIVE", "A roadside bomb tore through a Malian army convoy near Gao on Thursday, killing seven soldiers",
          more=["its lead vehicle hit an improvised explosive device about 40 km south of the city"],
          place="gao", date="2025-02-13", actors=["JNIM", "Group for the Support of Islam and Muslims"],
          targets=["Malian army convoy", "soldiers"], counts=[("killed", 7)]),
        E("CLASH", "Gunmen then opened fire on the column before withdrawing",
          place="gao", date="2025-02-13", optional=True, actors=["Gunmen", "JNIM"], targets=["convoy"]),
        E("THREAT", "the group warned transport companies that trucks carrying fuel to Gao and Timbuktu would be treated as targets",
          date="2025-02-14", actors=["JNIM", "Group for the Support of Islam and Muslims"],
          targets=["transport companies"]),
        E("ATTACK.AIRSTRIKE", "an army drone strike on Monday killed 11 civilians, among them four children, at a water point outside the town of Aguelhok",
          place="aguelhok", date="2025-02-10", actors=["army", "Malian army"], targets=["civilians", "herders"],
          counts=[("killed", 11)]),
        E("APPEAL", "We ask for an independent investigation.",
          date="2025-02-14", optional=True, actors=["Ag Mohamed", "Alhousseini Ag Mohamed"]),
        E("DENIAL", "denied that any civilians had been hit",
          date="2025-02-14", actors=["army"]),
        E("TERRITORY.ENCIRCLED", "Timbuktu, which JNIM fighters have encircled since the summer of 2023, is running short of food.",
          place="timbuktu", date=None, status="ongoing", actors=["JNIM"]),
        E("SERVICES_DISRUPTED", "Residents said the price of a 50 kg sack of rice had tripled and that most shops had closed.",
          more=["The trucks stopped coming months ago"],
          place="timbuktu", date=None, status="ongoing", optional=True),
        E("AID", "A military cargo plane carrying medicine and flour landed at Timbuktu airport on Tuesday",
          place="timbuktu", date="2025-02-11", actors=["army"]),
        E("DETENTION", "gunmen abducted the chief of a village near Mopti and three of his relatives on Wednesday night",
          place="mopti", date="2025-02-12", actors=["gunmen"], targets=["village chief"],
          counts=[("captured", 4)]),
        E("DISPLACEMENT", "more than 5,000 people had arrived at the Mbera camp since the start of the year",
          more=["The violence has driven a new wave of refugees into neighbouring Mauritania."],
          place="mbera", date=None, counts=[("refugees", 5000)]),
        E("SANCTION", "The United States on Tuesday imposed sanctions on two senior JNIM commanders",
          date="2025-02-11", actors=["United States"], targets=["JNIM commanders", "JNIM"]),
        E("CLASH", "10 soldiers were killed and 13 wounded when ''several hundred'' gunmen on motorbikes attacked an army post near Tillaberi on Wednesday",
          place="tillaberi", date="2025-02-12", actors=["gunmen"], targets=["army post", "soldiers"],
          counts=[("killed", 10), ("injured", 13)]),
        E("TERRITORY.REPELLED", "Troops repelled the assault",
          alt=["CLASH"], place="tillaberi", date="2025-02-12", status="claimed",
          actors=["Troops", "Niger army"], targets=["gunmen"],
          counts=[("killed", None, "dozens of terrorists")]),
    ],
))

# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    id="sitrep-bf-kaya-release-2024-07-16",
    title="Burkina Faso: Humanitarian Coordinator condemns killing of civilians near Kaya and calls for access to blockaded towns",
    source="sitrep testdata (UN press release)",
    published="2024-07-16",
    text="""
PRESS RELEASE
Burkina Faso: Humanitarian Coordinator condemns killing of civilians near Kaya and calls for access to blockaded towns
Ouagadougou, 16 July 2024 – The United Nations Humanitarian Coordinator in Burkina Faso, Marguerite Kaboré, today condemned the attack on a weekly market near Kaya, in the Centre-Nord region, in which at least 26 civilians, including women and children, were killed on Saturday, according to local sources.
Armed men on motorcycles surrounded the market in the late morning and opened fire on traders and shoppers, survivors told humanitarian partners. Several shops and vehicles were set on fire.
“I am appalled by the killing of people who were simply going about their lives, buying and selling food for their families. Attacks on civilians are a grave violation of international humanitarian law and must stop,” said Ms. Kaboré.
More than 4,500 people have fled the surrounding villages since the attack, most of them to Kaya, where they are being hosted by families who themselves depend on assistance. Humanitarian organisations have begun distributing food, water and shelter kits.
In the Sahel region, the town of Djibo remains under blockade by non-state armed groups, which have cut road access for more than two years. Convoys escorted by the army reach the town irregularly and are frequently attacked.
Attacks on water infrastructure have left residents of Djibo with less than five litres of water per person per day, well below emergency standards, and the town’s main health centre is running short of essential medicines.
Last week, humanitarian helicopters delivered 18 tonnes of medicine and nutritional supplies to Djibo and Arbinda. “The helicopters are a lifeline, but they cannot feed a town. We need the roads to open,” Ms. Kaboré said.
Since January, more than 12,000 people from Burkina Faso have sought refuge in northern Côte d’Ivoire, according to the UN refugee agency, adding to the pressure on host communities there.
The Humanitarian Coordinator also called for the immediate and unconditional release of two humanitarian workers abducted near Fada N’Gourma in June. She said: “Aid workers are not a target. My thoughts are with their families, and I ask those holding them to let them go home.”
The 2024 Humanitarian Response Plan for Burkina Faso, which seeks US$ 935 million to assist 3.1 million people, is only 21 per cent funded. The Humanitarian Coordinator calls on donors to urgently increase their support and on all parties to the conflict to allow safe and unimpeded humanitarian access to people in need, wherever they are.
For further information, please contact:
OCHA Burkina Faso, Public Information Unit, Ouagadougou
OCHA press releases are available on the OCHA website.
""",
    toponyms=[
        ("Burkina Faso", "burkina_faso"),
        ("Kaya", "kaya"),
        ("Ouagadougou", "ouagadougou"),
        ("Centre-Nord", "centre_nord"),
        ("Sahel", "sahel_region_bf"),
        ("Djibo", "djibo"),
        ("Arbinda", "arbinda"),
        ("Côte d’Ivoire", "cote_divoire"),
        ("Fada N’Gourma", "fada_ngourma"),
    ],
    quotes=[
        ("I am appalled by the killing", ["Kaboré", "Marguerite Kaboré"]),
        ("The helicopters are a lifeline", ["Kaboré", "Marguerite Kaboré"]),
        ("Aid workers are not a target", ["Kaboré", "Marguerite Kaboré"]),
    ],
    events=[
        E("ATTACK.CIVILIANS", "the attack on a weekly market near Kaya, in the Centre-Nord region, in which at least 26 civilians, including women and children, were killed on Saturday",
          more=["Armed men on motorcycles surrounded the market in the late morning and opened fire on traders and shoppers"],
          place="kaya", date="2024-07-13", actors=["Armed men"], targets=["civilians", "traders", "shoppers"],
          counts=[("killed", 26)]),
        E("ACCUSATION", "The United Nations Humanitarian Coordinator in Burkina Faso, Marguerite Kaboré, today condemned the attack",
          more=["Humanitarian Coordinator condemns killing of civilians near Kaya"],
          date="2024-07-16", actors=["Kaboré", "Marguerite Kaboré", "United Nations"], targets=["Armed men"]),
        E("DISPLACEMENT", "More than 4,500 people have fled the surrounding villages since the attack, most of them to Kaya",
          place="kaya", date=None, counts=[("displaced", 4500)]),
        E("AID", "Humanitarian organisations have begun distributing food, water and shelter kits.",
          place="kaya", date=None, optional=True, actors=["Humanitarian organisations"]),
        E("TERRITORY.ENCIRCLED", "the town of Djibo remains under blockade by non-state armed groups",
          place="djibo", date=None, status="ongoing", actors=["non-state armed groups"]),
        E("SERVICES_DISRUPTED", "Attacks on water infrastructure have left residents of Djibo with less than five litres of water per person per day",
          more=["the town’s main health centre is running short of essential medicines"],
          place="djibo", date=None, status="ongoing"),
        E("AID", "humanitarian helicopters delivered 18 tonnes of medicine and nutritional supplies to Djibo and Arbinda",
          place="djibo", date=None, actors=["humanitarian helicopters"]),
        E("AID", "humanitarian helicopters delivered 18 tonnes of medicine and nutritional supplies to Djibo and Arbinda",
          place="arbinda", date=None, actors=["humanitarian helicopters"]),
        E("DISPLACEMENT", "more than 12,000 people from Burkina Faso have sought refuge in northern Côte d’Ivoire",
          place="cote_divoire", date=None, counts=[("refugees", 12000)]),
        E("DETENTION", "two humanitarian workers abducted near Fada N’Gourma in June",
          place="fada_ngourma", date=None, targets=["humanitarian workers"], counts=[("captured", 2)]),
        E("APPEAL", "The Humanitarian Coordinator also called for the immediate and unconditional release",
          more=["The Humanitarian Coordinator calls on donors to urgently increase their support"],
          date="2024-07-16", actors=["Kaboré", "Marguerite Kaboré", "Humanitarian Coordinator"],
          targets=["donors", "parties to the conflict"]),
    ],
))

# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    id="sitrep-cd-ituri-camp-2025-07-09",
    title="Militia attack on Congo displacement camp kills 19 as fighting flares in North Kivu",
    source="sitrep testdata (wire copy)",
    published="2025-07-09",
    text="""
BUNIA, Democratic Republic of Congo, July 9 (Wire) - Militiamen armed with guns and machetes attacked a camp for displaced people in Congo's northeastern Ituri province overnight, killing at least 19 people and wounding 25, a local official and a humanitarian source said on Wednesday.
The attackers struck shortly after 2 a.m. at the camp in Djugu territory, about 60 km north of the provincial capital Bunia, setting fire to dozens of shelters before fleeing into the surrounding hills.
Djugu territory administrator Jean-Claude Mbuyi blamed the CODECO militia, an armed group drawn mainly from the Lendu community that has repeatedly targeted camps sheltering Hema families.
"They came while people were asleep. Most of the dead are women and children who could not run fast enough," Mbuyi told Wire by phone.
Kavira Masika, 34, who escaped with her three children, said: “I heard shooting and then screaming. We ran into the bush and stayed there until morning. When we came back my sister’s shelter was ashes.”
UN peacekeepers said they had evacuated 40 wounded people to hospitals in Bunia by helicopter and road. About 8,000 residents of the camp have since fled towards the town, according to a humanitarian source, and aid groups said water trucking and the camp's health post had been suspended.
CODECO could not be reached for comment.
Further south, in North Kivu province, suspected Allied Democratic Forces (ADF) rebels killed seven farmers in their fields outside Beni on Monday, the army said.
Fighting also flared on Tuesday between M23 rebels and pro-government Wazalendo militias in Masisi territory west of Goma, residents and local officials said, despite a ceasefire declaration signed by the government and the rebels last month.
The M23, which seized Goma and Bukavu earlier this year, accused the militias of attacking its positions and said its fighters had "defended themselves". A Wazalendo commander said the rebels had tried to advance on two villages and had been pushed back.
Congo's government accused neighbouring Rwanda of continuing to arm and command the M23. Rwandan government spokeswoman Claudine Uwase denied the accusation, calling it "a convenient excuse for Kinshasa's own failures".
Negotiators for Kinshasa and the M23 are due to meet again in Doha next week to work on a final peace deal.
The European Union on Monday added two M23 commanders and a Rwandan army officer to its sanctions list, accusing them of serious human rights abuses in eastern Congo.
In Kinshasa, police fired tear gas to disperse hundreds of students who marched on Tuesday to demand a tougher response to the rebellion. Police said 23 protesters were arrested for damaging property.
The World Food Programme said it had resumed food distributions in Goma after a three-month pause, reaching about 60,000 people this week.
""",
    toponyms=[
        ("BUNIA", "bunia"),
        ("Bunia", "bunia"),
        ("Democratic Republic of Congo", "drc"),
        ("Congo", "drc"),
        ("Ituri", "ituri"),
        ("Djugu", "djugu"),
        ("North Kivu", "north_kivu"),
        ("Beni", "beni"),
        ("Masisi", "masisi"),
        ("Goma", "goma"),
        ("Bukavu", "bukavu"),
        ("Rwanda", "rwanda"),
        ("Kinshasa", ["kinshasa", "kinshasa", "kinshasa"]),
        ("Doha", "doha"),
    ],
    quotes=[
        ("They came while people were asleep", ["Mbuyi", "Jean-Claude Mbuyi"]),
        ("I heard shooting and then screaming", ["Masika", "Kavira Masika"]),
        ("defended themselves", ["M23"]),
        ("a convenient excuse", ["Uwase", "Claudine Uwase"]),
    ],
    events=[
        E("ATTACK.CIVILIANS", "Militiamen armed with guns and machetes attacked a camp for displaced people in Congo's northeastern Ituri province overnight, killing at least 19 people and wounding 25",
          more=["The attackers struck shortly after 2 a.m. at the camp in Djugu territory"],
          place="djugu", date="2025-07-09", actors=["CODECO", "Militiamen", "CODECO militia"],
          targets=["displaced people", "camp"], counts=[("killed", 19), ("injured", 25)]),
        E("ACCUSATION", "Djugu territory administrator Jean-Claude Mbuyi blamed the CODECO militia",
          date="2025-07-09", actors=["Mbuyi", "Jean-Claude Mbuyi"], targets=["CODECO"]),
        E("EVACUATION", "UN peacekeepers said they had evacuated 40 wounded people to hospitals in Bunia by helicopter and road.",
          place="djugu", date="2025-07-09", actors=["UN peacekeepers"], counts=[("evacuated", 40)]),
        E("DISPLACEMENT", "About 8,000 residents of the camp have since fled towards the town",
          place="djugu", date="2025-07-09", counts=[("displaced", 8000)]),
        E("SERVICES_DISRUPTED", "water trucking and the camp's health post had been suspended",
          place="djugu", date="2025-07-09"),
        E("ATTACK.CIVILIANS", "suspected Allied Democratic Forces (ADF) rebels killed seven farmers in their fields outside Beni on Monday",
          place="beni", date="2025-07-07", actors=["ADF", "Allied Democratic Forces"], targets=["farmers"],
          counts=[("killed", 7)]),
        E("CLASH", "Fighting also flared on Tuesday between M23 rebels and pro-government Wazalendo militias in Masisi territory west of Goma",
          place="masisi", date="2025-07-08", actors=["M23", "Wazalendo"]),
        E("CEASEFIRE", "despite a ceasefire declaration signed by the government and the rebels last month",
          place="masisi", date="2025-07-08", status="violated", actors=["government", "M23"]),
        E("TERRITORY.TAKEN", "The M23, which seized Goma and Bukavu earlier this year",
          place="goma", date=None, optional=True, actors=["M23"]),
        E("TERRITORY.TAKEN", "The M23, which seized Goma and Bukavu earlier this year",
          place="bukavu", date=None, optional=True, actors=["M23"]),
        E("ACCUSATION", "accused the militias of attacking its positions",
          date="2025-07-09", actors=["M23"], targets=["Wazalendo", "militias"]),
        E("TERRITORY.REPELLED", "the rebels had tried to advance on two villages and had been pushed back",
          alt=["CLASH"], place="masisi", date="2025-07-08", status="claimed",
          actors=["Wazalendo"], targets=["M23", "rebels"]),
        E("ACCUSATION", "Congo's government accused neighbouring Rwanda of continuing to arm and command the M23.",
          date="2025-07-09", actors=["Congo's government", "Congo", "Kinshasa"], targets=["Rwanda"]),
        E("DENIAL", "Rwandan government spokeswoman Claudine Uwase denied the accusation",
          date="2025-07-09", actors=["Uwase", "Claudine Uwase", "Rwanda"]),
        E("TALKS", "Negotiators for Kinshasa and the M23 are due to meet again in Doha next week",
          place="doha", date=None, status="planned", actors=["Kinshasa", "M23"]),
        E("SANCTION", "The European Union on Monday added two M23 commanders and a Rwandan army officer to its sanctions list",
          date="2025-07-07", actors=["European Union"], targets=["M23 commanders", "Rwandan army officer"]),
        E("PROTEST", "hundreds of students who marched on Tuesday to demand a tougher response to the rebellion",
          place="kinshasa", date="2025-07-08", actors=["students"]),
        E("DETENTION", "Police said 23 protesters were arrested for damaging property.",
          place="kinshasa", date="2025-07-08", actors=["police"], targets=["protesters"],
          counts=[("arrested", 23)]),
        E("AID", "it had resumed food distributions in Goma after a three-month pause",
          place="goma", date=None, actors=["World Food Programme"]),
    ],
))

# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    id="sitrep-et-amhara-longread-2024-10-08",
    title="In Ethiopia's Amhara region, a war with no front line and no end in sight",
    source="sitrep testdata (long-form report)",
    published="2024-10-08",
    text="""
BAHIR DAR, Ethiopia — The minibus was half an hour out of Bichena on Thursday afternoon, carrying traders home from the weekly market, when the drone found it.
Eight passengers were killed, among them three children, and five were wounded, according to two relatives of the victims and a health worker at the hospital in Debre Markos where the survivors were taken. The vehicle was reduced to a blackened frame on the side of the road.
Tadesse Alemu, 52, whose daughter and son-in-law were among the dead, said: “We did not hear anything before the explosion. There were no fighters in that bus, only people with sacks of teff and onions.
“I want the government to tell me what my daughter did to deserve this.”
It was the third drone strike on civilian vehicles reported in East Gojjam in less than a month. A government spokesman, asked about the attack, denied that civilians had been killed and said the military ''only targets armed extremists who threaten the constitutional order''.
For more than a year, Ethiopia's federal army has been fighting Fano, a loose network of Amhara militias that fought alongside it during the war in Tigray and turned against it after the government moved to disband regional forces. The conflict has no clear front line: Fano fighters move through the countryside at night, and the army holds the towns and the main roads by day.
On Sunday, Fano fighters briefly entered Debre Tabor, a town of some 80,000 people east of Lake Tana, and freed dozens of inmates from its prison, according to residents and a Fano spokesman. The army said its forces had ''cleared'' the town within hours and that the attackers had ''fled in disarray''.
Arrests have become a part of daily life. Residents of Bahir Dar, the regional capital, say young men are routinely detained at checkpoints, and the Committee to Protect Journalists said three reporters were arrested in Addis Ababa last week after covering the conflict. Their whereabouts are unknown.
Mobile internet has been cut across most of the Amhara region since the summer of 2023, making it hard for families to reach one another and for reporters to verify accounts of abuses.
The fighting has also emptied villages. The regional disaster management office says more than 40,000 people have been displaced in North and East Gojjam since June alone, many of them sheltering in schools and churches in Bahir Dar.
Aid agencies suspended road movements between Bahir Dar and Gondar last month after gunmen shot dead a driver working for an international charity. A United Nations official said convoys had resumed this week, under new security arrangements, with food for 120,000 people.
On Saturday, representatives of the regional government met elders and religious leaders in Gondar to discuss a possible local truce. Fano commanders have so far rejected any talks that do not include the release of their jailed members.
In Bichena, hundreds of people joined the funeral procession for the minibus victims on Sunday, some chanting against the drone strikes, witnesses said.
The UN human rights office in Geneva called on the government to investigate the strike and to ''take all feasible precautions to protect civilians''.
A doctor in Debre Markos, who asked not to be named because he feared reprisals, said: “We treat the wounded from both sides. What frightens me most is that nobody outside seems to know this war is happening.”
""",
    toponyms=[
        ("BAHIR DAR", "bahir_dar"),
        ("Bahir Dar", "bahir_dar"),
        ("Ethiopia", "ethiopia"),
        ("Bichena", "bichena"),
        ("Debre Markos", "debre_markos"),
        ("East Gojjam", "east_gojjam"),
        ("Amhara", "amhara", {"except": ["Amhara militias"]}),
        ("Tigray", "tigray"),
        ("Debre Tabor", "debre_tabor"),
        ("Lake Tana", "lake_tana"),
        ("Addis Ababa", "addis_ababa"),
        ("Gondar", "gondar"),
        ("Geneva", "geneva"),
    ],
    quotes=[
        ("We did not hear anything", ["Alemu", "Tadesse Alemu"], {"continues": True}),
        ("I want the government to tell me", ["Alemu", "Tadesse Alemu"]),
        ("only targets armed extremists", ["spokesman", "government spokesman"]),
        ("cleared", ["army"]),
        ("fled in disarray", ["army"]),
        ("take all feasible precautions", ["UN human rights office"]),
        ("We treat the wounded from both sides", ["doctor"]),
    ],
    events=[
        E("ATTACK.AIRSTRIKE", "The minibus was half an hour out of Bichena on Thursday afternoon, carrying traders home from the weekly market, when the drone found it.",
          more=["Eight passengers were killed, among them three children, and five were wounded"],
          place="bichena", date="2024-10-03", actors=["army", "federal army"], targets=["minibus", "passengers", "traders"],
          counts=[("killed", 8), ("injured", 5)]),
        E("DENIAL", "denied that civilians had been killed",
          date="2024-10-08", actors=["government spokesman", "government"]),
        E("TERRITORY.TAKEN", "Fano fighters briefly entered Debre Tabor",
          place="debre_tabor", date="2024-10-06", status="claimed", alt=["CLASH"],
          actors=["Fano", "Fano fighters"]),
        E("TERRITORY.REPELLED", "The army said its forces had ''cleared'' the town within hours",
          alt=["CLASH"], place="debre_tabor", date="2024-10-06", status="claimed",
          actors=["army", "federal army"], targets=["Fano"]),
        E("DETENTION", "young men are routinely detained at checkpoints",
          place="bahir_dar", date=None, status="ongoing", actors=["army", "security forces"], targets=["young men"]),
        E("DETENTION", "three reporters were arrested in Addis Ababa last week after covering the conflict",
          place="addis_ababa", date=None, targets=["reporters", "journalists"], counts=[("arrested", 3)]),
        E("SERVICES_DISRUPTED", "Mobile internet has been cut across most of the Amhara region since the summer of 2023",
          place="amhara", date=None, status="ongoing"),
        E("DISPLACEMENT", "more than 40,000 people have been displaced in North and East Gojjam since June alone",
          place="east_gojjam", date=None, counts=[("displaced", 40000)]),
        E("AID", "Aid agencies suspended road movements between Bahir Dar and Gondar last month",
          place="gondar", date=None, status="suspended", optional=True, actors=["Aid agencies"]),
        E("ATTACK.CIVILIANS", "gunmen shot dead a driver working for an international charity",
          date=None, optional=True, actors=["gunmen"], targets=["driver"], counts=[("killed", 1)]),
        E("AID", "convoys had resumed this week, under new security arrangements, with food for 120,000 people",
          place="gondar", date=None, actors=["United Nations", "Aid agencies"]),
        E("TALKS", "representatives of the regional government met elders and religious leaders in Gondar to discuss a possible local truce",
          place="gondar", date="2024-10-05", actors=["regional government", "elders", "religious leaders"]),
        E("PROTEST", "hundreds of people joined the funeral procession for the minibus victims on Sunday, some chanting against the drone strikes",
          place="bichena", date="2024-10-06", actors=["people"]),
        E("APPEAL", "The UN human rights office in Geneva called on the government to investigate the strike",
          date="2024-10-08", actors=["UN human rights office"], targets=["government"]),
    ],
))

# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    id="sitrep-so-mogadishu-bomb-2025-08-26",
    title="Car bomb at Mogadishu checkpoint kills seven; al Shabaab claims attack",
    source="sitrep testdata (wire copy)",
    published="2025-08-26",
    text="""
MOGADISHU, Aug 26 (Wire) - A suicide bomber drove a car packed with explosives into a military checkpoint in Mogadishu on Tuesday morning, killing at least seven people, including three soldiers, and wounding 15 others, police said.
The blast, near a busy junction in the Hodan district, shattered windows along a street lined with shops and minibus stands. Ambulance crews said most of the wounded were civilians waiting for transport to work.
"The car did not stop when the soldiers waved it down. It exploded a few metres from the barrier," police spokesman Abdifatah Warsame told reporters at the scene.
The al Qaeda-linked Islamist group al Shabaab said in a statement on a website it uses that its fighters had carried out a ''martyrdom operation'' against ''apostate forces'', and it threatened further attacks on government positions in the capital.
Security forces arrested 12 suspects in overnight raids in Hodan and the neighbouring Wadajir district, the internal security ministry said, without giving details.
A shopkeeper who was injured in the legs said from his hospital bed: “I was opening my shutter when the ground jumped. I saw a boy lying in the road and I could not reach him.”
The attack came two days after the U.S. military said it had carried out an air strike against al Shabaab fighters near Jilib, in the Middle Juba region, on Sunday. U.S. Africa Command said the strike killed two militants and that no civilians were harmed, an assessment local elders disputed.
Somali forces backed by clan militias said on Monday that they had recaptured Tayeeglow, a town in the Bakool region that al Shabaab seized in March. The group said its fighters had made a ''tactical withdrawal''.
The fighting and a failed rainy season have driven thousands of families from their homes. The International Organization for Migration said more than 12,000 people had arrived in camps around Baidoa this month alone, most of them from villages in Bakool and Bay.
Aid agencies warned that funding cuts were making matters worse. The World Food Programme said it had suspended food assistance for about 400,000 people in Somalia this month because it had run out of money.
In Galkayo, clan elders on Sunday agreed a ceasefire between two sub-clans whose fighting over grazing land has killed more than 20 people since July, a regional official said.
Federal and Jubaland leaders are due to meet in Nairobi next week for talks on security cooperation, the first such meeting since a dispute over Jubaland's regional election last year led to clashes in Kismayo.
Dozens of people protested in Hodan on Tuesday afternoon, accusing the security forces of failing to protect them. “Every month there is a bomb and every month they tell us the checkpoints will keep us safe,” said Halima Nur, 29, a tea seller whose stall was destroyed.
""",
    toponyms=[
        ("MOGADISHU", "mogadishu"),
        ("Mogadishu", "mogadishu"),
        ("Hodan", "hodan"),
        ("Wadajir", "wadajir"),
        ("U.S.", "united_states"),
        ("Jilib", "jilib"),
        ("Middle Juba", "middle_juba"),
        ("Tayeeglow", "tayeeglow"),
        ("Bakool", "bakool"),
        ("Baidoa", "baidoa"),
        ("Bay", "bay_region"),
        ("Somalia", "somalia"),
        ("Galkayo", "galkayo"),
        ("Jubaland", "jubaland"),
        ("Nairobi", "nairobi"),
        ("Kismayo", "kismayo"),
    ],
    quotes=[
        ("The car did not stop", ["Warsame", "Abdifatah Warsame"]),
        ("martyrdom operation", ["al Shabaab"]),
        ("apostate forces", ["al Shabaab"]),
        ("I was opening my shutter", ["shopkeeper"]),
        ("tactical withdrawal", ["al Shabaab"]),
        ("Every month there is a bomb", ["Nur", "Halima Nur"]),
    ],
    events=[
        E("ATTACK.EXPLOSIVE", "A suicide bomber drove a car packed with explosives into a military checkpoint in Mogadishu on Tuesday morning, killing at least seven people, including three soldiers, and wounding 15 others",
          more=["The blast, near a busy junction in the Hodan district, shattered windows"],
          place="mogadishu", date="2025-08-26", actors=["al Shabaab", "suicide bomber"],
          targets=["military checkpoint", "soldiers", "civilians"], counts=[("killed", 7), ("injured", 15)]),
        E("THREAT", "it threatened further attacks on government positions in the capital",
          date="2025-08-26", actors=["al Shabaab"], targets=["government"]),
        E("DETENTION", "Security forces arrested 12 suspects in overnight raids in Hodan and the neighbouring Wadajir district",
          place="mogadishu", date="2025-08-26", actors=["Security forces"], targets=["suspects"],
          counts=[("arrested", 12)]),
        E("ATTACK.AIRSTRIKE", "the U.S. military said it had carried out an air strike against al Shabaab fighters near Jilib",
          more=["U.S. Africa Command said the strike killed two militants"],
          place="jilib", date="2025-08-24", status="occurred",
          actors=["U.S. military", "U.S. Africa Command", "United States"], targets=["al Shabaab"],
          counts=[("killed", 2)]),
        E("DENIAL", "no civilians were harmed",
          date="2025-08-24", optional=True, actors=["U.S. Africa Command"]),
        E("TERRITORY.TAKEN", "they had recaptured Tayeeglow",
          place="tayeeglow", date="2025-08-25", status="claimed",
          actors=["Somali forces", "clan militias"], targets=["al Shabaab"]),
        E("TERRITORY.REPELLED", "The group said its fighters had made a ''tactical withdrawal''.",
          place="tayeeglow", date="2025-08-25", optional=True, actors=["Somali forces"], targets=["al Shabaab"]),
        E("DISPLACEMENT", "more than 12,000 people had arrived in camps around Baidoa this month alone",
          more=["The fighting and a failed rainy season have driven thousands of families from their homes."],
          place="baidoa", date=None, counts=[("displaced", 12000)]),
        E("AID", "it had suspended food assistance for about 400,000 people in Somalia this month",
          place="somalia", date=None, status="suspended", actors=["World Food Programme"]),
        E("CEASEFIRE", "clan elders on Sunday agreed a ceasefire between two sub-clans",
          place="galkayo", date="2025-08-24", status="agreed", actors=["clan elders", "sub-clans"]),
        E("CLASH", "whose fighting over grazing land has killed more than 20 people since July",
          place="galkayo", date=None, actors=["sub-clans"], counts=[("killed", 20)]),
        E("TALKS", "Federal and Jubaland leaders are due to meet in Nairobi next week for talks on security cooperation",
          place="nairobi", date=None, status="planned", actors=["Federal leaders", "Jubaland leaders", "Jubaland"]),
        E("PROTEST", "Dozens of people protested in Hodan on Tuesday afternoon",
          place="hodan", date="2025-08-26", actors=["people"]),
        E("ACCUSATION", "accusing the security forces of failing to protect them",
          date="2025-08-26", actors=["protesters", "people"], targets=["security forces"]),
    ],
))

# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    id="sitrep-ne-tera-convoy-2024-12-05",
    title="Gunmen torch fuel tankers and seize aid workers in western Niger",
    source="sitrep testdata (regional news brief)",
    published="2024-12-05",
    text="""
NIAMEY, Niger — Gunmen stopped a convoy of fuel tankers on the road between Téra and Niamey on Wednesday and set six of the trucks on fire after ordering the drivers out, local officials and a transport union said. No one was killed or injured in the attack.
The drivers were released after several hours and walked to the nearest village, said Moussa Garba, a spokesman for the drivers’ union in Tillabéri. ''They told us that next time they would burn the drivers with the trucks,'' he said.
In a separate incident on Tuesday, armed men abducted five employees of a Nigerien aid organisation near Ayorou, close to the border with Mali, the group said in a statement. The five, all Nigerien nationals, were travelling to a health centre with vaccines and nutritional supplements for children.
“We call on those holding our colleagues to release them unharmed and without delay. They were there only to help the people of Ayorou,” the organisation said.
Attacks on the roads of the Tillabéri region have pushed up the price of fuel and food in the capital, where many neighbourhoods now receive electricity for only a few hours a day.
The military government that took power in July 2023 blamed ''foreign-backed terrorist groups'' for the attacks and said the army had reinforced escorts on the main routes. No group claimed responsibility.
Officials from Niger and Benin are due to meet in Niamey next week to discuss reopening their shared border, which has been closed to most trade since the coup, a government spokesman said.
On Thursday morning, several hundred people gathered in central Niamey in support of the military authorities, carrying banners that called for a tougher response to the armed groups.
""",
    toponyms=[
        ("NIAMEY", "niamey"),
        ("Niamey", "niamey"),
        ("Niger", "niger"),
        ("Téra", "tera"),
        ("Tillabéri", ["tillaberi", "tillaberi_region"]),
        ("Ayorou", "ayorou"),
        ("Mali", "mali"),
        ("Benin", "benin"),
    ],
    quotes=[
        ("They told us that next time", ["Garba", "Moussa Garba"]),
        ("We call on those holding our colleagues", ["organisation", "aid organisation"]),
        ("foreign-backed terrorist groups", ["military government"]),
    ],
    counts={"killed": 0},
    events=[
        E("ATTACK.CIVILIANS", "Gunmen stopped a convoy of fuel tankers on the road between Téra and Niamey on Wednesday and set six of the trucks on fire",
          more=["No one was killed or injured in the attack."],
          place="tera", date="2024-12-04", actors=["Gunmen"], targets=["fuel tankers", "drivers"],
          counts=[("killed", 0), ("injured", 0)]),
        E("THREAT", "They told us that next time they would burn the drivers with the trucks",
          date="2024-12-04", optional=True, actors=["Gunmen"], targets=["drivers"]),
        E("DETENTION", "armed men abducted five employees of a Nigerien aid organisation near Ayorou",
          place="ayorou", date="2024-12-03", actors=["armed men"], targets=["aid workers", "employees"],
          counts=[("captured", 5)]),
        E("APPEAL", "We call on those holding our colleagues to release them unharmed and without delay.",
          date="2024-12-05", actors=["aid organisation", "organisation"], targets=["armed men"]),
        E("SERVICES_DISRUPTED", "many neighbourhoods now receive electricity for only a few hours a day",
          place="niamey", date=None, status="ongoing"),
        E("ACCUSATION", "blamed ''foreign-backed terrorist groups'' for the attacks",
          date="2024-12-05", actors=["military government"], targets=["foreign-backed terrorist groups"]),
        E("TALKS", "Officials from Niger and Benin are due to meet in Niamey next week",
          place="niamey", date=None, status="planned", actors=["Niger", "Benin"]),
        E("PROTEST", "several hundred people gathered in central Niamey in support of the military authorities",
          place="niamey", date="2024-12-05", actors=["people"]),
    ],
))
