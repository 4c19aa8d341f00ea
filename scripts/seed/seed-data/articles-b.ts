import type { SeedArticle } from "./types";

/**
 * Demo articles, second batch: The Meridian Desk (fictional outlet).
 * All people quoted are fictional; events are plausible but invented.
 */
export const articlesB: SeedArticle[] = [
  {
    slug: "ukraine-air-defence-interceptor-gap",
    title: "Ukraine's air defence faces an interceptor gap as winter planning begins",
    standfirst:
      "Partners are delivering fewer medium-range interceptors than Kyiv fires, and the reserve built up last autumn is nearly spent.",
    authors: ["clara-vermeulen"],
    categories: ["ukraine", "defence"],
    tags: ["nato", "drones", "defence-industry"],
    publishedAt: "2026-06-03T07:30:00Z",
    access: { kind: "public" },
    hero: {
      image: "/images/heroes/ukraine-air-defence-interceptor-gap.svg",
      alt: "Abstract illustration of radar arcs sweeping over a stylised map of Ukraine",
      caption: "Medium-range batteries protect power stations and rail hubs across Ukraine.",
      credit: "Illustration: The Meridian Desk",
    },
    readAlso: ["ukraine-reconstruction-grid-substations", "ammunition-output-155mm-bottlenecks"],
    body: `Ukrainian air-defence commanders have begun planning for the coming winter with a blunt arithmetic problem: the country fires interceptors faster than its partners can deliver them, and the gap is widest for the medium-range systems that protect power stations and rail hubs.

Officials in Kyiv and Brussels describe a pattern that has settled in since the spring. Large salvoes of one-way attack drones arrive first, forcing crews to spend cheaper munitions and machine-gun teams on saturation targets; cruise and ballistic missiles follow once radars and launchers have revealed their positions. Each of those later waves demands interceptors that cost several hundred thousand euros apiece, and some that cost millions.

## Counting what is left

No government publishes stock figures, but three European defence officials who spoke to The Meridian Desk on condition of anonymity said partner deliveries in the first five months of the year covered roughly two-thirds of what Ukraine expended over the same period. The shortfall was made up by drawing on reserves built during a quieter stretch last autumn, a cushion that one official described as "largely gone".

> "We are no longer talking about a shortage that appears in a bad week. It is structural, and it will shape which cities get the best coverage in January," said Oksana Hrytsenko, a former Ukrainian air force planner now with the Kyiv Institute for Strategic Resilience.

The pressure falls unevenly. Frontline cities close to Russian launch areas have short warning times and depend on point defence. Western regions receive fewer strikes but host the energy assets that the grid operator most needs to keep online through sub-zero temperatures.

## Cheaper answers to cheap drones

Much of the European effort since the spring has gone into reducing the number of expensive interceptors spent on inexpensive targets. Projects now funded through bilateral deals and the EU's joint procurement instruments include:

- interceptor drones built in Ukraine and in at least four EU member states, designed to ram or detonate near attack drones at a fraction of a missile's price;
- mobile gun teams with upgraded thermal sights and networked acoustic sensors placed along known flight corridors;
- electronic-warfare systems that attempt to break satellite navigation on incoming drones before they reach urban areas;
- additional short-range launchers intended to free medium-range batteries for missile defence.

Early results are mixed. A NATO assessment circulated to allies in May, seen in summary by this publication, credited interceptor drones with a growing share of kills in eastern regions but warned that production quality varied widely between manufacturers.

## What Brussels can still change

The European Commission has proposed bringing forward payments from existing defence-industry programmes so that manufacturers can sign longer contracts for interceptor components, particularly seekers and rocket motors, where suppliers say the bottlenecks are sharpest. Several capitals support the idea; others want guarantees that the money will not simply be absorbed by price increases.

> "Industry tells us it needs three-year orders to add shifts. Governments keep offering twelve months. Somebody has to blink," said Henrik Aasland, a Norwegian procurement adviser who works with the NATO-Ukraine coordination cell in Wiesbaden.

Defence ministers are due to review the question at their next informal meeting. Until contracts change, officials expect Ukraine to enter the winter with fewer medium-range interceptors than it had a year ago, and with harder choices about where to place them.
`,
  },
  {
    slug: "eastern-flank-forward-brigades-readiness",
    title: "NATO's forward brigades on the eastern flank are growing, but slower than planned",
    standfirst:
      "From Estonia to Romania, allied forces are bigger and better drilled than ever. Turning battlegroups into full brigades is another matter.",
    authors: ["clara-vermeulen", "marta-kowalczyk"],
    categories: ["eastern-europe", "defence"],
    tags: ["nato", "border-management"],
    publishedAt: "2026-06-17T06:00:00Z",
    access: { kind: "public" },
    hero: {
      image: "/images/heroes/eastern-flank-forward-brigades-readiness.svg",
      alt: "Abstract illustration of a dotted line running north to south between the Baltic and Black seas",
      caption: "The eastern flank stretches from the Gulf of Finland to the Danube delta.",
      credit: "Illustration: The Meridian Desk",
    },
    body: `Allied commanders on NATO's eastern flank say the multinational forces stationed from Estonia to Romania are larger, better equipped and more practised than at any point since they were created, but that the plan to turn them into fully fledged, combat-ready brigades is running behind schedule in most countries.

The forces began in 2017 as battalion-sized battlegroups intended to signal that an attack on a frontline ally would involve troops from across the alliance. After Russia's full-scale invasion of Ukraine, allies agreed to scale them up to brigade strength where needed, a commitment that requires thousands more soldiers, housing, training ranges and pre-positioned equipment.

## Lithuania as the test case

Germany's brigade in Lithuania, the first permanent German deployment of its kind abroad since the Second World War, is the most advanced example. German officials expect it to reach full operational capability in 2027 with around 4,800 soldiers and civilian staff. Construction of barracks and family housing near Rūdninkai has progressed, though local officials say schools and health services for incoming families still need expansion.

> "Building a brigade is not only moving tanks. It is kindergartens, doctors, rail sidings and roads that can carry 60-tonne vehicles," said Colonel Darius Jankauskas, a Lithuanian officer working on host-nation support.

Elsewhere, progress is patchier. Commanders in Latvia, Estonia and Poland describe battlegroups that can surge to brigade size during exercises but lack the permanent headquarters, enablers and logistics units to sustain that level for long. Further south, the Romanian and Bulgarian forces are smaller and depend heavily on reinforcements that would need to cross several countries to arrive.

## What is missing

Interviews with officers and defence officials in four host nations point to recurring gaps:

- air defence, where most host nations rely on systems that are also in demand for Ukraine;
- engineers and bridging units, which would be crucial for moving forces across rivers and wetlands;
- medical capacity, especially for treating mass casualties close to the front;
- transport, with military mobility projects on roads, rail and bridges behind their original timetables.

Border management has also become part of the picture. Host nations along the Belarusian and Russian frontiers have reinforced their own border guards and in some cases deployed soldiers to support them after incidents involving drones, airspace violations and organised attempts to push migrants across. Allied commanders say they are careful to keep NATO forces distinct from those civilian border tasks, but concede that the line can blur in practice.

> "Deterrence works when an adversary believes reinforcements will arrive in days, not weeks. Everything we are building is about shortening that timeline," said Brigadier General Søren Falkenberg, a Danish officer serving on the staff of a NATO divisional headquarters in the region.

## The political calendar

Allied leaders are due to review the eastern-flank plans at their summit next month, where host nations will press for firmer commitments on rotations and equipment. Several western European allies face competing demands from their own rearmament programmes and from support for Ukraine, and some have quietly asked whether every battlegroup needs to reach full brigade strength on the same timetable.

For now, the eastern states are investing heavily themselves, building ranges and storage depots that can host allied forces on short notice. Their argument is that infrastructure, unlike troops, cannot be conjured in a crisis.
`,
  },
  {
    slug: "sahel-coastal-states-peacekeeping-gap",
    title: "As Sahel violence moves south, the EU weighs what comes after withdrawal",
    standfirst:
      "Attacks in northern Benin and Togo are rising. Brussels must choose between a bigger mission, a regional force, or neither.",
    authors: ["youssef-haddad"],
    categories: ["sahel", "defence"],
    tags: ["peacekeeping", "humanitarian", "intelligence"],
    publishedAt: "2026-06-30T08:00:00Z",
    access: { kind: "level", level: 1 },
    hero: {
      image: "/images/heroes/sahel-coastal-states-peacekeeping-gap.svg",
      alt: "Abstract illustration of sand-coloured bands fading into green toward a stylised West African coast",
      caption: "Armed groups are pressing from the central Sahel toward the Gulf of Guinea states.",
      credit: "Illustration: The Meridian Desk",
    },
    body: `Three years after the last United Nations peacekeepers left Mali, the question in Brussels is no longer how to return to the central Sahel but how to stop its conflicts spilling further south.

Northern Benin and Togo have recorded a steady rise in attacks by armed groups operating from across the border with Burkina Faso and Niger, and EU foreign ministers are due to discuss next month whether to expand a small security-assistance mission in the Gulf of Guinea states into something larger.

The debate carries the weight of the region's recent history. European training missions in Mali and Niger were wound down after military governments took power and turned to other partners, and officials are wary of repeating a model that ended in expulsion.

## Counting the spillover

Figures compiled by a conflict-monitoring project based in Dakar and shared with The Meridian Desk show 214 violent incidents in the northern districts of Benin and Togo in the first half of this year, against 131 in the same period of 2025. Roughly a third involved attacks on security forces; the rest targeted village leaders, livestock markets and schools.

Humanitarian agencies report that more than 90,000 people have been displaced within the two countries, many of them in areas where health clinics have closed because staff will no longer travel there.

> "The armed groups are not invading the coast. They are building economies in the borderlands: cattle, gold, fuel smuggling. Security responses that ignore that will chase shadows," said Aminata Kaboré, a researcher with the Sahel Security Observatory in Dakar.

## Options on the table

An options paper prepared by the European External Action Service, described to this publication by two officials, sets out three possible courses:

- keeping the current mission at roughly its present size, focused on advising and equipping, with additional money from the European Peace Facility for surveillance drones and armoured vehicles;
- expanding it into a larger training mission with a presence in the northern provinces, which would require host-government consent and a new Council decision;
- backing a regional stand-by force led by West African states, in which the EU would fund logistics and pay allowances but deploy no trainers of its own.

Several member states favour the third option, arguing that European boots near the borders would be a propaganda gift to armed groups and to the military governments in the central Sahel. Others doubt that a regional force can be assembled quickly, given that the Economic Community of West African States has been weakened by the departure of Mali, Burkina Faso and Niger.

> "Every capital wants to prevent the next collapse, and no capital wants another mission that ends with its flag being lowered under pressure. That tension is the whole debate," said Lucas Fernández-Orive, a Spanish diplomat who served in the EU delegation in Niamey.

## Lessons not yet settled

An internal lessons-learned review of the EU's Mali and Niger missions, completed last year but never published, is said to conclude that training was too narrowly focused on combat skills and paid too little attention to command structures, pay and civilian oversight. Officials say the review has shaped the options paper, but some members of the Parliament's foreign affairs committee have asked for it to be released before ministers decide.

Whatever the choice, aid groups are urging the EU not to neglect the civilian side. They warn that schools and clinics closed by insecurity are among the most powerful recruitment tools available to armed groups, and that funding for them has fallen as donors shift money to defence.
`,
  },
  {
    slug: "black-sea-mine-clearance-task-group",
    title: "Black Sea mine-clearance group widens its sweep as insurers watch the lanes",
    standfirst:
      "Romania, Bulgaria and Türkiye are extending survey work toward the route used by ships sailing to Ukraine's ports, ahead of the autumn grain season.",
    authors: ["marta-kowalczyk", "clara-vermeulen"],
    categories: ["ukraine", "defence"],
    tags: ["black-sea", "maritime-security", "nato"],
    publishedAt: "2026-07-21T06:45:00Z",
    updatedAt: "2026-07-22T10:15:00Z",
    access: { kind: "level", level: 0 },
    hero: {
      image: "/images/heroes/black-sea-mine-clearance-task-group.svg",
      alt: "Abstract map of the Black Sea coast with concentric sonar rings in deep blue",
      caption: "Drifting mines carried south by currents remain the main hazard for merchant ships.",
      credit: "Illustration: The Meridian Desk",
    },
    readAlso: ["eu-sanctions-package-shadow-fleet-insurers"],
    body: `A multinational mine-countermeasures group operating off the western Black Sea coast has extended its survey area northwards, a move naval officers say is meant to reassure shipowners as the autumn grain-export season approaches.

The group, formed by Romania, Bulgaria and Türkiye with support from other allies, has until now concentrated on approaches to Constanța and the Bulgarian ports. Its new tasking covers stretches of the shipping lane that commercial vessels use on their way to and from Ukraine's Odesa-region ports, though it remains inside the three countries' own waters.

Drifting mines remain the main worry. Naval hydrographers estimate that several dozen have been found and destroyed since the war began, most carried south by currents after breaking their moorings. Each discovery briefly raises war-risk premiums and can delay sailings by a day or more.

<!-- paywall -->

## A narrower margin for error

According to a briefing note prepared for the group's participating navies and reviewed by The Meridian Desk, the extended sweep will rely on two additional minehunters and an uncrewed surface vessel on loan from a northern European navy. The note sets a target of resurveying the most heavily used corridor segments every ten days, down from roughly every three weeks.

> "Mines do not respect the charts we draw. A corridor that was clean in June can have a new contact by August after one storm," said Commander Ilinca Mareș, a Romanian naval officer attached to the task group's staff.

The note lists three operational constraints:

1. Under the Montreux Convention, Türkiye continues to restrict passage of warships through the Straits while the conflict lasts, which means reinforcements must come from navies already in the Black Sea or be delivered overland.
2. Uncrewed systems need local data links and trained operators, and only two of the three lead navies currently have both.
3. Sea states above a certain level make sonar imaging unreliable, leaving October and November as difficult months for survey work.

## What insurers want to see

Marine underwriters in London and Oslo told this publication that the extension matters less for what it finds than for what it documents. Insurers price war risk partly on how recent and how complete survey data is, and a ten-day cycle would give them a firmer basis for quotes.

> "If the navies can publish a reliable schedule, we can stop treating every voyage as a fresh gamble," said Petter Vangen, a war-risk underwriter at a Norwegian mutual insurer.

Premiums for voyages to Ukrainian ports have eased since the peak of 2023 but remain several times higher than for comparable trips elsewhere in the region. Grain traders say the additional cost is passed on to buyers in North Africa and the Middle East, who are among the largest importers of Ukrainian wheat and maize.

## The limits of a regional arrangement

Diplomats in Brussels note that the task group is deliberately not a NATO operation, which allows Türkiye to participate on its own terms and avoids questions about alliance warships near a war zone. The arrangement has nonetheless drawn on NATO standards for data sharing, and allied maritime patrol aircraft provide overhead pictures of surface traffic.

That structure has limits. The group has no mandate to escort merchant ships, and officials insist it will not operate in Ukrainian territorial waters. Kyiv has asked for more help clearing its own approaches, where it relies on its navy and on equipment donated by European partners.

For now, the extended sweep is due to run until the end of November, with a review at the next meeting of the three navies' chiefs.
`,
  },
  {
    slug: "tunisia-coastguard-funding-memorandum",
    title: "EU money for Tunisia's coastguard comes with new reporting rules",
    standfirst:
      "A €105 million tranche asks Tunis for quarterly data on interceptions at sea and on what happens to migrants once they are brought ashore.",
    authors: ["youssef-haddad"],
    categories: ["tunisia", "migration"],
    tags: ["border-management", "humanitarian", "maritime-security"],
    publishedAt: "2026-08-04T09:00:00Z",
    access: { kind: "level", level: 0 },
    hero: {
      image: "/images/heroes/tunisia-coastguard-funding-memorandum.svg",
      alt: "Abstract illustration of a patrol-boat wake curving across a turquoise sea off a stylised coastline",
      caption: "The funding covers patrol-boat maintenance, radar and two coordination centres.",
      credit: "Illustration: The Meridian Desk",
    },
    body: `The European Commission has approved a new tranche of funding for Tunisia's coastguard and national guard, attaching for the first time a requirement that Tunisian authorities share regular data on interceptions at sea and on the treatment of migrants returned to shore.

The payment, worth €105 million over two years, is part of the broader partnership agreed with Tunis in 2023, which combined support for border management with promises of investment in energy, education and the Tunisian economy. It covers spare parts for patrol boats, radar maintenance, training and the construction of two regional coordination centres on the southern coast.

Departures from Tunisia towards Italy have fallen sharply since their peak, a trend European officials cite as evidence that the partnership works. Critics say the drop has come at the price of serious abuses against sub-Saharan migrants inside Tunisia.

<!-- paywall -->

## The new conditions

According to the financing decision, reviewed by The Meridian Desk, Tunisia will be asked to provide quarterly reports on:

- the number of vessels intercepted and people disembarked, broken down by port;
- where people are taken after disembarkation, including any transfers to areas near the Algerian and Libyan borders;
- incidents involving deaths or injuries during interceptions;
- access granted to the UN refugee agency and the International Organization for Migration at disembarkation points.

The decision states that payments may be "adjusted" if reporting is not provided, but it stops short of making funds conditional on particular outcomes. Commission officials describe the arrangement as a monitoring framework rather than a set of penalties.

> "We have put more eyes on the ground without turning the relationship into a list of ultimatums. Tunis would not accept that, and we would lose the little visibility we have," said Anneke Voss, a Commission official involved in drafting the decision.

## Reports from the south

Humanitarian organisations operating in the Sfax region say that expulsions of migrants to desert border areas have continued, though less often than in 2023 and 2024. One aid worker described groups being left near the Algerian frontier without water as recently as July, accounts that Tunisian authorities have denied.

> "A reporting clause is only as good as the willingness to act on what it reveals. So far, every alarming report has been met with a statement of concern," said Salma Ben Ammar, a Tunisian researcher on migration and human rights.

Tunisian officials reject the accusations and say the country is being asked to bear a burden created by smuggling networks and by the EU's own policies. They also point to the economic pressure on the country, where inflation and public debt have squeezed budgets for years.

## A wider balance

The funding decision comes as Brussels weighs whether to replicate the Tunisian model with other North African partners, an approach that members of the European Parliament from several groups have criticised as outsourcing responsibility to governments with poor rights records. The European Ombudsman has previously asked the Commission to show how it assesses human-rights risks before disbursing migration-related funds.

The first quarterly report under the new conditions is due in October. Commission officials say they will share a summary with the Parliament's civil liberties committee, but not the full data, citing Tunisian sensitivities.
`,
  },
  {
    slug: "arms-export-controls-common-position-review",
    title: "Parliament pushes for tougher scrutiny as the EU reviews its arms export rules",
    standfirst:
      "MEPs want peer review of national licensing decisions. Industry wants joint projects freed from single-country vetoes.",
    authors: ["tomas-lindqvist", "clara-vermeulen"],
    categories: ["defence", "diplomacy"],
    tags: ["arms-exports", "european-parliament", "defence-industry"],
    publishedAt: "2026-08-19T07:00:00Z",
    access: { kind: "level", level: 0 },
    hero: {
      image: "/images/heroes/arms-export-controls-common-position-review.svg",
      alt: "Abstract illustration of a stamped licence form overlaid with eight numbered checkboxes",
      caption: "The Common Position sets eight criteria for arms export licences.",
      credit: "Illustration: The Meridian Desk",
    },
    body: `The EU's rulebook for arms exports is up for review, and the European Parliament wants the outcome to include something member states have long resisted: a common way of checking whether governments actually apply the criteria they signed up to.

The Council's Common Position on arms exports, agreed in 2008 and updated in 2019, sets out eight criteria that national authorities must consider before licensing sales abroad, including respect for human rights in the country of destination, the risk of diversion to other users, and the preservation of regional peace. Decisions remain entirely national, and there is no mechanism to enforce consistency.

A review due to conclude next spring has revived an old argument between those who see the rules as a moral floor and those who regard them as an obstacle to a more competitive European defence industry.

## The Parliament's case

A report adopted by the Parliament's foreign affairs committee last week, by 41 votes to 22 with 6 abstentions, calls for a peer-review system in which national licensing decisions for sensitive destinations would be shared and discussed among member states. It also asks for the annual EU report on arms exports, which often appears more than a year after the period it covers, to be published faster and in a searchable format.

> "We have eight criteria and twenty-seven interpretations. Citizens deserve to know when a weapon made in Europe ends up where our rules say it should not," said Ingrid Solheim-Varga, the MEP who drafted the report.

Parliament has no formal power over the Common Position, which is a Council instrument adopted unanimously. But its reports shape the Commission's positions, and several member states have signalled sympathy for at least some of the proposals.

## The industry counter-argument

Defence manufacturers and some governments argue the real problem runs in the other direction. Joint European projects, they say, are hampered when one participating country can block exports of a shared product, scaring off partners and customers.

Industry representatives have proposed:

1. a de minimis rule under which components below a certain share of a system's value would not give their country of origin a veto over exports;
2. common licensing for intra-EU transfers of components used in joint projects;
3. a faster procedure for exports to NATO partners and close allies such as Japan and Australia.

> "If every partner holds a veto on every export, nobody will build a European system together. They will build national ones and export those instead," said Pierre-Alain Morel, who leads export policy for a French aerospace and defence trade body.

## Finding the middle

Diplomats expect the review to produce a compromise that pairs modest transparency measures with some easing for joint programmes. A draft outline circulated by the Council's working party on conventional arms exports, described to The Meridian Desk by two diplomats, includes a proposal to publish the annual report within nine months of the year's end and to create a voluntary consultation mechanism for denials related to countries under EU restrictive measures.

Campaign groups call that insufficient. They point to cases in which weapons licensed by EU member states have appeared in conflicts in Yemen, Sudan and Libya, and argue that without binding peer review, the criteria will continue to be applied selectively.

The review will be discussed at the working party's next meeting, with a first reading by ambassadors planned before the end of the year.
`,
  },
  {
    slug: "baltic-border-fund-dispute",
    title: "Eastern member states press for EU money to harden borders with Belarus and Russia",
    standfirst:
      "A joint letter asks for a ring-fenced €1.8 billion, reopening the old argument over whether European funds should pay for fences.",
    authors: ["marta-kowalczyk"],
    categories: ["eastern-europe", "migration"],
    tags: ["border-management", "eu-council", "intelligence"],
    publishedAt: "2026-09-02T05:30:00Z",
    access: { kind: "level", level: 1 },
    hero: {
      image: "/images/heroes/baltic-border-fund-dispute.svg",
      alt: "Abstract illustration of a forest edge crossed by a thin line of watchtower silhouettes",
      caption: "Much of the frontier with Belarus runs through forest and wetland.",
      credit: "Illustration: The Meridian Desk",
    },
    readAlso: ["eastern-flank-forward-brigades-readiness", "migration-pact-screening-centres-rollout"],
    body: `Five member states on the EU's eastern border are pressing the Commission to open a dedicated funding line for physical barriers, surveillance towers and counter-drone equipment, reviving a dispute that has divided the bloc for years over whether European money should pay for fences.

Finland, Estonia, Latvia, Lithuania and Poland set out their case in a joint letter sent to the Commission before this week's meeting of interior ministers. The letter argues that pressure on their frontiers with Russia and Belarus is no longer primarily a migration issue but a security one, citing balloons carrying contraband, attempted drone incursions and groups of migrants guided to the border by people the signatories describe as state-linked facilitators.

The Commission has so far allowed border-management funds to pay for surveillance technology and staff, but not for the barriers themselves. Several western and southern capitals remain wary of changing that rule.

<!-- paywall -->

## What the letter asks for

The letter, which The Meridian Desk has seen, requests a ring-fenced envelope of about €1.8 billion over the remaining years of the current budget period. It breaks the request into:

- around €700 million for sensor networks, thermal cameras and radar coverage along forested stretches of the frontier;
- roughly €550 million for counter-drone systems at border crossings and near critical infrastructure within 30 kilometres of the border;
- about €400 million for "physical infrastructure", a phrase that covers fencing, patrol roads and lighting;
- the remainder for training and for joint patrols with the EU border agency, Frontex.

Polish and Lithuanian officials say they have already spent national money on barriers and are asking, in effect, to be reimbursed for a European public good.

> "Our border with Belarus is the EU's border. When someone tests it, they are testing every member state at the same time," said Rasa Kvedaraitė, a senior adviser in the Lithuanian interior ministry.

## The objections

Diplomats from at least four member states told this publication they would resist any move to finance fences with common money, pointing to cases brought by rights groups alleging pushbacks at the Polish and Latvian borders. They also argue that the funding request would draw on instruments already stretched by the implementation of the migration pact.

> "We can talk about drones and sensors tomorrow. Fences paid for by Brussels are a political symbol, and we will not sign a blank cheque for them," said Lorenzo Castellani, a diplomat at a southern member state's permanent representation.

Intelligence officials from the eastern states have tried to shift the discussion. In a classified briefing to ministers, summarised to this publication by two participants, they described at least 40 attempted drone flights across the Belarusian border since January, some carrying cameras rather than contraband, which they interpret as reconnaissance of border-guard positions.

## Where it goes next

The Commission is expected to respond with a compromise that widens what counts as eligible surveillance equipment while stopping short of funding barriers directly. Officials familiar with the drafting say the text could allow money for patrol roads and lighting, a distinction the eastern states regard as artificial but may accept.

Any change to the funding rules would need approval from ministers and, for new money, agreement in the wider budget talks that begin in earnest next year, where the eastern states intend to raise the issue again.
`,
  },
  {
    slug: "cyber-intrusions-water-utilities",
    title: "Intrusions at three European water utilities prompt an emergency review of industrial networks",
    standfirst:
      "No supplies were disrupted, but in one case intruders reached a screen that controls chemical dosing at a treatment works.",
    authors: ["clara-vermeulen"],
    categories: ["defence"],
    tags: ["cyber", "intelligence", "nato"],
    publishedAt: "2026-09-15T07:15:00Z",
    updatedAt: "2026-09-17T12:40:00Z",
    access: { kind: "level", level: 1 },
    hero: {
      image: "/images/heroes/cyber-intrusions-water-utilities.svg",
      alt: "Abstract illustration of pipework diagrams dissolving into lines of binary digits",
      caption: "Small contractors' remote-maintenance accounts were the common entry point.",
      credit: "Illustration: The Meridian Desk",
    },
    body: `Cyber intrusions at water utilities in three EU member states over the summer have prompted national agencies to order an emergency review of remote-access systems used to control pumps and treatment plants, officials said.

None of the incidents disrupted supplies. But in at least one case, according to two people familiar with the investigation, intruders reached a control interface that would have allowed them to change chemical dosing at a treatment works serving around 60,000 people, before an operator noticed unexpected log-ins and took the system offline.

The affected utilities are in Czechia, Lithuania and Portugal; national authorities have not named the companies.

<!-- paywall -->

## How they got in

A technical summary circulated among national cybersecurity agencies and the EU's network of cyber crisis liaison officers, parts of which were read to The Meridian Desk, describes a common entry route. In each case, intruders used credentials for remote-maintenance accounts belonging to small contractors, then moved through poorly segmented networks from office systems to operational technology.

The summary identifies several recurring weaknesses:

1. remote-access gateways without multi-factor authentication, often installed during the pandemic and never reviewed;
2. shared passwords used by contractors across several clients;
3. industrial controllers reachable from the internet, including some still using default manufacturer settings;
4. logs that were kept for fewer than 30 days, making it hard to establish when intrusions began.

> "None of this is sophisticated. That is the problem. We are dealing with a sector of thousands of small operators that cannot afford a security team, and attackers know it," said Radka Nováková, a senior analyst at a Czech national cybersecurity institute.

## Attribution, carefully hedged

Investigators have not publicly attributed the intrusions. The technical summary notes overlaps in tooling with a group that Western agencies have previously linked to Russian military intelligence, but also says that some techniques are widely available and that the evidence is "moderately consistent" rather than conclusive.

Two officials said at least one of the intrusions appeared designed to demonstrate access rather than to cause harm, a pattern they associate with signalling. A third cautioned that financially motivated criminals have also targeted utilities to plant ransomware, and that the incidents may not be connected.

> "Intent matters for how governments respond, but the defensive lesson is identical. If a contractor's laptop can reach a dosing pump, you have already lost the argument about attribution," said Gerrit Oosterhuis, a Dutch industrial-security engineer who advises utilities on incident response.

## Regulation arrives, slowly

Water utilities are covered by the EU's revised directive on network and information security, which requires operators of essential services to manage cyber risks and report significant incidents. But member states transposed the directive unevenly, and national supervisors are still building the capacity to audit small and medium-sized operators.

The emergency review ordered by the three countries' agencies requires utilities to disable unmanaged remote access within 30 days and to submit inventories of internet-facing controllers. The European Commission is considering guidance urging other member states to do the same, and NATO officials have asked allies to share findings, given that military bases often rely on civilian water supplies.

Industry associations have warned that many utilities lack the budget to replace outdated equipment quickly, and have asked for access to EU funding set aside for infrastructure resilience.
`,
  },
  {
    slug: "lng-interconnector-winter-storage",
    title: "Gas storage is nearly full, but Central Europe's interconnectors face a winter stress test",
    standfirst:
      "LNG now flows inland from the coasts through pipes built for the opposite direction. A cold snap would show where they pinch.",
    authors: ["marta-kowalczyk"],
    categories: ["energy-security", "eastern-europe"],
    tags: ["energy", "eu-council"],
    publishedAt: "2026-09-24T06:00:00Z",
    access: { kind: "public" },
    hero: {
      image: "/images/heroes/lng-interconnector-winter-storage.svg",
      alt: "Abstract illustration of pipeline lines branching inland from coastal terminals across a pale map of Central Europe",
      caption: "Gas now travels from Baltic, North Sea and Adriatic terminals toward landlocked markets.",
      credit: "Illustration: The Meridian Desk",
    },
    body: `Europe approaches the heating season with gas storage sites close to full, yet energy officials in Central and Eastern Europe warn that stored gas is only half of the picture: moving it where it is needed during a cold snap depends on a handful of pipelines and interconnectors that have never been tested at full load under current supply patterns.

With Russian pipeline gas largely gone from the EU market since the end of transit through Ukraine, the region's supply now runs overwhelmingly from west to south and east. Liquefied natural gas arrives at terminals on the Baltic, North Sea and Adriatic coasts and must travel inland through networks originally designed to carry gas in the opposite direction.

## Where the pinch points are

Grid operators and regulators in the region point to several links that would be strained in a prolonged freeze:

- the interconnector between Poland and Slovakia, which carries LNG-sourced gas south but operates below planned capacity at times of high Polish demand;
- the Croatian terminal on the island of Krk and its onward link to Hungary, where expansion works are not yet complete;
- Romania's connections to neighbouring Moldova and Ukraine, which are increasingly used to support both countries' systems;
- the Balticconnector pipeline between Finland and Estonia, repaired after damage in 2023 but still regarded as a vulnerable single point.

> "Storage is a comfort blanket. What keeps the lights on in February is whether the pipes can carry gas from the coast to the customer when everyone needs it on the same day," said Bogdan Ionescu, a Bucharest-based analyst who advises regional grid operators.

## The Ukraine factor

Ukraine's own storage caverns, among the largest in Europe, have become part of the regional picture. European traders have in past winters stored gas in western Ukraine, tempted by capacity and low fees, though attacks on Ukrainian energy infrastructure have made some hesitant. Kyiv is also importing more gas itself after strikes on its production facilities, adding demand to the same eastbound routes.

Officials in Brussels say the EU's joint gas purchasing platform could help by pooling demand from smaller buyers, but participation remains voluntary and modest.

> "We have replaced one dependency with many suppliers, which is good. But we have also replaced a simple flow with a complicated one, and complexity needs spare capacity," said Kaja Mrozek, an energy-security researcher at a Warsaw think tank.

## What a cold winter would mean

Regulators stress that a supply emergency is unlikely under normal weather. The more plausible risk, they say, is price spikes in landlocked markets such as Slovakia, Hungary and Austria if interconnectors reach their limits during a cold spell, combined with any disruption at an LNG terminal.

Energy ministers are due to review preparedness at their meeting next month, including a proposal to extend the EU's coordinated demand-reduction guidance for another winter. Several member states in the region want the Commission to prioritise funding for reverse-flow upgrades and compressor stations in the next round of cross-border infrastructure projects, arguing that modest investments in the middle of the network would do more for security than additional terminals on the coast.
`,
  },
  {
    slug: "montenegro-election-accession-clock",
    title: "Montenegro's snap election tests how long the EU accession clock can keep running",
    standfirst:
      "The front-runner for membership goes to the polls after its coalition collapsed over the constitutional court. Brussels is watching the benchmarks.",
    authors: ["tomas-lindqvist"],
    categories: ["western-balkans", "diplomacy"],
    tags: ["elections", "european-parliament", "eu-council"],
    publishedAt: "2026-09-28T05:00:00Z",
    access: { kind: "public" },
    hero: {
      image: "/images/heroes/montenegro-election-accession-clock.svg",
      alt: "Abstract illustration of a ballot box beneath a clock face ringed with twelve small stars",
      caption: "Montenegro has closed more negotiating chapters than any other candidate in the region.",
      credit: "Illustration: The Meridian Desk",
    },
    body: `Voters in Montenegro go to the polls on Sunday in an early parliamentary election that has become, in the eyes of Brussels, a referendum on whether the country can keep its place at the front of the EU accession queue.

Montenegro has closed more negotiating chapters than any other candidate in the Western Balkans, and officials in the Commission have spoken openly of concluding talks before the end of the decade. The collapse of the governing coalition in July, after a dispute over appointments to the constitutional court, has put that timetable under strain.

## Why the court matters

Rule-of-law chapters are the spine of any accession negotiation, and judicial appointments have been a recurring weak point. Under the interim benchmarks Montenegro agreed with the EU, the country must show that it can fill senior judicial posts through transparent procedures and without prolonged vacancies. Two seats on the constitutional court have been vacant since spring.

> "The EU does not need Montenegro to have a perfect government. It needs institutions that keep working when governments fall," said Jelena Radović, a researcher at the Podgorica Centre for Democratic Transition.

Election observers from the OSCE's Office for Democratic Institutions and Human Rights are deployed across the country, alongside a delegation from the European Parliament. Their preliminary findings, expected the day after the vote, will be read closely in Brussels for evidence on media access, campaign financing and the voter register, all areas flagged in previous reports.

## Three scenarios in Brussels

Diplomats who follow the file sketch three broad outcomes:

1. A quick coalition deal among pro-EU parties, which would allow the government to fill the court seats and resume chapter closures by early next year.
2. A drawn-out negotiation lasting several months, freezing legislative work and pushing back the benchmarks by at least one Council presidency.
3. A result that strengthens parties sceptical of sanctions on Russia, which would raise questions about Montenegro's alignment with the EU's common foreign and security policy, currently close to complete.

> "Montenegro has been the good-news story of enlargement. If it stalls, the message to the rest of the region is that even the front-runner cannot escape the cycle," said Mathieu Delorme, a former Commission official now at a Brussels think tank.

## The regional ripple

The vote comes as the EU tries to show that its renewed enlargement push is more than rhetoric. Albania has also moved quickly through its negotiating clusters, while talks with Serbia remain largely frozen and North Macedonia's process is entangled in a constitutional dispute. Brussels has offered candidates staged access to parts of the single market and to EU funding in return for reforms, a model that depends on front-runners demonstrating that it works.

Member states are not united on the pace. Some capitals want a credible first accession before the next EU budget period begins in 2028, to show citizens in the region that the promise is real. Others insist that any new member must arrive with its judiciary and anti-corruption bodies fully functioning, however long that takes.

For Montenegro's voters, the campaign has largely turned on living costs, tourism and jobs rather than Brussels. But the result will decide whether the next government spends its first months on accession benchmarks or on its own survival.
`,
  },
  {
    slug: "libya-oil-output-sirte-basin-deal",
    title: "Libya's oil output climbs as European buyers weigh the risks of a fragile revenue deal",
    standfirst:
      "Production is at a decade high after rival authorities agreed how to share the money. Refiners in southern Europe are buying more, cautiously.",
    authors: ["youssef-haddad"],
    categories: ["libya", "energy-security"],
    tags: ["energy", "maritime-security"],
    publishedAt: "2026-10-06T08:30:00Z",
    updatedAt: "2026-10-07T09:05:00Z",
    access: { kind: "level", level: 1 },
    hero: {
      image: "/images/heroes/libya-oil-output-sirte-basin-deal.svg",
      alt: "Abstract illustration of oil-field derricks rendered as thin amber lines above a desert horizon",
      caption: "Most of the recent increase has come from fields in the Sirte basin.",
      credit: "Illustration: The Meridian Desk",
    },
    readAlso: ["lng-interconnector-winter-storage"],
    body: `Libya's crude production has risen to its highest level in more than a decade after rival authorities in Tripoli and the east agreed on an interim mechanism for sharing oil revenue, giving European refiners a larger and cheaper supply of light crude just as they look to replace other sources.

Output averaged about 1.45 million barrels a day in September, according to figures from two industry tracking services, up from around 1.2 million a year earlier. Most of the increase came from fields in the Sirte basin that had operated below capacity because of maintenance backlogs and periodic shutdowns during political disputes.

Italy, Spain, Germany and France are among the largest buyers of Libyan crude, which is prized by Mediterranean refineries for its low sulphur content and short shipping times.

## A deal built on a ledger

The arrangement, brokered over the summer with the involvement of UN mediators and several European governments, routes oil revenue through the central bank into an account overseen by a joint committee with representatives from both sides. Spending on salaries, fuel subsidies and a share for development projects in each region must be approved by the committee, according to a summary of the agreement described to The Meridian Desk by a Western diplomat.

> "It is not a political settlement. It is an accounting agreement that everyone can live with while the political settlement waits," said Hana Al-Mabrouk, an economist at a Tunis-based institute who studies Libya's public finances.

Previous attempts at revenue-sharing collapsed when one side accused the other of diverting funds, and oil shutdowns have repeatedly been used as leverage. Production fell below 600,000 barrels a day during a dispute over control of the central bank in 2024, before recovering.

## What Europe is weighing

European energy officials welcome the increase but are cautious about relying on it. An internal assessment prepared for an EU energy working group, summarised to this publication by an official, identifies several risks:

- a return to blockades if either side concludes the revenue committee is favouring the other;
- under-investment in ageing pipelines and export terminals, which the National Oil Corporation says need several billion dollars of repairs;
- the presence of foreign military personnel around some oil facilities, which complicates security guarantees;
- smuggling of subsidised fuel out of Libya by sea, which the EU naval operation in the central Mediterranean has tried to monitor.

> "Europe likes Libyan barrels because they are close and cheap to refine. It has never liked the question of who controls the valves," said Giorgio Santini, a former Italian energy ministry official.

## Investment and its conditions

International oil companies have announced plans to increase exploration in Libya, with a licensing round expected early next year. Companies from Italy, Spain and France have said they will participate, alongside firms from Türkiye and the Gulf.

Diplomats say European governments are weighing whether to link political support for the licensing round to progress on a unified budget and on transparency at the National Oil Corporation. Some officials argue that predictable revenue is the best incentive for the rival camps to keep cooperating; others warn that more money flowing into an unreformed system could entrench the very divisions the revenue deal is meant to manage.

For now, the tankers keep arriving. Refiners in southern Europe say they have increased Libyan purchases for the fourth quarter, while keeping contracts flexible in case the flow stops as suddenly as it has before.
`,
  },
  {
    slug: "ammunition-output-155mm-bottlenecks",
    title: "Europe's shell output rises, but explosives and propellant still set the pace",
    standfirst:
      "Capacity for 155mm rounds has grown roughly sevenfold since 2022. The next expansion depends on nitrocellulose plants and chemical permits.",
    authors: ["clara-vermeulen"],
    categories: ["defence", "ukraine"],
    tags: ["defence-industry", "nato", "eu-council"],
    publishedAt: "2026-10-14T06:30:00Z",
    access: { kind: "level", level: 2 },
    hero: {
      image: "/images/heroes/ammunition-output-155mm-bottlenecks.svg",
      alt: "Abstract illustration of rows of cylindrical shapes on a conveyor, drawn in muted steel grey",
      caption: "Shell bodies are no longer the constraint; explosives and propellant are.",
      credit: "Illustration: The Meridian Desk",
    },
    readAlso: ["quarterly-defence-budget-tracker-q4-2026"],
    body: `European manufacturers are on course to produce more 155mm artillery shells this year than at any time since the Cold War, yet officials and executives say the pace of the next expansion will be set not by shell casings but by the chemicals that fill and fire them.

Figures compiled by the European Commission for defence ministers, and described to The Meridian Desk by three officials, estimate that annual production capacity for 155mm rounds across the EU and Norway will reach about 2.1 million by the end of 2026, up from roughly 300,000 when Russia launched its full-scale invasion of Ukraine. Actual output is lower than capacity, because several new lines are still in testing.

## The chemistry problem

The shells themselves are comparatively easy to make. Forged steel bodies can be produced by several dozen plants across Europe. The harder parts are the high explosive that goes inside, and the nitrocellulose-based propellant that launches the round.

Officials highlight three bottlenecks:

- nitrocellulose, which depends on cotton linters or specialised wood pulp, a supply chain in which China and a handful of other producers play a large role;
- TNT and RDX, where European capacity was allowed to shrink for decades and where new plants require lengthy environmental permits;
- modular propellant charges, whose output has not kept pace with shell bodies, leaving filled shells waiting for charges in some depots.

> "You can stamp out a shell body in weeks. A new nitrocellulose plant takes three years if everything goes well, and nothing in chemical permitting goes well," said Annelies Dekker, a former procurement director who now advises a Dutch defence-industry association.

The Commission's estimate puts European nitrocellulose production at around 60 per cent of what would be required to run all announced shell lines at full capacity. One official said two new plants, in Poland and in Scandinavia, could close much of that gap by 2028 if permits are granted on schedule.

## Money, contracts and price

European governments have funded the expansion through a mix of national budgets, the EU's ammunition production support programme, and multinational frameworks in which several countries buy from a single contract. Executives say that the most important change has been the move to multi-year orders, which allow them to hire and invest without fearing that demand will evaporate.

But prices have also risen sharply. Contracts signed in 2025 priced shells at between €3,500 and €5,000 each depending on the type and the fuse, compared with around €2,000 before the war. Officials in several capitals complain that the increase reflects margins as much as inputs.

> "We have paid for industry to take risk, and industry has sensibly priced that risk into every shell. The question for the next budget is whether we keep paying a wartime premium in peacetime conditions," said Niels Brandt, a German parliamentary budget adviser who has followed the contracts.

## What it means for Ukraine

Ukrainian officials say their artillery units have received more European-made shells this year than last, but that shortages persist at the front, where Russia continues to outfire Ukraine on most days. Russian production, boosted by imports from North Korea, is estimated by Western intelligence at several million rounds a year.

Part of the gap is being filled by Ukrainian domestic production, which has expanded with European financing. Several joint ventures now fill and assemble shells inside Ukraine, using components supplied from EU plants, an arrangement that officials say reduces transport costs but exposes factories to missile strikes.

Defence ministers are expected to discuss a proposal for a European stockpile of propellant and explosives, modelled on strategic oil reserves, at their December meeting.
`,
  },
  {
    slug: "migration-pact-screening-centres-rollout",
    title: "Four months into the migration pact, border screening is running behind schedule",
    standfirst:
      "A Commission progress note shows three member states without screening facilities and a solidarity pool pledged mostly in cash.",
    authors: ["youssef-haddad", "tomas-lindqvist"],
    categories: ["migration"],
    tags: ["border-management", "humanitarian", "european-parliament"],
    publishedAt: "2026-10-22T07:45:00Z",
    access: { kind: "level", level: 1 },
    hero: {
      image: "/images/heroes/migration-pact-screening-centres-rollout.svg",
      alt: "Abstract illustration of a row of doorways in pale blue with a progress bar running beneath them",
      caption: "Screening must be completed within seven days of arrival under the new rules.",
      credit: "Illustration: The Meridian Desk",
    },
    readAlso: ["tunisia-coastguard-funding-memorandum"],
    body: `Four months after the EU's Pact on Migration and Asylum began to apply, the screening and border procedures at its heart are operating in only part of the bloc, and a first stock-take by the Commission shows wide differences in how member states have implemented them.

The pact, adopted in 2024 after nearly a decade of negotiation, requires people who arrive irregularly to undergo identity, health and security checks within seven days, and routes applicants from countries with low recognition rates into accelerated border procedures lasting up to 12 weeks. It also introduced a solidarity mechanism under which member states must either accept relocated asylum seekers or pay into a common fund.

## Uneven starts

A Commission progress note sent to interior ministers ahead of their October meeting, seen by The Meridian Desk, reports that 19 member states have screening operational at all relevant external border points, five have partial arrangements, and three have yet to designate facilities. The note does not name the laggards, but diplomats identified two Mediterranean arrival states and one landlocked country among them.

The border procedure is further behind. Each country's share of a bloc-wide capacity target of 30,000 places was fixed in advance, but the note says around 18,000 places were available at the end of September, many of them in converted reception centres rather than new facilities.

> "The law assumed that states would build the same machine at the same speed. In practice, some countries have a finished facility and others have a sign on a gate," said Sofia Aranda, a Madrid-based lawyer who monitors asylum procedures for a legal-aid network.

## Solidarity on paper

The solidarity pool for the first annual cycle was set at 30,000 relocations or financial contributions worth €20,000 per person not relocated. According to the progress note, pledges covered about three-quarters of the target, with most states choosing to pay rather than accept people. Several central European governments have said they will neither relocate nor pay, and the Commission has not yet indicated whether it will start infringement procedures.

Officials in arrival states argue that the balance is tilting. Italian and Greek officials told this publication that their obligations under the screening and border rules have taken effect in full while the solidarity they were promised remains largely notional.

> "We accepted a tougher system at our borders because it came with a promise of shared responsibility. If that promise is delayed, the whole bargain is in question," said Nikos Theodorakis, an adviser to the Greek migration ministry.

## Rights concerns

Human-rights organisations and the EU's Fundamental Rights Agency have raised concerns about conditions in several screening facilities, including the detention of families with children and limited access to legal advice. The pact requires each member state to set up an independent monitoring mechanism for screening, but the progress note says only 11 have done so.

Members of the European Parliament who negotiated the pact have asked the Commission to publish country-by-country data. They point to three areas they want tracked:

1. the average time between arrival and completion of screening;
2. the share of applicants channelled into the accelerated border procedure, broken down by nationality;
3. the number of complaints handled by national monitoring bodies and their outcomes.

The Commission has said it will publish a fuller implementation report early next year. Interior ministers are expected to discuss the solidarity pool for the second cycle at their December meeting, where the question of whether to sanction non-paying states will be harder to avoid.
`,
  },
  {
    slug: "eu-sanctions-package-shadow-fleet-insurers",
    title: "New EU sanctions package goes after the shadow fleet's insurers and flag registries",
    standfirst:
      "Ambassadors have agreed in principle to list 118 more tankers and, for the first time, the firms that supply them with paperwork.",
    authors: ["tomas-lindqvist"],
    categories: ["diplomacy", "energy-security"],
    tags: ["sanctions", "eu-council", "maritime-security"],
    publishedAt: "2026-11-04T16:20:00Z",
    updatedAt: "2026-11-05T08:10:00Z",
    access: { kind: "level", level: 2 },
    hero: {
      image: "/images/heroes/eu-sanctions-package-shadow-fleet-insurers.svg",
      alt: "Abstract illustration of a tanker silhouette partly covered by a translucent grid of document stamps",
      caption: "Listed tankers are often renamed and reflagged within weeks.",
      credit: "Illustration: The Meridian Desk",
    },
    readAlso: ["black-sea-mine-clearance-task-group"],
    body: `EU ambassadors have reached a preliminary agreement on a new sanctions package against Russia that for the first time targets the insurers and flag registries that keep the so-called shadow fleet of ageing oil tankers at sea, according to diplomats involved in the talks.

The package, which still requires formal adoption by ministers, would add dozens of vessels to the list of ships barred from EU ports and services. Its more novel element is a set of listings aimed at the companies that provide those ships with paperwork: marine insurers registered in third countries, and maritime administrations that diplomats say have issued flags to tankers with little scrutiny.

Hungary and Slovakia lifted their objections late on Wednesday after securing language on pipeline oil supplies, two diplomats said.

<!-- paywall -->

## What the package contains

A draft seen by The Meridian Desk lists 118 additional tankers, bringing the total number of vessels subject to the EU port-access ban to more than 700. It names nine insurance providers, most registered in jurisdictions in the Gulf and Central Asia, and two ship-registration services that operate flag registries on behalf of small states.

The draft also:

- lowers the age at which EU operators must carry out enhanced checks on the sale of second-hand tankers, from vessels of 15 years to those of 10 years;
- adds three refineries in third countries that processed Russian crude into products sold in the EU;
- extends an existing ban on port services to cover ship-to-ship transfers in waters off EU coasts where enforcement can be established;
- lists 14 individuals described as facilitators of the fleet's financing, including ship managers operating from the United Arab Emirates.

The package does not include the full maritime services ban that several Nordic and Baltic states had pushed for, which would have prohibited EU companies from providing any services to Russian oil shipments regardless of price.

> "We are going after the plumbing now, not just the ships. A tanker without insurance and a credible flag is a liability in any port," said Katrin Põder, an Estonian sanctions official involved in drafting the listings.

## Why insurers and flags

European navies and coastguards have reported a growing number of incidents with shadow-fleet tankers in the Baltic and North Sea, including vessels sailing without valid insurance certificates and, in at least two cases, ships whose supposed flag state denied they were on its register. Officials argue that targeting the firms that issue these documents is a more efficient way to degrade the fleet than listing ships one by one.

Analysts are less certain. Data from a maritime intelligence firm shared with this publication suggest that about 40 per cent of tankers listed in earlier packages continued to carry Russian cargoes, albeit less often and on longer routes.

> "Each package raises costs at the margin. But the fleet has proved adaptable, and Russia's oil revenue has been hit far more by world prices than by listings," said Felix Ambrose, a sanctions researcher at an institute in London.

## Enforcement is the test

The legal basis for boarding or detaining a tanker in international waters is limited, and coastal states have generally restricted themselves to checking documents when ships enter their territorial seas or anchor. Diplomats say the new insurance listings are designed partly to give those checks more teeth: a ship presenting a certificate from a listed provider could be treated as uninsured.

Ministers are expected to adopt the package formally at their next Foreign Affairs Council. Diplomats are already discussing a further round focused on third-country banks, which they acknowledge will be harder to agree.
`,
  },
  {
    slug: "ukraine-reconstruction-grid-substations",
    title: "Rebuilding Ukraine's grid: why substations, not power plants, decide the winter",
    standfirst:
      "Donors are being asked for transformers, concrete shelters and dispersed spare parts. A €3.4 billion list shows what is funded and what is not.",
    authors: ["marta-kowalczyk"],
    categories: ["ukraine", "energy-security"],
    tags: ["energy", "eu-council", "humanitarian"],
    publishedAt: "2026-11-13T06:15:00Z",
    access: { kind: "level", level: 3 },
    hero: {
      image: "/images/heroes/ukraine-reconstruction-grid-substations.svg",
      alt: "Abstract illustration of high-voltage pylons and transformer blocks in yellow and blue line art",
      caption: "Large autotransformers take 12 to 18 months to build to order.",
      credit: "Illustration: The Meridian Desk",
    },
    body: `As Ukraine enters its fifth winter of full-scale war, reconstruction planners in Kyiv and Brussels have narrowed their focus to a part of the power system that rarely features in donor announcements: the high-voltage substations that link generation to the grid.

Russian strikes over the past two years have increasingly targeted transformers and switching stations rather than power plants alone. A damaged plant can sometimes be bypassed; a destroyed substation can cut entire regions off from electricity that is otherwise available.

The shift has changed what donors are asked to pay for, and how.

<!-- paywall -->

## The transformer queue

Ukraine's grid operator needs large autotransformers, each weighing well over 100 tonnes, that are built to order and typically take 12 to 18 months to deliver from European or Asian factories. According to a list presented to donors at a coordination meeting in Warsaw last month and seen by The Meridian Desk, the operator has requested 46 units for delivery by the end of 2027, of which financing has been confirmed for 29.

The same document estimates the cost of restoring and protecting the most critical substations at €3.4 billion, including:

- about €1.6 billion for transformers and switchgear;
- roughly €900 million for physical protection, such as concrete shelters and gabion walls around key equipment;
- around €600 million for spare-parts stockpiles held in dispersed locations;
- the remainder for control systems, cybersecurity and training.

> "A single autotransformer is the difference between a city with power and a city without it. We cannot order them after they are destroyed; we have to order them in advance and hide them," said Vasyl Melnychuk, a senior engineer at Ukraine's transmission system operator.

## Protecting before rebuilding

Physical protection has been the most contested element. Concrete shelters have withstood drone strikes in many cases, but engineers say they offer little against heavier missiles. Some donors have questioned whether hundreds of millions should go into structures that may still fail.

Ukrainian officials reply that the alternative is worse. Of substations hit last winter that had some protection, fewer than a third suffered damage requiring transformer replacement, according to the operator's internal figures; for unprotected sites the share was above 70 per cent.

The EU has funded part of the work through the Ukraine Facility, the multi-year instrument of grants and loans agreed in 2024, and through a multi-donor energy support fund. Several member states have also donated equipment directly from their own grid operators, sometimes removing spare transformers from national reserves.

> "Every spare we send is one we no longer have at home. Member states have accepted that risk so far, but utilities are starting to say they need replacements ordered too," said Hanna Lehtinen, a Finnish energy official involved in donor coordination.

## Decentralising the grid

Longer term, planners want to make Ukraine's system less dependent on a small number of large nodes. Programmes supported by the European Investment Bank and bilateral donors are financing gas-fired and biomass units of a few megawatts each, rooftop solar with batteries for hospitals and water utilities, and local microgrids that can run in isolation.

Progress is measurable but slow. About 1.3 gigawatts of distributed capacity had been installed by the end of October, against a target of 3 gigawatts by the end of next year. Reconstruction officials say private investment has lagged because of war-risk insurance costs, despite guarantee schemes offered by the EU and the World Bank's insurance arm.

Ministers will return to the question at the next Ukraine Recovery Conference, where Kyiv intends to ask donors to treat grid protection as part of air defence rather than as reconstruction, a distinction that would open different budgets.
`,
  },
  {
    slug: "quarterly-defence-budget-tracker-q4-2026",
    title: "Defence budget tracker, autumn 2026: who is spending what, and on which capabilities",
    standfirst:
      "Our quarterly long read for the monthly PDF edition compares draft 2027 budgets across Europe with the targets governments have signed up to.",
    authors: ["clara-vermeulen", "tomas-lindqvist"],
    categories: ["defence", "diplomacy"],
    tags: ["defence-industry", "nato", "eu-council"],
    publishedAt: "2026-11-27T07:00:00Z",
    access: { kind: "level", level: 1, ccaps: ["pdf_edition"] },
    hero: {
      image: "/images/heroes/quarterly-defence-budget-tracker-q4-2026.svg",
      alt: "Abstract illustration of ascending bar charts in navy and ochre over a faint outline of Europe",
      caption: "Draft 2027 budgets show a widening gap between front-runners and the rest.",
      credit: "Illustration: The Meridian Desk",
    },
    readAlso: ["ammunition-output-155mm-bottlenecks", "eastern-flank-forward-brigades-readiness"],
    body: `This is the autumn edition of our quarterly tracker, published in full in the monthly PDF edition, which follows what European governments say they will spend on defence, what they have actually committed, and where the money is going. Figures are drawn from draft budgets, parliamentary documents and interviews with finance and defence officials in a dozen capitals; where numbers are our own estimates, we say so.

The headline is simple. Every EU member state that belongs to NATO now plans to meet the alliance's old benchmark of 2 per cent of GDP in 2027, and most have published paths toward the 3.5 per cent core target agreed for 2035. The harder question is whether draft budgets match those paths, and the answer varies sharply by country.

## The front-runners and the gap

Our reading of the draft 2027 budgets tabled this autumn suggests three groups:

1. **Above 3 per cent**: Poland, the three Baltic states and Greece, with Poland's draft putting total defence-related spending at about 4.6 per cent of GDP once its off-budget armed forces support fund is included.
2. **Between 2.3 and 3 per cent**: Finland, Denmark, Sweden, Norway, Romania, the Netherlands, France and Germany, the last of which benefits from the loosening of its constitutional debt brake for defence spending.
3. **Close to 2 per cent**: a group including Italy, Spain, Belgium and Portugal, where drafts rely partly on reclassifying items such as coastguard budgets, military pensions or infrastructure with dual-use value.

> "Reclassification is not fraud, but it is not capability either. A pension paid in 2027 does not put a single battery in the field," said Margit Halvorsen, a defence economist at a Nordic research institute who reviewed our figures.

## Where the money goes

Across the draft budgets we examined, the share devoted to equipment and research has risen to an average of about 33 per cent, up from roughly 25 per cent three years ago. The biggest line items are air and missile defence, artillery and ammunition, and long-range strike, followed by spending on drones and counter-drone systems, which several ministries now list separately for the first time.

Personnel spending has grown more slowly, and recruitment remains the most commonly cited constraint in our interviews. Four ministries told us that they expect to underspend their personnel lines in 2026 because they cannot fill posts, with the savings redirected to procurement.

Joint European purchasing remains a small share of the total. Using Commission data and national reporting, we estimate that collaborative procurement accounts for around 18 per cent of equipment spending, well below the 35 per cent benchmark member states set themselves in the EU's defence industrial strategy. The EU loan instrument for defence, under which member states can borrow at the Union's credit rating for joint purchases, has so far been drawn mainly by eastern and southern countries with higher borrowing costs.

## Three things to watch before spring

- **The EU budget negotiation.** The Commission's proposal for the 2028–2034 budget includes a significantly larger defence and space heading. Net contributors are pushing to cut it, and the outcome will determine whether EU-level money becomes a permanent feature or remains a crisis instrument.
- **Debt rules.** More than a dozen member states have activated the national escape clause in the EU's fiscal rules, allowing extra defence spending of up to 1.5 per cent of GDP without triggering excessive-deficit procedures. That flexibility is time-limited, and finance ministries are already asking what happens afterwards.
- **Industrial delivery.** Money committed is not equipment delivered. Contracts signed in 2024 and 2025 for air-defence systems and armoured vehicles are due to deliver from late 2026 onwards, and slippage would push spending into later years.

> "We have spent three years arguing about percentages. The next three will be about whether factories can turn that money into hardware on time," said Ruairí Keane, a former Irish Defence Forces officer who now analyses European procurement programmes.

A note on method: totals use NATO definitions where available, converted at average 2026 exchange rates. GDP forecasts are taken from the Commission's autumn economic forecast. Where a government has not yet published a full draft budget, we use its medium-term fiscal plan and mark the figure as provisional in the PDF edition's country tables, which also include our estimates of deliveries by equipment category. Corrections and data queries can be sent to the defence desk, and revised figures will appear in the winter edition.
`,
  },
];
