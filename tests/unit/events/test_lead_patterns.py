"""Lead-style sentences from wire copy: each names the event a coder must find, and the
spurious readings it must not produce. One row per construction, so a regression names it."""

from __future__ import annotations

import pytest

from newsevents.records import Modality

pytestmark = pytest.mark.slow

# sentence, (type, actor codes, recipient codes) expected among the asserted events
FOUND = [
    (
        "Israel's military told some 1.1 million Palestinians in the northern half of the Gaza "
        "Strip on Friday to move south within 24 hours.",
        ("REQUEST", {"ISR"}, {"PSE"}),
    ),  # told to act: a demand (told reporters that …: no event)
    (
        "India and Bangladesh exchanged 162 enclaves at midnight on Saturday.",
        ("COOPERATE", {"IND", "BGD"}, set()),
    ),
    (
        "The United States and China formally joined the Paris climate agreement on Saturday.",
        ("SUPPORT", {"USA", "CHN"}, set()),
    ),  # "Paris" names the agreement, not a party
    (
        "Biden said Washington would weigh measures including sanctions against Uganda.",
        ("THREATEN", {"USA"}, {"UGA"}),
    ),
    (
        "Zimbabwe's military took control of the country, confining President Robert Mugabe to "
        "his residence.",
        ("COERCE", {"ZWE"}, {"ZWE"}),
    ),
    (
        "PHNOM PENH, Feb. 7 (Xinhua) -- A batch of 600,000 doses of COVID-19 vaccine donated by "
        "the Chinese government arrived at Phnom Penh International Airport on Sunday.",
        ("AID", {"CHN"}, {"KHM"}),
    ),  # aid "donated by" a state is its gift, even as a participle
    (
        "US President Joe Biden landed in Israel on Wednesday in a wartime show of solidarity.",
        ("CONSULT", {"USA"}, {"ISR"}),
    ),
    (
        "BAGHDAD, July 27 - Hundreds of supporters of Shia cleric Moqtada al-Sadr stormed Iraq's "
        "parliament on Wednesday.",
        ("PROTEST", {"IRQ"}, {"IRQ"}),
    ),  # unnamed crowds protest for the place
    (
        "Papua New Guinea Prime Minister James Marape declared a state of emergency in Port "
        "Moresby on Thursday, after rioting and looting on Wednesday.",
        ("PROTEST", {"PNG"}, {"PNG"}),
    ),
    (
        "Brazilian Supreme Court Justice Alexandre de Moraes on Monday ordered former President "
        "Jair Bolsonaro placed under house arrest.",
        ("COERCE", {"BRA"}, {"BRA"}),
    ),
    (
        "President Claudia Sheinbaum on Friday ruled out any U.S. military intervention on "
        "Mexican soil.",
        ("REJECT", {"MEX"}, {"USA"}),
    ),
    (
        "Former Honduran President Juan Orlando Hernandez was extradited to the US on Thursday.",
        ("COOPERATE", {"HND"}, {"USA"}),
    ),  # no "from": the state of the extradited
    (
        "Thailand's King Maha Vajiralongkorn has reduced former Prime Minister Thaksin "
        "Shinawatra's eight-year prison sentence to one year.",
        ("CONCEDE", {"THA"}, {"THA"}),
    ),
    (
        "NIAMEY, Aug 3 (Reuters) - Niger's military junta said on Thursday it was revoking "
        "military cooperation agreements with France.",
        ("SANCTION", {"NER"}, {"FRA"}),
    ),
    (
        "Brazilian President Luiz Inacio Lula da Silva welcomed Venezuela's Nicolas Maduro to "
        "Brasilia on Monday.",
        ("CONSULT", {"VEN"}, {"BRA"}),
    ),  # the visitor is the actor (PLOVER manual, CONSULT)
    (
        "The Enforcement Directorate on Thursday night arrested Delhi Chief Minister Arvind "
        "Kejriwal in a money laundering case.",
        ("COERCE", {"IND"}, {"IND"}),
    ),  # an unknown body acts for the country the story is about
    (
        "President Vladimir Putin on Sunday ordered Russia's nuclear deterrence forces to be put "
        "on a special regime of combat duty.",
        ("MOBILIZE", {"RUS"}, set()),
    ),  # whoever orders forces to be put on combat duty mobilises them
    (
        "Malaysia retaliated hours later by stopping North Koreans from leaving.",
        ("COERCE", {"MYS"}, {"PRK"}),
    ),
    (
        "Venezuelan President Nicolas Maduro said Monday he would deploy more than 4.5 million "
        "militia members across the country.",
        ("MOBILIZE", {"VEN"}, {"VEN"}),
    ),
    (
        "Armenia declared martial law on Sunday after heavy fighting erupted between Azerbaijani "
        "and ethnic Armenian forces in Nagorno-Karabakh.",
        ("COERCE", {"ARM"}, {"ARM"}),
    ),  # the place of the fighting is not where martial law was declared
    (
        "Ukrainian forces entered the city of Kherson as Russia's Defense Ministry "
        "said it had completed the withdrawal of its troops to the left bank of the Dnipro River, "
        "ending an eight-month occupation of the only regional capital Moscow had captured.",
        ("RETREAT", {"RUS"}, {"UKR"}),
    ),
    (
        "Russian President Vladimir Putin said on Tuesday that Russia did not want a war in Europe "
        "and was ready to keep negotiating with the West, after talks in Moscow with German "
        "Chancellor Olaf Scholz.",
        ("CONSULT", {"DEU"}, {"RUS"}),
    ),  # the negation of the main clause does not undo the talks; in Moscow, Scholz visits
    (
        "Russia said on Tuesday it would drastically reduce military activity around Kyiv after "
        "talks with Ukraine in Istanbul.",
        ("CONSULT", {"RUS"}, {"UKR"}),
    ),  # the talks it follows have happened, whatever is promised after them
    (
        "Joe Biden told Vladimir Putin on Thursday that the United States and its allies would "
        "respond decisively if Russia further invaded Ukraine.",
        ("THREATEN", {"USA"}, {"RUS"}),
    ),  # a conditional promise of a decisive response is a threat
    (
        "CULIACAN, Mexico (AP) — Mexican security forces captured a drug lord's son on Thursday, "
        "then released him after cartel gunmen unleashed hours of gunbattles across the city.",
        ("ASSAULT", {"MEX"}, {"MEX"}),
    ),  # unnamed armed men of the story's country fighting inside it
    (
        "MANILA (Reuters) - Islamist militants linked to Islamic State rampaged through the city "
        "of Marawi on Tuesday.",
        ("ASSAULT", {"PHL"}, {"PHL"}),
    ),
    (
        "The Netherlands and Australia said on Friday they hold Russia legally responsible for "
        "the downing of flight MH17. Moscow denied any involvement.",
        ("REJECT", {"RUS"}, {"NLD", "AUS"}),
    ),  # a denial rejects the accusation that came before it
    (
        "Justin Trudeau said Canada's security agencies were pursuing credible allegations that "
        "agents of the Indian government were behind the killing of a Sikh leader.",
        ("ACCUSE", {"CAN"}, {"IND"}),
    ),
    (
        "The US Treasury on Wednesday imposed sanctions on Brazilian Supreme Court Justice "
        "Alexandre de Moraes.",
        ("SANCTION", {"USA"}, {"BRA"}),
    ),  # the nationality before a title word codes the named judge
    (
        "Mali's President Ibrahim Boubacar Keita announced his resignation on state television.",
        ("RETREAT", {"MLI"}, {"MLI"}),
    ),
    (
        "French President Emmanuel Macron toured Beirut's devastated port district on Thursday.",
        ("CONSULT", {"FRA"}, {"LBN"}),
    ),
    (
        "KATHMANDU, Sept 9 (Reuters) - Protesters set fire to parliament, a day after police shot "
        "dead at least 19 people during demonstrations against a ban on social media.",
        ("ASSAULT", {"NPL"}, {"NPL"}),
    ),
    (
        "Ethiopia and Eritrea reopened two crossing points on their border on Tuesday.",
        ("COOPERATE", {"ETH", "ERI"}, set()),
    ),  # reopened together: cooperation
    (
        "South Korea and the United States said Friday they have agreed to deploy an advanced "
        "U.S. missile defense system in South Korea.",
        ("AGREE", {"KOR", "USA"}, set()),
    ),  # an agreed deployment is an agreement, not yet a mobilisation
    (
        "Yoon made the first trip to Japan for bilateral talks by a South Korean president in "
        "12 years.",
        ("CONSULT", {"KOR"}, {"JPN"}),
    ),
    (
        "About 300,000 Russian servicemen together with troops from China and Mongolia launched "
        "the Vostok-2018 strategic manoeuvres on Tuesday.",
        ("COOPERATE", {"RUS", "CHN", "MNG"}, set()),
    ),  # "together with" names partners; manoeuvres held together are cooperation
    (
        "West African leaders on Thursday ordered the activation of a regional standby force to "
        "restore constitutional order in Niger.",
        ("MOBILIZE", {"ECOWAS"}, {"NER"}),
    ),
    (
        "Saudi Arabia and its allies have handed Qatar a list of 13 demands.",
        ("REQUEST", {"SAU"}, {"QAT"}),
    ),
    (
        "The European Union and South America's Mercosur bloc struck a free-trade agreement on "
        "Friday.",
        ("AGREE", {"EU", "MERCOSUR"}, set()),
    ),  # "South America" is no United States
    (
        "President Volodymyr Zelenskiy said Kyiv would not hold peace talks with Russia as long "
        "as Vladimir Putin remained its president.",
        ("REJECT", {"UKR"}, {"RUS"}),
    ),  # a stated refusal of future talks is a rejection
    (
        "Sudan's army warned on Thursday that the country was at a dangerous turning point after "
        "the paramilitary Rapid Support Forces deployed troops near the town of Merowe.",
        ("MOBILIZE", {"SDN"}, {"SDN"}),
    ),  # an "after" clause inside a warning is an event of its own; one subject split in two
    (
        "ISLAMABAD: India struck nine sites in Pakistan early on Wednesday, killing dozens of "
        "people, and Pakistan said its forces had shot down five Indian fighter jets.",
        ("ASSAULT", {"PAK"}, {"IND"}),
    ),  # "its forces": the forces of the pronoun's state
    (
        "Iranian authorities restricted access to Instagram on Wednesday as protests over the "
        "death of Mahsa Amini spread to dozens of cities.",
        ("PROTEST", {"IRN"}, {"IRN"}),
    ),  # unattributed protests are the people's of the country the story is about
    (
        "Algerian President Abdelaziz Bouteflika resigned on Tuesday, hours after the powerful "
        "army chief, Lieutenant General Ahmed Gaid Salah, demanded that he be declared unfit.",
        ("REQUEST", {"DZA"}, {"DZA"}),
    ),  # an official of no named country acts for the country the story is about
    (
        "Military aircraft from New Zealand and Australia landed in Tonga on Thursday carrying "
        "drinking water and shelter.",
        ("AID", {"NZL", "AUS"}, {"TON"}),
    ),  # relief carried to a place is aid to it
    (
        "The United States has announced $30 million in humanitarian assistance for people "
        "affected by the floods in Pakistan.",
        ("AID", {"USA"}, {"PAK"}),
    ),  # unnamed people: where they are
    (
        "President Biden on Wednesday signed into law a $95 billion package of military aid for "
        "Ukraine, Israel and Taiwan.",
        ("AID", {"USA"}, {"UKR", "ISR", "TWN"}),
    ),
    (
        "Saudi Arabia's King Salman has issued a decree allowing women to drive.",
        ("CONCEDE", {"SAU"}, {"SAU"}),
    ),
    (
        "The Philippines on Tuesday formally notified the U.S. that it was terminating the "
        "Visiting Forces Agreement.",
        ("SANCTION", {"PHL"}, {"USA"}),
    ),  # "it" is the notifier; ties are cut with the other state named
    (
        "Tunisia's president, Kais Saied, has dismissed the prime minister and suspended "
        "parliament for 30 days.",
        ("COERCE", {"TUN"}, {"TUN"}),
    ),
    (
        "The World Bank has halted new public financing for Uganda over an anti-gay law.",
        ("SANCTION", {"WB"}, {"UGA"}),
    ),
    (
        "Colombia's FARC rebels handed over their weapons to United Nations monitors on Tuesday.",
        ("RETREAT", {"COL"}, {"UN"}),
    ),
    (
        "Japan on Friday removed South Korea from its list of trusted trading partners.",
        ("SANCTION", {"JPN"}, {"KOR"}),
    ),
    ("North Korea barred Malaysians from leaving its territory.", ("COERCE", {"PRK"}, {"MYS"})),
    (
        "President Donald Trump on Saturday ordered 2,000 National Guard troops to Los Angeles.",
        ("MOBILIZE", {"USA"}, {"USA"}),
    ),
    ("Britain left the European Union on Friday.", ("SANCTION", {"GBR"}, {"EU"})),
    (
        "Russian and Chinese long-range bombers conducted their first joint air patrol on Tuesday.",
        ("COOPERATE", {"RUS", "CHN"}, set()),
    ),
    (
        "Russia and Ukraine exchanged 35 prisoners each on Saturday.",
        ("RETREAT", {"RUS", "UKR"}, set()),
    ),
    (
        "Uzbek President Shavkat Mirziyoyev on Saturday dropped plans to curb the autonomy of "
        "Karakalpakstan.",
        ("CONCEDE", {"UZB"}, {"UZB"}),
    ),
    (
        "Foreign Minister Marise Payne has cancelled Victoria's two Belt and Road agreements "
        "with China.",
        ("SANCTION", {"AUS"}, {"CHN"}),
    ),
    (
        "Senegal's opposition leader Ousmane Sonko was released from prison on Thursday under an "
        "amnesty law.",
        ("RETREAT", {"SEN"}, {"SEN"}),
    ),  # released by the state that held him
    (
        "The U.S. State Department on Monday returned Cuba to the list of state sponsors of "
        "terrorism, and Cuba's foreign minister denounced the decision.",
        ("ACCUSE", {"CUB"}, {"USA"}),
    ),  # no recipient in its clause: the other party the story names
    ("Thousands of Lebanese took to the streets on Friday.", ("PROTEST", {"LBN"}, {"LBN"})),
    (
        "Iran blamed Israel for the attack, with Foreign Minister Mohammad Javad Zarif vowing "
        "revenge.",
        ("THREATEN", {"IRN"}, {"ISR"}),
    ),
    (
        "Somalia declared void a deal signed a day earlier with Ethiopia.",
        ("REJECT", {"SOM"}, {"ETH"}),
    ),
    (
        "Moscow regards the International Criminal Court's decision to issue an arrest warrant "
        "for Putin as null and void, Kremlin spokesman Dmitry Peskov said.",
        ("REJECT", {"RUS"}, {"ICC"}),
    ),  # "as null and void" hung on the infinitive by the parser
    ("Armenia declared a general military mobilisation on Sunday.", ("MOBILIZE", {"ARM"}, set())),
    (
        "Secretary of State Antony Blinken postponed a rare trip to Beijing over the incident.",
        ("REJECT", {"USA"}, {"CHN"}),
    ),
    (
        "The United States on Monday imposed sanctions on NATO ally Turkey over its purchase "
        "of Russian S-400 air defence systems.",
        ("SANCTION", {"USA"}, {"TUR"}),
    ),  # the ally named after "ally", even when the parser cuts it off
    (
        "Sam Bankman-Fried was extradited from the Bahamas on Wednesday and put on a plane "
        "to the US.",
        ("COOPERATE", {"BHS"}, {"USA"}),
    ),
    (
        "Abiy Ahmed on Wednesday ordered a military offensive against the Tigray region and "
        "declared a six-month state of emergency in the region.",
        ("COERCE", {"ETH"}, {"ETH"}),
    ),  # the subject of the first verb acts in the conjoined one
    (
        "President Biden said on Wednesday that he would pull all U.S. troops out of "
        "Afghanistan by Sept. 11.",
        ("CONCEDE", {"USA"}, {"AFG"}),
    ),  # an announced withdrawal is CONCEDE (PLOVER manual), not AGREE
    (
        "Georgia's ruling party said on Thursday it would withdraw a contested bill.",
        ("CONCEDE", {"GEO"}, {"GEO"}),
    ),
    (
        "China staged war games around Taiwan on Monday, drawing condemnation from Taipei.",
        ("ACCUSE", {"TWN"}, {"CHN"}),
    ),  # a reaction drawn from Y: Y accuses whoever drew it
    (
        "Brazil's Supreme Court convicted Jair Bolsonaro of plotting a coup and sentenced him "
        "to 27 years in prison, drawing a warning from U.S. Secretary of State Marco Rubio.",
        ("THREATEN", {"USA"}, {"BRA"}),
    ),
    (
        "Turkish F-16 jets shot down a Russian warplane near the Syrian border, and Russian "
        "President Vladimir Putin called the downing a stab in the back.",
        ("ACCUSE", {"RUS"}, {"TUR"}),
    ),  # "the downing" points back to the shooting
    (
        "Russian border guards seized three Ukrainian navy ships off Crimea in a confrontation "
        "that Kyiv called an act of armed aggression.",
        ("ACCUSE", {"UKR"}, {"RUS"}),
    ),
    (
        "Thousands of protesters rallied in Tbilisi on Sunday against a proposed law.",
        ("PROTEST", {"GEO"}, {"GEO"}),
    ),  # the counted noun of "thousands of" is the actor; the place gives its country
    (
        "Ukrainian forces shot down 25 Russian drones overnight, the air force said.",
        ("ASSAULT", {"UKR"}, {"RUS"}),
    ),
    (
        "Iran's Supreme Leader Ayatollah Ali Khamenei vowed to retaliate against Israel "
        "for the killing of a Hamas leader in Tehran.",
        ("THREATEN", {"IRN"}, {"ISR"}),
    ),  # the target of the vowed action, not the place of the reason
    ("The IMF approved a $3 billion loan for Pakistan on Wednesday.", ("AID", {"IMF"}, {"PAK"})),
    ("Turkey's parliament approved Sweden's bid to join NATO.", ("SUPPORT", {"TUR"}, {"SWE"})),
    (
        "Brazil's president called for peace talks between Russia and Ukraine.",
        ("REQUEST", {"BRA"}, {"RUS", "UKR"}),
    ),
    (
        "Sudan's army and the paramilitary Rapid Support Forces agreed to a seven-day "
        "ceasefire, Saudi Arabia and the United States said.",
        ("AGREE", {"SDN"}, set()),
    ),  # the trailing speakers are not the recipients, even when misparsed as appositives
    (
        "The United States on Thursday expelled 10 Russian diplomats and imposed sanctions "
        "on dozens of people and companies.",
        ("SANCTION", {"USA"}, {"RUS"}),
    ),
    (
        "Three Israeli soldiers were killed by Hezbollah fire near the Lebanese border.",
        ("ASSAULT", {"LBN"}, {"ISR"}),
    ),  # owned fire is gunfire, not a blaze
    (
        "The Biden administration on Tuesday announced a new $2 billion military aid package "
        "for Ukraine.",
        ("AID", {"USA"}, {"UKR"}),
    ),
    (
        "France recalled its ambassadors to the United States and Australia on Friday.",
        ("SANCTION", {"FRA"}, {"USA", "AUS"}),
    ),
    (
        "Philippine coast guard vessels were hit by water cannon fired by Chinese ships.",
        ("ASSAULT", {"CHN"}, {"PHL"}),
    ),
    (
        "Israel's cabinet approved a ceasefire deal with Hezbollah on Tuesday.",
        ("SUPPORT", {"ISR"}, {"LBN"}),
    ),  # PLOVER: approving or ratifying an agreement is SUPPORT
    (
        "Qatar and Egypt said on Wednesday that Israel and Hamas had agreed to a ceasefire "
        "in Gaza.",
        ("AGREE", {"ISR", "PSE"}, set()),
    ),  # the parties' own territory is not a recipient of their agreement
    (
        "Theresa May has announced that 23 Russian diplomats will be expelled from the UK.",
        ("SANCTION", {"GBR"}, {"RUS"}),
    ),  # the passive's origin expels; an expulsion announced is the sanction (the lead coders)
    (
        "U.N. Secretary-General Kofi Annan announced on Monday that he will withdraw weapons "
        "inspectors and humanitarian workers from Iraq.",
        ("THREATEN", {"UN"}, {"IRQ"}),
    ),  # inspectors to be withdrawn: a threat to reduce relations, as the PLOVER gold codes it
    (
        "Mexico extradited drug lord Joaquin Guzman to the United States on Thursday.",
        ("COOPERATE", {"MEX"}, {"USA"}),
    ),
    (
        "Pakistan handed over Indian Air Force pilot Abhinandan Varthaman at the border.",
        ("RETREAT", {"PAK"}, {"IND"}),
    ),
    (
        "Al-Shabaab gunmen stormed an upscale hotel and office complex in Nairobi on Tuesday.",
        ("ASSAULT", {"SOM"}, {"KEN"}),
    ),
    (
        "US President Donald Trump recognised Jerusalem as Israel's capital.",
        ("SUPPORT", {"USA"}, {"ISR"}),
    ),
    (
        "A second summit between U.S. President Donald Trump and North Korean leader Kim Jong Un "
        "broke down on Thursday.",
        ("CONSULT", {"USA", "PRK"}, set()),
    ),
    (
        "Kim Jong-un stepped across the line on Friday for a summit with President Moon Jae-in.",
        ("CONSULT", {"PRK"}, {"KOR"}),
    ),  # the hyphenated given name completes the entity
    (
        "Netanyahu cancelled a planned visit to Washington by an Israeli delegation.",
        ("REJECT", {"ISR"}, {"USA"}),
    ),
    (
        "U.S. military planes dropped more than 38,000 meals into the Gaza Strip on Saturday.",
        ("AID", {"USA"}, {"PSE"}),
    ),
    (
        "Iran, Russia and China began four days of joint naval drills in the Indian Ocean.",
        ("COOPERATE", {"IRN", "RUS", "CHN"}, set()),
    ),
    (
        "Tens of thousands of people poured into central Belgrade on Saturday for one of the "
        "biggest rallies in Serbia's modern history.",
        ("PROTEST", {"SRB"}, {"SRB"}),
    ),
    (
        "Hamas militants fired thousands of rockets into southern Israel on Saturday, killing "
        "hundreds of people.",
        ("ASSAULT", {"PSE"}, {"ISR"}),
    ),
    (
        "Myanmar's military seized power on Monday. U.S. President Joe Biden threatened to "
        "reimpose sanctions on the country.",
        ("THREATEN", {"USA"}, {"MMR"}),
    ),  # "the country": the one the story just named
    (
        "Chinese and American negotiators met in Geneva. Both sides agreed to cut tariffs.",
        ("AGREE", {"CHN", "USA"}, set()),
    ),  # "both sides": the two parties named before; where they met is no third party
    (
        "Nairobi (AFP) - Al-Shabaab gunmen stormed an upscale hotel in Nairobi on Tuesday.",
        ("ASSAULT", {"SOM"}, {"KEN"}),
    ),  # a title-case dateline with its agency is no subject
    (
        "NEW DELHI: Indian Air Force jets struck targets in Balakot, Pakistan, on Tuesday.",
        ("ASSAULT", {"IND"}, {"PAK"}),
    ),
    (
        "The International Criminal Court issued arrest warrants on Thursday for Prime "
        "Minister Benjamin Netanyahu.",
        ("THREATEN", {"ICC"}, {"ISR"}),
    ),  # PLOVER: an arrest warrant not executed threatens arrest
    (
        "A Manhattan jury on Thursday convicted Donald J. Trump on all 34 felony counts.",
        ("SANCTION", {"USA"}, {"USA"}),
    ),
    (
        "M23 rebels said on Monday they had seized Goma, the biggest city in eastern Congo.",
        ("ASSAULT", {"COD"}, {"COD"}),
    ),  # capturing a town by force, as the PLOVER gold codes retaking a village
    (
        "The Philippines and the United States kicked off their largest-ever joint military "
        "exercises on Tuesday.",
        ("COOPERATE", {"PHL", "USA"}, set()),
    ),  # "their": every party of the subject
    (
        "West African leaders on Sunday imposed sanctions on Niger and said they could use "
        "force if the junta did not reinstate the president.",
        ("THREATEN", {"ECOWAS"}, {"NER"}),
    ),  # the bloc named by its region; "they" is the speaker of "said"
    (
        "Southeast Asian leaders met Myanmar junta chief Min Aung Hlaing in Jakarta.",
        ("CONSULT", {"ASEAN"}, {"MMR"}),
    ),
    (
        "Kenyan police opened fire on protesters who breached parliament in Nairobi.",
        ("PROTEST", {"KEN"}, {"KEN"}),
    ),  # the relative clause's antecedent acts
    (
        "The Taliban have banned women from attending universities in Afghanistan.",
        ("COERCE", {"AFG"}, {"AFG"}),
    ),
    (
        "Afghan government negotiators and representatives of the Taliban opened peace talks "
        "in Doha on Saturday.",
        ("CONSULT", {"AFG"}, set()),
    ),  # two parties of one country still make a meeting
    (
        "A Russian-led military alliance began sending troops to Kazakhstan on Thursday.",
        ("MOBILIZE", {"RUS"}, {"KAZ"}),
    ),
    (
        "U.S. President Joe Biden warned Russian President Vladimir Putin that the United "
        "States would respond if Russia attacked Ukraine, the White House said after a video "
        "call between the two leaders.",
        ("CONSULT", {"USA", "RUS"}, set()),
    ),  # "the two leaders": the last two people named, not the last two countries
    (
        "Russia's deputy U.N. ambassador, Gennady Kuzmin, said Russia rejected the vote.",
        ("REJECT", {"RUS"}, {"RUS"}),
    ),  # no other party named: the rejection is read as domestic (a known limit)
    (
        "The United States sent two search and rescue teams to Turkey, and the European Union "
        "sent doctors.",
        ("AID", {"USA"}, {"TUR"}),
    ),
    (
        "A UN commission of inquiry concluded on Tuesday that Israel has committed genocide "
        "against Palestinians in Gaza.",
        ("ACCUSE", {"UN"}, {"ISR"}),
    ),  # a finding of a crime accuses the subject, by the finder
    (
        "Iran launched drones and sent missiles toward Israel early on Friday.",
        ("ASSAULT", {"IRN"}, {"ISR"}),
    ),  # weapons sent toward a country attack it; sent to it, they aid it
    (
        "The Netherlands and Australia said on Friday they hold Russia legally responsible for "
        "the downing of flight MH17.",
        ("ACCUSE", {"NLD", "AUS"}, {"RUS"}),
    ),
    (
        "Sudan's paramilitary Rapid Support Forces said they had seized the army's last "
        "stronghold in El Fasher.",
        ("ASSAULT", {"SDN"}, {"SDN"}),
    ),
    (
        "Hong Kong leader Carrie Lam on Wednesday formally withdrew the extradition bill.",
        ("CONCEDE", {"HKG"}, {"HKG"}),
    ),
    ("Russia withdrew from the Council of Europe on Tuesday.", ("SANCTION", {"RUS"}, {"COE"})),
    (
        "A U.S. drone strike in Baghdad killed Iran's top general, Qassem Soleimani.",
        ("ASSAULT", {"USA"}, {"IRN"}),
    ),  # the place of a named attacker's strike is not a second attacker
    (
        "President Donald Trump on Thursday authorized economic and travel sanctions against "
        "the International Criminal Court.",
        ("SANCTION", {"USA"}, {"ICC"}),
    ),
    (
        "The Macedonian army prepared to resume shelling rebel-held territory in Albania.",
        ("MOBILIZE", {"MKD"}, {"ALB"}),
    ),  # readying force is MOBILIZE, as the PLOVER gold codes it
    (
        "North Korea on Friday rejected President Yoon Suk Yeol's offer of economic aid.",
        ("REJECT", {"PRK"}, {"KOR"}),
    ),  # a full dictionary name is found even where the NER cuts it short
    ("China staged war games around Taiwan on Monday.", ("MOBILIZE", {"CHN"}, {"TWN"})),
    (
        "Serbia has put its army on the highest level of combat readiness.",
        ("MOBILIZE", {"SRB"}, set()),
    ),
    (
        "Iran responded by sending about 100 drones toward Israel.",
        ("ASSAULT", {"IRN"}, {"ISR"}),
    ),
    (
        "Prime Minister Benjamin Netanyahu vowed that the Islamic Republic had made a big "
        "mistake and would pay for it.",
        ("THREATEN", {"ISR"}, {"IRN"}),
    ),
    (
        "Iraq's parliament voted on Sunday to demand that U.S. troops leave the country.",
        ("REQUEST", {"IRQ"}, {"USA"}),
    ),  # the vote is the demand, not its purpose
    (
        "BANGKOK -- Thai F-16 jets struck Cambodian military targets on Thursday.",
        ("ASSAULT", {"THA"}, {"KHM"}),
    ),
    (
        "Pakistan handed over Indian Air Force pilot Wing Commander Abhinandan Varthaman at the "
        "border on Friday night.",
        ("RETREAT", {"PAK"}, {"IND"}),
    ),
    (
        "Mali's military-dominated government on Monday gave France's ambassador 72 hours to "
        "leave the country.",
        ("SANCTION", {"MLI"}, {"FRA"}),
    ),
    (
        "North Korea has sent about 1,500 soldiers to Russia's Far East to support Moscow's war.",
        ("AID", {"PRK"}, {"RUS"}),
    ),  # troops sent to help another state's war are military aid
    (
        "A team of Chinese medical experts arrived in Rome on Thursday carrying medical supplies.",
        ("AID", {"CHN"}, {"ITA"}),
    ),
    (
        "Georgian police fired water cannon and tear gas at thousands of protesters outside "
        "parliament on Thursday night.",
        ("PROTEST", {"GEO"}, {"GEO"}),
    ),  # the protest the police met is an event of its own
    (
        "Iran admitted on Saturday that its military had shot down a Ukrainian airliner by "
        "mistake, killing all 176 people on board.",
        ("CONCEDE", {"IRN"}, {"UKR"}),
    ),  # the admitted shooting and killing are its content, not new events
    (
        "Twenty Indian soldiers were killed in a violent face-off with Chinese troops.",
        ("ASSAULT", {"CHN"}, {"IND"}),
    ),
    (
        "Russia has become the first country to formally recognise Afghanistan's Taliban "
        "government.",
        ("SUPPORT", {"RUS"}, {"AFG"}),
    ),
    (
        "Syrian rebels led by the Islamist group Hayat Tahrir al-Sham seized Damascus on Sunday.",
        ("ASSAULT", {"SYR"}, {"SYR"}),
    ),  # a capital of the actor's own country is a target of force
    (
        "Soldiers opened fire on protesters at the Lekki toll gate in Lagos on Tuesday night, "
        "killing several people, witnesses and Amnesty International said.",
        ("ASSAULT", {"NGA"}, {"NGA"}),
    ),  # the speakers are never recipients
    (
        "A cease-fire between Israel and Iran took hold on Tuesday after 12 days of war.",
        ("RETREAT", {"ISR", "IRN"}, set()),
    ),  # the hyphenated spelling, its parties from "between"
    (
        "Rescue teams from Spain and Qatar began arriving in Morocco on Sunday.",
        ("AID", {"ESP", "QAT"}, {"MAR"}),
    ),  # where aid arrives is its recipient, even for two givers
    (
        "At least 49 Armenian soldiers were killed when Azerbaijani forces shelled towns near "
        "the border overnight.",
        ("ASSAULT", {"AZE"}, {"ARM"}),
    ),  # the killers named in the "when" clause
    (
        "The Gambia on Monday filed a case at the UN's top court accusing Myanmar of genocide.",
        ("ACCUSE", {"GMB"}, {"MMR"}),
    ),
    (
        "Uganda shut down internet access nationwide on Wednesday evening.",
        ("COERCE", {"UGA"}, {"UGA"}),
    ),
    (
        "Russia has moved two armies and three airborne formations to its western borders.",
        ("MOBILIZE", {"RUS"}, set()),
    ),
    (
        "Peru's Congress voted on Wednesday to remove President Pedro Castillo from office.",
        ("SANCTION", {"PER"}, {"PER"}),
    ),
    (
        "President Moon Jae-in and North Korean leader Kim Jong-un signed a joint declaration.",
        ("SUPPORT", {"KOR", "PRK"}, set()),
    ),  # hyphenated names that break the parse still make two parties
    (
        "President Donald Trump said he'll impose a 5% tariff on all goods from Mexico unless "
        "the country stops illegal immigration.",
        ("THREATEN", {"USA"}, {"MEX"}),
    ),
    (
        "Saudi-led coalition air strikes killed at least 20 civilians in Yemen's capital Sanaa.",
        ("ASSAULT", {"SAU"}, {"YEM"}),
    ),  # the leader named before "-led"
    (
        "Ukrainian President Volodymyr Zelenskyy on Monday signed a request for his country to "
        "join the European Union, asking the bloc to grant immediate membership.",
        ("REQUEST", {"UKR"}, {"EU"}),
    ),  # "the bloc": the organisation just named
    (
        "Russian border guards fired on and seized three Ukrainian navy ships off Crimea on "
        "Sunday, wounding several sailors.",
        ("ASSAULT", {"RUS"}, {"UKR"}),
    ),  # unnamed victims belong to the other side named beside them
    (
        "Turkey called on NATO allies for consultations after 33 Turkish soldiers were killed "
        "in an airstrike by Syrian government forces.",
        ("ASSAULT", {"SYR"}, {"TUR"}),
    ),  # a passive clause does not inherit the main clause's subject
    (
        "Erdogan said on Sunday that Turkish soldiers had begun moving to Libya.",
        ("MOBILIZE", {"TUR"}, {"LBY"}),
    ),
    (
        "Zelensky arrived in Washington on Wednesday, meeting President Joe Biden, who announced "
        "a $1.85 billion military aid package for Ukraine.",
        ("AID", {"USA"}, {"UKR"}),
    ),  # a nominal event under a relative clause: the antecedent gives
    (
        "Ugandan police arrested opposition candidate Bobi Wine on Wednesday, sparking protests "
        "in Kampala.",
        ("PROTEST", {"UGA"}, {"UGA"}),
    ),  # protests named without their actor: the people of the place
    (
        "Belgium's King Philippe has expressed his deepest regrets for the wounds inflicted "
        "during colonial rule of Congo.",
        ("CONCEDE", {"BEL"}, {"COD"}),
    ),  # regrets go to the wronged country named beside them
    (
        "Lukashenka said he and Putin had agreed to deploy a joint grouping of troops, accusing "
        "Ukraine of preparing an attack on Belarusian territory.",
        ("ACCUSE", {"BLR"}, {"UKR"}),
    ),  # a participle of saying is the speaker's own act, not the content of the agreement
    (
        "The Supreme Court on Friday disqualified Prime Minister Nawaz Sharif, and Mr Sharif "
        "stepped down hours later.",
        ("RETREAT", {"PAK"}, {"PAK"}),
    ),  # "down" read as an adverb is still the particle; a resignation acts on its own country
    (
        "A court in Myanmar on Monday sentenced two Reuters journalists to seven years in prison.",
        ("SANCTION", {"MMR"}, {"MMR"}),
    ),
    (
        "South Korea and Japan reached a deal on Monday, with Prime Minister Shinzo Abe "
        "expressing his sincere apologies.",
        ("CONCEDE", {"JPN"}, {"KOR"}),
    ),
    (
        "The election commission annulled the results after protesters seized government "
        "buildings in Bishkek on Monday night.",
        ("PROTEST", {"KGZ"}, {"KGZ"}),
    ),
    (
        "Tsai Ing-wen met Kevin McCarthy in California, and China responded on Thursday by vowing "
        "resolute and forceful measures.",
        ("THREATEN", {"CHN"}, {"USA"}),
    ),
    (
        "Libya's two warring sides have agreed to a permanent ceasefire across the country, the "
        "United Nations said on Friday.",
        ("AGREE", {"LBY"}, set()),
    ),  # a country's own sides stand for it
    (
        "The South African National Defence Force said on Monday it had deployed troops in "
        "Johannesburg.",
        ("MOBILIZE", {"ZAF"}, {"ZAF"}),
    ),
    (
        "Ethiopian Prime Minister Abiy Ahmed on Wednesday ordered a military offensive against the "
        "ruling party of the northern Tigray region.",
        ("MOBILIZE", {"ETH"}, {"ETH"}),
    ),  # an ordered offensive readies force; the fighting is not yet reported
    (
        "Ecuador's President Daniel Noboa declared an internal armed conflict, ordering the "
        "military to neutralise criminal gangs.",
        ("MOBILIZE", {"ECU"}, {"ECU"}),
    ),
    (
        "President Donald Trump paused new tariffs on dozens of trading partners, while raising "
        "the levy on Chinese imports to 125%.",
        ("SANCTION", {"USA"}, {"CHN"}),
    ),
    (
        "Iranian police fired tear gas at protesters in Tehran on Monday as anger spread over the "
        "death of Mahsa Amini.",
        ("PROTEST", {"IRN"}, {"IRN"}),
    ),  # protesters fired upon were protesting
    (
        "At least 17 people were killed on Monday in clashes between security forces and "
        "protesters in the southern Peruvian city of Juliaca.",
        ("PROTEST", {"PER"}, {"PER"}),
    ),
    (
        "The Kremlin said Ukraine had tried to kill President Vladimir Putin, saying Russia "
        "reserved the right to retaliate.",
        ("THREATEN", {"RUS"}, {"UKR"}),
    ),
    (
        "Slovak Prime Minister Robert Fico was shot several times on Wednesday as he greeted "
        "supporters, officials said.",
        ("ASSAULT", {"SVK"}, {"SVK"}),
    ),  # a passive act with no doer named: an unidentified attacker in the story's country
    (
        "The head of Russia's Wagner mercenary group, Yevgeny Prigozhin, threatened on Friday to "
        "pull his fighters out of Bakhmut, blaming Defence Minister Sergei Shoigu for starving "
        "them of ammunition.",
        ("ACCUSE", {"RUS"}, {"RUS"}),
    ),  # a title serves whom its "of" names; an aside hung on an adverbial clause is the subject's
    (
        "President Recep Tayyip Erdogan called for the 18 suspects detained in Saudi Arabia to be "
        "tried in Istanbul.",
        ("REQUEST", {"TUR"}, {"SAU"}),
    ),  # "for" marking the clause
    (
        "Armenia declared martial law and a general military mobilisation on Sunday.",
        ("MOBILIZE", {"ARM"}, set()),
    ),  # a second noun in a coordination is governed by the same verb
    (
        "India has delivered 1,000 family tents to Kabul, External Affairs Minister S. Jaishankar "
        "said on Monday.",
        ("AID", {"IND"}, {"AFG"}),
    ),
    (
        "Bangladesh's interim government on Saturday night banned all activities of Sheikh "
        "Hasina's Awami League under the anti-terrorism law.",
        ("COERCE", {"BGD"}, {"BGD"}),
    ),
    (
        "Gambia's President Yahya Jammeh has rejected the results of last week's election and "
        "called for a fresh vote.",
        ("REQUEST", {"GMB"}, {"GMB"}),
    ),  # no one else in the story: a demand on the actor's own country
    (
        "Chileans overwhelmingly rejected a proposed new constitution in a referendum on Sunday.",
        ("REJECT", {"CHL"}, {"CHL"}),
    ),
    (
        "The White House said Tuesday that it was halting U.S. funding for the World Health "
        "Organization.",
        ("SANCTION", {"USA"}, {"WHO"}),
    ),  # the actor's own name on the object is no recipient: look further
    (
        "Former Brazilian President Luiz Inacio Lula da Silva was convicted of corruption and "
        "money laundering on Wednesday.",
        ("SANCTION", {"BRA"}, {"BRA"}),
    ),  # a passive conviction: the courts of the story's country
    (
        "Iceland's Prime Minister Sigmundur David Gunnlaugsson stepped aside on Tuesday.",
        ("RETREAT", {"ISL"}, {"ISL"}),
    ),
    (
        "A Turkish court convicted American pastor Andrew Brunson but sentenced him to time "
        "already served and lifted his house arrest, freeing him to return home.",
        ("RETREAT", {"TUR"}, {"USA"}),
    ),  # lifting a house arrest is a release, not an arrest
    (
        "The U.S. president held talks in Hanoi with President Tran Dai Quang on Monday.",
        ("CONSULT", {"USA"}, {"VNM"}),
    ),  # an unknown counterpart is of the country the talks were held in
    (
        "Arab leaders on Tuesday endorsed Egypt's plan to rebuild Gaza, but Israel's Foreign "
        "Ministry quickly rejected it.",
        ("REJECT", {"ISR"}, {"AL"}),
    ),  # "rejected it": the latest act of another party, not the actor's own country
    (
        "Nigeria's military said on Sunday that troops had rescued 137 pupils and staff kidnapped "
        "by gunmen from a school in Kaduna State.",
        ("AID", {"NGA"}, {"NGA"}),
    ),  # a rescue with no nationality named: the rescuer's own people
    (
        "Suicide bombers struck three churches across Sri Lanka on Easter Sunday, and officials "
        "on Monday blamed a little-known local Islamist group, National Thowheeth Jama'ath.",
        ("ACCUSE", {"LKA"}, {"LKA"}),
    ),  # an unknown group belongs where the story is
    (
        "The United States has completed the withdrawal of its troops from Niger.",
        ("RETREAT", {"USA"}, {"NER"}),
    ),  # who withdraws is in the "of"-phrase; "from" is the place left
    (
        "Chinese President Xi Jinping hosted French President Emmanuel Macron in Beijing on "
        "Thursday.",
        ("CONSULT", {"FRA"}, {"CHN"}),
    ),  # the manual: the visitor is the actor, the host the recipient
    (
        "Russian President Vladimir Putin held talks with North Korean leader Kim Jong Un at the "
        "Vostochny space launch centre in the Amur Region on Wednesday.",
        ("CONSULT", {"PRK"}, {"RUS"}),
    ),  # talks in the actor's own country: the other side is the visitor
    (
        "North Korea fired an intermediate-range ballistic missile over Japan on Tuesday.",
        ("MOBILIZE", {"PRK"}, {"JPN"}),
    ),  # a missile fired over a country or into the sea is a show of force, not an attack
    (
        "Thousands of Lebanese took to the streets on Friday, even after ministers late on "
        "Thursday dropped a plan to tax calls made through WhatsApp.",
        ("CONCEDE", {"LBN"}, {"LBN"}),
    ),  # a plural title is a body of officials ("ministers"), not a titled person
    (
        "Sri Lankan President Gotabaya Rajapaksa revoked a state of emergency late on Tuesday.",
        ("CONCEDE", {"LKA"}, {"LKA"}),
    ),
    (
        "Madagascar's President Andry Rajoelina has dissolved his government, bowing to days of "
        "youth-led street protests.",
        ("CONCEDE", {"MDG"}, {"MDG"}),
    ),  # bowing to protests is yielding
    (
        "U.S. President Donald Trump called Prime Minister Justin Trudeau very dishonest and weak.",
        ("ACCUSE", {"USA"}, {"CAN"}),
    ),  # name-calling is a verbal accusation
    (
        "The first group of Russian warplanes left the Hmeimim air base in Syria on Tuesday and "
        "flew home.",
        ("RETREAT", {"RUS"}, {"SYR"}),
    ),
    (
        "Iran cut off almost all internet access on Saturday as protests spread to dozens of "
        "cities.",
        ("COERCE", {"IRN"}, {"IRN"}),
    ),
    (
        "Former Malaysian prime minister Najib Razak was found guilty on Tuesday of abuse of "
        "power.",
        ("SANCTION", {"MYS"}, {"MYS"}),
    ),
    (
        "A Moscow court on Tuesday ordered Kremlin critic Alexei Navalny to serve about two years"
        " and eight months in a prison camp.",
        ("SANCTION", {"RUS"}, {"RUS"}),
    ),  # a court ordering a prison term sentences, it does not request
    (
        "Malawi's Constitutional Court on Monday annulled the result of last May's presidential "
        "election.",
        ("SANCTION", {"MWI"}, {"MWI"}),
    ),
    (
        "Britain has sent Storm Shadow long-range cruise missiles to Ukraine, the defence "
        "secretary told MPs on Thursday.",
        ("AID", {"GBR"}, {"UKR"}),
    ),
    (
        "Germany on Tuesday handed over 20 Benin Bronzes to Nigeria at a ceremony in Abuja.",
        ("RETREAT", {"DEU"}, {"NGA"}),
    ),  # returning looted property
    (
        "Chinese and Indian frontline troops on the banks of the Pangong Lake began disengagement"
        " on Wednesday.",
        ("RETREAT", {"CHN", "IND"}, set()),
    ),
    (
        "Mexican marines recaptured Joaquin Guzman in a raid on a house in the coastal city of "
        "Los Mochis on Friday.",
        ("COERCE", {"MEX"}, {"MEX"}),
    ),  # recapturing a fugitive is an arrest
    (
        "A Chinese military reconnaissance plane violated Japanese airspace off Nagasaki on "
        "Monday.",
        ("MOBILIZE", {"CHN"}, {"JPN"}),
    ),
    (
        "The United States and Vietnam elevated their ties to a comprehensive strategic "
        "partnership on Sunday.",
        ("SUPPORT", {"USA", "VNM"}, set()),
    ),
    (
        "Congress leader Rahul Gandhi was disqualified as a Member of Parliament on Friday, a day"
        " after a court in Surat convicted him.",
        ("SANCTION", {"IND"}, {"IND"}),
    ),
    (
        "Turkish President Recep Tayyip Erdogan said on Sunday that Turkey could enter Israel.",
        ("THREATEN", {"TUR"}, {"ISR"}),
    ),  # saying one's own side could use force is a threat
    (
        "Chinese President Xi Jinping and U.S. President Joe Biden held talks on the sidelines of "
        "the G20 summit in Bali on Monday.",
        ("CONSULT", {"CHN", "USA"}, set()),
    ),  # a joint act takes no recipient from its setting
    (
        "Pakistan carried out strikes on what it called terrorist hideouts in Iran's "
        "Sistan-Baluchestan province early on Thursday.",
        ("ASSAULT", {"PAK"}, {"IRN"}),
    ),  # "what it called …" names a thing and is no event
    (
        "A Pakistani military court has sentenced Indian national Kulbhushan Jadhav to death.",
        ("SANCTION", {"PAK"}, {"IND"}),
    ),
    (
        "U.S. President Donald Trump said he had instructed U.S. officials not to endorse the G7 "
        "leaders' communique.",
        ("REJECT", {"USA"}, {"G7"}),
    ),  # directing one's own side not to endorse is a refusal; "Indian national X" is Indian
    (
        "India on Monday banned 59 mobile applications with Chinese links, including TikTok.",
        ("SANCTION", {"IND"}, {"CHN"}),
    ),
    (
        "India on Thursday extended a $1 billion line of credit to Sri Lanka to help it import "
        "food.",
        ("AID", {"IND"}, {"LKA"}),
    ),
    (
        "German President Frank-Walter Steinmeier asked Tanzanians for forgiveness on Wednesday "
        "for colonial-era killings.",
        ("CONCEDE", {"DEU"}, {"TZA"}),
    ),  # asking forgiveness is an apology, not a request
    (
        "French special forces freed four hostages in a raid in northern Burkina Faso on Thursday"
        " night.",
        ("AID", {"FRA"}, {"FRA"}),
    ),  # forces freeing hostages is a rescue (AID)
    (
        "China will lift its tariffs on Australian barley from Saturday, Foreign Minister Penny "
        "Wong announced on Friday.",
        ("CONCEDE", {"CHN"}, {"AUS"}),
    ),
    (
        "France handed over its last two military sites in Senegal to the Senegalese army on "
        "Thursday.",
        ("RETREAT", {"FRA"}, {"SEN"}),
    ),
    (
        "The International Monetary Fund's executive board on Friday approved a $3 billion "
        "extended arrangement for Egypt, allowing an immediate disbursement.",
        ("AID", {"IMF"}, {"EGY"}),
    ),  # a consequence introduced by 'allowing' is no concession
    (
        "Prime Minister Prayut Chan-o-cha on Thursday revoked the state of emergency he had "
        "imposed on Bangkok.",
        ("CONCEDE", {"THA"}, {"THA"}),
    ),  # a hyphenated surname is still a name
    (
        "Tens of thousands of Georgians marched through central Tbilisi on Saturday against a "
        "Russian-style foreign agents bill.",
        ("PROTEST", {"GEO"}, {"GEO"}),
    ),  # 'Russian-style' names no party
    (
        "Hungary's parliament on Tuesday passed a law banning Pride events and allowing police to"
        " use facial recognition.",
        ("COERCE", {"HUN"}, {"HUN"}),
    ),
    (
        "Former Peruvian President Alejandro Toledo arrived in Lima on Sunday after being "
        "extradited from the United States to face charges.",
        ("COOPERATE", {"USA"}, {"PER"}),
    ),  # "after being extradited": the subject is the one handed over, the origin the actor
    (
        "North Korea fired a ballistic missile toward the Sea of Japan on Thursday.",
        ("MOBILIZE", {"PRK"}, set()),
    ),
    (
        "Kim Jong Un paid an unofficial visit to China on Monday at the invitation of Xi Jinping.",
        ("CONSULT", {"PRK"}, {"CHN"}),
    ),  # "paid a visit": a light verb; the invitation it came at is no separate demand
    (
        "U.S.-led coalition aircraft struck Syrian army positions near Deir al-Zor airport.",
        ("ASSAULT", {"USA"}, {"SYR"}),
    ),  # "U.S.-led" is split so the leader is seen
    (
        "Heavy fighting between government troops and rebels raged across Juba, South Sudan, "
        "on Sunday.",
        ("ASSAULT", {"SSD"}, {"SSD"}),
    ),
    (
        "Fighting broke out between Tajik and Kyrgyz border guards on Thursday.",
        ("ASSAULT", {"TJK", "KGZ"}, set()),
    ),  # "between" hung on the verb the fighting is the subject of
    (
        "Russia warned on Thursday that it would strengthen its forces in the Baltic region if "
        "Finland and Sweden joined NATO.",
        ("THREATEN", {"RUS"}, {"FIN", "SWE"}),
    ),  # a threat is aimed at the subject of its condition
    (
        "Secretary of State Mike Pompeo said on Thursday that Iran was responsible for attacks "
        "on two oil tankers in the Gulf of Oman.",
        ("ACCUSE", {"USA"}, {"IRN"}),
    ),
    (
        "The Israel Defense Forces said on Monday it had called up 300,000 reservists in 48 "
        "hours, as troops massed near the Gaza Strip.",
        ("MOBILIZE", {"ISR"}, {"PSE"}),
    ),  # the reservists called up are the forces, not the target
    (
        "The U.S. military on Thursday dropped its largest non-nuclear bomb on a network of "
        "caves in eastern Afghanistan.",
        ("ASSAULT", {"USA"}, {"AFG"}),
    ),
    (
        "Russia's Supreme Court on Tuesday ordered the closure of Memorial International, the "
        "country's most prominent human rights group.",
        ("COERCE", {"RUS"}, {"RUS"}),
    ),
    (
        "The government on Friday granted a special pardon to former President Park Geun-hye.",
        ("CONCEDE", {"KOR"}, {"KOR"}),
    ),
    (
        "President Biden on Thursday gave his full backing to Finland's and Sweden's bids to "
        "join NATO.",
        ("SUPPORT", {"USA"}, {"FIN", "SWE"}),
    ),
    (
        "China will impose temporary anti-dumping deposits of up to 212% on Australian wine "
        "from Saturday, its commerce ministry said on Friday.",
        ("SANCTION", {"CHN"}, {"AUS"}),
    ),  # a measure with the day it takes effect is decided, not threatened
    (
        "Japan has urged China to release a Japanese employee of drugmaker Astellas Pharma who "
        "was detained in Beijing this month.",
        ("COERCE", {"CHN"}, {"JPN"}),
    ),  # "who" stands for the employee, a Japanese
    (
        "President Gotabaya Rajapaksa asked China to restructure Sri Lanka's debt repayments "
        "during talks with visiting Foreign Minister Wang Yi in Colombo on Sunday.",
        ("CONSULT", {"CHN"}, {"LKA"}),
    ),  # talks "during" which a request was made took place (the visitor is the actor)
    (
        "Paris (AFP) - Iran on Thursday carried out the first known execution linked to the "
        "protests that have swept the country since September.",
        ("ASSAULT", {"IRN"}, {"IRN"}),
    ),  # an execution is targeted ASSAULT on the state's own people, not the dateline's
    (
        "A Singaporean man was executed on Wednesday for drug trafficking.",
        ("ASSAULT", {"SGP"}, {"SGP"}),
    ),
    (
        "China said on Wednesday that the United States had ordered it to close its consulate "
        "general in Houston.",
        ("SANCTION", {"USA"}, {"CHN"}),
    ),  # an object pronoun is not its own clause's subject; ordering a mission shut expels it
    (
        "Foreign ministry spokesman Wang Wenbin said China would react with firm "
        "countermeasures to the closure.",
        ("THREATEN", {"CHN"}, set()),
    ),
    (
        "British Royal Marines helped authorities in Gibraltar seize a supertanker on Thursday "
        "that was suspected of carrying Iranian crude oil to Syria.",
        ("COERCE", {"GBR"}, {"IRN"}),
    ),  # the helper acts when the helped are unnamed
    (
        "The Saudi-led military coalition fighting in Yemen said on Monday it would close all "
        "ports. The coalition said the missile was supplied by Iran, calling it a direct military "
        "aggression by Tehran.",
        ("ACCUSE", {"SAU"}, {"IRN"}),
    ),  # "the coalition" is the last coalition named with its country
    (
        "Mali's military government said on Monday that 49 Ivorian soldiers arrested at Bamako "
        "airport on Sunday were mercenaries.",
        ("COERCE", {"MLI"}, {"CIV"}),
    ),  # a participle dated to its own day is news; the soldiers are the ones held
    (
        "An El Al plane landed in Abu Dhabi on Monday in the first direct commercial flight "
        "between Israel and the United Arab Emirates.",
        ("COOPERATE", {"ISR", "ARE"}, set()),
    ),
    (
        "Russian gas began flowing to China through the Power of Siberia pipeline on Monday.",
        ("COOPERATE", {"RUS"}, {"CHN"}),
    ),
    (
        "Israel began pumping natural gas to Egypt on Wednesday under a $15 billion export deal.",
        ("COOPERATE", {"ISR"}, {"EGY"}),
    ),
    (
        "Russia and Turkey on Wednesday formally launched the TurkStream pipeline.",
        ("COOPERATE", {"RUS", "TUR"}, set()),
    ),
    (
        "Donald Trump on Saturday demanded that the BRICS countries commit to not creating a new "
        "currency, warning that they would otherwise face 100% tariffs.",
        ("THREATEN", {"USA"}, {"BRICS"}),
    ),  # a spoken aside hung on a demanded clause is the demander's own act
    (
        "North Korea fired a ballistic missile, possibly a new type of intercontinental ballistic "
        "missile, toward the Sea of Japan on Thursday.",
        ("MOBILIZE", {"PRK"}, set()),
    ),  # the sea named beside the missile's apposition still makes it a launch, not an attack
    (
        "North Korea fired a ballistic missile that flew over Hokkaido early Tuesday before "
        "falling into the Pacific Ocean.",
        ("MOBILIZE", {"PRK"}, {"JPN"}),
    ),
    (
        "Theresa May has said it is highly likely that Russia was responsible for the nerve agent "
        "attack on former spy Sergei Skripal and his daughter in Salisbury.",
        ("ACCUSE", {"GBR"}, {"RUS"}),
    ),  # "it is likely that" is still what the speaker said
    (
        "Democratic Party leader Lee Jae-myung was stabbed in the neck by a man posing as a "
        "supporter in Busan on Tuesday.",
        ("ASSAULT", {"KOR"}, {"KOR"}),
    ),
    (
        "China's military launched a new round of exercises in the Taiwan Strait on "
        "Wednesday, a day after surrounding Taiwan with warships.",
        ("MOBILIZE", {"CHN"}, {"TWN"}),
    ),
    (
        "A Beijing court has handed Australian writer Yang Hengjun a suspended death sentence"
        " on espionage charges.",
        ("SANCTION", {"CHN"}, {"AUS"}),
    ),
    (
        "Britain's home secretary on Friday approved the extradition of WikiLeaks founder "
        "Julian Assange to the United States.",
        ("COOPERATE", {"GBR"}, {"USA"}),
    ),
    (
        "Paraguay opened its embassy in Jerusalem on Monday.",
        ("SUPPORT", {"PRY"}, {"ISR"}),
    ),
    (
        "Pakistan's Supreme Court has acquitted Asia Bibi, a Christian woman sentenced to "
        "death for blasphemy.",
        ("CONCEDE", {"PAK"}, {"PAK"}),
    ),  # acquittals are CONCEDE in the manual
    (
        "Germany ordered a Vietnamese intelligence officer at the embassy to leave the "
        "country within 48 hours.",
        ("SANCTION", {"DEU"}, {"VNM"}),
    ),
    (
        "The Israeli military said on Wednesday it was calling up two reserve brigades, after"
        " Hezbollah fired a missile toward Tel Aviv.",
        ("MOBILIZE", {"ISR"}, {"LBN"}),
    ),
    (
        "A Guatemalan judge on Wednesday ordered the suspension of the legal status of the "
        "Semilla party.",
        ("COERCE", {"GTM"}, {"GTM"}),
    ),
    (
        "Islamist insurgents attacked the northern Mozambican town of Palma on Wednesday.",
        ("ASSAULT", {"MOZ"}, {"MOZ"}),
    ),  # a town named with its country is not its larger namesake
    (
        "Saudi Arabia and the United Arab Emirates on Sunday announced a joint "
        "3-billion-U.S.-dollar aid package for Sudan.",
        ("AID", {"SAU", "ARE"}, {"SDN"}),
    ),  # a currency names no party
    (
        "Ukraine's Security Service struck 41 Russian military aircraft at four air bases "
        "deep inside Russia on June 1.",
        ("ASSAULT", {"UKR"}, {"RUS"}),
    ),  # an unknown body owned by a state acts for it
    (
        "Egyptian warplanes bombed Islamic State targets in neighbouring Libya on Monday.",
        ("ASSAULT", {"EGY"}, {"LBY"}),
    ),  # a transnational group is coded where it acts
    (
        "The Council of Europe expelled Russia on Wednesday over its invasion of Ukraine.",
        ("SANCTION", {"COE"}, {"RUS"}),
    ),  # an organisation expelling a member
    (
        "Prime Minister Shinzo Abe expressed deep remorse on Friday for the suffering Japan "
        "inflicted on its Asian neighbours, including China and South Korea.",
        ("CONCEDE", {"JPN"}, {"CHN"}),
    ),
    (
        "The UN human rights office said on Wednesday that China's detention of Uyghurs in "
        "Xinjiang may amount to crimes against humanity.",
        ("ACCUSE", {"OHCHR"}, {"CHN"}),
    ),  # a hedged finding is still said
    (
        "Artillery shells struck a tourist resort in Zakho in the Kurdistan Region on "
        "Wednesday, killing nine civilians. Baghdad blamed Turkish forces for the attack and "
        "summoned Turkey's envoy.",
        ("ASSAULT", {"TUR"}, {"IRQ"}),
    ),  # an attack with no attacker named takes the one blamed for it
    (
        "Israel blamed Hezbollah and warned the terror group would pay a heavy price; "
        "Hezbollah denied it was behind the strike.",
        ("ACCUSE", {"ISR"}, {"LBN"}),
    ),  # a semicolon ends a clause the parser would otherwise nest
    (
        "The International Criminal Court's prosecutor said on Wednesday he was seeking an "
        "arrest warrant for Myanmar's military leader Min Aung Hlaing.",
        ("ACCUSE", {"ICC"}, {"MMR"}),
    ),  # "he" is the prosecutor just named
    (
        "Russia has completed the delivery of S-300 air defence systems to Syria, Defence "
        "Minister Sergei Shoigu said on Tuesday.",
        ("AID", {"RUS"}, {"SYR"}),
    ),
    (
        "Sudan's government on Saturday suspended its membership in the East African bloc IGAD.",
        ("SANCTION", {"SDN"}, {"IGAD"}),
    ),
    (
        "President Moon Jae-in and U.S. President Donald Trump signed a revised version of "
        "their countries' free trade agreement on Monday on the sidelines of the UN General "
        "Assembly.",
        ("SUPPORT", {"KOR", "USA"}, set()),
    ),  # two subjects split by the parser are still both parties
    (
        "Russia has banned eight officials of European Union countries and institutions from "
        "entering its territory.",
        ("SANCTION", {"RUS"}, {"EU"}),
    ),
    (
        "President Joe Biden will remove Cuba from the U.S. list of state sponsors of "
        "terrorism, the White House said on Tuesday.",
        ("CONCEDE", {"USA"}, {"CUB"}),
    ),  # an announced easing is CONCEDE
    (
        "A free trade agreement between Canada and the European Union provisionally took "
        "effect on Thursday.",
        ("COOPERATE", {"CAN", "EU"}, set()),
    ),
    (
        "Chinese President Xi Jinping and Serbian President Aleksandar Vucic signed a joint "
        "statement on Wednesday on deepening their partnership.",
        ("SUPPORT", {"CHN", "SRB"}, set()),
    ),
    (
        "Japan said on Monday it will tighten controls on exports to South Korea of three "
        "materials used to make smartphone displays from Thursday.",
        ("SANCTION", {"JPN"}, {"KOR"}),
    ),  # the start day hangs on the object
    (
        "Indian Air Force jets struck the largest training camp of the Jaish-e-Mohammed in "
        "Balakot, Pakistan, before dawn on Tuesday.",
        ("ASSAULT", {"IND"}, {"PAK"}),
    ),  # a state's own insurgents hit abroad are coded where they were hit
    (
        "Turkish warplanes struck PKK targets in northern Iraq on Friday.",
        ("ASSAULT", {"TUR"}, {"IRQ"}),
    ),
    (
        "King Charles has expressed deep sorrow and regret for the wrongs committed against "
        "Kenyans during their struggle for independence.",
        ("CONCEDE", {"GBR"}, {"KEN"}),
    ),  # "regret" read as a verb by the parser is still the expressed regret
    (
        "Hamas political leader Ismail Haniyeh was killed in an Israeli strike on his residence "
        "in Tehran early on Wednesday.",
        ("ASSAULT", {"ISR"}, {"PSE", "IRN"}),
    ),  # a strike a state carries out is an attack, not a labour strike
    (
        "U.S. tariffs of 25 per cent on Canadian imports took effect on Tuesday, and Prime "
        "Minister Justin Trudeau immediately hit back with counter-tariffs on American goods.",
        ("SANCTION", {"CAN"}, {"USA"}),
    ),
    (
        "U.S. tariffs on $34 billion of Chinese imports took effect on Friday, and Beijing said "
        "it had been forced to hit back with duties of the same scale on American goods.",
        ("SANCTION", {"CHN"}, {"USA"}),
    ),  # "had been forced to" did it
    (
        "Barack Obama became the first sitting U.S. president to visit Hiroshima on Friday, "
        "laying a wreath at the cenotaph alongside Prime Minister Shinzo Abe.",
        ("CONSULT", {"USA"}, {"JPN"}),
    ),  # the first to visit did visit, though the parser hangs the infinitive off the verb
    (
        "Brittney Griner, the American basketball star jailed in Russia for nearly 10 months, "
        "was freed on Thursday in a prisoner swap.",
        ("RETREAT", {"RUS"}, {"USA"}),
    ),  # "in a prisoner swap" names no party, so the release is not left to the swap
    (
        "German police detained former Catalan leader Carles Puigdemont on Sunday shortly after "
        "he crossed into Schleswig-Holstein from Denmark.",
        ("COERCE", {"DEU"}, {"ESP"}),
    ),  # a regional demonym names the state that holds the region
    (
        "The European Union fined Google a record 4.34 billion euros on Wednesday for abusing "
        "the dominance of its Android operating system.",
        ("SANCTION", {"EU"}, {"GOOGLE"}),
    ),
    (
        "WASHINGTON — A federal grand jury indicted 12 Russian military intelligence officers on "
        "Friday on charges of hacking the Democratic National Committee, the Justice Department "
        "said.",
        ("ACCUSE", {"USA"}, {"RUS"}),
    ),
    (
        "President Donald Trump's administration increased duties on $200 billion of Chinese "
        "imports on Friday.",
        ("SANCTION", {"USA"}, {"CHN"}),
    ),
    (
        "U.S. President Donald Trump held talks with leader Kim Jong-un at Panmunjom, where the "
        "two agreed to restart stalled nuclear negotiations within weeks.",
        ("AGREE", {"USA", "PRK"}, set()),
    ),  # "the two" alone is the pair just named
    (
        "German police arrested three German citizens on Monday on suspicion of spying for "
        "China, federal prosecutors said.",
        ("COERCE", {"DEU"}, {"CHN"}),
    ),  # a spy is arrested as the agent of the state served
    (
        "China test-fired an intercontinental ballistic missile carrying a dummy warhead into the "
        "Pacific Ocean on Wednesday.",
        ("MOBILIZE", {"CHN"}, set()),
    ),  # a test launch is a show of capability, not an attack
    (
        "Eleven Pacific Rim countries including Japan, Canada and Mexico signed a sweeping trade "
        "pact in the Chilean capital on Thursday.",
        ("SUPPORT", {"JPN", "CAN", "MEX"}, set()),
    ),  # "countries including X, Y and Z": those named
    (
        "Fifteen Asia-Pacific countries, the 10 ASEAN members together with China and Japan, "
        "signed the Regional Comprehensive Economic Partnership on Sunday.",
        ("SUPPORT", {"ASEAN", "CHN", "JPN"}, set()),
    ),  # a subject split in two by the parser: the half that names someone
    (
        "Gunmen dressed as traditional hunters killed at least 134 villagers in the central "
        "Malian village of Ogossagou on Saturday, local officials said.",
        ("ASSAULT", {"MLI"}, {"MLI"}),
    ),  # a nationality on the settlement names where it happened
    (
        "U.S.-backed Syrian Democratic Forces declared victory over Islamic State on Saturday "
        "after capturing its last enclave at Baghouz in eastern Syria.",
        ("ASSAULT", {"SYR"}, {"SYR"}),
    ),
    (
        "Southern separatists seized control of the Yemeni government's interim seat in Aden "
        "on Saturday after four days of fighting.",
        ("ASSAULT", {"YEM"}, {"YEM"}),
    ),  # armed men seizing control of a seat of government use force
    (
        "Rwandan and Mozambican troops have recaptured the port town of Mocimboa da Praia from "
        "Islamist insurgents, Rwanda's army said on Sunday.",
        ("ASSAULT", {"RWA", "MOZ"}, {"MOZ"}),
    ),  # "da Praia" ends a town's name: no Cape Verdean capital
    (
        "Poland raised the combat readiness of some military units on Tuesday night after a "
        "missile struck a village near the Ukrainian border, and the foreign ministry summoned "
        "Russia's ambassador.",
        ("ACCUSE", {"POL"}, {"RUS"}),
    ),  # an unnamed ministry in a coordinated clause belongs to the first clause's state
    (
        "Defense Secretary Delfin Lorenzana on Wednesday condemned the crew of a Chinese vessel "
        "that rammed and sank a Filipino fishing boat near Reed Bank.",
        ("ACCUSE", {"PHL"}, {"CHN"}),
    ),  # an unnamed official condemning a foreign crew is not of that country
    (
        "Jody Wilson-Raybould resigned from Prime Minister Justin Trudeau's cabinet on Tuesday.",
        ("RETREAT", {"CAN"}, {"CAN"}),
    ),
    (
        "SAN JUAN, Puerto Rico (AP) — Gov. Ricardo Rosselló announced late Wednesday that he "
        "will resign, bowing to nearly two weeks of massive street protests.",
        ("CONCEDE", {"USA"}, {"USA"}),
    ),  # "San Juan, Puerto Rico" is no Philippine town; "Gov." is a title
    (
        "Bhutan on Thursday said China's construction of a road in the Doklam area was a direct "
        "violation of agreements between the two countries and urged Beijing to restore the "
        "status quo.",
        ("REQUEST", {"BTN"}, {"CHN"}),
    ),  # the urging is the speaker's, not the road's
    (
        "The United States said on Wednesday it was removing Turkey from the F-35 fighter jet "
        "program. Turkey's foreign ministry called the step unfair.",
        ("ACCUSE", {"TUR"}, {"USA"}),
    ),
    (
        "The United States said on Wednesday it was removing Turkey from the F-35 fighter jet "
        "program.",
        ("SANCTION", {"USA"}, {"TUR"}),
    ),
    (
        "TOKYO, July 4 Kyodo - Japan began restricting exports to South Korea of three "
        "materials vital for making semiconductors on Thursday.",
        ("SANCTION", {"JPN"}, {"KOR"}),
    ),
    (
        "Iran will exceed the limit on its stockpile of enriched uranium within 10 days, the "
        "spokesman for its atomic energy organisation said on Monday, urging Britain, France and "
        "Germany to act quickly.",
        ("REQUEST", {"IRN"}, {"GBR", "FRA", "DEU"}),
    ),  # the spokesman for a body speaks for its state
    (
        "Turkish police have detained the director of Amnesty International in Turkey and nine "
        "other human rights activists on Wednesday, the rights group said, demanding their "
        "immediate and unconditional release.",
        ("REQUEST", {"AMN"}, {"TUR"}),
    ),  # "the rights group" is the body just named
    (
        "MANAGUA, Nicaragua (AP) — Nicaragua said Friday it was withdrawing from the "
        "Organization of American States. Foreign Minister Denis Moncada denounced the OAS as "
        "an instrument of U.S. interference.",
        ("ACCUSE", {"NIC"}, {"OAS"}),
    ),  # a dateline heading the first sentence; "Foreign Minister" is no foreigner
    (
        "Suicide bombers attacked three churches in the Indonesian city of Surabaya on Sunday, "
        "killing at least a dozen people, police said. Authorities blamed Jemaah Ansharut "
        "Daulah, a local network that has pledged allegiance to Islamic State.",
        ("ASSAULT", {"IDN"}, {"IDN"}),
    ),  # a blamed transnational group is coded where it struck
    (
        "The Czech Republic and Hungary voted against the scheme, while Finland abstained.",
        ("REJECT", {"CZE", "HUN"}, set()),
    ),  # the state in a contrasting clause is no recipient
    (
        "French Prime Minister Edouard Philippe announced on Tuesday a six-month suspension of "
        "planned increases in fuel taxes, after three weeks of protests.",
        ("CONCEDE", {"FRA"}, {"FRA"}),
    ),  # pausing a contested tax rise concedes
    (
        "Brazil on Monday rejected $20 million in aid offered by the Group of Seven nations to "
        "help fight fires raging in the Amazon rainforest.",
        ("AGREE", {"G7"}, {"BRA"}),
    ),  # the offer named by its maker is news too; "the G7 nations" are the G7
    (
        "Rishi Sunak and the European Commission president, Ursula von der Leyen, agreed a deal "
        "on Monday to overhaul post-Brexit trading arrangements, unveiling the Windsor framework "
        "after talks in the Berkshire town.",
        ("CONSULT", {"GBR", "EC"}, set()),
    ),  # the clause above names who talked
    (
        "Chinese President Xi Jinping warned U.S. President Joe Biden on Thursday that those who "
        "play with fire will get burned, in a phone call of more than two hours.",
        ("CONSULT", {"CHN"}, {"USA"}),
    ),  # the call hangs in the warning's content but took place
    (
        "India on Monday carried out the first flight test of an indigenously developed Agni-5 "
        "missile, Prime Minister Narendra Modi said.",
        ("MOBILIZE", {"IND"}, set()),
    ),
    (
        "India on Tuesday dispatched search and rescue teams and relief material to "
        "earthquake-hit Turkey aboard Indian Air Force aircraft.",
        ("AID", {"IND"}, {"TUR"}),
    ),
    (
        "The United States on Thursday recognized Venezuelan opposition candidate Edmundo "
        "González as the winner of last Sunday's presidential election.",
        ("SUPPORT", {"USA"}, {"VEN"}),
    ),
    (
        "Brazil recalled its ambassador to Israel on Monday after the Israeli government "
        "declared President Luiz Inacio Lula da Silva persona non grata.",
        ("SANCTION", {"ISR"}, {"BRA"}),
    ),  # the name parsed as a modifier of "persona"
    (
        "SANTO DOMINGO, Dominican Republic (AP) — The Dominican Republic shut all its land, sea "
        "and air borders with Haiti on Friday.",
        ("SANCTION", {"DOM"}, {"HTI"}),
    ),
    (
        "The International Court of Justice said on Friday that Israel's occupation of "
        "Palestinian territories is unlawful and should end as rapidly as possible.",
        ("ACCUSE", {"ICJ"}, {"ISR", "PSE"}),
    ),  # a finding that a party's act is unlawful
    (
        "Burkina Faso's military summarily executed at least 223 villagers in two villages in the "
        "country's north on Feb. 25, Human Rights Watch said on Thursday in a report.",
        ("ACCUSE", {"HRW"}, {"BFA"}),
    ),  # a monitoring body's report accuses the authors of the abuses it documents
    (
        "Burkina Faso's military summarily executed at least 223 villagers in two villages in the "
        "country's north on Feb. 25, Human Rights Watch said on Thursday in a report.",
        ("ASSAULT", {"BFA"}, {"BFA"}),
    ),  # and what it newly reports is news, not background, though two months old
    (
        "German authorities have arrested an employee of the BND foreign intelligence service on "
        "suspicion of passing state secrets to Russia, federal prosecutors said Thursday.",
        ("COERCE", {"DEU"}, {"RUS"}),
    ),
    (
        "GOMA, DR Congo, Dec. 23 (Xinhua) -- The March 23 Movement (M23) rebels on Friday handed "
        "over the town of Kibumba in North Kivu province to the East African Community regional "
        "force.",
        ("RETREAT", {"COD"}, {"EAC"}),
    ),
    (
        "The European Commission on Wednesday triggered an unprecedented procedure against Poland "
        "that could ultimately strip it of its voting rights in the EU. Warsaw dismissed the move "
        "as political.",
        ("REJECT", {"POL"}, {"EC"}),
    ),
    (
        "The European Commission on Wednesday triggered an unprecedented procedure against Poland "
        "that could ultimately strip it of its voting rights in the EU.",
        ("ACCUSE", {"EC"}, {"POL"}),
    ),
    (
        "Thousands of teachers walked off the job on Monday in Chicago, demanding higher pay.",
        ("PROTEST", {"USA"}, {"USA"}),
    ),
    (
        "TOKYO, Nov. 10 Kyodo - Japan said Monday it had lodged a strong protest with China over "
        "a social media post on Saturday by Beijing's consul general in Osaka.",
        ("ACCUSE", {"JPN"}, {"CHN"}),
    ),  # a "by" hung on an active verb with its own subject is no agent
    (
        "Greece on Friday condemned Turkey's decision to convert Istanbul's Hagia Sophia back "
        "into a mosque, with Culture Minister Lina Mendoni calling it an open provocation.",
        ("ACCUSE", {"GRC"}, {"TUR"}),
    ),
    (
        "MOSCOW, October 20. /TASS/. A Taliban delegation took part in Moscow format "
        "consultations on Afghanistan on Wednesday, where Foreign Minister Sergey Lavrov urged "
        "the movement's new government to become truly inclusive.",
        ("REQUEST", {"RUS"}, {"AFG"}),
    ),  # "the movement" is the group just named
    (
        "KINSHASA, Jan 28 (Reuters) - Protesters angry at the fall of Goma to M23 rebels attacked "
        "the embassies of Rwanda, France, Belgium and the United States in Kinshasa on Tuesday.",
        ("PROTEST", {"COD"}, {"RWA", "FRA", "BEL", "USA"}),
    ),
    (
        "Thousands of supporters of Niger's new military rulers rallied in Niamey on Sunday, some "
        "trying to force their way into the French embassy.",
        ("PROTEST", {"NER"}, {"FRA"}),
    ),  # a crowd at an embassy protests against its state
    (
        "The U.S. Senate voted 95-1 on Wednesday to approve NATO membership for Finland and "
        "Sweden.",
        ("SUPPORT", {"USA"}, {"FIN", "SWE"}),
    ),
    (
        "Prime Minister Hun Manet has nominated US President Donald Trump for the Nobel Peace "
        "Prize, according to a letter released on Thursday.",
        ("SUPPORT", {"KHM"}, {"USA"}),
    ),
    (
        "Foreign Minister Radosław Sikorski on Tuesday ordered the closure of Russia's consulate "
        "in Poznań. New Zealand said on Tuesday that a Chinese state-sponsored hacking group "
        "known as APT40 was behind a 2021 intrusion into its parliamentary network.",
        ("ACCUSE", {"NZL"}, {"CHN"}),
    ),  # saying a party was behind an attack accuses it
    (
        "Russia said on Monday it was pulling out of peace treaty talks with Japan.",
        ("REJECT", {"RUS"}, {"JPN"}),
    ),  # "of" hangs on "out"
    (
        "BUENOS AIRES, Dec 12 (Reuters) - Bolivia's former President Evo Morales arrived in "
        "Argentina from Mexico on Thursday and was granted refugee status.",
        ("AID", {"ARG"}, {"BOL"}),
    ),  # a passive sharing its subject acts on that subject
    (
        "ZURICH, May 26 (Reuters) - Switzerland broke off talks with the European Union on "
        "Wednesday on a framework treaty meant to govern their relations.",
        ("REJECT", {"CHE"}, {"EU"}),
    ),  # breaking off talks rejects them; breaking off relations stays SANCTION
    (
        "Saudi Arabia broke off diplomatic relations with Iran on Sunday.",
        ("SANCTION", {"SAU"}, {"IRN"}),
    ),
    (
        "Ontario police arrested at least 10 people on Monday as they moved to clear a rail "
        "blockade by Mohawk protesters.",
        ("COERCE", {"CAN"}, {"CAN"}),
    ),  # the province, not Ontario, California
    (
        "Tens of thousands of people marched through Valencia on Saturday to demand the "
        "resignation of the regional president.",
        ("PROTEST", {"ESP"}, {"ESP"}),
    ),  # the Spanish city, not the larger Venezuelan one
    (
        "Thousands of students rallied outside the House of Representatives in Jakarta on "
        "Thursday, tearing down part of its fence.",
        ("PROTEST", {"IDN"}, {"IDN"}),
    ),  # a seat placed by its city, before a pronoun copies its default country
    (
        "Business and civic leaders in Santa Cruz launched an indefinite strike on Saturday, "
        "blocking roads and closing shops.",
        ("PROTEST", {"BOL"}, {"BOL"}),
    ),  # launching a strike its modifier calls a labour strike
    (
        "Ukraine's parliament on Wednesday ratified the Rome Statute of the International "
        "Criminal Court.",
        ("SUPPORT", {"UKR"}, {"ICC"}),
    ),  # a capital naming a text is no party
    (
        "The Criminal Court on Friday acquitted former prime minister Thaksin Shinawatra of "
        "insulting the monarchy.",
        ("CONCEDE", {"THA"}, {"THA"}),
    ),  # a court, not criminals; a former leader tells where the story is
    (
        "A Dhaka court on Thursday sentenced BNP Chairperson Khaleda Zia to five years' rigorous "
        "imprisonment in the graft case.",
        ("COERCE", {"BGD"}, {"BGD"}),
    ),  # the manual: a conviction that results in imprisonment is also COERCE (arrest)
    (
        "Russian border guards seized three Ukrainian navy ships off Crimea on Sunday, in a "
        "confrontation near the Kerch Strait that Kiev called an act of armed aggression.",
        ("ACCUSE", {"UKR"}, {"RUS"}),
    ),  # a relative clause naming the confrontation an aggression
    (
        "Foreign Minister Radoslaw Sikorski on Tuesday ordered the closure of Russia's consulate "
        "in Poznan, saying Moscow was behind sabotage attempts in Poland.",
        ("ACCUSE", {"POL"}, {"RUS"}),
    ),  # "saying" with no subject of its own: the one who ordered says it
    (
        "Foreign Minister Radoslaw Sikorski on Tuesday ordered the closure of Russia's consulate "
        "in Poznan.",
        ("SANCTION", {"POL"}, {"RUS"}),
    ),  # closing a foreign mission expels it
    (
        "The United States on Thursday suspended security assistance to Pakistan, saying "
        "Islamabad had failed to take decisive action against the Afghan Taliban.",
        ("ACCUSE", {"USA"}, {"PAK"}),
    ),  # saying a party failed to act criticises it
    (
        "The United States is monitoring a large Serbian military deployment along the border "
        "with Kosovo, the White House said on Friday.",
        ("MOBILIZE", {"SRB"}, {"KOS"}),
    ),  # a deployment along the border with a state is aimed at it
    (
        "Two Russian long-range bombers were intercepted by Canadian fighter jets near Alaska on "
        "Wednesday.",
        ("MOBILIZE", {"CAN"}, {"RUS"}),
    ),
    (
        "China's Southern Theater Command said it had staged air and naval combat readiness "
        "patrols near the Philippines on Sunday.",
        ("MOBILIZE", {"CHN"}, {"PHL"}),
    ),
    (
        "Two Russian Tu-160 strategic bombers landed at Venezuela's main airport near Caracas "
        "on Monday.",
        ("MOBILIZE", {"RUS"}, {"VEN"}),
    ),
    (
        "Demonstrators in Agartala forced their way into the compound of Bangladesh's mission on "
        "Monday.",
        ("PROTEST", {"IND"}, {"BGD"}),
    ),  # protesters forcing their way in protest; others seize
    (
        "A Peruvian court on Monday sentenced former President Alejandro Toledo to 20 years in "
        "prison for taking bribes from Brazilian construction firm Odebrecht.",
        ("SANCTION", {"PER"}, {"PER"}),
    ),  # a surname after a title and a given name is no city (Toledo, Ohio)
    (
        "Prime Minister Rosen Zhelyazkov announced the resignation of his government on "
        "Thursday, a day after tens of thousands of people rallied in Sofia against the budget.",
        ("PROTEST", {"BGR"}, {"BGR"}),
    ),  # a clause of time is no content of the noun the parser hangs it on
    (
        "Thailand's parliament on Thursday failed to elect Pita Limjaroenrat as prime minister, "
        "with the military-appointed Senate largely voting against him.",
        ("REJECT", {"THA"}, {"THA"}),
    ),  # a shared seat name takes the state that owns the legislature named before it
    (
        "Paraguayan President Santiago Pena inaugurated his country's embassy in Jerusalem on "
        "Thursday.",
        ("SUPPORT", {"PRY"}, {"ISR"}),
    ),
    (
        "Hong Kong police fired tear gas at protesters who surrounded the city's legislature on "
        "Wednesday, forcing lawmakers to postpone debate on a bill that would allow extraditions "
        "to mainland China.",
        ("ASSAULT", {"HKG"}, {"HKG"}),
    ),  # police fire at the crowd before them, not at a state named further on
    (
        "Japan said Friday it will phase out imports of Russian coal, as Prime Minister Fumio "
        "Kishida stepped up sanctions on Moscow over the killing of civilians in the Ukrainian "
        "town of Bucha.",
        ("SANCTION", {"JPN"}, {"RUS"}),
    ),
    (
        "Two Americans accused of helping Carlos Ghosn flee Japan were handed over to Tokyo "
        "prosecutors on Tuesday after being extradited from the United States.",
        ("COOPERATE", {"USA"}, {"JPN"}),
    ),  # the state that receives the fugitive, named on the verb the clause hangs on
    (
        "Ten Chinese and Russian warships sailed together through the Tsugaru Strait on Monday.",
        ("COOPERATE", {"CHN", "RUS"}, set()),
    ),  # moving together is military cooperation
    (
        "Prime Minister Benjamin Netanyahu responded by ordering Israel's embassy in Asuncion to "
        "close.",
        ("SANCTION", {"ISR"}, {"PRY"}),
    ),  # closing one's own mission hits the host
    (
        "German Chancellor Olaf Scholz held talks with Brazilian President Luiz Inacio Lula da "
        "Silva in Brasilia on Monday, but Lula turned down Berlin's request to supply ammunition.",
        ("REJECT", {"BRA"}, {"DEU"}),
    ),
    (
        "China has formally applied to join the Comprehensive and Progressive Agreement for "
        "Trans-Pacific Partnership.",
        ("REQUEST", {"CHN"}, {"CPTPP"}),
    ),
    (
        "Chinese coast guard ships blasted water cannon at Philippine supply boats near Ayungin "
        "Shoal on Sunday.",
        ("ASSAULT", {"CHN"}, {"PHL"}),
    ),
    (
        "Greece is expelling two Russian diplomats, accusing them of trying to bribe officials, a "
        "senior government official said on Wednesday.",
        ("ACCUSE", {"GRC"}, {"RUS"}),
    ),  # the named state accuses, not the unnamed official who reports it
    (
        "Hours later, Poroshenko's security council asked the United Nations for a peacekeeping "
        "mission.",
        ("REQUEST", {"UKR"}, {"UN"}),
    ),  # a name written small is no UN organ
    (
        "Russia's communications watchdog Roskomnadzor began blocking the Telegram messaging app "
        "on Monday.",
        ("COERCE", {"RUS"}, {"TELEGRAM"}),
    ),  # a subject the parser split in two
    (
        "Taiwan lost another diplomatic ally on Thursday after Burkina Faso announced it was "
        "severing ties. Foreign Minister Joseph Wu said Taipei was terminating relations with the "
        "West African nation immediately, less than a month after the Dominican Republic switched "
        "to China.",
        ("SANCTION", {"TWN"}, {"BFA"}),
    ),  # "the West African nation": the last country named in that region
    (
        "El Salvador established diplomatic relations with China on Tuesday and dropped Taiwan, as "
        "Taiwan's Foreign Minister Joseph Wu said Taipei was cutting ties with the Central "
        "American nation.",
        ("SANCTION", {"TWN"}, {"SLV"}),
    ),
    (
        "South Africa has formally notified the United Nations that it is withdrawing from the "
        "International Criminal Court, Justice Minister Michael Masutha said on Friday.",
        ("SANCTION", {"ZAF"}, {"ICC"}),
    ),  # a "that" the parser made the object is no object
    (
        "Senegal's Constitutional Council on Thursday overturned President Macky Sall's "
        "postponement of the presidential election.",
        ("REJECT", {"SEN"}, {"SEN"}),
    ),
    (
        "Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan agreed on "
        "Monday to create a demilitarized zone in Idlib, Putin told reporters after more than "
        "four hours of talks in Sochi.",
        ("CONSULT", {"RUS", "TUR"}, set()),
    ),  # the parties of the reported joint act held the talks the speaker names
    (
        "Pakistan and Afghanistan have agreed to an immediate ceasefire, Qatar's foreign ministry "
        "said early on Sunday, after talks in Doha on Saturday mediated by Qatar and Turkey.",
        ("CONSULT", {"PAK", "AFG"}, set()),
    ),  # the mediators are no party to the talks
    (
        "The Uganda People's Defence Forces on Tuesday launched air and artillery strikes against "
        "camps of the Allied Democratic Forces rebels in eastern DR Congo.",
        ("ASSAULT", {"UGA"}, {"COD"}),
    ),  # a national army, not Myanmar's People's Defence Force
    (
        "President Donald Trump on Monday deployed National Guard troops to the nation's capital "
        "and took federal control of the city's police department.",
        ("MOBILIZE", {"USA"}, {"USA"}),
    ),  # taking control of a police department is no armed seizure
    (
        "Iran has fired more than a dozen ballistic missiles at two military bases in Iraq "
        "hosting US troops, the Pentagon said.",
        ("ASSAULT", {"IRN"}, {"USA"}),
    ),  # a base is hit as its garrison's state, and hosting troops is no visit
    (
        "Al Shabaab militants attacked an African Union base in southern Somalia manned by Kenyan "
        "troops on Friday.",
        ("ASSAULT", {"SOM"}, {"KEN"}),
    ),
    (
        "Iran fired missiles at the Al Udeid air base in Qatar, the largest US military "
        "installation in the Middle East, on Monday.",
        ("ASSAULT", {"IRN"}, {"USA"}),
    ),
    (
        "Twenty trucks carrying medicine, food and water from the Egyptian Red Crescent and U.N. "
        "agencies rolled into the Gaza Strip through the Rafah crossing on Saturday.",
        ("AID", {"EGY", "UN"}, {"PSE"}),
    ),  # a carrier bringing aid arrives: the giver is the carrier's origin
    (
        "Two Egyptian military planes carrying weapons and ammunition landed in Mogadishu on "
        "Tuesday.",
        ("AID", {"EGY"}, {"SOM"}),
    ),
    (
        "A convoy of five Armenian trucks loaded with food, water and medical supplies crossed "
        "into Turkey on Saturday.",
        ("AID", {"ARM"}, {"TUR"}),
    ),
    (
        "Cameroonian security forces shot dead at least eight people on Sunday as thousands of "
        "people marched to proclaim independence from the French-speaking majority.",
        ("PROTEST", {"CMR"}, {"CMR"}),
    ),  # "French-speaking" names a language, not France
    (
        "Azerbaijani army units entered the Kalbajar district on Wednesday after Armenia withdrew "
        "its forces from the region under the Russia-brokered agreement.",
        ("RETREAT", {"ARM"}, set()),
    ),  # a broker named in passing is no party
    (
        "Taiwan's President Tsai Ing-wen replied hours later that the island would never accept "
        "China's one country, two systems formula.",
        ("REJECT", {"TWN"}, {"CHN"}),
    ),  # "the island" is the state of the leader just named
    (
        "The European Commission fined Google 4.3 billion euros on Wednesday.",
        ("SANCTION", {"EC"}, {"GOOGLE"}),
    ),
    (
        "Meta was fined 1.2 billion euros by the European Union on Monday over data transfers.",
        ("SANCTION", {"EU"}, {"META"}),
    ),  # a "by" hung on the amount is the passive's agent; the amount is no party
    (
        "The Dutch parliament voted on Tuesday to remove the group from its list of terrorist "
        "organisations.",
        ("CONCEDE", {"NLD"}, {"NLD"}),
    ),  # off a terror list: eased, not removed from office
    (
        "Washington exempted Canada and Mexico from its new tariffs on steel.",
        ("CONCEDE", {"USA"}, {"CAN", "MEX"}),
    ),
    (
        "Police in Lima fired tear gas at striking miners on Thursday.",
        ("PROTEST", {"PER"}, {"PER"}),
    ),  # "striking miners" are on strike
    (
        "The president ordered striking truck drivers in Seoul to return to work.",
        ("PROTEST", {"KOR"}, {"KOR"}),
    ),  # parsed as striking the drivers: still a labour strike
    (
        "Hungary will no longer accept loans from the International Monetary Fund, the "
        "government said.",
        ("REJECT", {"HUN"}, {"IMF"}),
    ),  # "no longer" negates; a stated refusal
    (
        "Somaliland said on Monday that it no longer recognises the government of Somalia.",
        ("SANCTION", {"SOM"}, {"SOM"}),
    ),  # support brought to an end
    (
        "Thailand and China on Tuesday kicked off their joint naval training off Sattahip.",
        ("COOPERATE", {"THA", "CHN"}, set()),
    ),  # "joint" on the compound modifies the whole
    (
        "Pakistan sent planes carrying doctors and medicine to Turkey on Tuesday.",
        ("AID", {"PAK"}, {"TUR"}),
    ),  # what the sent planes carry
    (
        "Brazil's Supreme Court on Monday upheld the conviction of a former governor.",
        ("SANCTION", {"BRA"}, {"BRA"}),
    ),
    (
        "Sweden recalled its ambassador to Iran on Sunday and ordered Tehran's envoy to leave, "
        "accusing its neighbour of plotting attacks.",
        ("ACCUSE", {"SWE"}, {"IRN"}),
    ),  # the aside belongs to the coordinated clause's subject, not the envoy told to leave
    (
        "A Japanese journalist working for a Paris-based agency has been detained in Beijing.",
        ("COERCE", {"CHN"}, {"JPN"}),
    ),  # the place the verb names, not one in the journalist's description
    (
        "Mexico's president said he will not attend the Summit of the Americas in Lima.",
        ("REJECT", {"MEX"}, set()),
    ),
    (
        "A court in Ankara ordered the release of a German journalist on Friday.",
        ("RETREAT", {"TUR"}, {"DEU"}),
    ),
    (
        "The first Leopard tanks from Germany have arrived in Ukraine, the defence ministry said.",
        ("AID", {"DEU"}, {"UKR"}),
    ),  # weapons from a state arriving: its military aid, not a visit
    (
        "Japan announced $300 million in development financing for Indonesia on Monday.",
        ("AID", {"JPN"}, {"IDN"}),
    ),
    (
        "Kenya's President William Ruto flagged off 400 police officers heading to Haiti.",
        ("MOBILIZE", {"KEN"}, {"HTI"}),
    ),
    (
        "Niger's junta said it was ending its military accords with France.",
        ("SANCTION", {"NER"}, {"FRA"}),
    ),
    (
        "Niger's military government decreed a general mobilisation on Thursday.",
        ("MOBILIZE", {"NER"}, set()),
    ),
    (
        "Colombian troops began deploying along the border with Venezuela on Monday.",
        ("MOBILIZE", {"COL"}, {"VEN"}),
    ),  # deploying with no object: the troops deploy
    (
        "Vladimir Putin and Recep Tayyip Erdogan held talks in St. Petersburg on Tuesday.",
        ("CONSULT", {"RUS", "TUR"}, set()),
    ),  # Russia's St. Petersburg, not the Florida city
    (
        "Sudan's army declared a unilateral ceasefire in Khartoum on Monday.",
        ("CONCEDE", {"SDN"}, {"SDN"}),
    ),  # a declared ceasefire is a verbal concession (PLOVER manual), an observed one RETREAT
    (
        "Yemen's Houthis said on Friday they would halt all drone attacks on Saudi Arabia.",
        ("CONCEDE", {"YEM"}, {"SAU"}),
    ),
    (
        "Japan announced on Wednesday it is quitting the International Whaling Commission.",
        ("SANCTION", {"JPN"}, {"IWC"}),
    ),  # leaving an organisation cuts ties
    (
        "The European Union has transferred 1.5 billion euros to Ukraine.",
        ("AID", {"EU"}, {"UKR"}),
    ),
    (
        "Azerbaijan handed 15 Armenian detainees over to Armenia on Saturday.",
        ("RETREAT", {"AZE"}, {"ARM"}),
    ),  # "over" parsed as a preposition
    (
        "India on Monday decided not to join the Regional Comprehensive Economic Partnership.",
        ("REJECT", {"IND"}, {"RCEP"}),
    ),  # deciding not to join is a refusal
    (
        "Rebels rammed a truck bomb into a military base in Puerto Jordan in Colombia on "
        "Tuesday, killing two soldiers.",
        ("ASSAULT", {"COL"}, {"COL"}),
    ),  # a town whose name ends in a state's is no state
    (
        "The Dutch Senate approved the association agreement with Ukraine on Tuesday.",
        ("SUPPORT", {"NLD"}, {"UKR"}),
    ),  # a national adjective owns the legislature
    (
        "A gang kidnapped 17 members of a U.S.-based missionary group outside Port-au-Prince, "
        "Haiti, on Saturday.",
        ("ASSAULT", {"HTI"}, {"USA"}),
    ),  # where a party is based is not where the event happens (but says whose it is)
    (
        "The South African National Defence Force said on Monday it had begun deploying "
        "soldiers in Gauteng to support police.",
        ("MOBILIZE", {"ZAF"}, set()),
    ),  # troops sent to help at home mobilise; military aid goes to another party
    (
        "Pakistan's government has called in the army to maintain order in the capital.",
        ("MOBILIZE", {"PAK"}, set()),
    ),
    (
        "Spain sent troops and armoured vehicles to the beaches of Ceuta on Tuesday.",
        ("MOBILIZE", {"ESP"}, {"ESP"}),
    ),  # troops sent with vehicles are no aid
    (
        "The African Union gave Sudan's military council 15 days to hand power to civilians "
        "or face suspension from the bloc.",
        ("THREATEN", {"AU"}, {"SDN"}),
    ),  # a deadline with a consequence is an ultimatum (CAMEO 139) ...
    (
        "The African Union gave Sudan's military council 15 days to hand power to civilians "
        "or face suspension from the bloc.",
        ("REQUEST", {"AU"}, {"SDN"}),
    ),  # ... as well as the demand it sets
    (
        "Zimbabwe's ruling party gave Robert Mugabe until noon on Monday to resign or face "
        "impeachment.",
        ("THREATEN", {"ZWE"}, {"ZWE"}),
    ),
    (
        "Bolivia handed the fugitive over to Italian authorities on Sunday.",
        ("COOPERATE", {"BOL"}, {"ITA"}),
    ),  # a fugitive handed to another state's authorities: judicial cooperation
    (
        "Mexico sent 29 drug cartel figures to the United States on Thursday.",
        ("COOPERATE", {"MEX"}, {"USA"}),
    ),
    (
        "Chinese and Russian bombers flew together near Japan on Tuesday.",
        ("COOPERATE", {"CHN", "RUS"}, set()),
    ),  # a joint patrol
    (
        "Abu Khadija was killed in a joint operation by Iraqi intelligence and U.S. forces.",
        ("COOPERATE", {"IRQ", "USA"}, set()),
    ),
    (
        "Philippine President Rodrigo Duterte said on Sunday his country might leave the "
        "United Nations.",
        ("THREATEN", {"PHL"}, {"UN"}),
    ),  # one's own side could leave a body: a threat
    (
        "President Erdogan said Turkey could cut off the pipeline carrying Iraqi oil to "
        "world markets.",
        ("THREATEN", {"TUR"}, {"IRQ"}),
    ),
    (
        "Putin said on Thursday that Russia could use its new missile against Kyiv.",
        ("THREATEN", {"RUS"}, {"UKR"}),
    ),
    (
        "Bhutan said on Thursday China's construction of a road in Doklam was a direct "
        "violation of agreements between the two countries.",
        ("ACCUSE", {"BTN"}, {"CHN"}),
    ),  # a reported finding: the speaker accuses what is described
    (
        "Sudan filed a case at the International Court of Justice accusing the United Arab "
        "Emirates of complicity in genocide.",
        ("ACCUSE", {"SDN"}, {"ARE"}),
    ),  # the filer accuses, not the court the parser made the subject
    (
        "Tanzania's opposition leader Tundu Lissu was charged with treason in a Dar es Salaam "
        "court on Thursday.",
        ("ACCUSE", {"TZA"}, {"TZA"}),
    ),  # a passive charge: the state where it happens
    (
        "The Netherlands barred the plane carrying Turkey's foreign minister from landing on "
        "Saturday.",
        ("REJECT", {"NLD"}, {"TUR"}),
    ),  # a foreign visitor turned away: a visit refused
    (
        "Khalifa Haftar left Moscow on Tuesday without signing a ceasefire agreement brokered "
        "by Russia and Turkey.",
        ("REJECT", {"LBY"}, {"RUS", "TUR"}),
    ),  # a signature held back
    (
        "The first U.S.-made HIMARS rocket launchers have arrived in Ukraine, the defence "
        "minister said.",
        ("AID", {"USA"}, {"UKR"}),
    ),  # the maker's state named on the weapons
    (
        "Saudi Arabia has ordered a $2bn deposit into Yemen's central bank.",
        ("AID", {"SAU"}, {"YEM"}),
    ),
    (
        "The European Union unveiled a 7.4 billion-euro package of grants and loans for Egypt.",
        ("AID", {"EU"}, {"EGY"}),
    ),
    (
        "Pakistan has received a $2 billion deposit from Saudi Arabia, the finance minister said.",
        ("AID", {"SAU"}, {"PAK"}),
    ),  # the receiver is the recipient; the giver follows "from" ...
    (
        "Ukraine has received its first British Challenger 2 battle tanks, the defence minister "
        "said on Monday.",
        ("AID", {"GBR"}, {"UKR"}),
    ),  # ... or is named on what was received
    (
        "Prime Minister Jacinda Ardern has announced she will step down no later than February.",
        ("CONCEDE", {"NZL"}, {"NZL"}),
    ),  # a promised resignation is a concession (the manual: promises of future concessions)
    (
        "Nigeria's labour unions on Tuesday suspended the general strike they began a day earlier.",
        ("CONCEDE", {"NGA"}, {"NGA"}),
    ),  # suspending protests is a concession
    (
        "Prime Minister Benjamin Netanyahu announced on Monday that he was delaying his "
        "government's judicial overhaul.",
        ("CONCEDE", {"ISR"}, {"ISR"}),
    ),
    (
        "Yemen's government and Houthi rebels began the largest prisoner exchange of the war "
        "on Thursday.",
        ("RETREAT", {"YEM"}, set()),
    ),
    (
        "Brazil's Supreme Court on Monday annulled former President Lula's corruption convictions.",
        ("CONCEDE", {"BRA"}, {"BRA"}),
    ),  # a court annulling a conviction concedes to the convicted
    (
        "India on Monday handed over a Dornier maritime reconnaissance aircraft to the Sri "
        "Lanka Navy.",
        ("AID", {"IND"}, {"LKA"}),
    ),
    (
        "Britain, Japan and Italy said on Friday they would jointly develop a fighter jet.",
        ("AGREE", {"GBR", "JPN", "ITA"}, set()),
    ),  # a future joint venture is an agreement
    (
        "BAKU, Dec 13 (Reuters) - Azerbaijan freed 32 Armenian servicemen and Armenia released "
        "two Azerbaijani soldiers on Wednesday in a swap at their border.",
        ("RETREAT", {"ARM"}, {"AZE"}),
    ),  # a clause hung on a release by the parser is a release of its own
    (
        "SOFIA, Jan 23 (Reuters) - Bulgarian prosecutors on Thursday charged three Russian "
        "citizens in absentia with the attempted murder of an arms manufacturer.",
        ("ACCUSE", {"BGR"}, {"RUS"}),
    ),  # prosecutors charging: the "with" may hang elsewhere
    (
        "MANAUS, Brazil, Jan 19 (Reuters) - Trucks carrying oxygen sent by Venezuela's government "
        "arrived in the Brazilian city of Manaus on Tuesday.",
        ("AID", {"VEN"}, {"BRA"}),
    ),
    (
        "Protesters in the Indonesian province of West Papua set fire to the regional parliament "
        "building in Manokwari on Monday.",
        ("PROTEST", {"IDN"}, {"IDN"}),
    ),  # protesters setting fire riot; the arson row without a subject must not win
    (
        "The European Union pledged nearly 2.5 billion euros for Syria at its annual donor "
        "conference in Brussels on Monday.",
        ("AID", {"EU"}, {"SYR"}),
    ),  # a sum pledged for relief is aid (a broad promise of development stays AGREE)
    (
        "Burkina Faso's military government on Saturday suspended Radio France Internationale, "
        "accusing the French public broadcaster of spreading false information.",
        ("COERCE", {"BFA"}, {"FRA"}),
    ),  # suspending a broadcaster is censorship
    (
        "Niamey (AFP) - Niger's military rulers on Friday gave French ambassador Sylvain Itte 48 "
        "hours to leave the country.",
        ("SANCTION", {"NER"}, {"FRA"}),
    ),  # "48 hours to leave" parsed as a relative clause on the hours
    (
        "Greece ordered two Russian diplomats out on Friday, giving them 48 hours to leave the "
        "country and accusing them of spying.",
        ("ACCUSE", {"GRC"}, {"RUS"}),
    ),  # a participle coordinated with the deadline's infinitive is the giver's
    (
        "Taipei, May 23 (CNA) China's military launched large-scale joint drills code-named "
        "Joint Sword-2024A around Taiwan on Thursday.",
        ("MOBILIZE", {"CHN"}, {"TWN"}),
    ),  # joint among one state's services; a dateline without a dash
    (
        "Police took televangelist Apollo Quiboloy into custody on Sunday at his compound in "
        "Davao City.",
        ("COERCE", {"PHL"}, {"PHL"}),
    ),  # taken into custody; "Davao City" is Davao
    (
        "Iran's Revolutionary Guards launched ground forces drills near the northwestern border "
        "with Azerbaijan on Monday.",
        ("MOBILIZE", {"IRN"}, {"AZE"}),
    ),  # "drills" tagged as a verb in an object's place
    (
        "An IndiGo flight took off from Kolkata for Guangzhou on Sunday, resuming direct "
        "passenger air services between India and China.",
        ("COOPERATE", {"IND", "CHN"}, set()),
    ),
    (
        "Lebanon's army said on Monday it had returned fire towards Syria.",
        ("ASSAULT", {"LBN"}, {"SYR"}),
    ),
    (
        "Israel accused Hezbollah of firing rockets, an accusation the group denied.",
        ("REJECT", {"LBN"}, {"ISR"}),
    ),  # "the group" is the armed group named before; the aside names what was denied
    (
        "Iraq demanded that Turkey withdraw the hundreds of soldiers it deployed on Friday to a "
        "camp near Mosul.",
        ("MOBILIZE", {"TUR"}, {"IRQ"}),
    ),  # a relative clause with its own weekday is news
    (
        "Azerbaijan said on Sunday it was unilaterally halting hostilities in Nagorno-Karabakh.",
        ("CONCEDE", {"AZE"}, {"AZE"}),
    ),  # a ceasefire declared by its own side (an observed one stays RETREAT)
    (
        "Bangladesh on Wednesday handed over Anup Chetia, a founding leader of a banned rebel "
        "group, to India after holding him for nearly 18 years.",
        ("COOPERATE", {"BGD"}, {"IND"}),
    ),  # a named suspect handed to another state
    (
        "Central African Republic authorities on Saturday surrendered Alfred Yekatom, a former "
        "militia commander, to the International Criminal Court.",
        ("COOPERATE", {"CAF"}, {"ICC"}),
    ),
    (
        "India returned a Pakistan Rangers soldier it had detained on Wednesday.",
        ("RETREAT", {"IND"}, {"PAK"}),
    ),
    (
        "Venezuela recalled its ambassador to Colombia on Thursday, a day after Bogota called "
        "its own envoy home from Caracas.",
        ("SANCTION", {"COL"}, {"VEN"}),
    ),  # "home" parsed as the envoy's complement
    (
        "Russia has suspended all military contacts with Turkey, the General Staff said on "
        "Wednesday.",
        ("SANCTION", {"RUS"}, {"TUR"}),
    ),
    (
        "Pakistan on Friday upgraded its diplomatic representation in Kabul to the level of "
        "ambassador.",
        ("SUPPORT", {"PAK"}, {"AFG"}),
    ),
    (
        "New Chinese Ambassador to Afghanistan Zhao Xing on Wednesday presented his credentials "
        "to the acting prime minister of the Afghan caretaker government in Kabul.",
        ("SUPPORT", {"CHN"}, {"AFG"}),
    ),
    (
        "The United States on Monday proposed tariffs of up to 100% on $2.4 billion worth of "
        "French champagne, handbags and cheese.",
        ("THREATEN", {"USA"}, {"FRA"}),
    ),  # proposed tariffs are a threatened sanction, not a proposal to talk
    (
        "Finnish police boarded and took control on Thursday of a Russian oil tanker suspected "
        "of damaging an undersea power cable.",
        ("COERCE", {"FIN"}, {"RUS"}),
    ),  # taking control of a ship is a seizure, not a military conquest
    (
        "Japan said Friday it will return South Korea to its list of trusted trading partners, "
        "reversing a 2019 downgrade.",
        ("CONCEDE", {"JPN"}, {"KOR"}),
    ),
    (
        "The Biden administration on Monday granted Temporary Protected Status to Venezuelans "
        "living in the United States.",
        ("AID", {"USA"}, {"VEN"}),
    ),  # protection for refugees is aid (PLOVER: asylum)
    (
        "The State Department on Tuesday formally notified Congress of a proposed $8 billion sale "
        "of 66 F-16 fighter jets to Taiwan.",
        ("AID", {"USA"}, {"TWN"}),
    ),
    (
        "Germany began deploying an advance team of soldiers to Lithuania on Monday, the first "
        "step towards stationing a combat brigade in the Baltic state to deter Russia.",
        ("MOBILIZE", {"DEU"}, {"RUS"}),
    ),  # a deployment is aimed at whoever it is meant to deter, not at its host
    (
        "Greece extradited Russian bitcoin fraud suspect Alexander Vinnik to France on Thursday "
        "to face money-laundering charges there.",
        ("COOPERATE", {"GRC"}, {"FRA"}),
    ),  # "extradited" read as a modifier: its "to" hangs on the noun
    (
        "Belgium has handed back a tooth of the murdered Congolese independence hero Patrice "
        "Lumumba, and Prime Minister Alexander De Croo apologised on Monday for his country's "
        "moral responsibility in the killing.",
        ("CONCEDE", {"BEL"}, {"COD"}),
    ),  # an apology is made to the wronged party, not to the apologiser's own country
    (
        "President Abdel Fattah al-Sisi warned on Sunday that Egypt would not allow anyone to "
        "threaten Somalia, in a message aimed at Ethiopia.",
        ("THREATEN", {"EGY"}, {"ETH"}),
    ),
    (
        "Ferdinand Marcos Jr. on Monday congratulated Taiwan's president-elect Lai Ching-te on "
        "his election victory.",
        ("SUPPORT", {"PHL"}, {"TWN"}),
    ),
    (
        "China's foreign ministry said on Tuesday it had lodged stern representations with "
        "Prague over the call.",
        ("ACCUSE", {"CHN"}, {"CZE"}),
    ),
    (
        "India has launched Operation Sagar Bandhu to help Sri Lanka deal with the aftermath of "
        "Cyclone Ditwah.",
        ("AID", {"IND"}, {"LKA"}),
    ),  # an operation launched to help is aid, not an attack
    (
        "Cambodia has cancelled a joint military exercise with the United States, a defence "
        "ministry spokesman said on Monday.",
        ("REJECT", {"KHM"}, {"USA"}),
    ),
    (
        "Nepal began exporting electricity to Bangladesh through India's grid on Friday.",
        ("COOPERATE", {"NPL"}, {"BGD"}),
    ),
    (
        "The Czech government chose Korea Hydro & Nuclear Power on Wednesday to build two new "
        "reactors, picking the South Korean state-run firm over France's EDF.",
        ("AGREE", {"CZE"}, {"KOR"}),
    ),
    (
        "The Dutch government has taken control of chipmaker Nexperia, owned by China's Wingtech "
        "Technology.",
        ("COERCE", {"NLD"}, {"CHN"}),
    ),  # taking control of a company is a seizure, not a conquest
    (
        "Italy has formally notified China that it is pulling out of the Belt and Road "
        "Initiative, government sources said on Wednesday.",
        ("SANCTION", {"ITA"}, set()),
    ),  # leaving an agreement or an initiative cuts ties (leaving talks stays REJECT)
    (
        "Colombian President Ivan Duque on Wednesday ordered 2,500 soldiers to the province of "
        "Cauca, a day after suspected FARC dissidents killed an indigenous reserve governor.",
        ("ASSAULT", {"COL"}, {"COL"}),
    ),  # the rebels' killing is not absorbed by the state's deployment
    (
        "Sudan and Iran on Monday resumed diplomatic relations, the Sudanese foreign ministry "
        "said.",
        ("SUPPORT", {"SDN", "IRN"}, set()),
    ),
    (
        "Armenia has frozen its participation in the Russian-led Collective Security Treaty "
        "Organization, Prime Minister Nikol Pashinyan said on Thursday.",
        ("SANCTION", {"ARM"}, {"CSTO"}),
    ),
    (
        "Ethiopia's government on Tuesday called on all capable citizens to join the military "
        "and fight resurgent Tigray forces.",
        ("MOBILIZE", {"ETH"}, set()),
    ),  # a call to enlist is a mobilisation
    (
        "Turkish troops entered Syria's northwestern Idlib province late on Thursday to set up "
        "observation posts under a de-escalation deal.",
        ("MOBILIZE", {"TUR"}, {"SYR"}),
    ),  # entering to set up posts is a deployment, not an invasion
    (
        "Mali has received four Mi-171 helicopters, together with weapons and ammunition, from "
        "Russia, Defence Minister Sadio Camara said at a handover ceremony.",
        ("AID", {"RUS"}, {"MLI"}),
    ),  # the giver's "from" hung on the things received
    (
        "Forces in Ethiopia's Tigray region on Tuesday dismissed the federal government's "
        "unilateral ceasefire as a joke and vowed to keep fighting.",
        ("THREATEN", {"ETH"}, set()),
    ),  # a vow to keep fighting is a threat, not a fight
    (
        "The joint United Nations-African Union peacekeeping mission in Darfur ended its mandate "
        "on Thursday after 13 years.",
        ("RETREAT", {"AU"}, {"SDN"}),
    ),
    (
        "Two U.S. B-1B strategic bombers flew over South Korea on Tuesday in a show of force "
        "against North Korea following its fifth nuclear test.",
        ("MOBILIZE", {"USA"}, {"PRK"}),
    ),
    (
        "China has indefinitely suspended all activity under the China-Australia Strategic "
        "Economic Dialogue, its top economic planning agency announced on Thursday.",
        ("SANCTION", {"CHN"}, {"AUS"}),
    ),
    (
        "Pakistan on Saturday conducted a training launch of its Abdali surface-to-surface "
        "missile as part of an ongoing exercise.",
        ("MOBILIZE", {"PAK"}, set()),
    ),
    (
        "Croatia said on Thursday it would not implement a ruling by an international "
        "arbitration tribunal that awarded Slovenia most of the disputed Piran Bay.",
        ("REJECT", {"HRV"}, {"SVN"}),
    ),  # a stated refusal to implement a ruling
    (
        "Afghanistan's Taliban rulers stayed away from a U.N.-convened meeting of envoys on "
        "Afghanistan that opened in Doha on Sunday.",
        ("REJECT", {"AFG"}, {"UN"}),
    ),  # staying away from a meeting is a boycott
    (
        "The Pardons Board of Malaysia has halved the 12-year prison sentence of former prime "
        "minister Najib Razak.",
        ("CONCEDE", {"MYS"}, {"MYS"}),
    ),
    (
        "Cyprus blocked European Union sanctions against Belarusian officials on Monday.",
        ("REJECT", {"CYP"}, {"EU"}),
    ),  # a veto of a bloc's measure
    (
        "Niamey (AFP) - At least 25 Nigerien soldiers were killed on Thursday when hundreds of "
        "jihadists attacked a military camp at Chinagodrar near the border with Mali.",
        ("ASSAULT", {"NER"}, {"NER"}),
    ),  # the neighbour across the border is not where the camp is
    (
        "Donors pledged more than $2 billion for humanitarian aid to Yemen on Tuesday, with Saudi "
        "Arabia and the United Arab Emirates together promising $930 million.",
        ("AID", {"SAU", "ARE"}, set()),
    ),
    (
        "The UN Security Council on Monday extended an arms embargo to cover all of Yemen's "
        "Houthi rebels.",
        ("SANCTION", {"UNSC"}, {"YEM"}),
    ),
    (
        "President Paul Biya on Thursday ordered the discontinuation of proceedings against 333 "
        "people detained over the crisis in Cameroon's English-speaking regions.",
        ("CONCEDE", {"CMR"}, {"CMR"}),
    ),
    (
        "India on Monday summoned the Maldives' High Commissioner to lodge a strong protest over "
        "derogatory remarks about Prime Minister Narendra Modi.",
        ("ACCUSE", {"IND"}, {"MDV"}),
    ),
    (
        "China on Friday advised its citizens to avoid traveling to Japan.",
        ("SANCTION", {"CHN"}, {"JPN"}),
    ),  # a travel advisory; the avoided travel is no visit
    (
        "Vietnam said on Friday that a Chinese survey ship and its escorts had violated its "
        "exclusive economic zone near Vanguard Bank.",
        ("ACCUSE", {"VNM"}, {"CHN"}),
    ),  # a state saying another violated its zone accuses it
    (
        "The International Court of Justice on Wednesday held that Pakistan had violated the "
        "Vienna Convention on Consular Relations.",
        ("SANCTION", {"ICJ"}, {"PAK"}),
    ),  # a court finding a breach rules against the party
    (
        "The Supreme Court upheld her sentence on Tuesday, prompting hundreds of her supporters "
        "in Argentina to gather outside her home in Buenos Aires in protest.",
        ("PROTEST", {"ARG"}, {"ARG"}),
    ),  # gathering in protest is a protest
    (
        "Japan's Ground Self-Defense Force opened a coastal surveillance unit on Yonaguni on "
        "Monday to monitor Chinese ships and aircraft.",
        ("MOBILIZE", {"JPN"}, {"CHN"}),
    ),
    (
        "Indian Navy commandos forced the 35 Somali pirates holding the vessel to surrender on "
        "Saturday.",
        ("COERCE", {"IND"}, {"SOM"}),
    ),
    (
        "Hamas freed 20 hostages on Monday and Israel began releasing nearly 2,000 Palestinian "
        "prisoners.",
        ("RETREAT", {"ISR"}, {"PSE"}),
    ),  # "on Monday and Israel began": the parser coordinates Israel with Monday
    (
        "The Taliban freed American contractor Mark Frerichs on Monday in exchange for Bashir "
        "Noorzai, an Afghan tribal leader serving a life sentence in the United States.",
        ("RETREAT", {"USA"}, {"AFG"}),
    ),  # a swap is a release by each side
    (
        "Hungarian Prime Minister Viktor Orban held talks with Vladimir Putin in Moscow on Friday "
        "on what he called a peace mission, drawing sharp criticism from EU leaders.",
        ("ACCUSE", {"EU"}, {"HUN"}),
    ),  # the reaction answers the main clause, not the aside it was hung on
    (
        "Tokyo conveyed serious concern to Beijing through diplomatic channels on Wednesday.",
        ("ACCUSE", {"JPN"}, {"CHN"}),
    ),
    (
        "Turkish President Recep Tayyip Erdogan said on Sunday that Turkey could enter Israel, "
        "prompting Israel's foreign minister to liken him to Saddam Hussein.",
        ("ACCUSE", {"ISR"}, {"TUR"}),
    ),  # "him" is not the one told to act
    (
        "Mexico filed a case against Ecuador at the International Court of Justice on Thursday.",
        ("ACCUSE", {"MEX"}, {"ECU"}),
    ),
    (
        "Armenia and Azerbaijan exchanged fire along their border on Monday.",
        ("ASSAULT", {"ARM", "AZE"}, set()),
    ),  # a clash: both sides act
    (
        "India granted Sri Lanka a $1 billion credit line to buy food and fuel.",
        ("AID", {"IND"}, {"LKA"}),
    ),
    (
        "The Ethiopian government and Tigrayan forces signed a peace agreement in Pretoria on "
        "Wednesday.",
        ("SUPPORT", {"ETH"}, set()),
    ),  # two sides of one country: the venue and the story's other names are no party
    (
        "Singapore hanged a Malaysian drug trafficker on Wednesday.",
        ("ASSAULT", {"SGP"}, {"MYS"}),
    ),  # an execution (hung banners are not)
    ("Saudi Arabia froze all new trade with Canada.", ("SANCTION", {"SAU"}, {"CAN"})),
    (
        "Ten civilians died in Russian shelling of Kherson on Tuesday.",
        ("ASSAULT", {"RUS"}, {"UKR"}),
    ),  # the attack named by its noun: shelling, bombardment, a military raid, an ambush
    (
        "Three Palestinians were killed in an Israeli raid on the Jenin refugee camp.",
        ("ASSAULT", {"ISR"}, {"PSE"}),
    ),
    (
        "Militants ambushed a police convoy in Balochistan on Sunday, killing six officers.",
        ("ASSAULT", {"PAK"}, {"PAK"}),
    ),
    (
        "At least 15 people were killed when Russian missiles hit an apartment block in Dnipro "
        "on Saturday.",
        ("ASSAULT", {"RUS"}, {"UKR"}),
    ),  # whatever missiles hit, whoever fired them attacked
    (
        "Russia launched what it called a special military operation in Ukraine on Thursday.",
        ("ASSAULT", {"RUS"}, {"UKR"}),
    ),  # "what it called X": X is the object
    (
        "Iran on Tuesday unveiled what it described as its first hypersonic ballistic missile.",
        ("MOBILIZE", {"IRN"}, set()),
    ),
    (
        "Tunisian President Kais Saied said on Thursday he would not accept what he called "
        "dictates from the International Monetary Fund.",
        ("REJECT", {"TUN"}, {"IMF"}),
    ),
    (
        "The United States designated the Houthis a terrorist group on Friday.",
        ("SANCTION", {"USA"}, {"YEM"}),
    ),
    ("Biden designated Kenya a major non-NATO ally on Thursday.", ("SUPPORT", {"USA"}, {"KEN"})),
    (
        "QUETTA: A suicide bomber struck a crowd of lawyers at the Civil Hospital on Monday, "
        "killing at least 70 people.",
        ("ASSAULT", {"PAK"}, {"PAK"}),
    ),  # a dateline city in capitals the entity recogniser missed still places the story
    (
        "Iran said on Sunday it would retaliate against Israel.",
        ("THREATEN", {"IRN"}, {"ISR"}),
    ),  # a retaliation promised is a threat, one carried out an attack
    (
        "President Donald Trump said on Sunday he was angered by Russian President Vladimir Putin "
        "and threatened to impose secondary tariffs on all oil bought from Russia.",
        ("THREATEN", {"USA"}, {"RUS"}),
    ),  # an active verb coordinated with a passive one shares its subject
    (
        "SEOUL, Jan. 5 (Yonhap) -- North Korea fired more than 200 artillery rounds near the "
        "South's northwestern border islands on Friday.",
        ("MOBILIZE", {"PRK"}, {"KOR"}),
    ),  # "the South" in a Korean story is South Korea; rounds fired near it, a show of force
    (
        "President Uhuru Kenyatta and opposition leader Raila Odinga met in Nairobi on Friday and "
        "agreed to work together.",
        ("CONSULT", {"KEN"}, set()),
    ),  # government and opposition are two parties; a former premier in opposition is OPP
    ("Police broke up the rally in Minsk on Sunday.", ("ASSAULT", {"BLR"}, {"BLR"})),
    (
        "North Korea has released Otto Warmbier, an American university student who was serving "
        "a 15-year sentence of hard labour, the US secretary of state, Rex Tillerson, said on "
        "Tuesday.",
        ("RETREAT", {"PRK"}, {"USA"}),
    ),  # the parser made the one released the subject of "said"
    (
        "Chinese and Indian troops began disengagement on Wednesday.",
        ("RETREAT", {"CHN", "IND"}, set()),
    ),  # a noun the tagger read as an adjective
    (
        "The government imposed a nationwide curfew from midnight on Friday, Awami League "
        "General Secretary Obaidul Quader said.",
        ("COERCE", {"BGD"}, {"BGD"}),
    ),  # a party official of the country places an unnamed government
    (
        "Russian President Vladimir Putin on Wednesday signed decrees lifting a ban on direct"
        " flights between Russia and Georgia, a move Georgia's President Salome Zourabichvili"
        " condemned as a provocation.",
        ("ACCUSE", {"GEO"}, {"RUS"}),
    ),  # the subject of a bare relative clause the parser hung on 'move' as an appositive
    (
        "Germany on Wednesday ordered a Vietnamese intelligence officer based at the embassy "
        "in Berlin to leave the country.",
        ("SANCTION", {"DEU"}, {"VNM"}),
    ),  # 'to leave' parsed as a clause on the officer
    (
        "Egypt has asked the UN Security Council to intervene in its dispute with Ethiopia, the "
        "foreign ministry said on Friday, urging the council to press Addis Ababa not to begin "
        "filling the dam.",
        ("REQUEST", {"EGY"}, {"UNSC"}),
    ),  # 'the council' is the body named before whose name holds the word
    (
        "The U.S. Treasury Department labeled China a currency manipulator on Monday.",
        ("ACCUSE", {"USA"}, {"CHN"}),
    ),
    (
        "Canada said on Thursday it had pulled 41 diplomats out of India after New Delhi "
        "demanded it shrink its diplomatic presence.",
        ("SANCTION", {"CAN"}, {"IND"}),
    ),  # diplomats pulled out: a withdrawal of staff, not of troops
    (
        "Al-Shabaab militants overran a Kenyan army base at El Adde in southwestern Somalia "
        "on Friday, the Kenya Defence Forces said, with an unknown number of soldiers killed "
        "in the dawn raid.",
        ("ASSAULT", {"SOM"}, {"KEN"}),
    ),  # a named target outweighs the place where victims died
    (
        "Security forces stormed the headquarters of President Ali Bongo's rival Jean Ping in"
        " Libreville early on Thursday.",
        ("ASSAULT", {"GAB"}, {"GAB"}),
    ),  # a former AU chief as Gabon's opposition leader in 2016
    (
        "BAGHDAD, Aug 20 (Reuters) - Iraqi government forces launched an offensive on Sunday "
        "to drive Islamic State out of Tal Afar, Prime Minister Haider al-Abadi said.",
        ("ASSAULT", {"IRQ"}, {"IRQ"}),
    ),  # a transnational group with no known place is coded where the story is
    (
        "CAIRO (AP) — A Houthi missile and drone attack on the largest air base held by "
        "Yemen's government killed at least 30 troops on Sunday, officials said.",
        ("ASSAULT", {"YEM"}, {"YEM"}),
    ),  # a bureau's dateline (Cairo) is not where a story about Yemen happens
    (
        "The House of Commons voted 266-0 on Monday for a motion declaring that China's "
        "treatment of its Uyghur minority amounts to genocide and urging the International "
        "Olympic Committee to move the Winter Games, though Prime Minister Justin Trudeau "
        "abstained.",
        ("REQUEST", {"CAN"}, {"IOC"}),
    ),  # a participle the parser joined to the finite verb of the declared clause
    (
        "Belarus has detained 33 suspected mercenaries from Russia's Wagner private military "
        "group near Minsk, state media reported on Wednesday.",
        ("COERCE", {"BLR"}, {"RUS"}),
    ),  # the named group of a 'from' phrase the parser hung on the verb
    (
        "Moldova's president-elect Maia Sandu said on Monday that Russian troops stationed in"
        " the breakaway Transdniestria region should be withdrawn.",
        ("REQUEST", {"MDA"}, {"RUS"}),
    ),  # what a speaker says someone should do is a call on them
    (
        "KATHMANDU - One million doses of the Covishield vaccine gifted by India landed at "
        "Tribhuvan International Airport on Thursday.",
        ("AID", {"IND"}, {"NPL"}),
    ),
    (
        "Turkish President Recep Tayyip Erdogan and his Egyptian counterpart Abdel Fattah al-"
        "Sisi shook hands and spoke briefly in Doha on Sunday.",
        ("CONSULT", {"TUR", "EGY"}, set()),
    ),  # two leaders shaking hands met
    (
        "BELGRADE, May 26 (Reuters) - Serbia put its army on a higher state of alert and "
        "ordered units closer to the Kosovo border on Friday.",
        ("MOBILIZE", {"SRB"}, {"KOS"}),
    ),  # an army put on a higher state of alert
    (
        "Sudan's army-led government has frozen its dealings with the East African regional "
        "bloc IGAD, the foreign ministry said on Tuesday.",
        ("SANCTION", {"SDN"}, {"IGAD"}),
    ),
    (
        "Tajikistan said on Wednesday it had launched an anti-terrorist operation against "
        "armed groups in the restive Gorno-Badakhshan region, the remote mountainous region "
        "bordering Afghanistan.",
        ("ASSAULT", {"TJK"}, {"TJK"}),
    ),  # a neighbour across the border is no target
    (
        "ANKARA - Türkiye has launched a new cross-border operation against PKK terrorists in"
        " northern Iraq, with commandos backed by warplanes and drones striking hideouts in "
        "the Metina region, Defence Minister Hulusi Akar said on Monday.",
        ("ASSAULT", {"TUR"}, {"IRQ"}),
    ),  # a state's own insurgents named by their fighters, hit abroad
    (
        "Rwanda reopened its main border crossing with Uganda at Gatuna on Monday, nearly "
        "three years after shutting it.",
        ("COOPERATE", {"RWA"}, {"UGA"}),
    ),  # a border crossing reopened resumes trade and travel
    (
        "Bangkok (AFP) - Thailand has deported about 100 Uighur migrants back to China, "
        "officials said on Thursday, drawing condemnation from Turkey.",
        ("ACCUSE", {"TUR"}, {"THA"}),
    ),  # the reported act drew the reaction, not the officials who report it
    (
        "Bamako (AFP) - Mali, Burkina Faso and Niger announced on Monday their withdrawal "
        "from the International Criminal Court, calling the Hague-based tribunal an "
        "instrument of neo-colonial repression.",
        ("ACCUSE", {"MLI", "NER"}, {"ICC"}),
    ),  # the tribunal is the court named before (Burkina Faso lost to the dateline parse)
    (
        "Ukrainian troops pulled out of the besieged railway hub of Debaltseve on Wednesday "
        "after weeks of fighting with Russian-backed separatists, President Petro Poroshenko "
        "said.",
        ("RETREAT", {"UKR"}, set()),
    ),  # a sponsor named on the other side is no party to the withdrawal
    (
        "Russia unleashed a broad assault on Ukraine from the north, east and south on Thursday.",
        ("ASSAULT", {"RUS"}, {"UKR"}),
    ),  # an assault named with its target
    (
        "Bahrain revoked the citizenship of Sheikh Isa Qassim, the spiritual leader of its "
        "Shi'ite majority, on Monday.",
        ("COERCE", {"BHR"}, {"BHR"}),
    ),  # citizenship revoked
    (
        "Saudi Arabia has halted $3 billion in military aid to the Lebanese army, the state "
        "news agency said on Friday.",
        ("SANCTION", {"SAU"}, {"LBN"}),
    ),  # a sum of aid halted
    (
        "Washington suspended $300 million in aid to Pakistan on Monday.",
        ("SANCTION", {"USA"}, {"PAK"}),
    ),  # a sum of aid suspended
    (
        "President Volodymyr Zelensky called the Russian strike on Hroza a deliberate act of "
        "terror against civilians.",
        ("ACCUSE", {"UKR"}, {"RUS"}),
    ),  # an act of terror
    (
        "Ukraine's army said on Wednesday it had ordered its troops to withdraw from the "
        "eastern town of Vuhledar.",
        ("RETREAT", {"UKR"}, set()),
    ),  # own troops ordered out
    (
        "Sudan's army said on Friday it had seized the presidential palace in Khartoum from "
        "the paramilitary Rapid Support Forces.",
        ("ASSAULT", {"SDN"}, {"SDN"}),
    ),  # a palace seized by an army
    (
        "At least 85 people were killed on Friday when a suicide bomber blew himself up at an"
        " election rally in Mastung district, Pakistan, officials said.",
        ("ASSAULT", {"PAK"}, {"PAK"}),
    ),  # a suicide bombing
    (
        "Russian forces liberated the town of Avdiivka from Ukrainian troops on Saturday.",
        ("ASSAULT", {"RUS"}, {"UKR"}),
    ),  # a town liberated from the enemy
    (
        "The Supreme Court on Thursday affirmed the victory of President Bola Tinubu in the "
        "February 25 presidential election, dismissing the appeals of Atiku Abubakar of the "
        "Peoples Democratic Party for lacking merit.",
        ("REJECT", {"NGA"}, {"NGA"}),
    ),  # appeals dismissed
    (
        "Kenya's Supreme Court on Monday unanimously upheld William Ruto's election as "
        "president, throwing out the petition by Raila Odinga.",
        ("REJECT", {"KEN"}, {"KEN"}),
    ),  # a petition thrown out
    (
        "Operatives of the Department of State Services in the early hours of Saturday "
        "arrested Omoyele Sowore at a hotel in Lagos.",
        ("COERCE", {"NGA"}, {"NGA"}),
    ),  # Nigeria's secret police
    (
        "Budapest responded by expelling two Ukrainian diplomats, and Kyiv ordered two "
        "Hungarian diplomats out within hours.",
        ("SANCTION", {"UKR"}, {"HUN"}),
    ),  # diplomats ordered out
    (
        "Protesters pelted President Javier Milei's motorcade with stones and bottles during "
        "a campaign event in Lomas de Zamora on Wednesday.",
        ("ASSAULT", {"ARG"}, {"ARG"}),
    ),  # a motorcade pelted with stones
    (
        "The Chinese coast guard blasted the Philippine boat with a water cannon near "
        "Scarborough Shoal on Monday.",
        ("ASSAULT", {"CHN"}, {"PHL"}),
    ),  # blasted with a water cannon
    (
        "US President Donald Trump on Friday signed an executive order cutting off aid to "
        "South Africa.",
        ("SANCTION", {"USA"}, {"ZAF"}),
    ),  # an executive order does what it orders
    (
        "BOGOTÁ, Colombia (AP) — The Biden administration on Friday imposed sanctions on "
        "Colombian rebel commanders.",
        ("SANCTION", {"USA"}, {"COL"}),
    ),  # an accented dateline is no subject
    (
        "President Rodrigo Duterte announced on Wednesday that the Philippines is withdrawing"
        " from the Rome Statute, the treaty that created the International Criminal Court.",
        ("SANCTION", {"PHL"}, {"ICC"}),
    ),  # the Rome Statute is the ICC's treaty, no Italian party
    (
        "U.S. President Donald Trump slapped a 39% tariff on Swiss imports late on Thursday.",
        ("SANCTION", {"USA"}, {"CHE"}),
    ),  # tariffs slapped on
    (
        "Mexican President Andrés Manuel López Obrador said Tuesday he was putting relations "
        "with the U.S. and Canadian embassies on pause.",
        ("SANCTION", {"MEX"}, {"USA", "CAN"}),
    ),  # relations put on pause
    (
        "The United States paused its funding for UNRWA on Friday.",
        ("SANCTION", {"USA"}, {"UNRWA"}),
    ),  # aid paused
    (
        "Russia would expel U.S. diplomats if Washington went ahead with the new measures.",
        ("THREATEN", {"RUS"}, {"USA"}),
    ),  # a conditional expulsion stays a threat
    (
        "Argentina will withdraw from the World Health Organization, President Javier Milei's"
        " spokesman said on Wednesday.",
        ("THREATEN", {"ARG"}, {"WHO"}),
    ),  # leaving a body, announced for the future: a threat to reduce relations (PLOVER gold)
    (
        "Hundreds of Israeli settlers rampaged through the Palestinian town of Huwara in the "
        "northern West Bank on Sunday night.",
        ("ASSAULT", {"ISR"}, {"PSE"}),
    ),  # settlers rampaging through a town
    (
        "A drone launched from Lebanon struck Prime Minister Benjamin Netanyahu's private "
        "home in Caesarea on Saturday morning.",
        ("ASSAULT", {"LBN"}, {"ISR"}),
    ),  # a drone launched from a country
    (
        "A court in Minsk on Friday sentenced Ales Bialiatski, co-winner of last year's Nobel"
        " Peace Prize and founder of the Viasna rights group, to 10 years in prison on "
        "smuggling charges.",
        ("COERCE", {"BLR"}, {"BLR"}),
    ),  # a prison term however far after the sentenced party
    (
        "Russia struck Kyiv with hundreds of drones and missiles overnight, "
        "killing at least 23 people, including four children, and damaging the offices of the"
        " European Union delegation and the British Council in the city center, Ukrainian "
        "officials said.",
        ("ASSAULT", {"RUS"}, {"UKR"}),
    ),  # the party struck, not the party named beside the victims
    (
        "Bosnia's Central Election Commission on Wednesday stripped Milorad Dodik of his "
        "mandate as president of Republika Srpska.",
        ("COERCE", {"BIH"}, {"BIH"}),
    ),  # stripped of a mandate: banned from political life
    (
        "Tanzania's electoral commission on Saturday barred the main opposition party Chadema"
        " from October's general election.",
        ("COERCE", {"TZA"}, {"TZA"}),
    ),  # a party barred from an election
    (
        "The Constitutional Court on Monday barred former president Jacob Zuma from standing "
        "for parliament in next week's general election.",
        ("SANCTION", {"ZAF"}, {"ZAF"}),
    ),  # a court barring a candidate: a sanction by court order
    (
        "The National Election Board of Ethiopia on Wednesday revoked the legal registration "
        "of the Tigray People's Liberation Front.",
        ("COERCE", {"ETH"}, {"ETH"}),
    ),  # a party's registration revoked
    (
        "Niger's military government said on Thursday it had nationalised Somair, the uranium"
        " mining company majority-owned by French nuclear fuel group Orano.",
        ("COERCE", {"NER"}, {"FRA"}),
    ),  # a nationalisation confiscates the owner's property
    (
        "Sri Lanka's Supreme Court ruled on Tuesday that former President Gotabaya Rajapaksa "
        "and other senior officials violated the public's rights through their mishandling of"
        " the economy.",
        ("SANCTION", {"LKA"}, {"LKA"}),
    ),  # a court finding its own country's leaders liable
    (
        "India on Wednesday called U.S. President Donald Trump's decision to impose an "
        "additional 25% tariff on Indian goods over its purchases of Russian oil unfair and "
        "unjustified.",
        ("SANCTION", {"USA"}, {"IND"}),
    ),  # whose decision: the possessor acts, not the sentence's subject
    (
        "The U.S. Agency for International Development said on Thursday it was pausing all "
        "food assistance to Ethiopia.",
        ("SANCTION", {"USA"}, {"ETH"}),
    ),  # USAID by its full name
    (
        "The Coast Guard Administration yesterday detained a cargo ship and its eight Chinese"
        " crew members on suspicion of severing an undersea cable between Taiwan and Penghu.",
        ("COERCE", {"TWN"}, {"CHN"}),
    ),  # Taiwan's coast guard named without its country
    (
        "COLOMBO, April 2 (Reuters) - Sri Lankan President Gotabaya Rajapaksa declared a "
        "state of emergency on Friday, a day after hundreds of protesters angered by power "
        "cuts tried to storm his private residence on the outskirts of Colombo.",
        ("PROTEST", {"LKA"}, {"LKA"}),
    ),  # a storming attempted is a protest act done
    (
        "GAROWE - US forces carried out air strikes on Islamic State militants in Puntland's "
        "Cal Miskaad mountains on Saturday, targeting a senior attack planner, President "
        "Donald Trump said.",
        ("ASSAULT", {"USA"}, {"SOM"}),
    ),  # a regional government's name, or a state's possessive on a place, says where
    (
        "US forces carried out air strikes on Islamic State militants in Somalia's Puntland "
        "region on Saturday.",
        ("ASSAULT", {"USA"}, {"SOM"}),
    ),
    (
        "Algeria on Wednesday suspended a friendship treaty with Spain.",
        ("SANCTION", {"DZA"}, {"ESP"}),
    ),  # a treaty suspended
    (
        "Somalia's President Mohamed Abdullahi Farmaajo has suspended Prime Minister Mohamed "
        "Hussein Roble over corruption allegations.",
        ("SANCTION", {"SOM"}, {"SOM"}),
    ),  # an office holder suspended
    (
        "Hundreds of federal police and gendarmes have been sent to Rosario this month after "
        "a string of killings, Argentina's Security Minister Patricia Bullrich said.",
        ("MOBILIZE", {"ARG"}, {"ARG"}),
    ),  # forces sent, with no sender named, are their state's
    (
        "Spain's parliament on Thursday approved an amnesty for Catalan separatists.",
        ("CONCEDE", {"ESP"}, {"ESP"}),
    ),  # an amnesty approved is a concession
    (
        "France acknowledged its responsibility in the Rwandan genocide on Thursday.",
        ("CONCEDE", {"FRA"}, {"RWA"}),
    ),  # responsibility acknowledged: regret
    (
        "Armenia and Turkey resumed direct flights on Wednesday.",
        ("COOPERATE", {"ARM", "TUR"}, set()),
    ),  # flights resumed between two states
    (
        "Jihadist insurgents massacred 52 young men in a village in Mozambique's northern "
        "Cabo Delgado province, police said.",
        ("ASSAULT", {"MOZ"}, {"MOZ"}),
    ),  # massacre.v
    (
        "The International Criminal Court on Thursday found Dominic Ongwen, a former child "
        "soldier who became a commander of Uganda's Lord's Resistance Army, guilty of war "
        "crimes.",
        ("SANCTION", {"ICC"}, {"UGA"}),
    ),  # guilty hung on the object after its apposition
    (
        "A Russian military judge on Thursday ordered the detention of Alexei Navalny after "
        "questioning him over alleged fraud.",
        ("COERCE", {"RUS"}, {"RUS"}),
    ),  # detention.n ordered
    (
        "Yemeni troops backed by Emirati special forces drove Al Qaeda fighters out of the "
        "port city of Mukalla on Sunday.",
        ("ASSAULT", {"YEM"}, {"YEM"}),
    ),  # drive.out.v
    (
        "CARACAS, Venezuela (AP) — Intelligence agents detained Roberto Marrero, chief of "
        "staff to opposition leader Juan Guaidó, in a pre-dawn raid on his Caracas home "
        "Thursday.",
        ("COERCE", {"VEN"}, {"VEN"}),
    ),  # intelligence agents: an agent noun
    (
        "Iran on Saturday hanged Ruhollah Zam, a dissident journalist whose channel fuelled "
        "protests.",
        ("ASSAULT", {"IRN"}, {"IRN"}),
    ),  # a second subject after the verb repaired to its object
    (
        "A military court in Astana has sentenced Karim Massimov, the former chief of "
        "Kazakhstan's National Security Committee, to 18 years in prison for high treason, "
        "attempting to seize power and abuse of office over his role in the deadly unrest of "
        "January 2021.",
        ("COERCE", {"KAZ"}, {"KAZ"}),
    ),  # prison term beside an attempted seizure that is a charge
    (
        "Raqa (AFP) - US-backed fighters seized full control of Raqa from the Islamic State "
        "group on Tuesday, ousting the jihadists from the city they had run as the de facto "
        "Syrian capital of their self-declared caliphate.",
        ("ASSAULT", {"SYR"}, {"SYR"}),
    ),  # a backer is not the one acting
    (
        "Italy and Libya's UN-backed government signed a memorandum on Thursday on migration.",
        ("SUPPORT", {"ITA", "LBY"}, set()),
    ),  # UN written in capitals is no surname (Kim Jong Un)
    (
        "Seoul responded by sending its anti-piracy naval unit towards the Strait of Hormuz.",
        ("MOBILIZE", {"KOR"}, set()),
    ),  # a naval unit sent
    (
        "A Chinese professor returned home after Japan released him on bail on Friday.",
        ("RETREAT", {"JPN"}, set()),
    ),  # released him: a person released
    (
        "The International Criminal Court issued arrest warrants on Tuesday for former "
        "Russian defence minister Sergei Shoigu. Russia's Security Council dismissed the move"
        " as meaningless.",
        ("REJECT", {"RUS"}, {"ICC"}),
    ),  # a state's own Security Council is not the UN's
    (
        "Emmanuel Macron received Vladimir Putin at Versailles on Monday for their first "
        "meeting, and used a joint press conference to denounce the Russian outlets RT and "
        "Sputnik as agents of propaganda.",
        ("ACCUSE", {"FRA"}, {"RUS"}),
    ),  # used X to: the user acts, not the means
    (
        "Opec agreed on Sunday to cut oil output by a million barrels a day.",
        ("AGREE", {"OPEC"}, set()),
    ),  # an acronym in title case (British style)
    (
        "A Russian-installed official in the region blamed Ukrainian forces for the attack on"
        " the convoy.",
        ("ACCUSE", {"RUS"}, {"UKR"}),
    ),  # an agent installed by a state is that state's
    (
        "Kenya's Senate voted on Thursday to remove Rigathi Gachagua as deputy president.",
        ("SANCTION", {"KEN"}, {"KEN"}),
    ),  # removed as an office holder
    (
        "ATMEH, Syria (AP) — U.S. special forces raided a house in northwestern Syria on "
        "Thursday in a helicopter-borne operation against the Islamic State group.",
        ("ASSAULT", {"USA"}, {"SYR"}),
    ),  # an armed raid abroad
    (
        "Police raided the offices of the opposition newspaper in Guatemala City on Friday.",
        ("COERCE", {"GTM"}, {"GTM"}),
    ),  # a police raid on offices stays COERCE
    (
        "Russian guided bombs struck a crowded hypermarket in Kharkiv on Saturday. Volodymyr "
        "Zelenskyy said about 200 people could have been inside and condemned the attack.",
        ("ACCUSE", {"UKR"}, {"RUS"}),
    ),  # a past tense joined to a modal complement goes with the verb of saying
    (
        "The European Court of Human Rights ruled on Thursday that Russia was responsible for"
        " killings, torture and looting in South Ossetia after the 2008 war.",
        ("SANCTION", {"ECHR"}, {"RUS"}),
    ),  # a court's finding of responsibility is a ruling against the party
    (
        "The United States revoked the visa of Colombian President Gustavo Petro on Friday.",
        ("SANCTION", {"USA"}, {"COL"}),
    ),  # a visa revoked is an entry ban
    (
        "An Istanbul court on Sunday ordered Mayor Ekrem Imamoglu jailed pending trial on "
        "corruption charges.",
        ("COERCE", {"TUR"}, {"TUR"}),
    ),  # a court ordering someone jailed: the detention it orders
    (
        "Gambian police arrested senior members of the opposition United Democratic Party on "
        "Saturday.",
        ("COERCE", {"GMB"}, {"GMB"}),
    ),  # a party name inside a longer one is not the US Democrats
    (
        "The Supreme Court banned the Islamic Renaissance Party of Tajikistan on Tuesday.",
        ("COERCE", {"TJK"}, {"TJK"}),
    ),  # nor Renaissance inside a longer name Macron's party
    (
        "A security guard at the Israeli Embassy in Amman shot dead two Jordanians on Sunday.",
        ("ASSAULT", {"ISR"}, {"JOR"}),
    ),  # a guard at an embassy works for its state
    (
        "Chinese coast guard vessels blocked a Philippine supply boat from reaching the shoal"
        " on Tuesday.",
        ("COERCE", {"CHN"}, {"PHL"}),
    ),  # blocking a ship from going somewhere
    (
        "President Joe Biden on Friday blocked Nippon Steel's purchase of U.S. Steel.",
        ("REJECT", {"USA"}, {"JPN"}),
    ),  # blocking a takeover vetoes it
    (
        "Turkey's interior ministry on Monday removed three elected pro-Kurdish mayors and "
        "replaced them with trustees.",
        ("COERCE", {"TUR"}, {"TUR"}),
    ),  # removing elected mayors
    (
        "The Commerce Department unveiled new export controls that cut Russia off from Western "
        "technology.",
        ("SANCTION", {"USA"}, {"RUS"}),
    ),  # a measure that acts: whoever issued it
    (
        "A bomb blast inside a chapel next to Cairo's Coptic Cathedral killed at least 25 "
        "people on Sunday.",
        ("ASSAULT", {"EGY"}, {"EGY"}),
    ),  # a bomb blast is an attack, not an accident; the place through next to
    (
        "China will scrap its tariffs on Australian wine from Friday, its commerce ministry "
        "announced on Thursday.",
        ("CONCEDE", {"CHN"}, {"AUS"}),
    ),  # scrapping tariffs
    (
        "The Constitutional Court on Friday upheld the National Assembly's impeachment of "
        "President Park Geun-hye, removing her from office.",
        ("SANCTION", {"KOR"}, {"KOR"}),
    ),  # upholding an impeachment
    (
        "The Supreme Court of Vanuatu found 14 MPs, among them the deputy prime minister, "
        "guilty of bribery on Friday.",
        ("SANCTION", {"VUT"}, {"VUT"}),
    ),  # guilty on the apposition
    (
        "The Philippine Supreme Court on Friday declared unconstitutional the articles of "
        "impeachment that the House of Representatives sent to the Senate.",
        ("SANCTION", {"PHL"}, {"PHL"}),
    ),  # an adjective before the determiner; a shared seat beside a court of another state
    (
        "LIMA (Reuters) - Peruvian President Martin Vizcarra dissolved Congress on Monday and"
        " called fresh legislative elections.",
        ("COERCE", {"PER"}, {"PER"}),
    ),  # many states have a Congress
    (
        "Defence Minister Richard Marles said Australian divers were hurt by Chinese sonar. "
        "The government has raised serious concerns with Beijing over the conduct.",
        ("ACCUSE", {"AUS"}, {"CHN"}),
    ),  # the foe a complaint is raised with is not where the complainer is
    (
        "China has suspended its official communication mechanism with Taiwan, Beijing's "
        "Taiwan Affairs Office said on Saturday.",
        ("SANCTION", {"CHN"}, {"TWN"}),
    ),  # suspending a communication mechanism
    (
        "Venezuela's foreign minister brushed the U.S. announcement aside as crude propaganda"
        " on Thursday.",
        ("REJECT", {"VEN"}, {"USA"}),
    ),  # brushing aside
    (
        "CAIRO (Reuters) - The military accused a former chief of staff of breaking the law, "
        "and his campaign said he had been arrested.",
        ("COERCE", {"EGY"}, {"EGY"}),
    ),  # an arrest with no agent named: the story's state
    (
        "Thousands of protesters tried to storm the Georgian parliament on Thursday night "
        "over a Russian lawmaker's address.",
        ("PROTEST", {"GEO"}, {"GEO"}),
    ),  # a state's own legislature is stormed by its people
    (
        "President Vladimir Putin on Friday signed a decree temporarily barring Russian "
        "airlines from flying to Georgia.",
        ("SANCTION", {"RUS"}, {"GEO"}),
    ),  # barring airlines from flying to a state
    (
        "BAGHDAD (Reuters) - Gunmen shot dead a security analyst outside his home. Prime "
        "Minister Mustafa al-Kadhimi vowed to hunt down the killers.",
        ("THREATEN", {"IRQ"}, set()),
    ),  # vowing to hunt down attackers
    (
        "Singapore's opposition leader was fined on Monday for lying to a committee looking "
        "into a former Workers' Party MP's statement.",
        ("SANCTION", {"SGP"}, {"SGP"}),
    ),  # a shared party name (the Workers' Party) in another state's story
    (
        "OTTAWA (Reuters) - Canada scrapped its digital services tax on U.S. technology firms"
        " late on Sunday.",
        ("CONCEDE", {"CAN"}, {"USA"}),
    ),  # a tax scrapped on another state's firms
    (
        "Biden said on Thursday he would halve tariffs on Chinese goods to 10 per cent.",
        ("CONCEDE", {"USA"}, {"CHN"}),
    ),  # cutting tariffs eases a restriction
    (
        "JAKARTA - A former trade minister walked free on Friday, after President Joko Widodo"
        " granted him an amnesty.",
        ("CONCEDE", {"IDN"}, {"IDN"}),
    ),  # granting an amnesty
    (
        "Houthi rebels attacked a Greek-operated bulk carrier in the Red Sea on Monday.",
        ("ASSAULT", {"YEM"}, {"GRC"}),
    ),  # the operator's state of a ship attacked
    (
        "Houthi rebels said on Wednesday they had sunk a Greek-owned bulk carrier in the Red Sea.",
        ("ASSAULT", {"YEM"}, {"GRC"}),
    ),  # a carrier sunk
    (
        "An Algerian military judge on Thursday ordered the detention of the head of the "
        "Workers' Party.",
        ("COERCE", {"DZA"}, {"DZA"}),
    ),  # a shared party name takes the nationality named before it
    (
        "Pakistan's Supreme Court on Tuesday overturned the government's decision to dissolve"
        " the National Assembly.",
        ("SANCTION", {"PAK"}, {"PAK"}),
    ),  # a court overturning a decision finds against it (SANCTION:convict)
    (
        "A three-judge bench of Nepal's Supreme Court on Monday set aside the government's order.",
        ("SANCTION", {"NPL"}, {"NPL"}),
    ),  # a bench of a court is the court
    (
        "Nepal's Supreme Court on Tuesday rejected the cabinet's decision to dissolve the "
        "House, ruling that the move was unconstitutional.",
        ("SANCTION", {"NPL"}, {"NPL"}),
    ),  # a participle after a comma is the court's, not the decision's
    (
        "A bench of Sri Lanka's Supreme Court ruled that the president's decision to dissolve"
        " Parliament last month and call a snap election was unconstitutional.",
        ("SANCTION", {"LKA"}, {"LKA"}),
    ),  # the parser cut the long clause subject off: was is a conjunct of ruled
    (
        "Kenya's High Court on Monday suspended the government's notification extending the "
        "curfew.",
        ("SANCTION", {"KEN"}, {"KEN"}),
    ),  # a court suspending a decision
    (
        "South Sudan's President Salva Kiir sacked the army chief on Monday.",
        ("SANCTION", {"SSD"}, set()),
    ),  # sacking an office holder; Kiir is SSD (curated person rows outrank Phoenix)
    (
        "The European Union blacklisted four Russian officials on Monday.",
        ("SANCTION", {"EU"}, {"RUS"}),
    ),
    (
        "Serbian President Aleksandar Vucic backed away from plans to reimpose a curfew in "
        "Belgrade on Wednesday.",
        ("CONCEDE", {"SRB"}, {"SRB"}),
    ),  # backing away from a plan concedes it
    (
        "Denmark gave Ukraine 19 fighter jets on Monday.",
        ("AID", {"DNK"}, {"UKR"}),
    ),  # weapons given are military aid
    (
        "Truckers kept up road blockades across Brazil on Tuesday.",
        ("PROTEST", {"BRA"}, {"BRA"}),
    ),  # road blockades are a protest (obstruct)
    (
        "Pakistan's interior ministry suspended mobile phone services across the country on "
        "Thursday.",
        ("COERCE", {"PAK"}, {"PAK"}),
    ),  # suspending phone or internet service at home is censorship
    (
        "Kremlin spokesman Dmitry Peskov called the move an unfriendly step by Kyiv.",
        ("ACCUSE", {"RUS"}, {"UKR"}),
    ),
    (
        "Ukraine's parliament voted on Monday to impose martial law in ten regions.",
        ("COERCE", {"UKR"}, {"UKR"}),
    ),  # the noun's actor through the verb it is the object of: voted to impose
    (
        "Kyiv carried out a drone attack on Black Sea Fleet ships in Sevastopol on Saturday.",
        ("ASSAULT", {"UKR"}, {"RUS"}),
    ),  # the Black Sea Fleet is Russia's
    (
        "Eurozone leaders reached a deal with Greece on Monday.",
        ("AGREE", {"EU"}, {"GRC"}),
    ),  # eurozone leaders act for the EU
    (
        "Ethiopia freed the politician on Wednesday after prosecutors dropped charges against him.",
        ("CONCEDE", {"ETH"}, {"ETH"}),
    ),  # bare prosecutors are an agent, placed by the story
    (
        "South Sudan's President Salva Kiir and opposition leader Riek Machar agreed on "
        "Thursday to form a unity government after the two men met in Juba.",
        ("CONSULT", {"SSD"}, set()),
    ),  # the two men: two people of one state are still two
    (
        "Peru barred former Bolivian president Evo Morales and eight other Bolivians from "
        "entering the country on Monday, accusing them of political activities.",
        ("ACCUSE", {"PER"}, {"BOL"}),
    ),  # them: the people named together, not the state
    (
        "Saudi Arabia expelled Canada's ambassador after Ottawa called for the release of "
        "activists, a call the kingdom denounced as blatant interference.",
        ("ACCUSE", {"SAU"}, {"CAN"}),
    ),  # the kingdom: a state styled a kingdom in countries.tsv
    (
        "South Korea scrambled fighter jets on Wednesday after two Chinese military aircraft "
        "entered its air defense zone.",
        ("MOBILIZE", {"KOR"}, {"CHN"}),
    ),  # scrambled read as an adjective of the jets, with Korea its subject
    (
        "Iran's Revolutionary Guard seized a South Korean-flagged tanker in the Gulf on "
        "Monday. Seoul responded by sending its anti-piracy naval unit towards the Strait of "
        "Hormuz.",
        ("MOBILIZE", {"KOR"}, {"IRN"}),
    ),  # a show of force with no target named faces the story's other party
    (
        "Britain expelled Russia's defence attache on Wednesday. Moscow said it would respond"
        " to what it called an openly hostile step.",
        ("THREATEN", {"RUS"}, {"GBR"}),
    ),  # saying one will respond to another's act threatens it
    (
        "Chinese Vice Premier Liu He met U.S. Trade Representative Robert Lighthizer in "
        "Washington on Thursday.",
        ("CONSULT", {"CHN"}, {"USA"}),
    ),  # Liu He: a name ending in a word the tagger reads as a pronoun
    (
        "Explosions tore through the airport in Yemen's southern city of Aden on Wednesday. "
        "Information Minister Moammar al-Eryani blamed the attack on the Houthi rebels.",
        ("ACCUSE", {"YEM"}, {"YEM"}),
    ),  # al-Eryani: a name whose last word starts in lower case
    (
        "Japan's government was angry. The prime minister on Friday accused South Korea of "
        "breaking the pact.",
        ("ACCUSE", {"JPN"}, {"KOR"}),
    ),  # a definite title acting is the office holder of the story's state
    (
        "The leaders of Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan met in Astana on Friday.",
        ("CONSULT", {"KAZ", "KGZ", "TJK", "UZB"}, set()),
    ),  # a list whose second name the parser made an apposition of the first
    (
        "ISLAMABAD: Prime Minister Imran Khan was voted out of office in the early hours of "
        "Sunday.",
        ("SANCTION", {"PAK"}, {"PAK"}),
    ),  # a passive removal from office is the story's state's
    (
        "President Joe Biden said on Friday he was not ruling out a military option against Iran.",
        ("THREATEN", {"USA"}, {"IRN"}),
    ),  # force held open is a threat
    (
        "The South Korean military fired warning shots after North Korean soldiers briefly "
        "crossed the Military Demarcation Line on Tuesday.",
        ("MOBILIZE", {"KOR"}, {"PRK"}),
    ),  # warning shots are a show of force
    (
        "South Korean fighter jets fired hundreds of warning shots on Tuesday at a Russian "
        "military plane.",
        ("MOBILIZE", {"KOR"}, {"RUS"}),
    ),  # warning shots at a plane, through 'hundreds of'
    (
        "North Korea fired what appeared to be an intermediate-range ballistic missile into "
        "the East Sea on Monday.",
        ("MOBILIZE", {"PRK"}, set()),
    ),  # a launch of a missile not yet named
    (
        "Guatemala's attorney general fired the country's top anti-corruption prosecutor on "
        "Friday, prompting the U.S. State Department to say it had lost confidence in her.",
        ("COERCE", {"GTM"}, {"GTM"}),
    ),  # an executive firing an official; the effect clause names no recipient
    (
        "Poland's new government on Wednesday dismissed the heads of public television, "
        "Polish Radio and the state news agency.",
        ("COERCE", {"POL"}, {"POL"}),
    ),  # dismissing office holders
    (
        "China has downgraded its diplomatic relations with Lithuania to the level of charge "
        "d'affaires.",
        ("SANCTION", {"CHN"}, {"LTU"}),
    ),  # downgraded relations
    (
        "Myanmar's military government on Thursday ended the state of emergency it imposed "
        "after seizing power in the 2021 coup.",
        ("CONCEDE", {"MMR"}, {"MMR"}),
    ),  # ending a state of emergency eases restrictions
    (
        "Opposition supporters in Kenya barricaded roads and blocked polling stations on Thursday.",
        ("PROTEST", {"KEN"}, {"KEN"}),
    ),  # barricading roads
    (
        "Iran's navy seized an oil tanker in the Gulf of Oman on Thursday, state media "
        "reported. The Marshall Islands-flagged St Nikolas had been heading for Turkey with "
        "Iraqi crude.",
        ("COERCE", {"IRN"}, {"MHL"}),
    ),  # a seized ship is its flag's, named in the next sentence
    (
        "Colombia's Senate on Wednesday narrowly rejected President Gustavo Petro's request "
        "to put his labour reform to a popular consultation. Petro accused the Senate's "
        "leadership of committing fraud in the vote.",
        ("ACCUSE", {"COL"}, {"COL"}),
    ),  # a shared seat name keeps the country it had earlier in the story
    (
        "Iranian Foreign Minister Abbas Araghchi and US envoy Steve Witkoff held Omani-"
        "mediated talks in Muscat on Saturday, their first such meeting since Donald Trump "
        "returned to office, and both sides agreed to meet again next week.",
        ("AGREE", {"IRN", "USA"}, set()),
    ),  # both sides: the two who held the talks, not the mediator
    (
        "Iranian Foreign Minister Abbas Araghchi and US envoy Steve Witkoff held Omani-"
        "mediated talks in Muscat on Saturday.",
        ("CONSULT", {"IRN", "USA"}, set()),
    ),  # a second name joined to the first one's apposition
    (
        "North Korea's chief negotiator Kim Myong-gil said working-level nuclear talks with "
        "the United States in Stockholm broke down on Saturday.",
        ("CONSULT", {"PRK"}, {"USA"}),
    ),  # talks a party says broke down: the speaker's side held them
    (
        "US President Joe Biden hosted Japanese Prime Minister Yoshihide Suga at the White "
        "House on Friday, his first in-person talks with a foreign leader.",
        ("CONSULT", {"JPN"}, {"USA"}),
    ),  # hosting a leader, though the parser took 'talks' for a second object
    (
        "Russia vetoed a draft resolution prepared by the United States on Wednesday.",
        ("REJECT", {"RUS"}, {"USA"}),
    ),  # the object's author is a recipient
    (
        "Japan's Cabinet on Friday approved removing South Korea from its whitelist of "
        "trusted trading partners, a move President Moon Jae-in denounced at an emergency "
        "Cabinet meeting as reckless.",
        ("ACCUSE", {"KOR"}, {"JPN"}),
    ),  # a bare relative clause whose subject's name the parser split
    (
        "The military governments of Mali, Burkina Faso and Niger on Sunday announced the "
        "immediate withdrawal of their countries from the Economic Community of West African "
        "States, accusing the regional bloc of betraying its founding ideals.",
        ("ACCUSE", {"MLI", "BFA", "NER"}, {"ECOWAS"}),
    ),  # a participle after a comma speaks for the subject, not for the noun it hangs on
    (
        "The military governments of Mali, Burkina Faso and Niger on Sunday announced the "
        "immediate withdrawal of their countries from the Economic Community of West African "
        "States.",
        ("SANCTION", {"MLI", "BFA", "NER"}, {"ECOWAS"}),
    ),  # 'their' stands for all the states named together
    (
        "Denmark accused an Iranian government intelligence service on Tuesday of plotting to"
        " assassinate an opposition figure on Danish soil and recalled its ambassador from "
        "Tehran.",
        ("SANCTION", {"DNK"}, {"IRN"}),
    ),  # a past tense the parser joined to an infinitive goes with the finite verb above
    (
        "Turkey told Israel's ambassador Eitan Naeh on Tuesday to leave the country for a while.",
        ("SANCTION", {"TUR"}, {"ISR"}),
    ),  # telling an envoy to leave expels
    (
        "Israel answered within hours by ordering Turkey's consul general in Jerusalem to "
        "return home.",
        ("SANCTION", {"ISR"}, {"TUR"}),
    ),  # ordering a consul general home
    (
        "Thailand on Monday suspended a peace declaration with Cambodia signed in Kuala "
        "Lumpur last month.",
        ("SANCTION", {"THA"}, {"KHM"}),
    ),  # suspending a declaration
    (
        "Venezuelan forces had captured two U.S. citizens among a group of armed men who "
        "tried to slip into the country by sea.",
        ("COERCE", {"VEN"}, {"USA"}),
    ),  # capturing foreign citizens is an arrest
    (
        "Russian police have dropped all drug charges against journalist Ivan Golunov and "
        "freed him from house arrest.",
        ("RETREAT", {"RUS"}, {"RUS"}),
    ),  # freed from house arrest is a release, not a rescue
    (
        "Prime Minister Narendra Modi held talks with Maldives President Mohamed Muizzu in "
        "Male on Friday and announced a line of credit of about 4,850 crore rupees for the "
        "island nation.",
        ("AGREE", {"IND"}, {"MDV"}),
    ),  # a credit line announced is a promise
    (
        "China on Tuesday said it had lodged stern complaints with Washington.",
        ("ACCUSE", {"CHN"}, {"USA"}),
    ),  # lodging complaints
    (
        "Taiwan's Presidential Office thanked Washington on Saturday.",
        ("SUPPORT", {"TWN"}, {"USA"}),
    ),  # thanking a government
    (
        "The United States sold 40 F-16 fighters to Taiwan on Monday.",
        ("AID", {"USA"}, {"TWN"}),
    ),  # selling weapons
    (
        "The United States pulled out of the U.N. Human Rights Council on Tuesday, with "
        "Ambassador Nikki Haley and Secretary of State Mike Pompeo accusing the Geneva-based "
        "body of chronic bias against Israel.",
        ("ACCUSE", {"USA"}, {"UNHRC"}),
    ),  # 'the Geneva-based body' is the council named before
    (
        "Supreme Court Justice Gilmar Mendes on Friday night suspended former president Luiz "
        "Inacio Lula da Silva's appointment as President Dilma Rousseff's chief of staff.",
        ("SANCTION", {"BRA"}, {"BRA"}),
    ),  # a judge named with his title acts as the court
    (
        "Britain's Supreme Court ruled on Tuesday that Prime Minister Boris Johnson acted "
        "unlawfully when he suspended parliament for five weeks.",
        ("SANCTION", {"GBR"}, {"GBR"}),
    ),  # ruled that X acted unlawfully
    (
        "The High Court on Friday barred the government from deploying Kenyan police officers"
        " to Haiti.",
        ("SANCTION", {"KEN"}, {"KEN"}),
    ),  # a court barring the government from an act
    (
        "Iraq's Federal Supreme Court has terminated the parliamentary membership of Speaker "
        "Mohammed al-Halbousi.",
        ("SANCTION", {"IRQ"}, {"IRQ"}),
    ),  # a court ending a membership
    (
        "Guinea's ruling junta has dissolved the FNDC, the civil society coalition that has "
        "led protests demanding a swift return to civilian rule.",
        ("COERCE", {"GIN"}, {"GIN"}),
    ),  # dissolving a coalition
    (
        "Thaksin Shinawatra was taken straight to Thailand's Supreme Court, which ordered him"
        " to start serving eight years in prison for corruption.",
        ("COERCE", {"THA"}, {"THA"}),
    ),  # a court ordering someone to start serving a prison term
    (
        "A Chinese destroyer came within 45 yards of the American destroyer USS Decatur near "
        "Gaven Reef on Sunday.",
        ("MOBILIZE", {"CHN"}, {"USA"}),
    ),  # a warship coming within yards of another state's ship
    (
        "Chinese J-15 fighters twice locked their fire-control radar on Air Self-Defense "
        "Force F-15 jets over the Pacific on Saturday.",
        ("MOBILIZE", {"CHN"}, {"JPN"}),
    ),  # a radar lock; the Air Self-Defense Force is Japan's
    (
        "A Russian Su-27 fighter jet flew within five feet of a U.S. Navy EP-3 surveillance "
        "plane over the Black Sea on Monday.",
        ("MOBILIZE", {"RUS"}, {"USA"}),
    ),  # a fighter flying within feet of another state's plane
    (
        "A gunman shot dead nine people at two shisha bars in the western German city of "
        "Hanau late on Wednesday, police said.",
        ("ASSAULT", {"DEU"}, {"DEU"}),
    ),  # 'shot dead nine people', the victims hung on 'dead'
    (
        "U.S. President Joe Biden warned Russian President Vladimir Putin on Tuesday that the"
        " United States would respond with strong economic measures, the White House said "
        "after a video call between the two leaders.",
        ("CONSULT", {"USA", "RUS"}, set()),
    ),  # 'the two leaders' are the two people named, subject or object
    (
        "A Mauritanian court on Monday sentenced former president Mohamed Ould Abdel Aziz to "
        "five years in prison for illicit enrichment.",
        ("SANCTION", {"MRT"}, {"MRT"}),
    ),  # Phoenix files Mauritania's leaders under Mauritius; the converter corrects them
    (
        "China said the USS Benfold had intruded into China's territorial waters near the "
        "Paracel Islands.",
        ("MOBILIZE", {"USA"}, {"CHN"}),
    ),  # intruding into waters; a navy ship prefix names its state
    (
        "A Venezuelan navy vessel sailed into Guyana's waters on Thursday, the Guyanese "
        "government said.",
        ("MOBILIZE", {"VEN"}, {"GUY"}),
    ),  # a vessel sailing into another state's waters
    (
        "A Chinese fighter jet released flares within 30 metres of an Australian navy "
        "helicopter, the defence minister said.",
        ("MOBILIZE", {"CHN"}, {"AUS"}),
    ),  # flares released near another state's aircraft
    (
        "Chinese coast guard ships drove away a Philippine boat near Scarborough Shoal.",
        ("MOBILIZE", {"CHN"}, {"PHL"}),
    ),  # driving away another state's boat
    (
        "Japanese fighter jets fired flares for the first time to warn off a Russian patrol "
        "plane that violated Japan's airspace.",
        ("MOBILIZE", {"RUS"}, {"JPN"}),
    ),  # 'for the first time' is when, not what the flares were fired for
    (
        "Xi and Kazakh President Tokayev signed 33 cooperation documents.",
        ("SUPPORT", {"CHN", "KAZ"}, set()),
    ),  # signing cooperation documents
    (
        "Security forces killed five terrorists in South Waziristan on Monday, the military said.",
        ("ASSAULT", {"PAK"}, {"PAK"}),
    ),  # a tribal district of Pakistan
    (
        "Indian troops attacked camps of Naga militants along the border.",
        ("ASSAULT", {"IND"}, {"IND"}),
    ),  # Naga militants are India's insurgents, not the Philippine city of Naga
    (
        "Thirty-four rockets were fired from Lebanon at northern Israel on Thursday, the "
        "military said.",
        ("ASSAULT", {"LBN"}, {"ISR"}),
    ),  # launched from Lebanon: the unseen attacker is where the rockets came from
    (
        "Iranian and Afghan border guards exchanged fire on Saturday, and each side blamed "
        "the other for the clash.",
        ("ACCUSE", {"IRN", "AFG"}, set()),
    ),  # 'each side … the other': both parties of the clash
    (
        "US and EU observers questioned the lack of transparency in the tally.",
        ("ACCUSE", {"USA", "EU"}, set()),
    ),  # questioning an election's transparency
    (
        "India withdrew the most-favoured-nation status granted to Pakistan.",
        ("SANCTION", {"IND"}, {"PAK"}),
    ),  # withdrawing trade status
    (
        "Argentine President Javier Milei skipped the Mercosur summit in Asuncion.",
        ("REJECT", {"ARG"}, {"MERCOSUR"}),
    ),  # skipping a summit
    (
        "Switzerland adopted the EU's sanctions against Russia on Monday.",
        ("SANCTION", {"CHE"}, {"RUS"}),
    ),  # adopting another's sanctions imposes them
    (
        "Estonia's foreign ministry handed a protest note to Russia's embassy on Tuesday.",
        ("ACCUSE", {"EST"}, {"RUS"}),
    ),  # a protest note handed over
    (
        "Putin held a meeting with Sebastian Kurz in Vienna and later held talks with Angela "
        "Merkel in Berlin.",
        ("CONSULT", {"RUS"}, {"DEU"}),
    ),  # two meetings with two partners in one sentence stay two
    (
        "Japanese Prime Minister Fumio Kishida held talks with Zelenskiy in Kyiv and pledged "
        "30 million dollars in equipment to be provided through a NATO fund.",
        ("AID", {"JPN"}, {"UKR"}),
    ),  # a fund the aid goes through is no recipient (the partner of the talks is)
    (
        "Southern African leaders on Thursday ordered a phased withdrawal of their troops "
        "from eastern Congo.",
        ("RETREAT", {"SADC"}, {"COD"}),
    ),  # Southern African leaders are SADC, not the African Union
    (
        "President Jacob Zuma has removed Nhlanhla Nene as finance minister and replaced him "
        "with a backbencher.",
        ("COERCE", {"ZAF"}, {"ZAF"}),
    ),  # an executive's dismissal
    (
        "The Democratic Republic of Congo on Wednesday ordered the spokesman of the UN "
        "peacekeeping mission MONUSCO, Mathias Gillmann, to leave the country.",
        ("SANCTION", {"COD"}, {"MONUSCO"}),
    ),  # a spokesman ordered out
    (
        "President Donald Trump has called off the tariffs he had threatened to slap on all "
        "Mexican imports.",
        ("CONCEDE", {"USA"}, {"MEX"}),
    ),  # tariffs called off
    (
        "President Joe Biden moved on Tuesday to take Cuba off the U.S. list of state "
        "sponsors of terrorism.",
        ("CONCEDE", {"USA"}, {"CUB"}),
    ),  # taken off a terror list
    (
        "Dubai (AFP) - Bahrain on Sunday executed three Shiite men convicted over a 2014 "
        "bombing that killed three policemen, including an officer from the United Arab "
        "Emirates.",
        ("ASSAULT", {"BHR"}, {"BHR"}),
    ),  # executions at home
    (
        "U.S. warplanes struck more than 85 targets in Iraq and Syria on Friday, hitting "
        "militias in retaliation for the drone strike that killed three American soldiers in "
        "Jordan. Iraq's government condemned the raids on Saturday.",
        ("ACCUSE", {"IRQ"}, {"USA"}),
    ),  # the named attack
    (
        "A Chinese fishing boat deliberately rammed and sank a South Korean coast guard "
        "speedboat in the Yellow Sea on Friday, the coast guard said.",
        ("ASSAULT", {"CHN"}, {"KOR"}),
    ),  # a coast guard speedboat sunk
    (
        "President Donald Trump said Thursday that the USS Boxer had destroyed an Iranian "
        "drone in the Strait of Hormuz.",
        ("ASSAULT", {"USA"}, {"IRN"}),
    ),  # a drone destroyed
    (
        "Refugee footballer Hakeem al-Araibi will return home after Thai prosecutors on "
        "Monday dropped Bahrain's request to extradite him.",
        ("REJECT", {"THA"}, {"BHR"}),
    ),  # another's request dropped
    (
        "The Pentagon on Wednesday withdrew an invitation for China to join the U.S.-hosted "
        "RIMPAC naval exercise.",
        ("SANCTION", {"USA"}, {"CHN"}),
    ),  # a withdrawn invitation
    (
        "The United States on Tuesday barred Myanmar's army chief, Senior General Min Aung "
        "Hlaing, his deputy Soe Win and two other senior officers from entering the country, "
        "citing their role in extrajudicial killings of Rohingya Muslims.",
        ("SANCTION", {"USA"}, {"MMR"}),
    ),  # an entry ban
    (
        "BEIJING, Jan. 4 (Xinhua) -- Chinese President Xi Jinping held talks with visiting "
        "Philippine President Ferdinand Romualdez Marcos Jr. at the Great Hall of the People "
        "on Wednesday.",
        ("CONSULT", {"PHL"}, {"CHN"}),
    ),  # talks with a visitor: the visitor acts
    (
        "MOSCOW, March 29 (Reuters) - Russia said on Thursday it would expel 60 U.S. "
        "diplomats and shut the American consulate in St Petersburg.",
        ("SANCTION", {"RUS"}, {"USA"}),
    ),  # an expulsion announced
    (
        "Israel will close its embassy in Dublin, Foreign Minister Gideon Sa'ar announced on "
        "Sunday, accusing the Irish government of extreme anti-Israel policies.",
        ("SANCTION", {"ISR"}, {"IRL"}),
    ),  # a closure announced
    (
        "ADDIS ABABA, Nov 15 (Reuters) - Tigray regional leader Debretsion Gebremichael said "
        "on Sunday his forces had fired rockets at the airport in Asmara.",
        ("ASSAULT", {"ETH"}, {"ERI"}),
    ),  # Tigray's leader is Ethiopia's
    (
        "The House of Representatives impeached Vice President Sara Duterte on Wednesday, "
        "with more than 200 lawmakers signing a complaint that accuses her of misusing "
        "confidential funds.",
        ("ACCUSE", {"PHL"}, {"PHL"}),
    ),  # an impeachment: formal charges
    (
        "Sweden's Supreme Court on Monday blocked the extradition to Turkey of journalist "
        "Bulent Kenes.",
        ("REJECT", {"SWE"}, {"TUR"}),
    ),  # an extradition blocked
    (
        "Niger's military authorities have withdrawn French nuclear fuel group Orano's permit"
        " to mine the Imouraren uranium deposit.",
        ("SANCTION", {"NER"}, {"FRA"}),
    ),  # a permit withdrawn
    (
        "US President Joe Biden on Monday scrapped Washington's two-decade-old sanctions "
        "programme on Zimbabwe, but the Treasury immediately hit President Emmerson "
        "Mnangagwa, his wife Auxillia and Vice-President Constantino Chiwenga with new "
        "targeted sanctions over corruption.",
        ("SANCTION", {"USA"}, {"ZWE"}),
    ),  # an unnamed body of the first clause's leader
    (
        "The State Department offered a $15 million reward for information leading to the "
        "arrest of Venezuelan President Nicolas Maduro.",
        ("THREATEN", {"USA"}, {"VEN"}),
    ),  # a bounty
    (
        "Buenos Aires (AFP) - An Argentine federal appeals court on Monday ordered the arrest"
        " of Venezuelan President Nicolas Maduro and Interior Minister Diosdado Cabello for "
        "alleged crimes against humanity.",
        ("THREATEN", {"ARG"}, {"VEN"}),
    ),  # an arrest in absentia
    (
        "Russia has put Estonian Prime Minister Kaja Kallas on a wanted list, according to an"
        " Interior Ministry database seen on Tuesday.",
        ("THREATEN", {"RUS"}, {"EST"}),
    ),  # a wanted list
    (
        "An Armenian court on Friday ordered the arrest of former president Robert Kocharyan.",
        ("COERCE", {"ARM"}, {"ARM"}),
    ),  # an arrest at home stays coercion
    (
        "Ukrainian forces have liberated the village of Robotyne in Zaporizhzhia Oblast, "
        "Deputy Defense Minister Hanna Maliar announced on Monday. Russia's Defense Ministry"
        " made no immediate comment.",
        ("ASSAULT", {"UKR"}, {"RUS"}),
    ),  # ground retaken from the other state
    (
        "Iraqi forces recaptured the city of Fallujah from Islamic State militants on Sunday,"
        " the army said.",
        ("ASSAULT", {"IRQ"}, {"IRQ"}),
    ),  # ground retaken at home with no other state named
    (
        "Russia said on Monday it was pulling out of the Barents Euro-Arctic Council, a "
        "regional cooperation forum set up after the Cold War.",
        ("SANCTION", {"RUS"}, set()),
    ),  # a treaty or forum left is SANCTION withdraw
    (
        "Norway has frozen a transfer of about 300 million crowns to Brazil's Amazon Fund, "
        "minister Ola Elvestuen said on Thursday.",
        ("SANCTION", {"NOR"}, {"BRA"}),
    ),  # a transfer frozen
    (
        "The United States has suspended its strategic partnership with Georgia, the State "
        "Department said on Saturday.",
        ("SANCTION", {"USA"}, {"GEO"}),
    ),
    (
        "Denmark suspended arms approvals on Thursday, while Finland said the same day it "
        "would also stop issuing new export licences to Saudi Arabia.",
        ("SANCTION", {"FIN"}, {"SAU"}),
    ),  # licences no longer issued
    (
        "President Biden said on Thursday that the United States would end its support for "
        "the Saudi-led military offensive in Yemen.",
        ("SANCTION", {"USA"}, {"SAU", "YEM"}),
    ),  # support ended (PLOVER: withdrawal of military aid is SANCTION)
    (
        "Myanmar's junta-appointed election commission on Tuesday dissolved Aung San Suu "
        "Kyi's National League for Democracy.",
        ("COERCE", {"MMR"}, {"MMR"}),
    ),  # a party dissolved
    (
        "Kem Ley was shot dead at a petrol station in Phnom Penh on Sunday, and police say "
        "they have arrested a suspect.",
        ("COERCE", {"KHM"}, {"KHM"}),
    ),  # 'they' is the police speaking
    (
        "Israeli police stormed the prayer hall of al-Aqsa Mosque in occupied East Jerusalem "
        "on Wednesday, and police said they had arrested more than 350 people.",
        ("COERCE", {"ISR"}, {"PSE"}),
    ),  # the police named earlier with their country
    (
        "Beijing confirmed on Wednesday that Taiwanese activist Lee Ming-che is being held by "
        "Chinese authorities on suspicion of endangering national security.",
        ("COERCE", {"CHN"}, {"TWN"}),
    ),  # held on suspicion: a detention
    (
        "Angola announced on Monday that it was giving up its role as mediator between Congo "
        "and Rwanda.",
        ("SANCTION", {"AGO"}, set()),
    ),  # mediation given up (PLOVER SANCTION withdraw)
    (
        "The Czech government on Wednesday placed Ukrainian politician Viktor Medvedchuk on its "
        "national sanctions list.",
        ("SANCTION", {"CZE"}, {"UKR"}),
    ),
    (
        "A convoy carrying two Singapore embassy officials came under fire in Myanmar's Shan "
        "State on Sunday, the foreign ministry said.",
        ("ASSAULT", {"MMR"}, {"SGP"}),
    ),  # what came under fire is the target
    (
        "The Liberia-flagged vessel came under fire on Sunday from Houthi boats, security "
        "firms said.",
        ("ASSAULT", {"YEM"}, {"LBR"}),
    ),  # the attacker is who fired
    (
        "Gazprom has stopped supplying natural gas to Latvia, the company said on Saturday.",
        ("SANCTION", {"RUS"}, {"LVA"}),
    ),  # a state company's supply cut
    (
        "Latvia's parliament voted on Wednesday to pull the country out of the Ottawa "
        "Convention banning anti-personnel landmines.",
        ("SANCTION", {"LVA"}, set()),
    ),  # a treaty left
    (
        "Thailand and Cambodia agreed on Thursday to let ASEAN observer teams monitor the "
        "ceasefire, after officials from both countries met in Kuala Lumpur.",
        ("CONSULT", {"THA", "KHM"}, set()),
    ),  # both countries: the two states, not the bloc
    (
        "Israel carried out an air strike in the Qatari capital, Doha, on Tuesday, targeting "
        "senior Hamas leaders who had gathered to discuss a ceasefire proposal.",
        ("ASSAULT", {"ISR"}, {"PSE"}),
    ),  # the target named by 'targeting', not the place
    (
        "PARACHINAR: More than 40 people were killed on Thursday when gunmen opened fire on a"
        " convoy travelling from Parachinar to Peshawar, officials said.",
        ("ASSAULT", {"PAK"}, {"PAK"}),
    ),  # a town the NER missed, after 'to'
    (
        "Army commandos stormed a cafe in Dhaka's diplomatic zone on Saturday, but 20 "
        "hostages, most of them Italian and Japanese nationals, had already been killed by "
        "the attackers, the army said.",
        ("ASSAULT", {"BGD"}, {"ITA", "JPN"}),
    ),  # the attackers act where the town is, not where the nationals come from
    (
        "Tunisian President Kais Saied has ordered Irish trade unionist Esther Lynch to leave"
        " the country within 24 hours.",
        ("COERCE", {"TUN"}, {"IRL"}),
    ),  # an individual ordered out; 'Irish' through 'trade unionist'
    (
        "Two leading members of Guinea's FNDC coalition were seized at a home in Conakry by "
        "security forces on Tuesday night, the coalition said.",
        ("COERCE", {"GIN"}, {"GIN"}),
    ),  # people seized by the state are detained
    (
        "Unidentified gunmen seized Malian opposition leader Soumaila Cisse on Wednesday "
        "while he was campaigning near Niafunke, his party said.",
        ("ASSAULT", {"MLI"}, {"MLI"}),
    ),  # gunmen seizing a leader abduct him
    (
        "RIYADH: A projectile fired by the Iran-backed Houthi militia struck the arrivals "
        "hall of Abha International Airport on Wednesday, wounding 26 civilians, the Arab "
        "coalition said.",
        ("ASSAULT", {"YEM"}, {"SAU"}),
    ),  # the town an airport is named after is where it stands
    (
        "Chinese Foreign Minister Wang Yi held talks here on Wednesday with visiting "
        "Ukrainian Foreign Minister Dmytro Kuleba, who is on his first trip to China.",
        ("CONSULT", {"UKR"}, {"CHN"}),
    ),  # a visitor the parser hung on "with" is still the visitor
    (
        "BAGHDAD (AP) — Kataib Hezbollah, one of the most powerful Iran-backed militias in "
        "Iraq, said Tuesday it was suspending military operations against U.S. forces to "
        "avoid embarrassing the Iraqi government.",
        ("CONCEDE", {"IRQ"}, {"USA"}),
    ),  # operations suspended against a foe: a declared halt, not a body shut
    (
        "KABUL, March 23 (Reuters) - The Taliban ordered girls' secondary schools across "
        "Afghanistan to close on Wednesday, just hours after they had reopened.",
        ("COERCE", {"AFG"}, {"AFG"}),
    ),  # schools ordered shut: restriction, not an embassy expelled
    (
        "YEREVAN, May 24 (Reuters) - Armenia handed back four abandoned border villages to "
        "Azerbaijan on Friday as the two sides finished installing markers along their "
        "frontier.",
        ("RETREAT", {"ARM"}, {"AZE"}),
    ),  # territory handed back
    (
        "ISLAMABAD: Unidentified gunmen killed nine Pakistani workers in Iran's Saravan city "
        "on Saturday. Foreign Office spokesperson Mumtaz Zahra Baloch called the killings "
        "horrific and urged Iran to investigate.",
        ("REQUEST", {"PAK"}, {"IRN"}),
    ),  # a shared seat name in a story filed from Pakistan
    (
        "Honduras' electoral tribunal declared President Juan Orlando Hernandez the winner of"
        " last month's disputed election on Sunday.",
        ("SUPPORT", {"HND"}, {"HND"}),
    ),  # declaring a winner endorses him
    (
        "Peru's electoral jury on Monday proclaimed leftist Pedro Castillo the winner of the "
        "June 6 presidential runoff.",
        ("SUPPORT", {"PER"}, {"PER"}),
    ),
    (
        "Poland's Supreme Court on Tuesday confirmed the validity of Karol Nawrocki's victory"
        " in the presidential election.",
        ("SUPPORT", {"POL"}, {"POL"}),
    ),
    (
        "Rome (AFP) - French President Emmanuel Macron said on Sunday that Australian Prime "
        "Minister Scott Morrison had lied to him over the cancelled submarine contract.",
        ("ACCUSE", {"FRA"}, {"AUS"}),
    ),  # saying a leader lied accuses him
    (
        "OSLO, March 14 (Reuters) - About 30,000 troops from 27 countries, including the "
        "United States, Britain, Finland and Sweden, began Norway's Cold Response winter "
        "exercise on Monday, drills now watched closely in Moscow.",
        ("COOPERATE", {"NOR"}, {"USA", "GBR", "FIN", "SWE"}),
    ),  # drills of many nations are cooperation
    (
        "Iceland will suspend the operations of its embassy in Moscow from August 1, Foreign "
        "Minister Thordis Kolbrun Reykfjord Gylfadottir said on Friday.",
        ("SANCTION", {"ISL"}, {"RUS"}),
    ),  # an embassy's work suspended
    (
        "Tokyo announced on Wednesday it would ease visa rules for Chinese travelers.",
        ("CONCEDE", {"JPN"}, {"CHN"}),
    ),  # entry rules eased for another country's people
    (
        "Bamako (AFP) - Former Malian prime minister Moussa Mara was taken into custody on "
        "Friday and charged with undermining the credibility of the state, his lawyers said.",
        ("ACCUSE", {"MLI"}, {"MLI"}),
    ),  # a charge joined to a passive shares its patient and its unseen state
    (
        "Police in Yekaterinburg on Wednesday detained Yevgeny Roizman, the city's popular "
        "former mayor, and opened a criminal case against him for discrediting the armed "
        "forces.",
        ("ACCUSE", {"RUS"}, {"RUS"}),
    ),  # a criminal case opened against someone
    (
        "LAHORE: National Security Adviser Moeed Yusuf on Sunday accused India of sponsoring "
        "last month's car bombing in Lahore's Johar Town.",
        ("ACCUSE", {"PAK"}, {"IND"}),
    ),  # a titled name the NER missed is still a person (placed by the dateline)
    (
        "Russian President Vladimir Putin and President Recep Tayyip Erdoğan spoke by "
        "telephone on Wednesday for the first time since Turkey shot down a Russian warplane "
        "near the Syrian border in November.",
        ("CONSULT", {"RUS", "TUR"}, set()),
    ),  # a call, with "by" read as an agent
    (
        "UK ambassador Laurie Bristow was summoned to the foreign ministry in Moscow on Saturday.",
        ("ACCUSE", {"RUS"}, {"GBR"}),
    ),  # summoned to a ministry: the ministry summoned him
    (
        "Russia's ambassador was summoned to the Foreign Office on Monday.",
        ("ACCUSE", {"GBR"}, {"RUS"}),
    ),  # a ministry is not of the envoy it summons
    (
        "Brussels (AFP) - NATO and Russia failed to bridge their differences over Ukraine at "
        "rare talks in Brussels on Wednesday.",
        ("CONSULT", {"NATO", "RUS"}, set()),
    ),  # the talks at which they failed took place
    (
        "WARSAW, April 15 (Reuters) - Poland will ban imports of grain and other farm produce"
        " from Ukraine to protect its own farmers, the leader of the ruling party, Jaroslaw "
        "Kaczynski, said on Saturday. Hungary announced a similar ban later in the day.",
        ("SANCTION", {"HUN"}, {"UKR"}),
    ),  # a similar measure has the earlier one's target
    (
        "France said on Saturday it was suspending all exports of weapons to Turkey, hours "
        "after Germany announced a similar freeze on new arms export licences.",
        ("SANCTION", {"DEU"}, {"TUR"}),
    ),
    (
        "Boko Haram jihadists killed 92 Chadian soldiers in a seven-hour assault on an army "
        "base on the Bohoma peninsula in the Lake Chad region on Monday, President Idriss "
        "Deby Itno said.",
        ("ASSAULT", {"TCD"}, {"TCD"}),
    ),  # a regional armed group is coded where its sentence places it
    (
        "Boko Haram kidnapped 276 schoolgirls from a school in Chibok in northeastern Nigeria"
        " on Monday.",
        ("ASSAULT", {"NGA"}, {"NGA"}),
    ),  # at home, the group's home country
    (
        "KHARTOUM, Dec. 14 (Xinhua) -- A Sudanese court on Saturday sentenced former "
        "President Omar al-Bashir to two years in a social reform facility after convicting "
        "him of corruption.",
        ("COERCE", {"SDN"}, {"SDN"}),
    ),  # a term in a reform facility is a jailing
    (
        "Germany and Kenya signed a migration agreement in Berlin on Friday. Chancellor Olaf "
        "Scholz and visiting President William Ruto looked on as Interior Minister Nancy "
        "Faeser and Kenya's Foreign Minister Musalia Mudavadi signed the deal.",
        ("CONSULT", {"KEN"}, {"DEU"}),
    ),  # "visiting X": X visits the leader named beside him, else the place
    (
        "RIYADH: Saudi Arabia on Tuesday announced $1.2 billion in new economic support for "
        "Yemen's internationally recognized government.",
        ("AID", {"SAU"}, {"YEM"}),
    ),  # a sum announced for a state is aid given
    (
        "Canada has listed Iran's Islamic Revolutionary Guard Corps as a terrorist entity under "
        "the Criminal Code.",
        ("SANCTION", {"CAN"}, {"IRN"}),
    ),  # listed as a terrorist entity, as designated
    (
        "West African bloc ECOWAS on Thursday barred Guinea-Bissau from its decision-making "
        "bodies after the military seized power.",
        ("SANCTION", {"ECOWAS"}, {"GNB"}),
    ),  # a bloc barring a member from its organs suspends it
    (
        "European Union leaders said on Wednesday they did not recognise the result of Belarus's "
        "presidential election.",
        ("REJECT", {"EU"}, {"BLR"}),
    ),  # recognition withheld is a rejection
    (
        "Fourteen countries, among them Argentina, Brazil and Canada, said on Monday they did not"
        " recognize the legitimacy of Venezuela's election and would recall their ambassadors "
        "from Caracas.",
        ("THREATEN", {"ARG", "BRA", "CAN"}, {"VEN"}),
    ),  # a joined verb with its own auxiliary keeps its own polarity
    (
        "Thousands of Kenyan doctors downed tools on Thursday in a pay dispute with the "
        "government.",
        ("PROTEST", {"KEN"}, {"KEN"}),
    ),  # downing tools is a strike
    (
        "President Joe Biden on Friday formally apologized to Native Americans for the federal "
        "government's boarding schools, speaking at the Gila River Indian Community in Arizona.",
        ("CONCEDE", {"USA"}, {"USA"}),
    ),  # 'Indian Community' names a first nation, not India
    (
        "Fifty-four soldiers were killed when jihadist fighters attacked two army positions in "
        "Benin's W National Park near the borders with Niger and Burkina Faso, the deadliest "
        "assault on the country's military to date.",
        ("ASSAULT", {"BEN"}, {"BEN"}),
    ),  # 'the country' is not a neighbour named across the border
    (
        "Niamey (AFP) - Boko Haram jihadists killed more than two dozen soldiers when they "
        "stormed the town of Bosso in southeastern Niger near the Nigerian border on Friday, the "
        "government said.",
        ("ASSAULT", {"NER"}, {"NER"}),
    ),  # a regional group is coded where its sentence sets the ground, not by the home beside it
    (
        "KARACHI: Two Chinese nationals were killed on Sunday when a suicide bomber blew up a "
        "vehicle beside a convoy carrying Chinese engineers outside the city's airport, officials"
        " said, and the Chinese embassy urged Islamabad to punish the perpetrators.",
        ("ASSAULT", {"PAK"}, {"CHN"}),
    ),  # a colon dateline says where the story happens
    (
        "British Prime Minister Rishi Sunak arrived in Kyiv on Friday and signed a security "
        "agreement with President Volodymyr Zelensky. Sunak also announced 2.5 billion pounds in "
        "military aid for the coming financial year.",
        ("AID", {"GBR"}, {"UKR"}),
    ),  # aid with no recipient named goes to the story's other party
    (
        "Marine commandos of the Indian Navy boarded a hijacked bulk carrier in the Arabian Sea "
        "on Friday and rescued all 21 crew members, the Navy said.",
        ("AID", {"IND"}, {"IND"}),
    ),  # a rescue is of one's own people unless others are named
    (
        "Brazil's Supreme Court on Tuesday blocked the government's decree on gun ownership.",
        ("SANCTION", {"BRA"}, {"BRA"}),
    ),  # a court blocking a government measure rules against it
    (
        "The plane was forced to land in Minsk on Sunday, where authorities arrested opposition "
        "journalist Roman Protasevich.",
        ("COERCE", {"BLR"}, {"BLR"}),
    ),  # a 'where' clause happens at the place it stands for
    (
        "Russian President Vladimir Putin was welcomed with an honour guard in Ulaanbaatar on "
        "Tuesday for talks with Mongolian President Ukhnaagiin Khurelsukh.",
        ("CONSULT", {"RUS"}, {"MNG"}),
    ),  # a guest welcomed 'for talks' takes part in them
]

# sentence, event type that must not be emitted as asserted
ABSENT = [
    (
        "Trump demanded that the BRICS countries commit to neither creating a new currency nor "
        "backing any other currency.",
        "SUPPORT",
    ),  # "neither … nor" negates
    (
        "German authorities arrested two men in Bayreuth on suspicion of plotting sabotage "
        "attacks on military sites on behalf of Russia.",
        "ASSAULT",
    ),  # what a suspect is suspected of is no attack
    ("The president expressed sorrow over the deaths.", "CONCEDE"),
    ("A drone launched by the rebels slammed into a Tel Aviv apartment building.", "ACCUSE"),
    ("Peru defied a request from the Inter-American Court of Human Rights.", "USA"),
    ("Hungary expelled two Iranian nationals on Monday.", "SANCTION"),
    ("A nerve agent attack hit the English city of Salisbury on Sunday.", "ZWE"),
    ("A passenger flight from Moscow was diverted to Minsk.", "COOPERATE"),
    ("The army executed the plan flawlessly.", "ASSAULT"),
    ("OPEC, Russia and their allies agreed on Sunday to cut oil production.", "SANCTION"),
    ("Germany said it was responsible for its own security.", "ACCUSE"),
    ("Kim Jong Un paid a visit to China at the invitation of Xi Jinping.", "REQUEST"),
    ("The IMF approved a loan for Egypt, allowing the disbursement of $820 million.", "CONCEDE"),
    ("Greece rushed army and riot police reinforcements to its land border.", "PROTEST"),
    ("The protest movement said it was suspending all contact with the military.", "PROTEST"),
    ("Kremlin spokesman Dmitry Peskov told reporters that Russia would respond.", "REQUEST"),
    (
        "U.S. and Russian officials ended more than seven hours of talks in Geneva on Monday.",
        "SANCTION",
    ),  # finishing a long meeting is not breaking off talks
    ("Iran admitted its military had shot down a Ukrainian airliner by mistake.", "ASSAULT"),
    ("Aid has been scarce since Israel imposed a siege on Gaza.", "COERCE"),
    ("Ukrainian troops backed by tanks crossed into Russia's Kursk region.", "SUPPORT"),
    ("Erdogan threatened to act if the EU labelled Turkey's offensive an invasion.", "ASSAULT"),
    ("Five Americans detained in Iran flew to Qatar on Monday.", "COERCE"),  # who they are
    ("Foreign forces are to leave Afghanistan within 14 months.", "RETREAT"),  # future
    ("Taiwan said it was cutting ties with the Central American nation.", "USA"),
    (
        "Palestinians blamed Israel for the bombing in Tulkarm.",
        "ASSAULT",
    ),  # the accusation's content
    ("Protesters torched metro stations in Santiago on Friday.", "IDN"),  # no city "Metro"
    ("Chinese ships sailed through the South China Sea near the Philippines.", "CHN-place"),
    (
        "Putin ordered a mobilization, calling up reservists to fight in Ukraine.",
        "ASSAULT",
    ),  # a purpose, not a fact
    ("Netanyahu cancelled a planned visit to Washington by an Israeli delegation.", "CONSULT"),
    ("Chinese doctors arrived in Rome to help fight the coronavirus.", "ASSAULT"),
    ("Two people were killed by a fire in a Kyiv apartment block.", "ASSAULT"),
    ("The treaty would bar NATO from deploying troops in Ukraine.", "MOBILIZE"),
    ("Blinken arrived in Beijing on Sunday for talks aimed at easing tensions.", "CONCEDE"),
    ("Brazil's president called for peace talks between Russia and Ukraine.", "CONSULT"),
    ("Thousands of civilians had gathered at the station to be evacuated.", "AID"),
    ("Teachers launched an indefinite strike on Monday to demand higher pay.", "ASSAULT"),
    ("Israel launched strikes on Gaza on Monday.", "PROTEST"),  # air strikes, not a walkout
    (
        "Germany has expelled Chad's ambassador, the Foreign Office in Berlin said on Tuesday.",
        "GBR",
    ),  # Germany's Foreign Office
    (
        "Iraq's Popular Mobilization Forces said on Friday their commander had been killed.",
        "MOBILIZE",
    ),  # a word of a known group's name is no event
    ("Thousands of striking nurses marched through Nairobi on Monday.", "ASSAULT"),
    (
        "Trump warned he would halt aid if its government continued to allow the killings.",
        "CONCEDE",
    ),  # an infinitive under "if" shares the condition
    ("Romania's top court jailed Liviu Dragnea, leader of the Social Democrats.", "USA"),
    (
        "The European Commission gave the Italian government three weeks to submit a revised "
        "budget.",
        "THREATEN",
    ),  # a deadline with no consequence named is a demand only
    ("Jacob Zuma handed himself over to police shortly before midnight.", "COOPERATE"),
    ("Russia barred opposition leader Boris Nadezhdin from entering the race.", "REJECT"),
    ("The Cook Islands signed deals with China without consulting Wellington.", "REJECT"),
    ("Ghana received praise for its handling of the election.", "AID"),
    (
        "The US and China agreed to slash the steep tariffs they imposed on each other's goods.",
        "SANCTION",
    ),  # a relative clause describing the tariffs is no new sanction
    (
        "North Korea called off talks with South Korea, citing joint air force drills with the "
        "United States.",
        "COOPERATE",
    ),  # the reason cited is background
    (
        "Armenian and Azerbaijani troops fought their deadliest battle in a year on the border "
        "on Tuesday, leaving soldiers dead on both sides.",
        "RETREAT",
    ),  # "leaving soldiers dead" is no withdrawal
    (
        "Cyprus blocked European Union sanctions against Belarusian officials on Monday.",
        "SANCTION",
    ),  # blocked sanctions were not imposed
    ("China on Friday advised its citizens to avoid traveling to Japan.", "CONSULT"),
    (
        "Finland and Sweden applied to join NATO on Wednesday, ending decades of military "
        "non-alignment in response to Russia's invasion of Ukraine.",
        "ASSAULT",
    ),  # the reason answered is told elsewhere
    (
        "Kenyan President William Ruto dismissed almost his entire cabinet on Thursday, bowing to "
        "pressure from weeks of deadly youth-led protests.",
        "PROTEST",
    ),  # weeks of protests are the background of the news
    (
        "Japan is temporarily recalling its ambassador to South Korea in protest over a statue.",
        "PROTEST",
    ),  # "in protest" is the manner of the recall
    ("Protesters hung a banner on the gate of the French embassy in Niamey.", "ASSAULT"),
    ("The new levy could hit China and India, analysts said on Monday.", "ASSAULT"),
    (
        "Japan and the Philippines signed a defence pact allowing their troops to train in each "
        "other's territory.",
        "CONCEDE",
    ),  # what a signed pact allows is its terms, not a concession made that day
    (
        "Germany on Wednesday ordered a Vietnamese intelligence officer to leave the country,"
        " accusing Hanoi's secret service of abducting a former oil executive from a Berlin "
        "park.",
        "USA",
    ),  # a generic name written small is no American agency
    (
        "Armed policemen and operatives of the Department of State Services on Tuesday "
        "blocked access to the Abuja residences of two opposition lawmakers.",
        "USA",
    ),  # the match stops inside a longer name (Nigeria's DSS)
    (
        "Germany on Wednesday recalled its envoy, accusing Hanoi's secret service of "
        "abducting a former oil executive from a Berlin park.",
        "ASSAULT",
    ),  # what the accused is charged with is no event of its own
    (
        "Sweden should not expect Turkey's support for its NATO membership bid, President "
        "Recep Tayyip Erdogan said on Monday.",
        "REQUEST",
    ),  # 'should not expect' is no call
    (
        "President Vladimir Putin placed the Russian units of French food group Danone under "
        "temporary state management, according to a decree published on Sunday.",
        "MOBILIZE",
    ),  # companies' units under state management are no troops
    (
        "Tajikistan said on Wednesday it had launched an anti-terrorist operation against "
        "armed groups in the restive Gorno-Badakhshan region, the remote mountainous region "
        "bordering Afghanistan.",
        "AFG-place",
    ),  # Gorno-Badakhshan is no Afghan province, and a neighbour across the border is no target
    (
        "Separatist militants killed 18 soldiers in Kalat, in one of the deadliest assaults "
        "claimed by the group.",
        "ASSAULT-place",
    ),  # a bare comparison
    (
        "U.S. forces completed their withdrawal on Sunday, after the junta that seized power "
        "last year ordered American troops to leave.",
        "MOBILIZE",
    ),  # another state's troops ordered out: no mobilisation
    (
        "At least 85 people were killed on Friday when a suicide bomber blew himself up at an"
        " election rally in Mastung district, Pakistan, officials said.",
        "COERCE",
    ),  # no seizure
    (
        "Syrian government forces have recaptured the ancient city of Palmyra from so-called "
        "Islamic State after three weeks of fighting.",
        "COERCE",
    ),  # a city recaptured, no arrest
    (
        "Quito (AFP) - Ecuador's National Court of Justice on Tuesday sentenced former "
        "President Rafael Correa in absentia to eight years in prison for corruption.",
        "COERCE",
    ),  # a term passed in absentia is not served
    (
        "The Supreme Court upheld his money-laundering conviction. The ruling bars him from "
        "May's presidential election.",
        "COERCE",
    ),  # a ruling is no party that bars
    (
        "MOSCOW (Reuters) - The Kremlin said on Wednesday that Ukraine had tried to kill "
        "President Vladimir Putin overnight with two drones.",
        "ASSAULT",
    ),  # an attempt told as another's claim stays the claim's content
    (
        "South Korea on Friday conditionally suspended the expiration of its military "
        "intelligence-sharing pact with Japan.",
        "SANCTION",
    ),  # suspending an expiry keeps the pact
    (
        "Iran-backed militias fired rockets at a US base in Iraq on Tuesday.",
        "IRN",
    ),  # the backer of militias is not named as a party
    (
        "Luanda (AFP) - An Angolan court has frozen the bank accounts of billionaire Isabel "
        "dos Santos, daughter of former president José Eduardo dos Santos, prosecutors said "
        "on Monday.",
        "BRA",
    ),  # a surname after its particle is no city
    (
        "Police responded to the riot with tear gas on Monday.",
        "THREATEN",
    ),  # a past response is no threat
    (
        "Germany did not rule out talks with the Taliban on Monday.",
        "THREATEN",
    ),  # talks held open are no threat
    (
        "Deadly riots erupted in Dakar on Thursday after the verdict. The government said on "
        "Friday that nine people had been killed in the unrest.",
        "ASSAULT",
    ),  # a toll of riots with no one who killed is not an attack
    (
        "The court scaled back a quota system for government jobs that sparked nationwide "
        "protests in which scores of people have been killed.",
        "ASSAULT",
    ),  # the protests' toll, through 'in which'
    (
        "About 30 heavily armed men attacked a Kosovo police patrol and then barricaded "
        "themselves in a monastery.",
        "PROTEST",
    ),  # gunmen barricading themselves do not protest
    (
        "A five-day ECOWAS mission wound up its talks in Bamako on Sunday.",
        "ASSAULT",
    ),  # 'wound up' is winding up
    (
        "Russia said on Monday it was pulling out of peace treaty talks with Japan.",
        "CONSULT",
    ),  # talks another act is about are no consultation
    (
        "Security forces opened fire on protesters, leaving a press photographer in critical "
        "condition.",
        "RETREAT",
    ),  # a victim left in critical condition is no withdrawal
    (
        "Mozambique's president ordered a phased withdrawal of its troops from the province.",
        "MOBILIZE",
    ),  # ordering a withdrawal deploys nothing
    (
        "Police in Tanzania arrested opposition leaders after banning a youth rally the party"
        " had planned.",
        "PROTEST",
    ),  # a banned rally did not take place
    (
        "A Canadian judge ruled on Wednesday that the U.S. case against Huawei's finance "
        "chief Meng Wanzhou meets the test of double criminality.",
        "CONSULT",
    ),  # a case meeting a test is no meeting
    (
        "The central bank eased lending rules on Monday.",
        "CONCEDE",
    ),  # domestic rules eased: no concession to anyone
    (
        "Prosecutors charged three men with attacking a police station in Kano.",
        "ASSAULT",
    ),  # what someone is charged with is the charge, not an attack
    (
        "Kosovo applied to join the bloc, although five EU states still do not recognize its "
        "independence.",
        "REJECT",
    ),  # a standing non-recognition is no event
    (
        "The Supreme Court on Tuesday junked the electoral protest filed by former senator Marcos"
        " against Vice President Robredo.",
        "PROTEST",
    ),  # an electoral protest is a petition, not a demonstration
]


def _asserted(code_text, text: str):  # type: ignore[no-untyped-def]
    return [e for e in code_text(text).events if e.modality == Modality.ASSERTED]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_lead_event_found(code_text, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    kind, actors, recipients = expected
    got = [  # unnamed parties (UNK) aside
        (str(e.event), {a.code for a in e.actor}, {r.code for r in e.recipient} - {"UNK"})
        for e in _asserted(code_text, text)
    ]
    assert (kind, actors, recipients) in got, got


@pytest.mark.parametrize(("text", "kind"), ABSENT)
def test_lead_reading_absent(code_text, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    emitted = {str(e.event) for e in result.events if e.modality == Modality.ASSERTED}
    places = {f"{m.code}-place" for m in result.mentions if m.kind == "place"}
    assert kind not in emitted | places | {m.code for m in result.mentions}


def test_killed_in_a_strike_is_one_event(code_text) -> None:  # type: ignore[no-untyped-def]
    evs = _asserted(
        code_text,
        "At least 20 people were killed in an Israeli air strike on a school in central Gaza, "
        "Palestinian health officials said.",
    )
    assert [(str(e.event), e.trigger) for e in evs] == [("ASSAULT", "strike")]
    assert {a.code for a in evs[0].actor} == {"ISR"}


def test_hostages_held_by_a_group_are_not_the_group(code_text) -> None:  # type: ignore[no-untyped-def]
    evs = _asserted(
        code_text, "Israeli special forces rescued four hostages held by Hamas in Gaza."
    )
    assert evs and all("PSE" not in {r.code for r in e.recipient} for e in evs)


def test_a_toll_told_later_joins_the_attack(code_text) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Israel says it has killed Hezbollah's top military commander in an air strike on a "
        "building in Beirut's southern suburbs on Sunday. Lebanon's health ministry said at "
        "least five people were killed."
    )
    evs = [e for e in _asserted(code_text, text) if str(e.event) == "ASSAULT"]
    assert [({a.code for a in e.actor}, len(e.evidence)) for e in evs] == [({"ISR"}, 2)]


def test_an_attack_restated_in_the_victims_country_joins_the_named_attack(code_text) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A Russian cruise missile struck a nine-story apartment building in Uman, Cherkasy "
        "Oblast, on Friday, killing at least 17 people, the Interior Ministry reported. The "
        "strike was part of a wave of more than 20 missiles launched at Ukraine overnight, "
        "according to the Air Force."
    )
    # the wave of missiles "launched at Ukraine" is no attack by Ukraine on itself
    assert _attacks(code_text, text) == [({"RUS"}, {"UKR"}, 2)]


def test_the_attack_named_again_is_the_attack_told_before(code_text) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Some 34 rockets were fired from Lebanon at northern Israel on Thursday, the IDF said. "
        "Military officials said they believed Palestinian groups in southern Lebanon were "
        "behind the attack."
    )
    # "the attack" is the barrage, not a second attack placed in Lebanon
    assert _attacks(code_text, text) == [({"LBN"}, {"ISR"}, 2)]


def test_an_attack_with_no_attacker_joins_the_attack_on_that_target(code_text) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Iran's Revolutionary Guards said they fired missiles on Saturday at the headquarters of "
        "a Kurdish opposition group in Koya, in Iraq's Kurdistan region. Kurdish officials said at "
        "least 11 people were killed when the strikes hit a meeting."
    )
    # "the strikes hit a meeting" names no attacker: it is the Guards' attack told again
    assert _attacks(code_text, text) == [({"IRN"}, {"IRQ"}, 2)]


def test_a_visitor_named_by_a_participle_does_not_visit_itself(code_text) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Syrian President Bashar al-Assad on Monday received visiting Egyptian Foreign Minister "
        "Sameh Shoukry in Damascus."
    )
    consults = [e for e in _asserted(code_text, text) if str(e.event) == "CONSULT"]
    assert all({r.code for r in e.recipient} - {a.code for a in e.actor} for e in consults), (
        "a visit by Egypt to Egypt"
    )


def _attacks(code_text, text: str) -> list[tuple[set[str], set[str], int]]:  # type: ignore[no-untyped-def]
    """Each asserted attack's actor codes, recipient codes and number of evidence sentences."""
    return [
        ({a.code for a in e.actor}, {r.code for r in e.recipient}, len(e.evidence))
        for e in _asserted(code_text, text)
        if str(e.event) == "ASSAULT"
    ]
