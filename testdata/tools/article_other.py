# SPDX-License-Identifier: GPL-3.0-or-later
"""Hand-written articles and keys: Ukraine, Myanmar, Haiti.

The articles are fiction written for sitrep's tests: the places are real, the
people, statements, quotations and figures are invented.  See
build_articles.py for the annotation format.
"""


def E(type, ev, **kw):
    kw["type"] = type
    kw["ev"] = ev
    return kw


ARTICLES = []

# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    id="sitrep-ua-kharkiv-mfa-2025-05-06",
    title="Statement of the Ministry of Foreign Affairs of Ukraine on the Russian missile and drone attack on Kharkiv",
    source="sitrep testdata (ministry statement)",
    published="2025-05-06",
    text="""
Statement of the Ministry of Foreign Affairs of Ukraine on the Russian missile and drone attack on Kharkiv
6 May 2025, 14:20
On the night of 6 May, the Russian Federation launched another combined attack on Ukraine, using four ballistic missiles and more than 120 attack drones. The main target was Kharkiv, where strikes hit residential buildings, a kindergarten and energy infrastructure.
As of this morning, four people have been killed, including a 14-year-old girl, and 37 injured, among them six children. Rescue operations are ongoing.
In Zaporizhzhia, a guided aerial bomb struck an industrial enterprise, wounding nine employees.
As a result of the attack, more than 60,000 households in Kharkiv were left without electricity, and water supply was disrupted in three districts of the city.
This attack took place only days after Russia publicly declared its readiness for a so-called "ceasefire". Russia's actions once again demonstrate that Moscow is not interested in peace and uses talk of negotiations as a cover for continued terror against the civilian population.
Ukraine strongly condemns these deliberate strikes against civilians and civilian infrastructure, which constitute war crimes under international law. The claim by the Russian Ministry of Defence that it struck only "military-industrial facilities" is false and is refuted by the images of the destroyed kindergarten.
Deputy Minister of Foreign Affairs Oksana Hnatiuk stated: "Every missile that hits Kharkiv was built with components that Russia should not be able to buy. Every drone was launched from territory that our partners know well.
"The answer to this terror is not words of concern. It is air defence, sanctions and accountability."
Ukraine calls on its partners to:
- strengthen Ukraine's air defence, in particular by providing additional Patriot systems;
- increase sanctions pressure on Russia, including on its energy sector and its shadow fleet;
- ensure that all those responsible for crimes against the people of Ukraine are held accountable.
We welcome the decision of the Government of Canada, announced yesterday, to impose sanctions on 21 individuals and 15 entities involved in the forced deportation of Ukrainian children.
The mandatory evacuation of families with children from 11 settlements of the Kupiansk district continues. Over the past week, 412 people, including 96 children, have been evacuated to safer areas of the Kharkiv region.
Despite the terror, the Defence Forces of Ukraine continue to hold their positions. Over the past day they repelled 27 Russian assaults in the Pokrovsk direction.
Repeated threats by Russian officials to strike "decision-making centres" in Kyiv will not intimidate Ukraine. Ukraine will continue to defend itself for as long as it takes.
""",
    toponyms=[
        ("Ukraine", "ukraine"),
        ("Kharkiv", ["kharkiv", "kharkiv", "kharkiv", "kharkiv", "kharkiv_oblast"]),
        ("Russian Federation", "russia"),
        ("Zaporizhzhia", "zaporizhzhia"),
        ("Russia", "russia"),
        ("Moscow", "moscow"),
        ("Canada", "canada"),
        ("Kupiansk", "kupiansk"),
        ("Pokrovsk", "pokrovsk"),
        ("Kyiv", "kyiv"),
    ],
    quotes=[
        ("ceasefire", [], {"optional": True}),
        ("military-industrial facilities", ["Ministry of Defence", "Russian Ministry of Defence"]),
        ("Every missile that hits Kharkiv", ["Hnatiuk", "Oksana Hnatiuk"], {"continues": True}),
        ("The answer to this terror", ["Hnatiuk", "Oksana Hnatiuk"]),
        ("decision-making centres", ["Russian officials"], {"optional": True}),
    ],
    events=[
        E("ATTACK.SHELLING", "the Russian Federation launched another combined attack on Ukraine, using four ballistic missiles and more than 120 attack drones",
          more=["The main target was Kharkiv, where strikes hit residential buildings, a kindergarten and energy infrastructure.",
                "the Russian missile and drone attack on Kharkiv",
                                "four people have been killed, including a 14-year-old girl, and 37 injured, among them six children"],
          place="kharkiv", date="2025-05-06", actors=["Russian Federation", "Russia", "Moscow"],
          targets=["residential buildings", "kindergarten", "energy infrastructure"],
          counts=[("killed", 4), ("injured", 37)]),
        E("ATTACK.AIRSTRIKE", "In Zaporizhzhia, a guided aerial bomb struck an industrial enterprise, wounding nine employees.",
          place="zaporizhzhia", date="2025-05-06", actors=["Russia"], targets=["industrial enterprise", "employees"],
          counts=[("injured", 9)]),
        E("SERVICES_DISRUPTED", "more than 60,000 households in Kharkiv were left without electricity, and water supply was disrupted in three districts of the city",
          place="kharkiv", date="2025-05-06"),
        E("CEASEFIRE", "Russia publicly declared its readiness for a so-called \"ceasefire\"",
          date=None, status="violated", optional=True, actors=["Russia"]),
        E("ACCUSATION", "Ukraine strongly condemns these deliberate strikes against civilians and civilian infrastructure, which constitute war crimes under international law.",
          more=["Russia's actions once again demonstrate that Moscow is not interested in peace"],
          date="2025-05-06", actors=["Ministry of Foreign Affairs of Ukraine", "Ukraine"], targets=["Russia", "Moscow"]),
        E("DENIAL", "The claim by the Russian Ministry of Defence that it struck only \"military-industrial facilities\" is false",
          date="2025-05-06", optional=True, actors=["Ministry of Foreign Affairs of Ukraine", "Ukraine"]),
        E("APPEAL", "Ukraine calls on its partners to:",
          more=["strengthen Ukraine's air defence, in particular by providing additional Patriot systems;",
                "increase sanctions pressure on Russia, including on its energy sector and its shadow fleet;"],
          date="2025-05-06", actors=["Ministry of Foreign Affairs of Ukraine", "Ukraine"], targets=["partners"]),
        E("SANCTION", "the Government of Canada, announced yesterday, to impose sanctions on 21 individuals and 15 entities",
          date="2025-05-05", actors=["Government of Canada", "Canada"], targets=["individuals", "entities"]),
        E("EVACUATION", "The mandatory evacuation of families with children from 11 settlements of the Kupiansk district continues.",
          more=["412 people, including 96 children, have been evacuated to safer areas of the Kharkiv region"],
          place="kupiansk", date=None, status="ongoing", counts=[("evacuated", 412)]),
        E("TERRITORY.REPELLED", "Over the past day they repelled 27 Russian assaults in the Pokrovsk direction.",
          alt=["CLASH"], place="pokrovsk", date="2025-05-05", status="claimed",
          actors=["Defence Forces of Ukraine", "Ukraine"], targets=["Russian forces", "Russia"]),
        E("THREAT", "Repeated threats by Russian officials to strike \"decision-making centres\" in Kyiv",
          date=None, optional=True, actors=["Russian officials", "Russia"], targets=["Kyiv"]),
    ],
))

# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    id="sitrep-ua-kherson-live-2025-06-18",
    title="Ukraine war live: drone hits bus in Kherson; Russia claims village near Pokrovsk",
    source="sitrep testdata (live blog)",
    published="2025-06-18",
    text="""
Ukraine war live: drone hits bus in Kherson; Russia claims village near Pokrovsk
What we know so far
- A Russian drone hit a city bus in Kherson, killing two passengers and wounding nine
- Russia says it has captured Rodynske, near Pokrovsk; Kyiv says fighting continues
- Ukraine and Russia carried out another prisoner exchange
- Evacuation ordered for villages near Bilopillia in the Sumy region
Updated 09:10
The regional military administration in Kherson says a Russian drone dropped explosives on a city bus in the Dniprovskyi district at about 7.30am, as people were travelling to work.
Two passengers were killed and nine wounded, including the driver, according to the head of the administration, Andrii Moroz. Russian artillery also shelled the city's riverside districts through the morning, he said.
“They hunt for anything that moves. A bus full of people is the same to them as a tank,” Moroz wrote on Telegram.
Updated 10:25
Russia’s defence ministry says its troops have “liberated” the village of Rodynske, north-east of Pokrovsk.
A spokesman for Ukraine’s forces in the area, Capt. Serhii Lytvyn, denied the claim. He said: “Fighting is continuing on the outskirts of Rodynske. The village is not under Russian control, whatever Moscow says.”
We have not been able to verify either side’s account.
Updated 11:40
Ukraine and Russia have swapped prisoners of war again, with 390 returning home on each side, Ukraine’s coordination headquarters for the treatment of POWs said. The exchange is part of a larger swap agreed at talks in Istanbul earlier this month.
Relatives waited at the border in the Chernihiv region with photographs of soldiers still listed as missing.
Updated 12:30
Russia's defence ministry says its air defences destroyed 46 Ukrainian drones overnight, 12 of them over the Moscow region. Flights at two Moscow airports were suspended for several hours, Russia's aviation authority said.
Updated 13:15
A missile strike on an energy facility in Zaporizhzhia has cut power to about 20,000 households, the regional governor said. Repair crews are at the scene.
Updated 14:05
Authorities have ordered the mandatory evacuation of seven villages near Bilopillia, in the Sumy region, close to the Russian border. About 1,500 people, including 210 children, are to be moved, the regional administration said.
Olena, 63, who was boarding an evacuation bus with her cat, said: ''I have lived here my whole life. But the drones come every night now, and there is no shop left, no pharmacy, nothing.''
Updated 15:00
EU ambassadors are expected to approve a new package of sanctions against Russia next week, diplomats in Brussels told us, targeting vessels of its shadow fleet and banks in third countries.
Updated 15:40
Several hundred people, most of them relatives of soldiers missing in action, rallied in central Kyiv to call on the government to do more to find them and bring them home.
""",
    toponyms=[
        ("Ukraine", "ukraine"),
        ("Kherson", "kherson"),
        ("Russia", "russia"),
        ("Rodynske", "rodynske"),
        ("Pokrovsk", "pokrovsk"),
        ("Kyiv", "kyiv"),
        ("Bilopillia", "bilopillia"),
        ("Sumy", "sumy_oblast"),
        ("Dniprovskyi", "dniprovskyi_kherson"),
        ("Moscow", ["moscow", "moscow_oblast", "moscow"]),
        ("Istanbul", "istanbul"),
        ("Chernihiv", "chernihiv_oblast"),
        ("Zaporizhzhia", "zaporizhzhia"),
        ("Brussels", "brussels"),
    ],
    quotes=[
        ("They hunt for anything that moves", ["Moroz", "Andrii Moroz"]),
        ("liberated", ["defence ministry", "Russia’s defence ministry"]),
        ("Fighting is continuing on the outskirts", ["Lytvyn", "Serhii Lytvyn"]),
        ("I have lived here my whole life", ["Olena"]),
    ],
    events=[
        E("ATTACK.AIRSTRIKE", "a Russian drone dropped explosives on a city bus in the Dniprovskyi district at about 7.30am",
          more=["Two passengers were killed and nine wounded, including the driver",
                "A Russian drone hit a city bus in Kherson, killing two passengers and wounding nine"],
          place="kherson", date="2025-06-18", actors=["Russia", "Russian drone"], targets=["city bus", "passengers"],
          counts=[("killed", 2), ("injured", 9)]),
        E("ATTACK.SHELLING", "Russian artillery also shelled the city's riverside districts through the morning",
          place="kherson", date="2025-06-18", actors=["Russian artillery", "Russia"]),
        E("TERRITORY.TAKEN", "Russia’s defence ministry says its troops have “liberated” the village of Rodynske",
          more=["Russia says it has captured Rodynske, near Pokrovsk"],
          place="rodynske", date="2025-06-18", status="claimed", actors=["Russia", "Russia’s defence ministry", "Russian troops"]),
        E("DENIAL", "denied the claim",
          more=["The village is not under Russian control, whatever Moscow says."],
          date="2025-06-18", actors=["Lytvyn", "Serhii Lytvyn", "Ukraine"]),
        E("CLASH", "Fighting is continuing on the outskirts of Rodynske.",
          more=["Kyiv says fighting continues"],
          place="rodynske", date="2025-06-18", status="ongoing", actors=["Ukraine", "Russia"]),
        E("AGREEMENT", "Ukraine and Russia have swapped prisoners of war again, with 390 returning home on each side",
          more=["Ukraine and Russia carried out another prisoner exchange"],
          date="2025-06-18", actors=["Ukraine", "Russia"]),
        E("TALKS", "a larger swap agreed at talks in Istanbul earlier this month",
          place="istanbul", date=None, optional=True, actors=["Ukraine", "Russia"]),
        E("ATTACK.AIRSTRIKE", "its air defences destroyed 46 Ukrainian drones overnight, 12 of them over the Moscow region",
          place="moscow_oblast", date="2025-06-18", status="claimed", actors=["Ukraine"]),
        E("SERVICES_DISRUPTED", "Flights at two Moscow airports were suspended for several hours",
          place="moscow", date="2025-06-18", optional=True),
        E("ATTACK.SHELLING", "A missile strike on an energy facility in Zaporizhzhia has cut power to about 20,000 households",
          place="zaporizhzhia", date="2025-06-18", actors=["Russia"], targets=["energy facility"]),
        E("SERVICES_DISRUPTED", "A missile strike on an energy facility in Zaporizhzhia has cut power to about 20,000 households",
          place="zaporizhzhia", date="2025-06-18"),
        E("EVACUATION", "Authorities have ordered the mandatory evacuation of seven villages near Bilopillia",
          more=["About 1,500 people, including 210 children, are to be moved",
                "Evacuation ordered for villages near Bilopillia in the Sumy region"],
          place="bilopillia", date="2025-06-18", status="planned", actors=["Authorities", "regional administration"],
          counts=[("planned_evacuees", 1500)]),
        E("SANCTION", "EU ambassadors are expected to approve a new package of sanctions against Russia next week",
          date=None, status="planned", actors=["EU", "EU ambassadors"], targets=["Russia"]),
        E("PROTEST", "Several hundred people, most of them relatives of soldiers missing in action, rallied in central Kyiv",
          place="kyiv", date="2025-06-18", actors=["relatives of soldiers", "people"]),
        E("APPEAL", "to call on the government to do more to find them and bring them home",
          date="2025-06-18", optional=True, actors=["relatives of soldiers"], targets=["government"]),
    ],
))

# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    id="sitrep-mm-sagaing-longread-2024-11-19",
    title="In Myanmar's dry zone, villagers flee a war that comes from the sky",
    source="sitrep testdata (long-form report)",
    published="2024-11-19",
    text="""
MONYWA, Myanmar — The fighter jet came in low over the paddy fields just after midday on Saturday. Minutes later, two bombs struck the monastery in a village about 15 km west of Shwebo, where some 300 people who had fled earlier fighting were sheltering.
Eleven people were killed, among them four children and an elderly monk, and at least 20 were injured, according to the local administration set up by the opposition National Unity Government (NUG), which released photographs of the collapsed prayer hall.
“We had moved there because we thought the military would not bomb a monastery,” said Daw Khin Myat, 52, a rice farmer who lost her husband in the strike. “We were wrong. They bomb everything.”
The military government, which seized power in a coup in February 2021, did not respond to requests for comment. Its spokesman has said in the past that the air force strikes only "terrorist" targets.
Sagaing Region, a largely Buddhist area of the country's hot, dry central plains, has become one of the most contested areas of the war. Resistance groups allied to the NUG say they now control much of the countryside, while the army holds the towns and the main roads.
Last week, fighters of a People's Defence Force (PDF) battalion said they had captured the police station and administration office in Kani after a two-day battle, seizing weapons and taking 17 soldiers and police officers prisoner.
"The junta's troops ran when their ammunition ran out. We have not harmed any of the prisoners and we will treat them according to the law," said a PDF commander who gave his name as Ko Zeyar.
The army said in a statement carried by state media on Sunday that it had "repulsed" an attack on Kani and that the "terrorists" had retreated with heavy losses.
Fear of the fighting is compounded by fear of the draft. Since the junta began enforcing a conscription law in February, young men have been picked up at checkpoints and in night raids. In Monywa, the regional capital, residents said soldiers detained about 40 young men in raids on three wards over the weekend.
Ko Aung, 24, a motorcycle mechanic, left Monywa the next day for a village controlled by the resistance. He said: “My mother told me to go. She said it is better to live in the forest than to die at the front for them.”
The UN refugee agency estimates that more than 3 million people are now displaced inside Myanmar, including some 22,000 who have fled villages around Shwebo and Monywa in the past month alone.
The military has also cut mobile internet and telephone services in 11 townships of Sagaing, making it hard for residents to call for help and for journalists to verify reports.
Further east, in Shan State near the Chinese border, a ceasefire brokered by China in January between the military and an alliance of ethnic armed groups broke down in the summer, and the alliance took Lashio, the largest town in northern Shan, in August. Representatives of the two sides met again in Kunming, in southern China, this month, but no agreement was announced.
On Monday, China's foreign ministry urged all parties to "cease fire and return to dialogue as soon as possible".
On the same day, volunteers from a Mandalay-based charity reached the survivors of the monastery strike with rice, cooking oil and medicine.
For the survivors, the next plane is never far from their minds. “When we hear an engine, the children run into the ditches by themselves now,” Khin Myat said. “Nobody has to tell them anymore.”
""",
    toponyms=[
        ("MONYWA", "monywa"),
        ("Monywa", "monywa"),
        ("Myanmar", "myanmar"),
        ("Shwebo", "shwebo"),
        ("Sagaing Region", "sagaing_region"),
        ("Sagaing", "sagaing_region"),
        ("Kani", "kani"),
        ("Shan State", "shan_state"),
        ("Shan", "shan_state"),
        ("China", "china"),
        ("Lashio", "lashio"),
        ("Kunming", "kunming"),
        ("Mandalay", "mandalay"),
    ],
    quotes=[
        ("We had moved there because", ["Khin Myat", "Daw Khin Myat"]),
        ("We were wrong", ["Khin Myat", "Daw Khin Myat"]),
        ('terrorist" targets', [], {"optional": True}),
        ("The junta's troops ran", ["Zeyar", "Ko Zeyar", "PDF commander"]),
        ("repulsed", ["army"]),
        ("terrorists", ["army"]),
        ("My mother told me to go", ["Aung", "Ko Aung"]),
        ("cease fire and return to dialogue", ["foreign ministry", "China's foreign ministry"]),
        ("When we hear an engine", ["Khin Myat", "Daw Khin Myat"]),
        ("Nobody has to tell them", ["Khin Myat", "Daw Khin Myat"]),
    ],
    events=[
        E("ATTACK.AIRSTRIKE", "two bombs struck the monastery in a village about 15 km west of Shwebo",
          more=["Eleven people were killed, among them four children and an elderly monk, and at least 20 were injured",
                "The fighter jet came in low over the paddy fields just after midday on Saturday."],
          place="shwebo", date="2024-11-16", actors=["military", "air force", "junta"],
          targets=["monastery", "displaced people"], counts=[("killed", 11), ("injured", 20)]),
        E("TERRITORY.TAKEN", "they had captured the police station and administration office in Kani after a two-day battle",
          alt=["CLASH"], place="kani", date=None, status="claimed",
          actors=["People's Defence Force", "PDF"], targets=["junta", "army"]),
        E("CLASH", "after a two-day battle",
          place="kani", date=None, optional=True, actors=["PDF", "army"]),
        E("DETENTION", "taking 17 soldiers and police officers prisoner",
          place="kani", date=None, status="claimed", actors=["People's Defence Force", "PDF"],
          targets=["soldiers", "police officers"], counts=[("captured", 17)]),
        E("TERRITORY.REPELLED", "it had \"repulsed\" an attack on Kani",
          alt=["CLASH"], place="kani", date=None, status="claimed", actors=["army"], targets=["PDF", "terrorists"]),
        E("DETENTION", "soldiers detained about 40 young men in raids on three wards over the weekend",
          place="monywa", date=None, actors=["soldiers", "army"], targets=["young men"],
          counts=[("arrested", 40)]),
        E("DISPLACEMENT", "more than 3 million people are now displaced inside Myanmar",
          place="myanmar", date=None, status="ongoing", counts=[("displaced", 3000000)]),
        E("DISPLACEMENT", "some 22,000 who have fled villages around Shwebo and Monywa in the past month alone",
          place="shwebo", date=None, counts=[("displaced", 22000)]),
        E("SERVICES_DISRUPTED", "The military has also cut mobile internet and telephone services in 11 townships of Sagaing",
          place="sagaing_region", date=None, status="ongoing", actors=["military"]),
        E("CEASEFIRE", "a ceasefire brokered by China in January between the military and an alliance of ethnic armed groups broke down in the summer",
          place="shan_state", date=None, status="violated", optional=True, actors=["military", "ethnic armed groups", "China"]),
        E("TERRITORY.TAKEN", "the alliance took Lashio, the largest town in northern Shan, in August",
          place="lashio", date=None, optional=True, actors=["alliance", "ethnic armed groups"]),
        E("TALKS", "Representatives of the two sides met again in Kunming, in southern China, this month",
          place="kunming", date=None, actors=["military", "ethnic armed groups"]),
        E("APPEAL", "China's foreign ministry urged all parties to \"cease fire and return to dialogue as soon as possible\"",
          date="2024-11-18", actors=["China's foreign ministry", "China"], targets=["all parties"]),
        E("AID", "volunteers from a Mandalay-based charity reached the survivors of the monastery strike with rice, cooking oil and medicine",
          place="shwebo", date="2024-11-18", actors=["volunteers", "charity"]),
    ],
))

# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    id="sitrep-ht-kenscoff-2025-04-22",
    title="Gang attack on Haiti's Kenscoff kills nine, thousands flee towards Pétionville",
    source="sitrep testdata (wire copy)",
    published="2025-04-22",
    text="""
PORT-AU-PRINCE, April 22 (Wire) - Gunmen from the Viv Ansanm gang coalition stormed several neighbourhoods of Kenscoff, in the hills above Haiti's capital, on Monday, killing at least nine residents and setting fire to homes and a police post, local officials said.
Haitian police backed by Kenyan officers of the Multinational Security Support mission pushed the gangs back from the town centre after hours of gunfire, the national police said in a statement on Tuesday, describing the operation as "a success".
Residents said the gangs still controlled the roads leading out of Kenscoff towards the south. The town's only hospital has closed, and food prices have doubled since the main road was cut.
"They came down the hill shooting at everyone. My neighbour was killed in front of his children," said Jean-Robert Casimir, 51, a farmer who fled with his family on foot.
The International Organization for Migration said more than 5,200 people had fled Kenscoff and surrounding areas since Saturday, most of them to Pétionville, where they are sheltering in schools, churches and a public square. The World Food Programme said it had begun distributing hot meals to the displaced there.
Police said they had evacuated about 120 people, including elderly residents of a care home run by nuns, in armoured vehicles during a lull in the fighting on Monday evening.
Separately, seven people, among them two nurses working for a local clinic, were abducted on Sunday on the road between Croix-des-Bouquets and the capital, a health ministry official said. No ransom demand has been made public.
A police task force carried out drone strikes on gang positions in Croix-des-Bouquets overnight, a security source said, killing "several" gang members. The claim could not be verified.
In a video circulated on social media, a Viv Ansanm leader warned that Pétionville would be "next" and told residents to leave.
Haiti's Transitional Presidential Council called on international partners to speed up the deployment of the additional troops promised for the security mission. “The Haitian people cannot wait months for help that was promised a year ago,” the council said in a statement.
The U.S. Treasury on Monday imposed sanctions on two Viv Ansanm leaders and a former senator it accused of supplying the gangs with weapons and ammunition.
Hundreds of people marched through Pétionville on Tuesday morning, demanding that the government do more to protect them. Police fired tear gas to disperse the crowd when some protesters threw stones.
Marie-Claude Étienne, 38, a market vendor, said: “We have nowhere else to run. If they take Pétionville, where do we go – into the sea?”
""",
    toponyms=[
        ("PORT-AU-PRINCE", "port_au_prince"),
        ("Kenscoff", "kenscoff"),
        ("Haiti", "haiti"),
        ("Pétionville", "petionville"),
        ("Croix-des-Bouquets", "croix_des_bouquets"),
        ("U.S.", "united_states"),
    ],
    quotes=[
        ("a success", ["police", "national police"]),
        ("They came down the hill shooting", ["Casimir", "Jean-Robert Casimir"]),
        ("several", ["source", "security source"]),
        ("next", ["leader", "Viv Ansanm leader"]),
        ("The Haitian people cannot wait", ["council", "Transitional Presidential Council"]),
        ("We have nowhere else to run", ["Étienne", "Marie-Claude Étienne"]),
    ],
    events=[
        E("ATTACK.CIVILIANS", "Gunmen from the Viv Ansanm gang coalition stormed several neighbourhoods of Kenscoff, in the hills above Haiti's capital, on Monday, killing at least nine residents",
          more=["My neighbour was killed in front of his children"],
          place="kenscoff", date="2025-04-21", actors=["Viv Ansanm", "Gunmen", "gangs"], targets=["residents"],
          counts=[("killed", 9)]),
        E("TERRITORY.REPELLED", "Haitian police backed by Kenyan officers of the Multinational Security Support mission pushed the gangs back from the town centre after hours of gunfire",
          alt=["CLASH"], place="kenscoff", date="2025-04-21", status="occurred",
          actors=["Haitian police", "police", "Multinational Security Support mission", "Kenyan officers"],
          targets=["gangs", "Viv Ansanm"]),
        E("SERVICES_DISRUPTED", "The town's only hospital has closed, and food prices have doubled since the main road was cut.",
          more=["the gangs still controlled the roads leading out of Kenscoff"],
          place="kenscoff", date=None, status="ongoing"),
        E("DISPLACEMENT", "more than 5,200 people had fled Kenscoff and surrounding areas since Saturday, most of them to Pétionville",
          place="kenscoff", date=None, counts=[("displaced", 5200)]),
        E("AID", "The World Food Programme said it had begun distributing hot meals to the displaced there.",
          place="petionville", date=None, actors=["World Food Programme"]),
        E("EVACUATION", "Police said they had evacuated about 120 people, including elderly residents of a care home run by nuns",
          place="kenscoff", date="2025-04-21", actors=["Police"], counts=[("evacuated", 120)]),
        E("DETENTION", "seven people, among them two nurses working for a local clinic, were abducted on Sunday on the road between Croix-des-Bouquets and the capital",
          place="croix_des_bouquets", date="2025-04-20", targets=["nurses", "people"], counts=[("captured", 7)]),
        E("ATTACK.AIRSTRIKE", "A police task force carried out drone strikes on gang positions in Croix-des-Bouquets overnight",
          place="croix_des_bouquets", date="2025-04-22", status="claimed", actors=["police task force", "police"],
          targets=["gang positions", "gang members"], counts=[("killed", None, "several")]),
        E("THREAT", "a Viv Ansanm leader warned that Pétionville would be \"next\" and told residents to leave",
          date=None, actors=["Viv Ansanm leader", "Viv Ansanm"], targets=["Pétionville", "residents"]),
        E("APPEAL", "Haiti's Transitional Presidential Council called on international partners to speed up the deployment",
          date="2025-04-22", actors=["Transitional Presidential Council", "council"], targets=["international partners"]),
        E("SANCTION", "The U.S. Treasury on Monday imposed sanctions on two Viv Ansanm leaders and a former senator",
          date="2025-04-21", actors=["U.S. Treasury", "United States"], targets=["Viv Ansanm leaders", "former senator"]),
        E("ACCUSATION", "it accused of supplying the gangs with weapons and ammunition",
          date="2025-04-21", optional=True, actors=["U.S. Treasury"], targets=["former senator"]),
        E("PROTEST", "Hundreds of people marched through Pétionville on Tuesday morning, demanding that the government do more to protect them.",
          place="petionville", date="2025-04-22", actors=["people", "protesters"]),
        E("ATTACK.CIVILIANS", "Police fired tear gas to disperse the crowd",
          place="petionville", date="2025-04-22", optional=True, actors=["Police"], targets=["protesters"]),
    ],
))
