#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fresh held-out articles and keys (testdata/fresh/): ten more documents.

A third set, written without reading the extractor's rules or looking at its
output, in voices the other sets have little of: two all-capital teleprinter
dispatches (Afghanistan 2008, Sri Lanka 2008), a military press release (Iraq
2007), a live blog (Kashmir), a translated ministry communiqué (Colombia), a
UN humanitarian update (Mozambique), two wire stories with several separate
attacks, background history, hypotheticals, threats, negated figures and
war-wide totals (north-east Syria, north-east Nigeria), peace talks and an
agreement (Libya), and a protest with arrests and statements (Kosovo).

The articles are fiction written for sitrep's tests: the places are real, the
people, organisations' words, quotations, figures and incidents are invented.
The annotation format is the one of the other sets; see build_articles.py and
testdata/articles/README.md.  Background events of other years carry status
"historical" and are optional, as are war-wide totals.

    python3 testdata/tools/article_fresh.py           # writes testdata/fresh
    python3 testdata/tools/article_fresh.py --check   # verify only
(the same as build_articles.py --set fresh [--check]).
"""


def E(type, ev, **kw):
    kw["type"] = type
    kw["ev"] = ev
    return kw


ARTICLES = []

# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    id="fresh-af-ghazni-caps-2008-03-03",
    title="TALIBAN ATTACK POLICE POST IN GHAZNI, SIX POLICEMEN KILLED",
    source="sitrep fresh (wire copy, all capitals)",
    published="2008-03-03",
    text="""
KABUL, MARCH 3 (WNS) - TALIBAN FIGHTERS ATTACKED A POLICE CHECKPOINT IN GHAZNI PROVINCE BEFORE DAWN ON MONDAY, KILLING SIX POLICEMEN AND WOUNDING FOUR OTHERS, A PROVINCIAL OFFICIAL SAID.
THE INSURGENTS STORMED THE POST IN ANDAR DISTRICT FROM THREE SIDES AND FOUGHT THE POLICE FOR ABOUT TWO HOURS UNTIL REINFORCEMENTS ARRIVED FROM GHAZNI CITY, DEPUTY PROVINCIAL POLICE CHIEF MOHAMMAD ZAHIR AZIMI SAID. THE ATTACKERS THEN WITHDREW TOWARDS THE HILLS, CARRYING THEIR DEAD AND WOUNDED WITH THEM.
"THEY CAME WITH ROCKETS AND MACHINE GUNS. OUR MEN FOUGHT UNTIL THEIR AMMUNITION WAS FINISHED," AZIMI TOLD WNS BY TELEPHONE.
A MAN WHO SAID HE SPOKE FOR THE TALIBAN, ABDUL SALAM HANIF, SAID THE GROUP'S FIGHTERS HAD OVERRUN THE CHECKPOINT AND KILLED ALL THE POLICEMEN INSIDE. AZIMI DENIED THAT THE POST HAD FALLEN AND SAID IT WAS STILL IN POLICE HANDS.
HANIF WARNED THAT THE TALIBAN WOULD STEP UP THEIR ATTACKS ACROSS THE SOUTH AND EAST ONCE THE SNOW MELTED. "THIS YEAR OUR OPERATIONS WILL REACH EVERY PROVINCE," HE SAID.
IN A SEPARATE ATTACK ON SUNDAY, A ROADSIDE BOMB EXPLODED BESIDE A MILITARY CONVOY ON THE WESTERN OUTSKIRTS OF KANDAHAR, WOUNDING SEVEN PEOPLE, TWO OF THEM CANADIAN SOLDIERS, THE NATO-LED INTERNATIONAL SECURITY ASSISTANCE FORCE (ISAF) SAID. NO ONE WAS KILLED, IT SAID.
IN HELMAND PROVINCE, VILLAGERS SAID AN AIR STRIKE NEAR MUSA QALA LATE ON SATURDAY HAD HIT A MUD-BRICK HOUSE AND KILLED NINE MEMBERS OF ONE FAMILY, FOUR OF THEM CHILDREN.
"WE PULLED THEM OUT WITH OUR HANDS. THERE WERE NO TALIBAN IN THAT HOUSE," SAID HAJI GUL AKBAR, A RELATIVE WHO BROUGHT THE BODIES TO LASHKAR GAH, THE PROVINCIAL CAPITAL.
ISAF SAID ITS AIRCRAFT HAD STRUCK "A GROUP OF ARMED INSURGENTS" WHO WERE FIRING ON A JOINT PATROL, AND THAT IT HAD NO REPORTS OF CIVILIAN CASUALTIES. IT SAID IT WAS LOOKING INTO THE VILLAGERS' ACCOUNT.
IN KABUL, AFGHANISTAN'S NATIONAL DIRECTORATE OF SECURITY SAID ITS AGENTS HAD ARRESTED THREE MEN ON SUNDAY WHO WERE PLANNING SUICIDE ATTACKS ON GOVERNMENT BUILDINGS IN THE CAPITAL. A SPOKESMAN SAID THE THREE HAD BEEN TRAINED IN PAKISTAN'S TRIBAL AREAS. ISLAMABAD HAS REPEATEDLY DENIED THAT MILITANTS USE ITS TERRITORY TO PREPARE ATTACKS IN AFGHANISTAN.
A WESTERN DIPLOMAT IN KABUL, WHO ASKED NOT TO BE NAMED, SAID A MAJOR TALIBAN PUSH ON KANDAHAR THIS SPRING WOULD BE "THE FIRST REAL TEST" OF THE AFGHAN ARMY'S NEW BATTALIONS.
THE TALIBAN GOVERNMENT WAS OVERTHROWN IN LATE 2001 BY U.S.-BACKED AFGHAN FORCES. BRITISH, AMERICAN AND AFGHAN TROOPS RETOOK MUSA QALA FROM THE INSURGENTS IN DECEMBER AFTER THE TALIBAN HAD HELD THE TOWN FOR TEN MONTHS.
MORE THAN 6,000 PEOPLE, MOST OF THEM INSURGENTS, WERE KILLED IN VIOLENCE ACROSS THE COUNTRY LAST YEAR, THE BLOODIEST YEAR SINCE THE FALL OF THE TALIBAN, ACCORDING TO AID AGENCIES.
(WRITING BY WNS KABUL DESK)
""",
    toponyms=[
        ("KABUL", "kabul"),
        ("GHAZNI", ["ghazni_province", "ghazni"]),
        ("ANDAR", "andar"),
        ("KANDAHAR", "kandahar"),
        ("HELMAND", "helmand_province"),
        ("MUSA QALA", "musa_qala"),
        ("LASHKAR GAH", "lashkar_gah"),
        ("AFGHANISTAN", "afghanistan"),
        ("PAKISTAN", "pakistan"),
        ("ISLAMABAD", "islamabad"),
        ("U.S.", "united_states"),
    ],
    quotes=[
        ("THEY CAME WITH ROCKETS", ["Azimi", "Mohammad Zahir Azimi", "deputy provincial police chief"]),
        ("THIS YEAR OUR OPERATIONS", ["Hanif", "Abdul Salam Hanif", "Taliban"]),
        ("WE PULLED THEM OUT", ["Gul Akbar", "Haji Gul Akbar", "relative"]),
        ("A GROUP OF ARMED INSURGENTS", ["ISAF", "International Security Assistance Force"]),
        ("THE FIRST REAL TEST", ["diplomat", "Western diplomat"]),
    ],
    events=[
        E("CLASH", "TALIBAN FIGHTERS ATTACKED A POLICE CHECKPOINT IN GHAZNI PROVINCE BEFORE DAWN ON MONDAY, KILLING SIX POLICEMEN AND WOUNDING FOUR OTHERS",
          more=["THE INSURGENTS STORMED THE POST IN ANDAR DISTRICT FROM THREE SIDES AND FOUGHT THE POLICE FOR ABOUT TWO HOURS"],
          alt=["ATTACK"], place="andar", date="2008-03-03",
          actors=["Taliban", "Taliban fighters", "insurgents", "police"], targets=["police checkpoint", "policemen"],
          counts=[("killed", 6), ("injured", 4)]),
        E("TERRITORY.REPELLED", "THE ATTACKERS THEN WITHDREW TOWARDS THE HILLS",
          alt=["CLASH"], place="andar", date="2008-03-03", optional=True,
          actors=["police"], targets=["Taliban", "attackers"]),
        E("TERRITORY.TAKEN", "THE GROUP'S FIGHTERS HAD OVERRUN THE CHECKPOINT AND KILLED ALL THE POLICEMEN INSIDE",
          alt=["CLASH"], place="andar", date="2008-03-03", status="claimed",
          actors=["Taliban", "Hanif", "Abdul Salam Hanif"], targets=["police"]),
        E("DENIAL", "AZIMI DENIED THAT THE POST HAD FALLEN",
          date="2008-03-03", actors=["Azimi", "Mohammad Zahir Azimi", "police"]),
        E("THREAT", "HANIF WARNED THAT THE TALIBAN WOULD STEP UP THEIR ATTACKS ACROSS THE SOUTH AND EAST ONCE THE SNOW MELTED",
          more=["THIS YEAR OUR OPERATIONS WILL REACH EVERY PROVINCE"],
          date="2008-03-03", actors=["Hanif", "Abdul Salam Hanif", "Taliban"]),
        E("ATTACK.EXPLOSIVE", "A ROADSIDE BOMB EXPLODED BESIDE A MILITARY CONVOY ON THE WESTERN OUTSKIRTS OF KANDAHAR, WOUNDING SEVEN PEOPLE",
          more=["NO ONE WAS KILLED, IT SAID."],
          place="kandahar", date="2008-03-02", targets=["military convoy", "Canadian soldiers"],
          counts=[("injured", 7), ("killed", 0)]),
        E("ATTACK.AIRSTRIKE", "AN AIR STRIKE NEAR MUSA QALA LATE ON SATURDAY HAD HIT A MUD-BRICK HOUSE AND KILLED NINE MEMBERS OF ONE FAMILY",
          more=["ISAF SAID ITS AIRCRAFT HAD STRUCK \"A GROUP OF ARMED INSURGENTS\""],
          place="musa_qala", date="2008-03-01", actors=["ISAF", "International Security Assistance Force"],
          targets=["house", "family"], counts=[("killed", 9)]),
        E("CLASH", "WHO WERE FIRING ON A JOINT PATROL",
          place="musa_qala", date="2008-03-01", status="claimed", optional=True,
          actors=["insurgents", "joint patrol"]),
        E("DENIAL", "IT HAD NO REPORTS OF CIVILIAN CASUALTIES",
          date="2008-03-03", optional=True, actors=["ISAF"]),
        E("DETENTION", "ITS AGENTS HAD ARRESTED THREE MEN ON SUNDAY WHO WERE PLANNING SUICIDE ATTACKS ON GOVERNMENT BUILDINGS IN THE CAPITAL",
          place="kabul", date="2008-03-02",
          actors=["National Directorate of Security", "agents"], targets=["three men"],
          counts=[("arrested", 3)]),
        E("ACCUSATION", "A SPOKESMAN SAID THE THREE HAD BEEN TRAINED IN PAKISTAN'S TRIBAL AREAS",
          date="2008-03-03", optional=True, actors=["spokesman", "National Directorate of Security"],
          targets=["Pakistan"]),
        E("DENIAL", "ISLAMABAD HAS REPEATEDLY DENIED THAT MILITANTS USE ITS TERRITORY TO PREPARE ATTACKS IN AFGHANISTAN",
          date=None, optional=True, actors=["Islamabad", "Pakistan"]),
        E("CLASH", "A MAJOR TALIBAN PUSH ON KANDAHAR THIS SPRING WOULD BE",
          place="kandahar", date=None, status="hypothetical", optional=True, actors=["Taliban"]),
        E("TERRITORY.TAKEN", "THE TALIBAN GOVERNMENT WAS OVERTHROWN IN LATE 2001 BY U.S.-BACKED AFGHAN FORCES",
          place="afghanistan", date=None, status="historical", optional=True,
          actors=["Afghan forces"], targets=["Taliban"]),
        E("TERRITORY.TAKEN", "BRITISH, AMERICAN AND AFGHAN TROOPS RETOOK MUSA QALA FROM THE INSURGENTS IN DECEMBER",
          place="musa_qala", date=None, optional=True,
          actors=["British troops", "American troops", "Afghan troops"], targets=["insurgents", "Taliban"]),
        E("CLASH", "MORE THAN 6,000 PEOPLE, MOST OF THEM INSURGENTS, WERE KILLED IN VIOLENCE ACROSS THE COUNTRY LAST YEAR",
          place="afghanistan", date=None, optional=True, counts=[("killed", 6000)]),
    ],
))

# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    id="fresh-lk-mankulam-caps-2008-11-18",
    title="SRI LANKA SAYS TROOPS TAKE MANKULAM, REBELS DENY",
    source="sitrep fresh (wire copy, all capitals)",
    published="2008-11-18",
    text="""
COLOMBO, NOV 18 (CPN) - SRI LANKAN TROOPS CAPTURED THE NORTHERN TOWN OF MANKULAM FROM TAMIL TIGER REBELS ON MONDAY AFTER THREE DAYS OF HEAVY FIGHTING, THE MILITARY SAID, OPENING A SECOND ROUTE TOWARDS THE REBELS' ADMINISTRATIVE CAPITAL, KILINOCHCHI.
MILITARY SPOKESMAN BRIGADIER NIMAL DASSANAYAKE SAID AT LEAST 40 REBELS HAD BEEN KILLED IN THE BATTLE FOR THE TOWN AND THAT THE ARMY'S OWN LOSSES WERE "LIGHT". HE DID NOT GIVE A FIGURE. THERE WAS NO INDEPENDENT CONFIRMATION BECAUSE JOURNALISTS ARE BARRED FROM THE WAR ZONE.
THE LIBERATION TIGERS OF TAMIL EELAM (LTTE) DENIED THAT THE TOWN HAD FALLEN. A REBEL SPOKESMAN, S. THAVARAJAH, SAID BY SATELLITE TELEPHONE FROM THE VANNI THAT TIGER FIGHTERS HAD BEATEN BACK TWO ARMY ASSAULTS ON MANKULAM. "THE ARMY IS TELLING STORIES TO THE PEOPLE IN THE SOUTH," HE SAID.
ON FRIDAY, A CLAYMORE MINE EXPLODED UNDER A BUS CARRYING SOLDIERS ON LEAVE NEAR ANURADHAPURA, KILLING THREE SOLDIERS AND WOUNDING 14 OTHER PASSENGERS, POLICE SAID. THEY BLAMED THE REBELS.
TWO DAYS LATER, AIR FORCE JETS BOMBED WHAT THE MILITARY DESCRIBED AS A SEA TIGER BASE NEAR MULLAITTIVU ON THE NORTH-EAST COAST. A PRO-REBEL WEBSITE SAID THE BOMBS HAD FALLEN ON A CAMP FOR DISPLACED FAMILIES, KILLING FOUR CIVILIANS AND WOUNDING 11. THE MILITARY DENIED THAT ANY CIVILIANS HAD BEEN HURT.
AID AGENCIES ESTIMATE THAT ABOUT 230,000 PEOPLE HAVE BEEN DRIVEN FROM THEIR HOMES BY THE FIGHTING IN THE VANNI, WHERE THE GOVERNMENT ORDERED U.N. AND FOREIGN AID WORKERS TO LEAVE IN SEPTEMBER. A CONVOY OF 48 TRUCKS CARRYING FOOD FOR THE DISPLACED REACHED KILINOCHCHI ON SATURDAY, THE WORLD FOOD PROGRAMME SAID.
POLICE IN COLOMBO DETAINED 26 TAMIL MEN DURING OVERNIGHT SEARCHES OF LODGES AND BOARDING HOUSES IN THE CAPITAL, A POLICE SPOKESMAN SAID. MOST WOULD BE FREED ONCE THEIR IDENTITIES HAD BEEN CHECKED, HE SAID.
INDIA, HOME TO SOME 60 MILLION TAMILS IN ITS SOUTHERN STATE OF TAMIL NADU, URGED COLOMBO ON MONDAY TO PROTECT CIVILIANS CAUGHT IN THE FIGHTING. IN CHENNAI, THE STATE CAPITAL, SEVERAL THOUSAND PEOPLE MARCHED THE SAME DAY TO DEMAND AN END TO THE OFFENSIVE.
A SENIOR DEFENCE OFFICIAL SAID TROOPS WOULD ENTER KILINOCHCHI "WITHIN WEEKS" AND WARNED THAT REBELS WHO DID NOT SURRENDER WOULD BE "HUNTED DOWN ONE BY ONE".
THE TIGERS HAVE FOUGHT SINCE 1983 FOR A SEPARATE HOMELAND FOR THE TAMIL MINORITY IN THE NORTH AND EAST OF SRI LANKA. MORE THAN 70,000 PEOPLE HAVE BEEN KILLED IN THE CONFLICT. A CEASEFIRE BROKERED BY NORWAY IN 2002 BROKE DOWN IN 2006, AND THE GOVERNMENT FORMALLY PULLED OUT OF IT IN JANUARY.
END
""",
    toponyms=[
        ("COLOMBO", "colombo"),
        ("MANKULAM", "mankulam"),
        ("KILINOCHCHI", "kilinochchi"),
        ("VANNI", "vanni"),
        ("ANURADHAPURA", "anuradhapura"),
        ("MULLAITTIVU", "mullaittivu"),
        ("INDIA", "india"),
        ("TAMIL NADU", "tamil_nadu"),
        ("CHENNAI", "chennai"),
        ("SRI LANKA", "sri_lanka"),
        ("NORWAY", "norway"),
    ],
    quotes=[
        ("LIGHT", ["Dassanayake", "Nimal Dassanayake", "military spokesman"]),
        ("THE ARMY IS TELLING STORIES", ["Thavarajah", "S. Thavarajah", "rebel spokesman"]),
        ("WITHIN WEEKS", ["official", "senior defence official"]),
        ("HUNTED DOWN ONE BY ONE", ["official", "senior defence official"]),
    ],
    events=[
        E("TERRITORY.TAKEN", "SRI LANKAN TROOPS CAPTURED THE NORTHERN TOWN OF MANKULAM FROM TAMIL TIGER REBELS ON MONDAY",
          place="mankulam", date="2008-11-17", status="claimed",
          actors=["Sri Lankan troops", "troops", "military", "army"], targets=["Tamil Tiger rebels", "LTTE"]),
        E("CLASH", "AFTER THREE DAYS OF HEAVY FIGHTING",
          more=["AT LEAST 40 REBELS HAD BEEN KILLED IN THE BATTLE FOR THE TOWN"],
          place="mankulam", date=None,
          actors=["Sri Lankan troops", "army", "Tamil Tiger rebels", "LTTE"], counts=[("killed", 40)]),
        E("DENIAL", "THE LIBERATION TIGERS OF TAMIL EELAM (LTTE) DENIED THAT THE TOWN HAD FALLEN.",
          date="2008-11-18", actors=["LTTE", "Liberation Tigers of Tamil Eelam", "Thavarajah"]),
        E("TERRITORY.REPELLED", "TIGER FIGHTERS HAD BEATEN BACK TWO ARMY ASSAULTS ON MANKULAM",
          alt=["CLASH"], place="mankulam", date=None, status="claimed",
          actors=["Tiger fighters", "LTTE"], targets=["army"]),
        E("ATTACK.EXPLOSIVE", "A CLAYMORE MINE EXPLODED UNDER A BUS CARRYING SOLDIERS ON LEAVE NEAR ANURADHAPURA, KILLING THREE SOLDIERS AND WOUNDING 14 OTHER PASSENGERS",
          place="anuradhapura", date="2008-11-14", targets=["bus", "soldiers"],
          counts=[("killed", 3), ("injured", 14)]),
        E("ACCUSATION", "THEY BLAMED THE REBELS.",
          date=None, actors=["police"], targets=["rebels", "LTTE"]),
        E("ATTACK.AIRSTRIKE", "AIR FORCE JETS BOMBED WHAT THE MILITARY DESCRIBED AS A SEA TIGER BASE NEAR MULLAITTIVU",
          more=["THE BOMBS HAD FALLEN ON A CAMP FOR DISPLACED FAMILIES, KILLING FOUR CIVILIANS AND WOUNDING 11"],
          place="mullaittivu", date="2008-11-16", actors=["air force", "military"],
          targets=["Sea Tiger base", "camp for displaced families"], counts=[("killed", 4), ("injured", 11)]),
        E("DENIAL", "THE MILITARY DENIED THAT ANY CIVILIANS HAD BEEN HURT.",
          date="2008-11-18", actors=["military"]),
        E("DISPLACEMENT", "ABOUT 230,000 PEOPLE HAVE BEEN DRIVEN FROM THEIR HOMES BY THE FIGHTING IN THE VANNI",
          place="vanni", date=None, status="ongoing", counts=[("displaced", 230000)]),
        E("EVACUATION", "THE GOVERNMENT ORDERED U.N. AND FOREIGN AID WORKERS TO LEAVE IN SEPTEMBER",
          place="vanni", date=None, optional=True, actors=["government"], targets=["aid workers"]),
        E("AID", "A CONVOY OF 48 TRUCKS CARRYING FOOD FOR THE DISPLACED REACHED KILINOCHCHI ON SATURDAY",
          place="kilinochchi", date="2008-11-15", actors=["World Food Programme", "WFP"]),
        E("DETENTION", "POLICE IN COLOMBO DETAINED 26 TAMIL MEN DURING OVERNIGHT SEARCHES OF LODGES AND BOARDING HOUSES",
          place="colombo", date="2008-11-18", actors=["police"], targets=["Tamil men"],
          counts=[("arrested", 26)]),
        E("APPEAL", "URGED COLOMBO ON MONDAY TO PROTECT CIVILIANS CAUGHT IN THE FIGHTING",
          date="2008-11-17", actors=["India"], targets=["Colombo", "Sri Lanka", "government"]),
        E("PROTEST", "SEVERAL THOUSAND PEOPLE MARCHED THE SAME DAY TO DEMAND AN END TO THE OFFENSIVE",
          place="chennai", date="2008-11-17", actors=["people"]),
        E("THREAT", "WARNED THAT REBELS WHO DID NOT SURRENDER WOULD BE \"HUNTED DOWN ONE BY ONE\"",
          more=["A SENIOR DEFENCE OFFICIAL SAID TROOPS WOULD ENTER KILINOCHCHI \"WITHIN WEEKS\""],
          date="2008-11-18", actors=["senior defence official", "official"], targets=["rebels", "LTTE"]),
        E("TERRITORY.TAKEN", "TROOPS WOULD ENTER KILINOCHCHI \"WITHIN WEEKS\"",
          place="kilinochchi", date=None, status="planned", optional=True, actors=["troops"]),
        E("CLASH", "THE TIGERS HAVE FOUGHT SINCE 1983 FOR A SEPARATE HOMELAND",
          more=["MORE THAN 70,000 PEOPLE HAVE BEEN KILLED IN THE CONFLICT."],
          place="sri_lanka", date=None, status="historical", optional=True,
          actors=["Tigers", "LTTE"], counts=[("killed", 70000)]),
        E("CEASEFIRE", "A CEASEFIRE BROKERED BY NORWAY IN 2002 BROKE DOWN IN 2006",
          place="sri_lanka", date=None, status="historical", optional=True, actors=["Norway"]),
        E("CEASEFIRE", "THE GOVERNMENT FORMALLY PULLED OUT OF IT IN JANUARY",
          place="sri_lanka", date=None, status="suspended", optional=True, actors=["government"]),
    ],
))

# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    id="fresh-iq-diyala-release-2007-06-14",
    title="Coalition forces detain suspected insurgent, kill two near Muqdadiyah",
    source="sitrep fresh (military press release)",
    published="2007-06-14",
    text="""
Coalition forces detain suspected insurgent, kill two near Muqdadiyah
Multi-National Division – North Public Affairs Office
Release No. 20070614-03
June 14, 2007
TIKRIT, Iraq – Coalition forces detained one suspected insurgent and killed two others during an operation near Muqdadiyah, Diyala province, Wednesday.
The operation targeted a cell believed to be smuggling weapons and explosively formed penetrators from Iran into Diyala province.
As the ground force approached the target building, armed men opened fire on them from a nearby rooftop. The force returned fire, killing two armed men. One suspect was detained on site without incident. No Coalition forces or civilians were injured during the operation.
"This network has been moving lethal munitions that are used to kill Iraqi civilians and Iraqi and Coalition forces," said Lt. Col. Daniel R. Whitcomb, a division spokesman. "Taking it apart makes every family in Diyala safer."
In a separate operation Thursday morning, Iraqi Army soldiers, advised by Coalition forces, detained six suspected members of al-Qaeda in Iraq in the Buhriz area south of Baqubah. The soldiers also found a weapons cache containing mortar rounds, rockets and bomb-making material.
Also on Wednesday, an improvised explosive device detonated near a Coalition patrol south of Balad, wounding two Soldiers. The Soldiers were evacuated to a Coalition medical facility and are in stable condition.
In Mosul, gunmen fired on an Iraqi Police checkpoint in the western part of the city Wednesday night, killing one policeman. The policemen returned fire and the attackers fled in a civilian vehicle.
On Tuesday evening, an Air Weapons Team engaged three insurgents who were observed emplacing an improvised explosive device on a road east of Samarra, killing all three. A ground patrol later recovered two artillery shells wired together as a roadside bomb.
Insurgents blew up two pylons on the main power line into Baqubah on Sunday, and much of the city has been without electricity since. Iraqi engineers have not yet been able to reach the site.
"Al-Qaeda in Iraq continues to murder innocent Iraqis and to destroy the power lines and water pipes that the people of Diyala depend on," Whitcomb said.
Coalition forces urge anyone with information about insurgent activity to contact the Iraqi Security Forces tip line or the nearest Joint Security Station.
-30-
For more information, contact the MND-N Public Affairs Office.
""",
    toponyms=[
        ("Muqdadiyah", "muqdadiyah"),
        ("TIKRIT", "tikrit"),
        ("Iraq", "iraq", {"except": ["al-Qaeda in Iraq", "Al-Qaeda in Iraq"]}),
        ("Diyala", "diyala"),
        ("Iran", "iran"),
        ("Buhriz", "buhriz"),
        ("Baqubah", "baqubah"),
        ("Balad", "balad"),
        ("Mosul", "mosul"),
        ("Samarra", "samarra"),
    ],
    quotes=[
        ("This network has been moving", ["Whitcomb", "Daniel R. Whitcomb", "division spokesman"]),
        ("Taking it apart", ["Whitcomb", "Daniel R. Whitcomb", "division spokesman"]),
        ("Al-Qaeda in Iraq continues", ["Whitcomb", "Daniel R. Whitcomb", "division spokesman"]),
    ],
    events=[
        E("DETENTION", "Coalition forces detained one suspected insurgent and killed two others during an operation near Muqdadiyah, Diyala province, Wednesday.",
          more=["One suspect was detained on site without incident.",
                "Coalition forces detain suspected insurgent, kill two near Muqdadiyah"],
          place="muqdadiyah", date="2007-06-13", actors=["Coalition forces"],
          targets=["suspected insurgent"], counts=[("arrested", 1)]),
        E("CLASH", "armed men opened fire on them from a nearby rooftop. The force returned fire, killing two armed men.",
          more=["No Coalition forces or civilians were injured during the operation."],
          alt=["ATTACK"], place="muqdadiyah", date="2007-06-13",
          actors=["Coalition forces", "ground force", "armed men"], targets=["armed men"],
          counts=[("killed", 2), ("injured", 0)]),
        E("DETENTION", "Iraqi Army soldiers, advised by Coalition forces, detained six suspected members of al-Qaeda in Iraq in the Buhriz area south of Baqubah",
          place="buhriz", date="2007-06-14", actors=["Iraqi Army soldiers", "Iraqi Army", "Coalition forces"],
          targets=["suspected members of al-Qaeda in Iraq"], counts=[("arrested", 6)]),
        E("ATTACK.EXPLOSIVE", "an improvised explosive device detonated near a Coalition patrol south of Balad, wounding two Soldiers",
          place="balad", date="2007-06-13", targets=["Coalition patrol", "Soldiers"],
          counts=[("injured", 2)]),
        E("EVACUATION", "The Soldiers were evacuated to a Coalition medical facility",
          place="balad", date="2007-06-13", optional=True, targets=["Soldiers"]),
        E("CLASH", "gunmen fired on an Iraqi Police checkpoint in the western part of the city Wednesday night, killing one policeman",
          more=["The policemen returned fire and the attackers fled"],
          alt=["ATTACK"], place="mosul", date="2007-06-13", actors=["gunmen", "Iraqi Police"],
          targets=["Iraqi Police checkpoint"], counts=[("killed", 1)]),
        E("TERRITORY.REPELLED", "The policemen returned fire and the attackers fled",
          alt=["CLASH"], place="mosul", date="2007-06-13", optional=True,
          actors=["Iraqi Police", "policemen"], targets=["gunmen", "attackers"]),
        E("ATTACK.AIRSTRIKE", "an Air Weapons Team engaged three insurgents who were observed emplacing an improvised explosive device on a road east of Samarra, killing all three",
          place="samarra", date="2007-06-12", actors=["Air Weapons Team", "Coalition forces"],
          targets=["insurgents"], counts=[("killed", 3)]),
        E("ATTACK.EXPLOSIVE", "Insurgents blew up two pylons on the main power line into Baqubah on Sunday",
          place="baqubah", date="2007-06-10", actors=["Insurgents"], targets=["pylons", "power line"]),
        E("SERVICES_DISRUPTED", "much of the city has been without electricity since",
          place="baqubah", date=None, status="ongoing"),
        E("ACCUSATION", "Al-Qaeda in Iraq continues to murder innocent Iraqis",
          date="2007-06-14", actors=["Whitcomb", "Daniel R. Whitcomb", "Coalition forces"],
          targets=["al-Qaeda in Iraq"]),
        E("APPEAL", "Coalition forces urge anyone with information about insurgent activity to contact the Iraqi Security Forces tip line",
          date="2007-06-14", actors=["Coalition forces"], targets=["residents"]),
    ],
))

# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    id="fresh-in-pk-kashmir-live-2024-09-12",
    title="Kashmir live: cross-border shelling kills eight; India blames Pakistan for Uri camp attack",
    source="sitrep fresh (live blog)",
    published="2024-09-12",
    text="""
\U0001F534 Kashmir live: cross-border shelling kills eight; India blames Pakistan for Uri camp attack
Key points
• Five civilians killed in Pakistani shelling of border villages in Poonch, Indian officials say
• Pakistan says Indian fire killed three people near Kotli
• Militants storm army camp near Uri; two soldiers and three attackers dead
• About 1,800 border residents moved to shelters; mobile internet cut in Poonch and Rajouri
• UN urges restraint as army commanders prepare hotline call
Updated 15:10 IST
06:20 IST
Good morning and welcome to our coverage. Families in villages along the de facto border that divides Kashmir between India and Pakistan have spent the night in bunkers after heavy mortar and artillery fire that began shortly before midnight. The two countries have fought two of their three wars over the region since 1947.
06:55 IST
The Indian army says Pakistani troops "opened unprovoked fire" with mortars and artillery on forward posts and villages in the Poonch sector, in what it called a serious violation of the ceasefire understanding the two armies renewed in 2021.
07:40 IST
Poonch's deputy commissioner, Sanjeev Raina, tells us that five civilians, two of them children, were killed when shells hit homes in two villages close to the border. At least 12 people are being treated for shrapnel wounds at the district hospital.
"The shells started falling at around 11.30 at night and did not stop until four in the morning. People had no time to reach the bunkers," Raina said.
08:30 IST
Pakistan's military has given its own account. In a statement, its media wing said Indian troops had fired "indiscriminately" at villages in the Kotli sector, killing three civilians and wounding seven, and that Pakistani troops had responded "effectively".
09:15 IST
Breaking: militants have attacked an army camp near Uri, in Baramulla district, police say. Gunfire and explosions could be heard from the camp for several hours after the attack began before dawn.
10:05 IST
The army says the operation at the Uri camp is over. Five people were killed, two soldiers and three militants, who the army says had crossed from Pakistan-administered Kashmir during the night. Four soldiers were wounded.
10:40 IST
India's foreign ministry spokesperson, Arvind Menon, said the attack "bears all the hallmarks of groups that operate freely from Pakistani soil" and demanded that Islamabad act against them.
11:20 IST
Pakistan's foreign office has rejected the accusation. "Pakistan has nothing to do with the incident in Uri. India is once again blaming Pakistan to hide its own failures in Kashmir," spokeswoman Saima Qureshi told reporters in Islamabad.
12:05 IST
District authorities in Poonch say they have moved about 1,800 residents of border villages to community halls and schools in Poonch town. Mobile internet has been suspended in Poonch and Rajouri districts "as a precaution", officials said.
12:50 IST
A senior Indian commander, Lt Gen Vikram Sehgal, warned that the army would respond "at a time and place of our choosing" to any further firing on civilians.
13:30 IST
In Muzaffarabad, several hundred people rallied outside the assembly building to protest against the Indian shelling, chanting slogans against New Delhi. In Jammu, members of a Hindu nationalist group burned an effigy and called for a tougher response.
14:15 IST
The UN Secretary-General's spokesperson has urged both countries to "exercise maximum restraint" and to settle their differences through dialogue.
14:40 IST
Indian officials say the directors general of military operations of the two armies are expected to speak over their hotline on Friday, the first such call since the ceasefire understanding was renewed.
15:10 IST
Police in Baramulla say they have arrested two men suspected of guiding the Uri attackers from the border to the camp. Their names have not been released.
""",
    toponyms=[
        ("Kashmir", "kashmir"),
        ("India", "india"),
        ("Pakistan", "pakistan"),
        ("Uri", "uri"),
        ("Poonch", "poonch"),
        ("Kotli", "kotli"),
        ("Rajouri", "rajouri"),
        ("Baramulla", "baramulla"),
        ("Islamabad", "islamabad"),
        ("Muzaffarabad", "muzaffarabad"),
        ("New Delhi", "new_delhi"),
        ("Jammu", "jammu"),
    ],
    quotes=[
        ("opened unprovoked fire", ["Indian army", "army"]),
        ("The shells started falling", ["Raina", "Sanjeev Raina", "deputy commissioner"]),
        ("indiscriminately", ["media wing", "Pakistan's military", "military"]),
        ("effectively", ["media wing", "Pakistan's military", "military"]),
        ("bears all the hallmarks", ["Menon", "Arvind Menon", "foreign ministry spokesperson"]),
        ("Pakistan has nothing to do", ["Qureshi", "Saima Qureshi", "foreign office"]),
        ("as a precaution", ["officials", "district authorities"]),
        ("at a time and place", ["Sehgal", "Vikram Sehgal", "Lt Gen Vikram Sehgal"]),
        ("exercise maximum restraint", ["spokesperson", "UN Secretary-General's spokesperson", "UN"]),
    ],
    events=[
        E("ATTACK.SHELLING", "five civilians, two of them children, were killed when shells hit homes in two villages close to the border",
          more=["Five civilians killed in Pakistani shelling of border villages in Poonch",
                "Pakistani troops \"opened unprovoked fire\" with mortars and artillery on forward posts and villages in the Poonch sector",
                "At least 12 people are being treated for shrapnel wounds"],
          place="poonch", date="2024-09-12", actors=["Pakistani troops", "Pakistan"],
          targets=["villages", "civilians"], counts=[("killed", 5), ("injured", 12)]),
        E("CEASEFIRE", "in what it called a serious violation of the ceasefire understanding",
          place="poonch", date="2024-09-12", status="violated", actors=["Pakistani troops", "Pakistan"]),
        E("CEASEFIRE", "the ceasefire understanding the two armies renewed in 2021",
          date=None, status="historical", optional=True, actors=["India", "Pakistan"]),
        E("CLASH", "The two countries have fought two of their three wars over the region since 1947.",
          place="kashmir", date=None, status="historical", optional=True, actors=["India", "Pakistan"]),
        E("ATTACK.SHELLING", "Indian troops had fired \"indiscriminately\" at villages in the Kotli sector, killing three civilians and wounding seven",
          more=["Pakistan says Indian fire killed three people near Kotli"],
          place="kotli", date="2024-09-12", status="claimed", actors=["Indian troops", "India"],
          targets=["villages", "civilians"], counts=[("killed", 3), ("injured", 7)]),
        E("ACCUSATION", "its media wing said Indian troops had fired \"indiscriminately\"",
          date="2024-09-12", optional=True, actors=["Pakistan's military", "media wing"], targets=["Indian troops", "India"]),
        E("CLASH", "militants have attacked an army camp near Uri, in Baramulla district",
          more=["Five people were killed, two soldiers and three militants",
                "Militants storm army camp near Uri; two soldiers and three attackers dead",
                "Four soldiers were wounded."],
          alt=["ATTACK"], place="uri", date="2024-09-12", actors=["militants", "army"],
          targets=["army camp"], counts=[("killed", 5), ("injured", 4)]),
        E("ACCUSATION", "said the attack \"bears all the hallmarks of groups that operate freely from Pakistani soil\"",
          date="2024-09-12", actors=["Menon", "Arvind Menon", "India's foreign ministry", "India"],
          targets=["Pakistan"]),
        E("APPEAL", "demanded that Islamabad act against them",
          date="2024-09-12", actors=["Menon", "Arvind Menon", "India's foreign ministry", "India"],
          targets=["Islamabad", "Pakistan"]),
        E("DENIAL", "Pakistan's foreign office has rejected the accusation.",
          more=["Pakistan has nothing to do with the incident in Uri."],
          date="2024-09-12", actors=["Qureshi", "Saima Qureshi", "Pakistan's foreign office", "Pakistan"]),
        E("ACCUSATION", "India is once again blaming Pakistan to hide its own failures in Kashmir",
          date="2024-09-12", optional=True, actors=["Qureshi", "Saima Qureshi", "Pakistan's foreign office"],
          targets=["India"]),
        E("EVACUATION", "they have moved about 1,800 residents of border villages to community halls and schools in Poonch town",
          more=["About 1,800 border residents moved to shelters"],
          place="poonch", date="2024-09-12", actors=["District authorities"], targets=["residents"],
          counts=[("evacuated", 1800)]),
        E("SERVICES_DISRUPTED", "Mobile internet has been suspended in Poonch and Rajouri districts",
          more=["mobile internet cut in Poonch and Rajouri"],
          place="poonch", date=None, status="ongoing"),
        E("SERVICES_DISRUPTED", "Mobile internet has been suspended in Poonch and Rajouri districts",
          more=["mobile internet cut in Poonch and Rajouri"],
          place="rajouri", date=None, status="ongoing"),
        E("THREAT", "warned that the army would respond \"at a time and place of our choosing\" to any further firing on civilians",
          date="2024-09-12", actors=["Sehgal", "Vikram Sehgal", "Indian army"], targets=["Pakistan"]),
        E("PROTEST", "several hundred people rallied outside the assembly building to protest against the Indian shelling",
          place="muzaffarabad", date="2024-09-12", actors=["people"]),
        E("PROTEST", "members of a Hindu nationalist group burned an effigy and called for a tougher response",
          place="jammu", date="2024-09-12", actors=["Hindu nationalist group", "members"]),
        E("APPEAL", "has urged both countries to \"exercise maximum restraint\"",
          more=["UN urges restraint"],
          date="2024-09-12", actors=["UN", "UN Secretary-General's spokesperson", "spokesperson"],
          targets=["India", "Pakistan"]),
        E("TALKS", "the directors general of military operations of the two armies are expected to speak over their hotline on Friday",
          more=["army commanders prepare hotline call"],
          date="2024-09-13", status="planned", actors=["directors general of military operations", "India", "Pakistan"]),
        E("DETENTION", "Police in Baramulla say they have arrested two men suspected of guiding the Uri attackers",
          place="baramulla", date="2024-09-12", actors=["Police"], targets=["two men"],
          counts=[("arrested", 2)]),
    ],
))

# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    id="fresh-co-catatumbo-communique-2025-02-20",
    title="Ministry of National Defence: results of operations in the Catatumbo",
    source="sitrep fresh (ministry statement, translated)",
    published="2025-02-20",
    text="""
MINISTRY OF NATIONAL DEFENCE
REPUBLIC OF COLOMBIA
PRESS COMMUNIQUÉ No. 047 OF 2025
Bogotá D.C., 20 February 2025
The Ministry of National Defence permits itself to inform the national and international public opinion about the results of the operations of the Public Force in the region of the Catatumbo, department of Norte de Santander, during the last 72 hours:
1. In the early hours of Wednesday 19 February, troops of the Thirtieth Brigade of the National Army, in development of offensive operations in the rural zone of the municipality of Tibú, sustained combats with members of the Armed Organised Group ELN. As result of the combats, four members of the armed group died and two were captured, among them the subject known by the alias of "Cuervo", who is signalled as responsible for the recruitment of minors in the zone.
2. On 18 February, in the urban perimeter of the municipality of El Tarra, the same armed group attacked with explosive charges launched from drones against the installations of the Police Station, leaving as result three uniformed men wounded and material damages in civilian dwellings.
3. The Ministry rejects categorically the versions circulated in social networks according to which the Colombian Air Force would have bombarded civilian population in the rural zone of the municipality of Teorama. Such information is false and lacks all foundation. The Public Force has not carried out aerial bombardments in the said zone.
4. The Ministry denounces before the national and international community that the ELN maintains confined more than 9,000 persons in the rural zone of Teorama, impeding the free passage of food and medicines, and that it continues committing the recruitment of minors of age.
5. In humanitarian matter, during the past week the Colombian Air Force carried out the evacuation by air of 146 persons, among them social leaders, signatories of the Peace Agreement and their families, from Tibú to the city of Cúcuta. Likewise, 34 tonnes of humanitarian aid were delivered to displaced families in the municipality of Ocaña, in coordination with the departmental government.
6. According to the official figures, since 16 January more than 52,000 persons have been displaced from their territories in the Catatumbo, the majority towards Cúcuta, Ocaña and Tibú, and some 2,000 have crossed into Venezuela.
7. The Ministry makes a call to the ELN to cease immediately the attacks against the civilian population, to lift the confinement of the communities and to liberate all the persons that it holds in its power.
8. The Ministry reiterates that the Public Force will continue the offensive with all its capacities and warns that those who persist in the criminal actions "will be confronted with all the force of the legitimate State".
"We will not permit that the criminal groups impose the terror on the Catatumbo. The troops will remain in the zone all the time that is necessary," declared the Commander of the Second Division of the National Army, Brigadier General Rodrigo Alarcón Bustos.
9. It is recalled that on 17 January the National Government suspended the dialogues of peace with the ELN, after the attacks of this group against the civilian population of the region.
OFFICE OF COMMUNICATIONS – MINISTRY OF NATIONAL DEFENCE
""",
    toponyms=[
        ("COLOMBIA", "colombia"),
        ("Bogotá", "bogota"),
        ("Catatumbo", "catatumbo"),
        ("Norte de Santander", "norte_de_santander"),
        ("Tibú", "tibu"),
        ("El Tarra", "el_tarra"),
        ("Teorama", "teorama"),
        ("Cúcuta", "cucuta"),
        ("Ocaña", "ocana"),
        ("Venezuela", "venezuela"),
    ],
    quotes=[
        ("Cuervo", [], {"optional": True}),
        ("will be confronted with all the force", ["Ministry", "Ministry of National Defence"]),
        ("We will not permit", ["Alarcón Bustos", "Rodrigo Alarcón Bustos", "Commander of the Second Division"]),
    ],
    events=[
        E("CLASH", "sustained combats with members of the Armed Organised Group ELN",
          more=["four members of the armed group died"],
          place="tibu", date="2025-02-19",
          actors=["National Army", "troops", "Thirtieth Brigade", "ELN"], targets=["ELN"],
          counts=[("killed", 4)]),
        E("DETENTION", "two were captured, among them the subject known by the alias of \"Cuervo\"",
          place="tibu", date="2025-02-19", actors=["National Army", "troops"], targets=["ELN", "Cuervo"],
          counts=[("captured", 2)]),
        E("ATTACK.AIRSTRIKE", "the same armed group attacked with explosive charges launched from drones against the installations of the Police Station, leaving as result three uniformed men wounded",
          place="el_tarra", date="2025-02-18", actors=["ELN", "armed group"],
          targets=["Police Station", "uniformed men"], counts=[("injured", 3)]),
        E("DENIAL", "The Ministry rejects categorically the versions circulated in social networks",
          more=["Such information is false and lacks all foundation."],
          date="2025-02-20", actors=["Ministry", "Ministry of National Defence"]),
        E("ATTACK.AIRSTRIKE", "the Colombian Air Force would have bombarded civilian population in the rural zone of the municipality of Teorama",
          place="teorama", date=None, status="denied", optional=True, actors=["Colombian Air Force"]),
        E("ACCUSATION", "The Ministry denounces before the national and international community that the ELN maintains confined",
          more=["it continues committing the recruitment of minors of age"],
          date="2025-02-20", actors=["Ministry", "Ministry of National Defence"], targets=["ELN"]),
        E("TERRITORY.ENCIRCLED", "the ELN maintains confined more than 9,000 persons in the rural zone of Teorama",
          place="teorama", date=None, status="ongoing", actors=["ELN"], targets=["persons", "communities"]),
        E("SERVICES_DISRUPTED", "impeding the free passage of food and medicines",
          place="teorama", date=None, status="ongoing", optional=True, actors=["ELN"]),
        E("EVACUATION", "the Colombian Air Force carried out the evacuation by air of 146 persons",
          place="tibu", date=None, actors=["Colombian Air Force"],
          targets=["social leaders", "signatories of the Peace Agreement"], counts=[("evacuated", 146)]),
        E("AID", "34 tonnes of humanitarian aid were delivered to displaced families in the municipality of Ocaña",
          place="ocana", date=None, actors=["departmental government", "Ministry"]),
        E("DISPLACEMENT", "since 16 January more than 52,000 persons have been displaced from their territories in the Catatumbo",
          place="catatumbo", date=None, counts=[("displaced", 52000)]),
        E("DISPLACEMENT", "some 2,000 have crossed into Venezuela",
          place="venezuela", date=None, counts=[("refugees", 2000)]),
        E("APPEAL", "The Ministry makes a call to the ELN to cease immediately the attacks against the civilian population",
          date="2025-02-20", actors=["Ministry", "Ministry of National Defence"], targets=["ELN"]),
        E("THREAT", "warns that those who persist in the criminal actions \"will be confronted with all the force of the legitimate State\"",
          date="2025-02-20", actors=["Ministry", "Ministry of National Defence", "Public Force"],
          targets=["ELN"]),
        E("TALKS", "on 17 January the National Government suspended the dialogues of peace with the ELN",
          date="2025-01-17", status="suspended", optional=True, actors=["National Government", "ELN"]),
    ],
))

# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    id="fresh-mz-cabo-delgado-update-2024-06-06",
    title="Mozambique: Cabo Delgado Province, Displacement and Access Update No. 9",
    source="sitrep fresh (UN humanitarian update)",
    published="2024-06-06",
    text="""
MOZAMBIQUE: Cabo Delgado Province
Displacement and Access Update No. 9 | 27 May – 5 June 2024
Prepared jointly by IOM and OCHA with partners of the Protection and Shelter clusters
KEY FIGURES
• 18,950 people newly displaced in Macomia and Chiúre districts
• 12 humanitarian staff relocated from Macomia town
• Humanitarian flights to Mocímboa da Praia suspended since 30 May
SITUATION OVERVIEW
On 28 May, a large group of fighters of the non-state armed group known locally as al-Shabaab attacked Macomia town from three directions. Fighting with the Mozambique Defence Armed Forces (FADM) and allied troops went on until the morning of 29 May, when the attackers withdrew towards the coast. At least seven civilians were killed, according to local authorities. Shops, the district food warehouse and the health centre were looted, and the health centre was partly burned. Since the attack, Macomia town has had no functioning health facility and the water supply system is out of service.
On 2 June, armed men entered a village in Chiúre district, killed three civilians and set fire to about 40 houses.
On 31 May, an improvised explosive device struck a military vehicle on the road to Mueda, some 20 km west of Mocímboa da Praia. Two soldiers were killed, according to local sources.
DISPLACEMENT
According to the IOM Displacement Tracking Matrix (DTM), 12,700 people fled Macomia town and surrounding villages between 28 May and 3 June. Most moved south to Pemba, Metuge and Ancuabe, while some 2,400 crossed to Quissanga by boat.
In Chiúre district, 6,250 people left their villages after the attack of 2 June, many of them crossing the Lúrio River into Nampula province.
Since the conflict began in October 2017, more than 1.3 million people have been displaced at some point; about 580,000 remain displaced across the north of the country.
ACCESS AND RESPONSE
IOM relocated 12 humanitarian staff from Macomia to Pemba by helicopter on 28 May.
UNHAS flights to Mocímboa da Praia have been suspended since 30 May because of insecurity around the airstrip.
WFP and partners distributed food to 9,800 newly displaced people in Metuge and Ancuabe on 3 and 4 June.
A boat evacuation of about 300 older people and people with disabilities from Quissanga to Pemba is planned for the week of 10 June, pending security clearance.
The Humanitarian Coordinator, Catarina Lobo Mendes, called on "all parties to the conflict" to let civilians move to safety and to respect health facilities. "People in Macomia have been displaced three, four, five times. Every new attack pushes families further away from help," she said.
BACKGROUND
Violence by the armed group began in October 2017 with attacks on police posts in Mocímboa da Praia. The group held the town from August 2020 until Mozambican and Rwandan troops retook it in August 2021.
FUNDING
The 2024 Humanitarian Response Plan for Mozambique, which seeks US$413 million, is 19 per cent funded as of 5 June.
""",
    toponyms=[
        ("MOZAMBIQUE", "mozambique"),
        ("Mozambique", "mozambique", {"except": ["Mozambique Defence Armed Forces"]}),
        ("Cabo Delgado", "cabo_delgado"),
        ("Macomia", "macomia"),
        ("Chiúre", "chiure"),
        ("Mocímboa da Praia", "mocimboa_da_praia"),
        ("Mueda", "mueda"),
        ("Pemba", "pemba"),
        ("Metuge", "metuge"),
        ("Ancuabe", "ancuabe"),
        ("Quissanga", "quissanga"),
        ("Lúrio River", "lurio_river"),
        ("Nampula", "nampula_province"),
    ],
    quotes=[
        ("all parties to the conflict", ["Mendes", "Catarina Lobo Mendes", "Humanitarian Coordinator"]),
        ("People in Macomia have been displaced", ["Mendes", "Catarina Lobo Mendes", "Humanitarian Coordinator"]),
    ],
    events=[
        E("CLASH", "a large group of fighters of the non-state armed group known locally as al-Shabaab attacked Macomia town from three directions",
          more=["Fighting with the Mozambique Defence Armed Forces (FADM) and allied troops went on until the morning of 29 May",
                "At least seven civilians were killed, according to local authorities."],
          alt=["ATTACK"], place="macomia", date="2024-05-28",
          actors=["al-Shabaab", "non-state armed group", "FADM", "Mozambique Defence Armed Forces"],
          counts=[("killed", 7)]),
        E("SERVICES_DISRUPTED", "Since the attack, Macomia town has had no functioning health facility and the water supply system is out of service.",
          more=["the health centre was partly burned"],
          place="macomia", date=None, status="ongoing"),
        E("ATTACK.CIVILIANS", "armed men entered a village in Chiúre district, killed three civilians and set fire to about 40 houses",
          place="chiure", date="2024-06-02", actors=["armed men"], targets=["civilians", "houses"],
          counts=[("killed", 3)]),
        E("ATTACK.EXPLOSIVE", "an improvised explosive device struck a military vehicle on the road to Mueda, some 20 km west of Mocímboa da Praia",
          more=["Two soldiers were killed, according to local sources."],
          place="mocimboa_da_praia", date="2024-05-31", targets=["military vehicle", "soldiers"],
          counts=[("killed", 2)]),
        E("DISPLACEMENT", "18,950 people newly displaced in Macomia and Chiúre districts",
          place="cabo_delgado", date=None, counts=[("displaced", 18950)]),
        E("DISPLACEMENT", "12,700 people fled Macomia town and surrounding villages between 28 May and 3 June",
          place="macomia", date=None, counts=[("displaced", 12700)]),
        E("DISPLACEMENT", "some 2,400 crossed to Quissanga by boat",
          place="quissanga", date=None, counts=[("displaced", 2400)]),
        E("DISPLACEMENT", "In Chiúre district, 6,250 people left their villages after the attack of 2 June",
          more=["many of them crossing the Lúrio River into Nampula province"],
          place="chiure", date=None, counts=[("displaced", 6250)]),
        E("DISPLACEMENT", "more than 1.3 million people have been displaced at some point; about 580,000 remain displaced",
          place="mozambique", date=None, optional=True, counts=[("displaced", 580000)]),
        E("EVACUATION", "IOM relocated 12 humanitarian staff from Macomia to Pemba by helicopter on 28 May.",
          more=["12 humanitarian staff relocated from Macomia town"],
          place="macomia", date="2024-05-28", actors=["IOM"], targets=["humanitarian staff"],
          counts=[("evacuated", 12)]),
        E("AID", "UNHAS flights to Mocímboa da Praia have been suspended since 30 May",
          more=["Humanitarian flights to Mocímboa da Praia suspended since 30 May"],
          alt=["SERVICES_DISRUPTED"], place="mocimboa_da_praia", date=None, status="suspended",
          actors=["UNHAS"]),
        E("AID", "WFP and partners distributed food to 9,800 newly displaced people in Metuge and Ancuabe on 3 and 4 June.",
          place="metuge", date=None, actors=["WFP", "World Food Programme"]),
        E("AID", "WFP and partners distributed food to 9,800 newly displaced people in Metuge and Ancuabe on 3 and 4 June.",
          place="ancuabe", date=None, actors=["WFP", "World Food Programme"]),
        E("EVACUATION", "A boat evacuation of about 300 older people and people with disabilities from Quissanga to Pemba is planned for the week of 10 June",
          place="quissanga", date=None, status="planned", counts=[("planned_evacuees", 300)]),
        E("APPEAL", "called on \"all parties to the conflict\" to let civilians move to safety and to respect health facilities",
          date="2024-06-06", actors=["Mendes", "Catarina Lobo Mendes", "Humanitarian Coordinator"],
          targets=["all parties to the conflict"]),
        E("ATTACK.CIVILIANS", "Violence by the armed group began in October 2017 with attacks on police posts in Mocímboa da Praia.",
          alt=["CLASH"], place="mocimboa_da_praia", date=None, status="historical", optional=True,
          actors=["armed group"]),
        E("TERRITORY.TAKEN", "The group held the town from August 2020",
          place="mocimboa_da_praia", date=None, status="historical", optional=True, actors=["armed group"]),
        E("TERRITORY.TAKEN", "Mozambican and Rwandan troops retook it in August 2021",
          place="mocimboa_da_praia", date=None, status="historical", optional=True,
          actors=["Mozambican troops", "Rwandan troops"]),
    ],
))

# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    id="fresh-sy-hajin-wire-2024-08-15",
    title="Tribal fighters attack SDF around Hajin as drone strike kills commanders near Qamishli",
    source="sitrep fresh (wire copy)",
    published="2024-08-15",
    text="""
DEIR EZ-ZOR, Syria, Aug 15 (Newswire) — Arab tribal fighters attacked positions held by the U.S.-backed Syrian Democratic Forces (SDF) around the town of Hajin in eastern Syria on Wednesday, and at least 18 people were killed in fighting that lasted into the night, a Britain-based war monitor said.
The attackers crossed the river from government-held territory before dawn and briefly seized two villages north of Hajin, according to the monitor and residents. The SDF said its fighters had "repelled the attack and restored full control" of the area by the evening.
On Thursday an SDF spokesman, Kawa Amed, accused the Syrian government of arming and directing the tribal fighters. "These are not tribes defending their land. These are groups trained and sent by Damascus and Tehran," he said. The Syrian defence ministry denied any role in the fighting, state media reported.
Clashes also broke out on Wednesday in al-Busayrah, further up the river, where tribal gunmen fired on an SDF checkpoint. No casualties were reported there.
More than 6,500 people have fled their homes around Hajin since Wednesday, a local official said, many of them sheltering in schools in neighbouring villages.
In a separate attack on Tuesday, a drone struck a car on the outskirts of Qamishli, near the border with Turkey, killing two SDF commanders and their driver. The SDF said the same day that Turkey had carried out the strike. Turkey's defence ministry said it had "neutralised" 14 militants in northern Syria and Iraq over the past week, without giving details.
In Qamishli, several thousand people marched on Wednesday behind the coffins of the two commanders, chanting against Turkey.
In Tal Abyad, a border town held by Turkish-backed Syrian factions since a 2019 offensive, a car bomb exploded near a vegetable market on Sunday, killing five people and wounding 20, local officials said. No group claimed responsibility. Two days later, gunmen on a motorcycle shot dead a member of the town's local council outside his home.
Turkish officials have repeatedly threatened a new ground operation against the SDF, which Ankara regards as an extension of a militant group it has fought inside its own borders for four decades. On Wednesday a senior Turkish security official told reporters in Ankara that Turkey "will not wait for anyone's permission" to strike what he called terrorist targets along its border.
Aid groups say a new ground offensive would force hundreds of thousands of people from their homes in a region where many have already been displaced several times.
The office of the U.N. special envoy for Syria called on all sides to avoid "a dangerous escalation" in the north-east.
The SDF, which is led by Kurdish fighters, drove Islamic State out of Raqqa in 2017 and out of its last pocket of territory near the Iraqi border two years later. About 900 U.S. troops remain in north-eastern Syria to prevent a resurgence of the group.
Syria's war, which grew out of a crackdown on protests in 2011, has killed more than half a million people and driven around 12 million from their homes, according to monitors and the United Nations.
""",
    toponyms=[
        ("DEIR EZ-ZOR", "deir_ez_zor"),
        ("Syria", "syria"),
        ("U.S.", "united_states"),
        ("Hajin", "hajin"),
        ("Britain", "united_kingdom"),
        ("Damascus", "damascus"),
        ("Tehran", "tehran"),
        ("al-Busayrah", "al_busayrah"),
        ("Qamishli", "qamishli"),
        ("Turkey", "turkey"),
        ("Iraq", "iraq"),
        ("Tal Abyad", "tal_abyad"),
        ("Ankara", "ankara"),
        ("Raqqa", "raqqa"),
    ],
    quotes=[
        ("repelled the attack and restored full control", ["SDF", "Syrian Democratic Forces"]),
        ("These are not tribes", ["Amed", "Kawa Amed", "SDF spokesman"]),
        ("neutralised", ["Turkey's defence ministry", "defence ministry"]),
        ("will not wait for anyone", ["official", "Turkish security official"]),
        ("a dangerous escalation", ["office of the U.N. special envoy", "U.N. special envoy"]),
    ],
    events=[
        E("CLASH", "Arab tribal fighters attacked positions held by the U.S.-backed Syrian Democratic Forces (SDF) around the town of Hajin in eastern Syria on Wednesday, and at least 18 people were killed",
          alt=["ATTACK"], place="hajin", date="2024-08-14",
          actors=["tribal fighters", "Arab tribal fighters", "SDF", "Syrian Democratic Forces"],
          counts=[("killed", 18)]),
        E("TERRITORY.TAKEN", "briefly seized two villages north of Hajin",
          place="hajin", date="2024-08-14", actors=["tribal fighters", "attackers"], targets=["SDF"]),
        E("TERRITORY.REPELLED", "The SDF said its fighters had \"repelled the attack and restored full control\" of the area by the evening.",
          alt=["CLASH"], place="hajin", date="2024-08-14", status="claimed",
          actors=["SDF", "Syrian Democratic Forces"], targets=["tribal fighters"]),
        E("ACCUSATION", "accused the Syrian government of arming and directing the tribal fighters",
          more=["These are groups trained and sent by Damascus and Tehran"],
          date="2024-08-15", actors=["Amed", "Kawa Amed", "SDF"],
          targets=["Syrian government", "Damascus", "Tehran"]),
        E("DENIAL", "The Syrian defence ministry denied any role in the fighting",
          date="2024-08-15", actors=["Syrian defence ministry", "defence ministry"]),
        E("CLASH", "Clashes also broke out on Wednesday in al-Busayrah, further up the river, where tribal gunmen fired on an SDF checkpoint.",
          more=["No casualties were reported there."],
          place="al_busayrah", date="2024-08-14", actors=["tribal gunmen", "SDF"],
          counts=[("killed", 0), ("injured", 0)]),
        E("DISPLACEMENT", "More than 6,500 people have fled their homes around Hajin since Wednesday",
          place="hajin", date=None, counts=[("displaced", 6500)]),
        E("ATTACK.AIRSTRIKE", "a drone struck a car on the outskirts of Qamishli, near the border with Turkey, killing two SDF commanders and their driver",
          place="qamishli", date="2024-08-13", actors=["Turkey"], targets=["car", "SDF commanders"],
          counts=[("killed", 3)]),
        E("ACCUSATION", "The SDF said the same day that Turkey had carried out the strike.",
          date="2024-08-13", actors=["SDF", "Syrian Democratic Forces"], targets=["Turkey"]),
        E("ATTACK.AIRSTRIKE", "Turkey's defence ministry said it had \"neutralised\" 14 militants in northern Syria and Iraq over the past week",
          date=None, status="claimed", optional=True, actors=["Turkey", "Turkey's defence ministry"],
          targets=["militants"], counts=[("killed", 14)]),
        E("PROTEST", "several thousand people marched on Wednesday behind the coffins of the two commanders, chanting against Turkey",
          place="qamishli", date="2024-08-14", actors=["people"]),
        E("TERRITORY.TAKEN", "held by Turkish-backed Syrian factions since a 2019 offensive",
          place="tal_abyad", date=None, status="historical", optional=True,
          actors=["Turkish-backed Syrian factions"]),
        E("ATTACK.EXPLOSIVE", "a car bomb exploded near a vegetable market on Sunday, killing five people and wounding 20",
          place="tal_abyad", date="2024-08-11", targets=["vegetable market"],
          counts=[("killed", 5), ("injured", 20)]),
        E("ATTACK.CIVILIANS", "gunmen on a motorcycle shot dead a member of the town's local council outside his home",
          place="tal_abyad", date="2024-08-13", actors=["gunmen"], targets=["member of the town's local council"],
          counts=[("killed", 1)]),
        E("THREAT", "Turkish officials have repeatedly threatened a new ground operation against the SDF",
          date=None, optional=True, actors=["Turkish officials", "Ankara", "Turkey"], targets=["SDF"]),
        E("THREAT", "a senior Turkish security official told reporters in Ankara that Turkey \"will not wait for anyone's permission\" to strike",
          date="2024-08-14", actors=["Turkish security official", "official", "Turkey"], targets=["SDF"]),
        E("DISPLACEMENT", "a new ground offensive would force hundreds of thousands of people from their homes",
          date=None, status="hypothetical", optional=True),
        E("APPEAL", "The office of the U.N. special envoy for Syria called on all sides to avoid \"a dangerous escalation\"",
          date="2024-08-15", actors=["U.N. special envoy", "office of the U.N. special envoy", "U.N."],
          targets=["all sides"]),
        E("TERRITORY.TAKEN", "drove Islamic State out of Raqqa in 2017",
          place="raqqa", date=None, status="historical", optional=True, actors=["SDF"],
          targets=["Islamic State"]),
        E("TERRITORY.TAKEN", "out of its last pocket of territory near the Iraqi border two years later",
          date=None, status="historical", optional=True, actors=["SDF"], targets=["Islamic State"]),
        E("CLASH", "has killed more than half a million people and driven around 12 million from their homes",
          place="syria", date=None, optional=True,
          counts=[("killed", 500000), ("displaced", 12000000)]),
    ],
))

# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    id="fresh-ng-gwoza-wire-2025-03-20",
    title="Jihadists kill 14 farmers near Nigeria's Gwoza, abduct seven women",
    source="sitrep fresh (wire copy)",
    published="2025-03-20",
    text="""
MAIDUGURI, Nigeria, March 20 (Newswire) — Suspected jihadists killed at least 14 farmers and abducted seven women in an attack on villages outside Gwoza in Nigeria's north-eastern Borno state on Wednesday, a local militia leader and residents said.
The gunmen arrived on motorcycles in the late afternoon, rounded up men working in the fields and shot them, said Bulama Musa Abba, who leads a civilian vigilante group in the area close to the border with Cameroon. "We found the bodies lined up in the millet. They took the women with them towards the hills," he said.
About 2,300 people from the surrounding villages have since arrived at camps in Gwoza town, the State Emergency Management Agency said, appealing for food, tents and medicine.
No group claimed the attack. Both Boko Haram and its rival, Islamic State West Africa Province (ISWAP), are active in the area.
In a separate attack on Monday night, ISWAP fighters stormed a military base on the edge of Monguno, a garrison town near Lake Chad. The army said troops backed by air support had repelled the attackers and killed "scores of terrorists". It gave no figures for its own casualties.
Two days later, a landmine exploded under a minibus near Damboa, south-west of Maiduguri, killing six passengers, police said. The road had reopened to traffic only last month after being closed for more than a year.
Late on Tuesday, mortar bombs fired by insurgents landed in Dikwa, damaging a mosque and several houses. There were no casualties, residents said.
The air force said its jets had struck insurgent hideouts in the Sambisa forest on Tuesday, killing "dozens" of fighters. The claim could not be independently verified.
In a video circulated on Thursday, a man who identified himself as an ISWAP commander threatened to attack schools and churches in Maiduguri "if the army does not leave our villages".
Residents of Gwoza said they feared the insurgents would try to take the town itself if troops were moved elsewhere.
In Maiduguri, several hundred farmers from the Gwoza area protested outside the state government house on Thursday, demanding that the army protect them on their farms during the planting season. Some accused soldiers of abandoning checkpoints near the villages hours before the attack.
An army spokesman, Lt. Col. Aliyu Garba, denied that troops had left their posts. "No checkpoint was abandoned. Our men engaged the attackers and pursued them," he said.
Boko Haram launched its insurgency in 2009. In April 2014 its fighters abducted 276 schoolgirls from their school in Chibok, and months later they seized Gwoza and declared it the seat of a "caliphate". Troops retook the town in March 2015. Dozens of the Chibok girls are still missing.
The conflict has killed more than 40,000 people and displaced about two million in the north-east of Nigeria, according to the United Nations.
""",
    toponyms=[
        ("MAIDUGURI", "maiduguri"),
        ("Maiduguri", "maiduguri"),
        ("Nigeria", "nigeria"),
        ("Gwoza", "gwoza"),
        ("Borno", "borno"),
        ("Cameroon", "cameroon"),
        ("Monguno", "monguno"),
        ("Lake Chad", "lake_chad"),
        ("Damboa", "damboa"),
        ("Dikwa", "dikwa"),
        ("Sambisa", "sambisa"),
        ("Chibok", "chibok"),
    ],
    quotes=[
        ("We found the bodies", ["Abba", "Bulama Musa Abba", "militia leader"]),
        ("scores of terrorists", ["army"]),
        ("dozens", ["air force"]),
        ("if the army does not leave", ["ISWAP commander", "commander", "man"]),
        ("No checkpoint was abandoned", ["Garba", "Aliyu Garba", "army spokesman"]),
        ("caliphate", [], {"optional": True}),
    ],
    events=[
        E("ATTACK.CIVILIANS", "Suspected jihadists killed at least 14 farmers and abducted seven women in an attack on villages outside Gwoza",
          more=["rounded up men working in the fields and shot them"],
          place="gwoza", date="2025-03-19", actors=["Suspected jihadists", "gunmen"],
          targets=["farmers"], counts=[("killed", 14)]),
        E("DETENTION", "abducted seven women",
          more=["They took the women with them towards the hills"],
          place="gwoza", date="2025-03-19", actors=["Suspected jihadists", "gunmen"],
          targets=["women"], counts=[("captured", 7)]),
        E("DISPLACEMENT", "About 2,300 people from the surrounding villages have since arrived at camps in Gwoza town",
          place="gwoza", date=None, counts=[("displaced", 2300)]),
        E("APPEAL", "appealing for food, tents and medicine",
          date="2025-03-20", actors=["State Emergency Management Agency"]),
        E("TERRITORY.REPELLED", "The army said troops backed by air support had repelled the attackers and killed \"scores of terrorists\".",
          more=["ISWAP fighters stormed a military base on the edge of Monguno"],
          alt=["CLASH"], place="monguno", date="2025-03-17", status="claimed",
          actors=["army", "troops"], targets=["ISWAP", "ISWAP fighters"], counts=[("killed", None)]),
        E("ATTACK.EXPLOSIVE", "a landmine exploded under a minibus near Damboa, south-west of Maiduguri, killing six passengers",
          place="damboa", date="2025-03-19", targets=["minibus", "passengers"], counts=[("killed", 6)]),
        E("ATTACK.SHELLING", "mortar bombs fired by insurgents landed in Dikwa, damaging a mosque and several houses",
          more=["There were no casualties, residents said."],
          place="dikwa", date="2025-03-18", actors=["insurgents"], targets=["mosque", "houses"],
          counts=[("killed", 0), ("injured", 0)]),
        E("ATTACK.AIRSTRIKE", "its jets had struck insurgent hideouts in the Sambisa forest on Tuesday, killing \"dozens\" of fighters",
          place="sambisa", date="2025-03-18", status="claimed", actors=["air force"],
          targets=["insurgent hideouts"], counts=[("killed", None)]),
        E("THREAT", "a man who identified himself as an ISWAP commander threatened to attack schools and churches in Maiduguri",
          date="2025-03-20", actors=["ISWAP commander", "ISWAP"], targets=["schools", "churches"]),
        E("TERRITORY.TAKEN", "the insurgents would try to take the town itself if troops were moved elsewhere",
          place="gwoza", date=None, status="hypothetical", optional=True, actors=["insurgents"]),
        E("PROTEST", "several hundred farmers from the Gwoza area protested outside the state government house on Thursday",
          place="maiduguri", date="2025-03-20", actors=["farmers"]),
        E("ACCUSATION", "Some accused soldiers of abandoning checkpoints near the villages hours before the attack.",
          date="2025-03-20", actors=["farmers", "protesters"], targets=["soldiers", "army"]),
        E("DENIAL", "denied that troops had left their posts",
          more=["No checkpoint was abandoned."],
          date="2025-03-20", actors=["Garba", "Aliyu Garba", "army"]),
        E("CLASH", "Boko Haram launched its insurgency in 2009.",
          place="nigeria", date=None, status="historical", optional=True, actors=["Boko Haram"]),
        E("DETENTION", "In April 2014 its fighters abducted 276 schoolgirls from their school in Chibok",
          place="chibok", date=None, status="historical", optional=True, actors=["Boko Haram"],
          targets=["schoolgirls"], counts=[("captured", 276)]),
        E("TERRITORY.TAKEN", "months later they seized Gwoza",
          place="gwoza", date=None, status="historical", optional=True, actors=["Boko Haram"]),
        E("TERRITORY.TAKEN", "Troops retook the town in March 2015.",
          place="gwoza", date=None, status="historical", optional=True, actors=["Troops"]),
        E("CLASH", "The conflict has killed more than 40,000 people and displaced about two million",
          place="nigeria", date=None, optional=True,
          counts=[("killed", 40000), ("displaced", 2000000)]),
    ],
))

# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    id="fresh-ly-geneva-talks-2025-04-10",
    title="Libya's rival military camps agree prisoner swap, reopening of coastal road",
    source="sitrep fresh (wire copy)",
    published="2025-04-10",
    text="""
GENEVA, April 10 (Newswire) — Military delegations from Libya's rival eastern and western camps agreed on Thursday to swap prisoners and to reopen the coastal road between Misrata and Sirte to civilian traffic, the United Nations mission to Libya said at the end of three days of talks in Geneva.
Under the deal, each side will free 40 detainees in an exchange to be supervised by the International Committee of the Red Cross in Sirte next week, the mission said in a statement. The road, closed to most traffic since fighting flared west of Sirte in January, is to reopen by the end of the month.
"This is a modest step, but it is the first thing the two sides have signed together in more than a year," said Hanna Lindqvist, the mission's deputy head. She urged both camps to "refrain from any military movement that could put the agreement at risk".
The two delegations are due to meet again in Sirte in May to discuss the departure of foreign fighters and mercenaries, she said.
The talks took place days after the worst fighting in the capital in months. Clashes between two armed groups in the Abu Salim district of Tripoli on Saturday killed at least nine people, including two civilians, and wounded more than 30, the health ministry said. A truce negotiated by local elders took effect on Sunday evening and has largely held, although gunfire was heard in the district overnight on Wednesday.
Parts of the capital have had power cuts of up to 14 hours a day since a shell damaged a substation during the fighting.
The Tripoli-based Government of National Unity accused forces loyal to the eastern commander of moving armoured columns towards Sirte in breach of the 2020 ceasefire. A spokesman for the eastern-based Libyan National Army, Col. Salem Bouzaid, denied this, saying the movements were "routine rotations". "Our forces are where they have always been," he said.
A commander of one of Misrata's armed groups, Ali Ben Omran, told reporters that his men would "not let a single vehicle from the east" use the road until detainees held in Benghazi were released.
In Misrata, several hundred people rallied in the city's main square on Thursday evening against the road agreement, which some families of fighters killed in past battles see as a betrayal.
Separately, the European Union said in Brussels on Wednesday that it had imposed sanctions on two Libyan militia leaders and a coastguard commander it accused of trafficking migrants.
Libya has been divided between rival administrations in the east and west since 2014, three years after a NATO-backed uprising toppled Muammar Gaddafi. An offensive on Tripoli by eastern forces in 2019 and 2020 killed thousands before it collapsed, leading to a ceasefire signed in Geneva in October 2020.
""",
    toponyms=[
        ("GENEVA", "geneva"),
        ("Geneva", "geneva"),
        ("Libya", "libya"),
        ("Misrata", "misrata"),
        ("Sirte", "sirte"),
        ("Abu Salim", "abu_salim"),
        ("Tripoli", "tripoli"),
        ("Benghazi", "benghazi"),
        ("Brussels", "brussels"),
    ],
    quotes=[
        ("This is a modest step", ["Lindqvist", "Hanna Lindqvist", "deputy head"]),
        ("refrain from any military movement", ["Lindqvist", "Hanna Lindqvist", "deputy head"]),
        ("routine rotations", ["Bouzaid", "Salem Bouzaid", "Libyan National Army"]),
        ("Our forces are where", ["Bouzaid", "Salem Bouzaid", "Libyan National Army"]),
        ("not let a single vehicle", ["Ben Omran", "Ali Ben Omran", "commander"]),
    ],
    events=[
        E("AGREEMENT", "Military delegations from Libya's rival eastern and western camps agreed on Thursday to swap prisoners and to reopen the coastal road between Misrata and Sirte",
          more=["This is a modest step, but it is the first thing the two sides have signed together"],
          place="geneva", date="2025-04-10", status="agreed",
          actors=["Military delegations", "eastern camp", "western camp", "Libyan National Army", "Government of National Unity"]),
        E("TALKS", "at the end of three days of talks in Geneva",
          more=["The talks took place days after the worst fighting in the capital in months."],
          place="geneva", date=None, actors=["Military delegations", "United Nations mission", "UN"]),
        E("AGREEMENT", "each side will free 40 detainees in an exchange to be supervised by the International Committee of the Red Cross in Sirte next week",
          place="sirte", date=None, status="planned",
          actors=["eastern camp", "western camp", "International Committee of the Red Cross"]),
        E("CLASH", "since fighting flared west of Sirte in January",
          place="sirte", date=None, optional=True),
        E("APPEAL", "She urged both camps to \"refrain from any military movement that could put the agreement at risk\".",
          date="2025-04-10", actors=["Lindqvist", "Hanna Lindqvist", "United Nations mission"],
          targets=["both camps"]),
        E("TALKS", "The two delegations are due to meet again in Sirte in May",
          place="sirte", date=None, status="planned", actors=["delegations"]),
        E("CLASH", "Clashes between two armed groups in the Abu Salim district of Tripoli on Saturday killed at least nine people, including two civilians, and wounded more than 30",
          place="abu_salim", date="2025-04-05", actors=["armed groups"],
          counts=[("killed", 9), ("injured", 30)]),
        E("CEASEFIRE", "A truce negotiated by local elders took effect on Sunday evening and has largely held",
          place="tripoli", date="2025-04-06", status="ongoing", actors=["local elders"]),
        E("CEASEFIRE", "although gunfire was heard in the district overnight on Wednesday",
          place="abu_salim", date="2025-04-09", status="violated", optional=True),
        E("SERVICES_DISRUPTED", "Parts of the capital have had power cuts of up to 14 hours a day",
          place="tripoli", date=None, status="ongoing"),
        E("ATTACK.SHELLING", "a shell damaged a substation during the fighting",
          place="tripoli", date="2025-04-05", optional=True, targets=["substation"]),
        E("ACCUSATION", "The Tripoli-based Government of National Unity accused forces loyal to the eastern commander of moving armoured columns towards Sirte",
          date="2025-04-10", actors=["Government of National Unity"],
          targets=["forces loyal to the eastern commander", "Libyan National Army"]),
        E("CEASEFIRE", "in breach of the 2020 ceasefire",
          place="sirte", date=None, status="violated", optional=True,
          actors=["forces loyal to the eastern commander", "Libyan National Army"]),
        E("DENIAL", "denied this, saying the movements were \"routine rotations\"",
          date="2025-04-10", actors=["Bouzaid", "Salem Bouzaid", "Libyan National Army"]),
        E("THREAT", "told reporters that his men would \"not let a single vehicle from the east\" use the road",
          date="2025-04-10", actors=["Ben Omran", "Ali Ben Omran", "Misrata's armed groups"]),
        E("PROTEST", "several hundred people rallied in the city's main square on Thursday evening against the road agreement",
          place="misrata", date="2025-04-10", actors=["people"]),
        E("SANCTION", "it had imposed sanctions on two Libyan militia leaders and a coastguard commander",
          date="2025-04-09", actors=["European Union", "EU"],
          targets=["Libyan militia leaders", "coastguard commander"]),
        E("ACCUSATION", "it accused of trafficking migrants",
          date="2025-04-09", optional=True, actors=["European Union", "EU"],
          targets=["Libyan militia leaders", "coastguard commander"]),
        E("CLASH", "three years after a NATO-backed uprising toppled Muammar Gaddafi",
          place="libya", date=None, status="historical", optional=True),
        E("CLASH", "An offensive on Tripoli by eastern forces in 2019 and 2020 killed thousands before it collapsed",
          place="tripoli", date=None, status="historical", optional=True, actors=["eastern forces"],
          counts=[("killed", None)]),
        E("CEASEFIRE", "leading to a ceasefire signed in Geneva in October 2020",
          place="geneva", date=None, status="historical", optional=True),
    ],
))

# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    id="fresh-xk-mitrovica-protest-2024-02-09",
    title="Kosovo police arrest 11 after Serb protest turns violent in Mitrovica",
    source="sitrep fresh (wire copy)",
    published="2024-02-09",
    text="""
MITROVICA, Kosovo, Feb 9 (Newswire) — Kosovo police arrested 11 people after clashes with ethnic Serb protesters in the northern part of Mitrovica on Thursday, in the worst unrest in the divided town in months, police said.
Several thousand Serbs gathered near the main bridge to protest against the closure of Serbian-run bank branches and post offices by the Kosovo authorities. Some threw stones and bottles at police, who responded with tear gas and a water cannon. At least 13 people, eight of them police officers, were injured.
"They are taking away our money, our schools, everything that ties us to Serbia. What are we supposed to live on?" said Dragana Jovanović, 46, a teacher who joined the protest.
A Kosovo interior ministry spokeswoman, Arbnora Krasniqi, denied that the police had used "excessive force" and said the officers had acted "with restraint against a violent minority".
Late on Thursday, an explosive device was thrown at the police station in Zvečan, a few kilometres north of Mitrovica, damaging two vehicles. No one was injured.
Two days before the protest, police arrested two men at the Jarinje crossing on the border with Serbia after finding automatic rifles and hand grenades hidden in their car.
Serbia's foreign ministry accused Pristina of "a campaign of terror against the Serb people" and said it would raise the matter at the U.N. Security Council.
Serbian List, the main party of Kosovo's Serbs, threatened to pull its members out of all Kosovo institutions, including the police, if the closures were not reversed within a week.
In Brussels, a spokesman for the European Union's foreign policy chief urged both sides to "show restraint and return to the dialogue". NATO's peacekeeping force in Kosovo, KFOR, said it had stepped up patrols in the north and called on all sides to avoid provocations.
EU-mediated talks between Belgrade and Pristina are due to resume in Brussels on Feb. 20, the EU said.
Kosovo, whose population is more than 90 percent ethnic Albanian, declared independence from Serbia in 2008, nearly a decade after a NATO bombing campaign ended a war in which some 13,000 people were killed. Belgrade does not recognise its independence.
Last September, a gunfight between Serb gunmen and Kosovo police in the village of Banjska, north of Zvečan, left four people dead.
""",
    toponyms=[
        ("MITROVICA", "mitrovica"),
        ("Mitrovica", "mitrovica"),
        ("Kosovo", "kosovo"),
        ("Serbia", "serbia"),
        ("Zvečan", "zvecan"),
        ("Jarinje", "jarinje"),
        ("Pristina", "pristina"),
        ("Brussels", "brussels"),
        ("Belgrade", "belgrade"),
        ("Banjska", "banjska"),
    ],
    quotes=[
        ("They are taking away our money", ["Jovanović", "Dragana Jovanović", "teacher"]),
        ("excessive force", ["Krasniqi", "Arbnora Krasniqi", "interior ministry spokeswoman"]),
        ("with restraint against a violent minority", ["Krasniqi", "Arbnora Krasniqi", "interior ministry spokeswoman"]),
        ("a campaign of terror", ["Serbia's foreign ministry", "foreign ministry"]),
        ("show restraint and return", ["spokesman", "European Union", "EU"]),
    ],
    events=[
        E("PROTEST", "Several thousand Serbs gathered near the main bridge to protest against the closure of Serbian-run bank branches and post offices",
          more=["clashes with ethnic Serb protesters in the northern part of Mitrovica on Thursday",
                "At least 13 people, eight of them police officers, were injured."],
          place="mitrovica", date="2024-02-08", actors=["Serbs", "ethnic Serb protesters", "protesters"],
          counts=[("injured", 13)]),
        E("CLASH", "Some threw stones and bottles at police, who responded with tear gas and a water cannon.",
          alt=["ATTACK"], place="mitrovica", date="2024-02-08", optional=True,
          actors=["protesters", "police"]),
        E("DETENTION", "Kosovo police arrested 11 people after clashes with ethnic Serb protesters",
          place="mitrovica", date="2024-02-08", actors=["Kosovo police", "police"], targets=["people", "protesters"],
          counts=[("arrested", 11)]),
        E("DENIAL", "denied that the police had used \"excessive force\"",
          date="2024-02-09", actors=["Krasniqi", "Arbnora Krasniqi", "Kosovo interior ministry"]),
        E("ATTACK.EXPLOSIVE", "an explosive device was thrown at the police station in Zvečan",
          more=["No one was injured."],
          place="zvecan", date="2024-02-08", targets=["police station"], counts=[("injured", 0)]),
        E("DETENTION", "police arrested two men at the Jarinje crossing on the border with Serbia",
          place="jarinje", date="2024-02-06", actors=["police", "Kosovo police"], targets=["two men"],
          counts=[("arrested", 2)]),
        E("ACCUSATION", "Serbia's foreign ministry accused Pristina of \"a campaign of terror against the Serb people\"",
          date="2024-02-09", actors=["Serbia's foreign ministry", "Serbia"], targets=["Pristina", "Kosovo authorities"]),
        E("THREAT", "Serbian List, the main party of Kosovo's Serbs, threatened to pull its members out of all Kosovo institutions",
          date="2024-02-09", actors=["Serbian List"], targets=["Kosovo institutions"]),
        E("APPEAL", "a spokesman for the European Union's foreign policy chief urged both sides to \"show restraint and return to the dialogue\"",
          date="2024-02-09", actors=["European Union", "EU", "spokesman"], targets=["both sides"]),
        E("APPEAL", "called on all sides to avoid provocations",
          date="2024-02-09", actors=["KFOR", "NATO"], targets=["all sides"]),
        E("TALKS", "EU-mediated talks between Belgrade and Pristina are due to resume in Brussels on Feb. 20",
          place="brussels", date="2024-02-20", status="planned", actors=["Belgrade", "Pristina", "Serbia", "Kosovo", "EU"]),
        E("ATTACK.AIRSTRIKE", "a NATO bombing campaign ended a war",
          date=None, status="historical", optional=True, actors=["NATO"]),
        E("CLASH", "a war in which some 13,000 people were killed",
          place="kosovo", date=None, status="historical", optional=True, counts=[("killed", 13000)]),
        E("CLASH", "a gunfight between Serb gunmen and Kosovo police in the village of Banjska, north of Zvečan, left four people dead",
          place="banjska", date=None, optional=True, actors=["Serb gunmen", "Kosovo police"],
          counts=[("killed", 4)]),
    ],
))


if __name__ == "__main__":
    import os
    import sys
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import build_articles
    sys.argv = [sys.argv[0], "--set", "fresh"] + sys.argv[1:]
    try:
        build_articles.main()
    except build_articles.KeyError_ as e:
        sys.exit("article_fresh: " + str(e))
