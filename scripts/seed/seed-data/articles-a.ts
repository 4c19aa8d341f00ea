import type { SeedArticle } from "./types";

const credit = "Illustration: The Meridian Desk";

export const articlesA: SeedArticle[] = [
  {
    slug: "shadow-fleet-tanker-sanctions-enforcement",
    title: "EU lists 94 more shadow fleet tankers, but enforcement at sea remains thin",
    standfirst:
      "The latest sanctions package extends the port-access ban to more than 650 vessels. Officials concede that boarding and inspection powers, not lists, will decide whether it bites.",
    authors: ["tomas-lindqvist"],
    categories: ["diplomacy", "energy-security"],
    tags: ["sanctions", "maritime-security", "eu-council"],
    publishedAt: "2026-06-05T06:45:00Z",
    access: { kind: "level", level: 1 },
    hero: {
      image: "/images/heroes/shadow-fleet-tanker-sanctions-enforcement.svg",
      alt: "Abstract navy-blue chart of a coastline with a dashed shipping route between marked points",
      caption: "Tankers carrying Russian crude pass through the Danish straits within sight of EU coastlines.",
      credit,
    },
    body: `EU governments on Friday approved a new round of sanctions against Russia that adds 94 oil tankers to the list of vessels barred from European ports and maritime services, bringing the number of designated ships to more than 650.

The listings target the so-called shadow fleet: ageing tankers that carry Russian crude and refined products outside the G7 price cap, often with opaque ownership, frequent changes of flag and inadequate insurance. Many of them sail from Primorsk and Ust-Luga through the Gulf of Finland and the Danish straits, within sight of EU coastlines.

Officials in several capitals said the listings were the easy part. Whether they work depends on what coastal states are willing, and legally able, to do when a listed ship sails past.

<!-- paywall -->

## What the new package contains

Beyond the tanker designations, the package includes several measures intended to tighten enforcement, according to the legal texts published in the Official Journal:

- vessels transiting EU territorial waters must provide proof of insurance on request, and a refusal becomes grounds for inspection;
- the ban on maritime services now covers ship-to-ship transfers within 12 nautical miles of any EU coast;
- 11 companies in the United Arab Emirates, Hong Kong and India that manage or operate designated tankers are added to the asset-freeze list;
- the Council can list vessels faster, on the basis of evidence submitted by national maritime authorities rather than a full Commission proposal.

Diplomats said Hungary and Slovakia had sought reassurance that their pipeline supplies, already covered by existing carve-outs, would not be affected. Neither government blocked the package once that assurance was written into the recitals.

## The limits of a list

Under the UN Convention on the Law of the Sea, ships enjoy a right of innocent passage through territorial waters and freedom of navigation beyond them. A coastal state may board a foreign-flagged vessel only in narrow circumstances: when it is stateless, poses a serious environmental threat or is suspected of specific crimes.

Several Nordic and Baltic states have started using those exceptions more assertively. Estonia, Finland and Denmark have each stopped and inspected tankers suspected of sailing under false flags or without valid cover since 2025. Officials describe such inspections as slow and legally exposed, and they invite retaliation: Russian warships have on occasion escorted tankers through the Gulf of Finland.

> "A list tells you which ships you dislike. It does not hand you a lawful way to stop them," said Kaisa Virtanen, a maritime law specialist at a Helsinki university.

## Environmental risk as leverage

The strongest case for action, several officials argued, is environmental rather than political. A large share of shadow fleet tankers are more than 20 years old, and some have suffered engine failures or lost steering in congested waters. A major spill in the shallow, enclosed Baltic would do damage lasting decades.

Danish maritime officials estimate that roughly a third of the tankers carrying Russian oil through their straits lack insurance from a member of the International Group of P&I Clubs, the mutual associations that cover most of the world's merchant fleet. Several of the uninsured ships rely on certificates from companies registered in jurisdictions that do not publish accounts.

"We are watching a disaster approach in slow motion and trying to prevent it with instruments that were designed for something else," said Søren Aagaard, a former Danish navy commander who now advises shipping companies on security.

The Commission is drafting a proposal to give coastal states clearer powers to inspect uninsured vessels, which it hopes to present before the end of the year. Any change to the law of the sea itself would require negotiations at the International Maritime Organization, where Russia and several open-registry flag states are expected to resist.`,
  },
  {
    slug: "libya-coast-guard-training-mission-review",
    title: "Internal review questions value of EU training for Libya's coastguard",
    standfirst:
      "A confidential assessment finds that fewer than half of the officers trained since 2023 are still serving at sea, and that European observers were rarely allowed to follow what happened after interceptions.",
    authors: ["youssef-haddad"],
    categories: ["libya", "migration"],
    tags: ["maritime-security", "border-management", "eu-council"],
    publishedAt: "2026-06-11T07:30:00Z",
    updatedAt: "2026-06-12T10:15:00Z",
    access: { kind: "level", level: 1 },
    hero: {
      image: "/images/heroes/libya-coast-guard-training-mission-review.svg",
      alt: "Abstract sand-toned map of a coastline with a dashed route linking small circles offshore",
      caption: "The review covered three years of courses delivered in Italy, Malta and aboard European naval vessels.",
      credit,
    },
    readAlso: ["inside-geneva-talks-unified-libyan-budget", "eastern-libya-crete-crossings-surge"],
    body: `An internal review commissioned by the European External Action Service has concluded that the EU's training programme for Libya's coastguard has produced "limited and unevenly retained capability", according to a copy of the 41-page document seen by The Meridian Desk.

The assessment, completed in May and circulated to member-state delegations in the Political and Security Committee last week, examines three years of courses delivered in Italy, Malta and aboard European naval vessels. It is the most detailed account yet of what the training has achieved, and it arrives as governments prepare to decide whether to extend the programme beyond next spring.

Diplomats from four capitals confirmed the document's existence. The EEAS declined to discuss its contents, saying only that regular evaluation was a normal part of mission planning.

<!-- paywall -->

## Retention is the central problem

The reviewers tracked 612 Libyan personnel who completed at least one EU-funded module between 2023 and early 2026. By their count, only 271 were confirmed to be serving on seagoing patrol units at the end of that period. Others had moved to shore administration, joined private firms guarding oil terminals, or could not be traced at all.

The authors attribute the attrition to salary arrears of up to five months, competition between rival command structures in Tripoli and the western coastal towns, and the absence of any personnel register the EU could verify independently. In one coastal district, the review notes, the same 30 officers appeared on the rosters of two separate units.

> "We trained individuals, not an institution, and individuals leave when nobody pays them," said Elena Marchetti, a former mission adviser who was interviewed for the review.

## Thin oversight after interceptions

The document is most critical of the way the programme monitors what happens once people are intercepted at sea. A mechanism agreed in 2024 was meant to let European observers follow cases from disembarkation to detention centres. The review found that observers were granted access on only 19 of the 140 occasions they requested it, and never at the two facilities where aid agencies had reported the most serious abuses.

Among the review's recommendations:

- make future funding tranches conditional on observer access rates above an agreed threshold;
- build a shared register of trained personnel, held by the EU delegation rather than by Libyan authorities;
- move human rights modules from the end of each course to the start, and assess them separately;
- publish an annual summary of monitoring findings for the European Parliament.

## What member states will decide

Italy and Malta are expected to argue for renewal with modest adjustments, citing a fall in departures from the western coast over the past year. Several northern delegations, led by the Netherlands and Sweden, want the conditionality clauses written into the mandate itself rather than into annexes that are harder to enforce.

A diplomat from one of those delegations said the review had changed the tone of the discussion. "It is difficult to argue for business as usual when your own evaluators tell you half the graduates have gone," said Jonas Ekberg, a counsellor at a Nordic permanent representation. "Nobody is proposing to walk away, but the next mandate has to look different."

The Political and Security Committee is scheduled to return to the file in July. A decision is due before the current mandate expires in March 2027.`,
  },
  {
    slug: "black-sea-corridor-war-risk-insurance",
    title: "War-risk premiums ease on Ukraine's Black Sea corridor as insurers eye new threats",
    standfirst:
      "Cover for ships calling at Odesa-area ports has become markedly cheaper, but underwriters say mines, naval drones and satellite jamming keep the route one incident away from a reversal.",
    authors: ["marta-kowalczyk"],
    categories: ["ukraine"],
    tags: ["black-sea", "maritime-security", "drones"],
    publishedAt: "2026-06-24T08:00:00Z",
    updatedAt: "2026-06-25T09:40:00Z",
    access: { kind: "level", level: 0 },
    hero: {
      image: "/images/heroes/black-sea-corridor-war-risk-insurance.svg",
      alt: "Abstract blue-grey sea chart with a dashed corridor running between marked points",
      caption: "The corridor runs along the western Black Sea coast, through Romanian and Bulgarian waters.",
      credit,
    },
    readAlso: ["shadow-fleet-tanker-sanctions-enforcement"],
    body: `The cost of insuring a cargo ship for a voyage to Ukraine's Odesa-area ports has fallen to its lowest level since the corridor along the western Black Sea coast opened in 2023, according to brokers in London and Warsaw, giving Ukrainian grain and steel exporters a welcome edge on price.

Additional war-risk premiums for a typical bulk carrier now stand at around 0.7% of hull value per voyage, brokers said, down from more than 1% in January. For a vessel valued at 25 million dollars, that is a saving of roughly 75,000 dollars on every call.

The decline reflects a long stretch without strikes on merchant ships in port, along with a state-backed reinsurance scheme that lets Ukrainian and international insurers share the risk.

<!-- paywall -->

## What is pushing the price down

Underwriters pointed to three factors. Air defences around Odesa, Chornomorsk and Pivdennyi have intercepted most missile and drone attacks on port infrastructure since the spring. The reinsurance facility, backed by a group of European development banks, has expanded to cover up to 50 vessels at any one time. And competition has returned as several Lloyd's syndicates that withdrew in 2024 have begun writing cover again.

Figures from Ukraine's seaports authority show 412 vessel calls in the second quarter, up 14% on the same period last year, with 9.8 million tonnes of grain shipped through the corridor in those three months.

> "Pricing is a memory game, and the market's memory of a ship being hit in port is now more than six months old," said Paweł Zarzycki, a marine war-risk broker based in Gdynia.

## The threats still priced in

Brokers cautioned that premiums could climb again within days. Their main concerns are:

- drifting mines, several of which have been found off the Romanian and Bulgarian coasts this year;
- uncrewed surface vessels, which both sides have used and which are hard to spot at night;
- interference with satellite navigation, reported by crews on roughly one transit in five during May;
- strikes on the Danube ports of Izmail and Reni, which handle a growing share of exports.

Mine clearance in the western Black Sea falls mainly to the task group that Romania, Bulgaria and Turkey set up in 2024. Its work is complicated by Turkey's closure of the straits to foreign warships under the Montreux Convention, which keeps other allies' minehunters out. NATO members have supplied training and equipment instead.

"Every clearance team is racing against whatever the currents bring in next," said Andrei Munteanu, a retired Romanian naval captain who advises shipping firms on routing. "The sea does not stay clean for long."

## Why it matters beyond Ukraine

Cheaper insurance has effects well beyond Ukraine's trade balance. Lower freight costs from Odesa make Ukrainian wheat more competitive in North African and Middle Eastern markets, where it competes directly with Russian grain. Traders said importers in Egypt and Libya had increased purchases of Ukrainian cargoes this year.

It also eases pressure on the overland routes through Poland and Romania that fuelled farmer protests in 2023 and 2024, when surplus grain spilled onto local markets. With more volume moving by sea, the EU's temporary safeguard mechanisms have been triggered less often this season.

Insurers are due to review premiums again in September, ahead of the peak autumn export period.`,
  },
  {
    slug: "mellitah-gas-shutdown-libya-europe-supply",
    title: "Eleven-day shutdown at Mellitah exposes fragility of Libya's gas link to Europe",
    standfirst:
      "A local armed group's blockade of the western Libyan gas complex is over, but it left Italian buyers scrambling for cargoes and revived a debate in Brussels about sanctioning those who turn energy infrastructure into leverage.",
    authors: ["youssef-haddad", "tomas-lindqvist"],
    categories: ["energy-security", "libya"],
    tags: ["energy", "sanctions", "eu-council"],
    publishedAt: "2026-07-02T06:00:00Z",
    access: { kind: "level", level: 0 },
    hero: {
      image: "/images/heroes/mellitah-gas-shutdown-libya-europe-supply.svg",
      alt: "Abstract amber map of a coastline with a dashed line suggesting a pipeline route",
      caption: "The Greenstream pipeline runs from the Mellitah complex to Sicily.",
      credit,
    },
    readAlso: ["inside-geneva-talks-unified-libyan-budget"],
    body: `Gas began flowing again through the Greenstream pipeline to Sicily on Tuesday morning, ending an eleven-day interruption caused by an armed group that had closed valves at the Mellitah complex west of Tripoli to press demands over unpaid salaries and local hiring.

The shutdown was brief by the standards of Libya's long history of oil and gas blockades, but it came at an awkward moment. Italian storage sites were being refilled ahead of winter, and traders had counted on steady Libyan volumes to balance a tighter-than-expected market for liquefied natural gas.

Officials in Tripoli described the outcome as a negotiated settlement. People familiar with the talks said it amounted to a payment of back wages and a promise of 300 jobs for residents of nearby towns, with no undertaking that the group would not repeat the exercise.

## How much gas went missing

Greenstream has for years carried far less than its design capacity, as rising domestic demand inside Libya absorbed more of the country's output. Before the blockade, flows averaged roughly 7 million cubic metres a day, according to Italian grid data. Eleven days of interruption therefore implies around 77 million cubic metres not delivered: small for a market of Italy's size, but volume that had to be replaced at short notice and at spot prices.

Two trading houses in Milan said the replacement cargoes cost buyers between 8% and 11% more than the contracted Libyan supply. Their larger worry, they said, was what the episode signalled about reliability.

> "The problem isn't eleven days, it's that nobody can put a price on the chance of the next eleven," said Davide Roncalli, head of gas analytics at a Milan consultancy.

Inside Libya, the blockade also hit electricity. Mellitah feeds power stations along the western coast, and scheduled cuts of up to eight hours a day affected Zawiya and Sabratha during the final week, in temperatures above 40 degrees.

## The sanctions question

The EU's Libya sanctions framework allows the Council to list people who threaten the country's peace, stability or security, including through the illicit exploitation of its natural resources. It has rarely been used against the organisers of blockades, partly because such groups often enjoy patrons inside the recognised authorities.

Diplomats said France and Italy had, for the first time, jointly raised the idea of listing the organisers of future blockades at a working party meeting in late June. No names were proposed, and several delegations warned that targeting local commanders could complicate UN mediation.

"Sanctioning a paymaster in Tripoli would be read very differently from sanctioning a local commander who hasn't been paid for a year," said Amira Toumi, a Libya researcher at a Brussels think tank. "The Council has to decide which behaviour it actually wants to deter."

## What to watch

Three indicators will show whether the settlement holds:

1. whether the promised wage payments appear in the National Oil Corporation's monthly accounts by the end of August;
2. whether flows through Greenstream recover to their pre-blockade average or settle lower;
3. whether other groups along the coast make similar demands, which analysts regard as the greater risk.

The National Oil Corporation did not respond to written questions about the terms of the settlement.`,
  },
  {
    slug: "sahel-armed-drones-strike-data",
    title: "Cheap armed drones are redrawing the map of conflict in the central Sahel",
    standfirst:
      "An analysis of 1,140 recorded strikes since 2024 shows how military governments and jihadist groups alike have adopted unmanned systems, and why European export controls barely touch the trend.",
    authors: ["clara-vermeulen"],
    categories: ["sahel", "defence"],
    tags: ["drones", "arms-exports", "intelligence"],
    publishedAt: "2026-07-21T07:00:00Z",
    access: { kind: "level", level: 2 },
    hero: {
      image: "/images/heroes/sahel-armed-drones-strike-data.svg",
      alt: "Abstract dusty-orange terrain map with a dashed track linking small circular markers",
      caption: "Most recorded strikes took place in central Mali and northern Burkina Faso.",
      credit,
    },
    body: `When the last European troops left Mali and Niger, one argument made for keeping them had been that they provided air surveillance no regional army could match. Three years on, the skies over the central Sahel are busier than ever, crowded with drones flown by the region's military governments, by their new partners and, increasingly, by the armed groups they are fighting.

A dataset compiled by the Sahel Conflict Observatory, a research group based in Dakar, records 1,140 drone strikes in Mali, Burkina Faso and Niger between January 2024 and June 2026. The Meridian Desk was given access to the data ahead of publication and reviewed it with two independent analysts.

The picture that emerges is of a rapid and largely unregulated spread of unmanned systems that European governments have neither the presence nor the tools to shape.

<!-- paywall -->

## Who is flying what

State forces carried out 81% of the recorded strikes, mostly with medium-altitude armed drones bought from Turkish manufacturers since 2022. The remainder were attributed to non-state groups, chiefly the al-Qaeda-affiliated JNIM coalition, using commercial quadcopters modified to drop small munitions.

The non-state share is modest but climbing fast: from 3% of strikes in 2024 to 31% in the first half of 2026. The observatory's researchers found that the groups' drones typically carry adapted grenades or mortar bombs, weigh under 10 kilograms and are assembled from components bought through online marketplaces.

> "Two years ago a drone over a village meant the army. Now villagers have to ask which army, and whether it is an army at all," said Ousmane Diallo-Traoré, the observatory's research director.

Civilian deaths are concentrated in a small number of incidents. Seventeen strikes on markets, weddings and funerals account for more than half of the 612 civilian fatalities the dataset attributes to drones. In most of those cases, the authorities described the targets as gatherings of militants.

## Why European export rules have little grip

The EU's common position on arms exports obliges member states to weigh the risk that equipment will be used for internal repression or in breach of international humanitarian law. In practice, European companies supply very few complete drone systems to the Sahel. Their footprint shows up in components.

The analysts who reviewed the data identified European-made parts in recovered wreckage on several occasions: small engines, optical sensors and navigation modules of types usually classed as dual-use and not always subject to licensing when sold to distributors in third countries. Their main findings:

1. parts manufactured in at least five EU member states were identified in debris from 23 separate incidents;
2. most of those parts had been sold legally to distributors in Turkey, the United Arab Emirates or China before being re-exported;
3. only two of the component types required an export licence under the EU's dual-use regulation.

"The system was built to stop a European firm shipping a weapon to a risky buyer," said Henrike Vossberg, an export-control specialist who advised the observatory. "It was never designed for a world where the weapon is assembled from catalogue parts somewhere else."

## The options on the table

Officials in Brussels acknowledge the gap. An informal paper circulated by the Dutch and Belgian delegations in May proposes adding several categories of drone propulsion and guidance components to the dual-use control list, and piloting end-use checks with distributors in Turkey and the Gulf. France and Italy have voiced reservations, warning that the measure could penalise European manufacturers without stemming the flow of equivalent parts from Asia.

Meanwhile, the EU's main remaining instrument in the region is humanitarian funding. With no military presence and limited access to the juntas, European governments have little direct insight into how drone operations are planned. Several diplomats conceded privately that much of their own intelligence on strikes now comes from open sources, and from the same researchers whose dataset prompted this report.`,
  },
  {
    slug: "europe-ammunition-explosives-bottleneck",
    title: "Europe's shell factories are expanding. Their supply of explosives is not keeping up",
    standfirst:
      "New artillery plants are opening across the EU, but shortages of nitrocellulose and TNT threaten to leave several of them running below capacity until 2028.",
    authors: ["clara-vermeulen"],
    categories: ["defence"],
    tags: ["defence-industry", "nato", "arms-exports"],
    publishedAt: "2026-08-05T06:30:00Z",
    access: { kind: "level", level: 0 },
    hero: {
      image: "/images/heroes/europe-ammunition-explosives-bottleneck.svg",
      alt: "Abstract olive-grey map with a faint grid, a ridgeline and a dashed supply route",
      caption: "Propellant and explosive filling, not shell bodies, now set the pace of Europe's ammunition ramp-up.",
      credit,
    },
    body: `Europe's defence industry will be able to produce around 2.4 million artillery shell bodies a year by the end of 2026, according to industry and government estimates, more than four times its capacity when Russia launched its full-scale invasion of Ukraine. The harder question is whether it can fill them.

A shortage of energetic materials, the propellants and high explosives that turn a steel casing into a weapon, has become the main bottleneck in the ammunition ramp-up, according to procurement officials in three NATO capitals and executives at two European producers. Several new or expanded plants are expected to run below their nominal capacity for at least a year because they cannot secure enough supply.

## Where the bottleneck lies

Artillery propellant depends on nitrocellulose, which is made from cotton linters or specialised wood pulp. A large share of the linters suitable for this purpose comes from China and Central Asia, and European buyers have faced longer lead times and steep price increases since 2024.

High-explosive filling is a separate constraint. Europe has only a handful of sites producing TNT at industrial scale, and the largest has been running at full capacity for two years. New TNT and RDX lines are planned in Poland, Sweden and Bulgaria, but most will not deliver meaningful quantities before 2027.

Officials and executives summarised the imbalance simply. Shell bodies can be forged in many places; propellant and filling capacity is concentrated, hazardous to expand and slow to license.

> "We built the casings first because that's the part you can photograph, and now we are discovering that the powder is the hard part," said Henrik Falkenberg, procurement director at a Nordic defence materiel agency.

## What governments are doing

The EU's Act in Support of Ammunition Production set aside 500 million euros in 2023 to help firms expand, and a significant share went to energetic materials. The European Defence Industry Programme continues that support. But subsidies cannot shorten the environmental and safety permitting for explosives plants, which officials said can take two to three years.

Governments have taken several steps to ease the constraint:

- Germany and the Czech Republic have fast-tracked permits for extensions to existing explosives sites;
- a group of member states has begun buying nitrocellulose jointly, to secure multi-year contracts with suppliers;
- NATO's support and procurement agency has placed framework orders that guarantee producers demand for several years;
- some governments have started stockpiling propellant rather than finished rounds, to avoid being caught short if demand spikes again.

## The cost of the delay

For Ukraine, the consequences are immediate. Its forces still fire several thousand shells on a typical day, and European deliveries have become more important as American support has grown less predictable. A shortfall in filled rounds means either fewer deliveries or more purchases from suppliers outside Europe, at higher prices and with longer shipping times.

For European armies, the delay slows efforts to rebuild their own stocks, which were drawn down by donations to Ukraine. Several set targets in 2024 and 2025 to restore 30 days of high-intensity combat stocks before the end of the decade. Procurement officials said those targets now look optimistic for at least four of the larger militaries.

"Capacity on paper is a political number. Capacity in the depot is the military number, and the difference between them is propellant," said Marie-Laure Dufresne, a retired French army logistics officer who advises manufacturers on supply chains.

Executives said they expected the imbalance to ease from 2028, when several new energetic materials plants come online, provided governments keep placing orders and do not cut budgets after any ceasefire.`,
  },
  {
    slug: "southern-libya-municipal-elections-fezzan",
    title: "Southern Libyan towns vote in municipal polls four years overdue",
    standfirst:
      "Turnout was modest and logistics fragile, but the first local elections in the Fezzan since 2022 passed without serious violence.",
    authors: ["youssef-haddad"],
    categories: ["libya"],
    tags: ["elections", "humanitarian"],
    publishedAt: "2026-08-18T19:30:00Z",
    access: { kind: "public" },
    hero: {
      image: "/images/heroes/southern-libya-municipal-elections-fezzan.svg",
      alt: "Abstract sand-coloured desert map with small circles marking towns along a dashed route",
      caption: "Eleven municipalities in the Fezzan held elections on Saturday.",
      credit,
    },
    readAlso: ["inside-geneva-talks-unified-libyan-budget"],
    body: `Voters in eleven municipalities across southern Libya went to the polls on Saturday in local elections postponed repeatedly since 2022, a test of whether the country's election authorities can operate in a region long neglected by both rival governments.

The High National Elections Commission reported provisional turnout of 47% among registered voters, highest in Ubari and lowest in parts of Sabha, where local notables had called for a boycott over disputed voter lists. No serious security incidents were reported by mid-evening, though two polling stations near Murzuq opened late after ballot materials were held up at a checkpoint.

## A region with little voice

The Fezzan produces a significant share of Libya's oil but has some of its weakest public services. Residents routinely queue for petrol despite living close to the fields, and hospitals in several towns depend on medicines delivered by international aid agencies.

Local councils are among the few institutions in the south with any legitimacy. Many have governed on expired mandates for years, and some were replaced by appointed committees that residents see as answerable to distant patrons rather than to voters.

> "People here are not voting for a new Libya. They are voting for someone who will fix the water pumps and answer the phone," said Fatima Abdelkader, who runs a women's civic association in Ubari and observed voting at three stations.

## How the vote was organised

The elections commission relied heavily on outside logistics. Ballot papers were printed in Tripoli and flown to Sabha on chartered aircraft, then distributed by road under the protection of local police and, in some districts, armed units aligned with the eastern-based command.

Candidates complained that armed escorts could intimidate voters. Observers from a coalition of Libyan civil society groups said they had seen no direct interference, but noted armed men within 100 metres of polling stations in four locations, contrary to the commission's own rules.

The main points in the coalition's preliminary statement were:

- voter lists in Sabha contained duplicate entries and the names of people known to have died;
- women made up about a third of voters, a higher share than in the 2021 municipal round;
- people displaced from Murzuq, many of whom still live in other towns, had no practical way to vote;
- counting was conducted in public and results sheets were posted at most stations.

## What comes next

Final results are expected within ten days, after which candidates may lodge appeals with local courts. The European Union, which funded part of the commission's staff training, welcomed the vote in a short statement and urged the authorities to address the complaints about the voter register.

For diplomats pressing for national elections, the municipal round offers cautious encouragement. The commission has now run local polls in more than 100 municipalities since 2020, most of them peacefully. The harder question, as one European official put it privately, is whether politicians who benefit from the current stalemate will ever let the same machinery be used for a presidential or parliamentary vote.

"Local elections prove the technical capacity is there," said Hamza Bennour, who has tracked municipal votes for a Libyan policy institute. "They prove nothing about political will."`,
  },
  {
    slug: "baltic-seabed-sensors-cable-protection",
    title: "Baltic governments wire the seabed to protect cables and pipelines",
    standfirst:
      "A shared network of seabed sensors and patrol drones is being rolled out to detect anchor-dragging near critical infrastructure. Its first months show both promise and the scale of the task.",
    authors: ["marta-kowalczyk"],
    categories: ["energy-security", "eastern-europe"],
    tags: ["cyber", "energy", "maritime-security", "intelligence"],
    publishedAt: "2026-08-27T07:15:00Z",
    access: { kind: "level", level: 1 },
    hero: {
      image: "/images/heroes/baltic-seabed-sensors-cable-protection.svg",
      alt: "Abstract dark amber seabed chart with a dashed cable route and a sensor ring",
      caption: "The first segment of the network covers the Gulf of Finland.",
      credit,
    },
    body: `Eight countries around the Baltic Sea have begun deploying a shared network of seabed sensors and uncrewed surface vessels to watch over undersea power cables, data links and gas pipelines, the most ambitious effort yet to protect infrastructure that a series of incidents since 2022 has shown to be exposed.

The network, coordinated through NATO's Baltic Sentry activity and partly funded by the EU, links acoustic sensors on the seabed with radar and ship-tracking data from coastal stations. The first segment, covering the Gulf of Finland between Estonia and Finland, became operational in July. A second, around the Swedish island of Gotland, is due to follow next spring.

Officials involved say ships behaving suspiciously can now be identified within minutes rather than hours. The early months have also shown how much data the system produces, and how few people are available to act on it.

## How the system works

The seabed sensors pick up the noise and vibration produced when an anchor is dragged along the bottom or when a vessel lingers over a cable route. Their readings are combined with automatic identification system data to flag ships that slow down, change course unexpectedly or switch off their transponders near critical assets.

In its first three months, the Gulf of Finland segment generated 1,870 alerts. Of those:

- 1,610 were classified as false alarms, mostly caused by trawlers, storms or sensor faults;
- 214 involved legitimate vessels that were contacted by radio and explained their behaviour;
- 46 were referred to national coastguards for follow-up, leading to 9 boardings or inspections.

None of the inspections found evidence of deliberate sabotage, officials said, though two tankers were detained briefly over insurance and safety deficiencies.

> "We have gone from learning about a cut cable the next morning to watching a ship's anchor behaviour as it happens," said Mikko Rautio, a commander at the Finnish Border Guard's maritime operations centre.

## The attribution and cyber problem

Detection is only part of protection. Much of the difficulty lies in proving that damage was deliberate, and in sharing sensitive material among countries with different intelligence services and legal systems.

Investigations into cable and pipeline damage in 2023 and 2024 were slowed by the time needed to establish whether crews had acted on a foreign state's instructions or out of negligence. Several cases remain open, and in at least one a court concluded it lacked jurisdiction over events in international waters.

The network itself raises security questions. Its sensors and data links are infrastructure that could be targeted in turn. Officials said the system runs on separate encrypted networks with redundant communication paths, but acknowledged that securing hundreds of remote devices on the seabed is a long-term task.

"Every sensor we put down there is another piece of infrastructure someone will want to blind or spoof," said Liis Tamm, an Estonian cyber security researcher who has advised the project.

## The energy stakes

The assets being guarded are central to the region's energy security. The Balticconnector gas pipeline between Finland and Estonia, damaged in 2023, and the Estlink power cables, damaged at the end of 2024, tie together grids that have been synchronised with continental Europe since the Baltic states left the Russian-controlled system in early 2025.

A long outage on one of those links in winter would force the affected country to rely on costlier domestic generation or emergency imports. Grid operators have increased reserve capacity, but say physical protection remains the first line of defence.

The participating governments will review the network's performance in December and decide whether to extend it across the southern Baltic, including the waters off Poland and Lithuania.`,
  },
  {
    slug: "tunisia-migration-funds-court-of-auditors",
    title: "Auditors struggle to trace where EU migration money in Tunisia ended up",
    standfirst:
      "A European Court of Auditors report finds that monitoring of projects funded under the 2023 memorandum with Tunis relied largely on reports written by the authorities receiving the money.",
    authors: ["youssef-haddad", "tomas-lindqvist"],
    categories: ["tunisia", "migration"],
    tags: ["border-management", "european-parliament", "humanitarian"],
    publishedAt: "2026-09-03T09:00:00Z",
    access: { kind: "level", level: 1 },
    hero: {
      image: "/images/heroes/tunisia-migration-funds-court-of-auditors.svg",
      alt: "Abstract terracotta map of a coastline with a dotted line leading out to sea",
      caption: "Several of the audited projects were based in the coastal governorates of Sfax and Mahdia.",
      credit,
    },
    readAlso: ["eastern-libya-crete-crossings-surge"],
    body: `The European Court of Auditors has found that the Commission cannot reliably show whether money committed to migration projects in Tunisia was spent for the purposes intended, in a report published on Wednesday that is likely to sharpen debate in the European Parliament over similar deals with other countries.

The auditors examined 14 projects worth a combined 186 million euros, funded since the EU and Tunisia signed a memorandum of understanding on migration, trade and energy in 2023. For nine of them, they concluded, the Commission's evidence of results consisted mainly of activity reports written by Tunisian ministries or implementing agencies, without independent verification.

In its formal reply, the Commission said it partially accepted the findings and argued that access restrictions in Tunisia had limited the monitoring it could carry out directly.

## What the auditors examined

The projects ranged from the supply of patrol boats and vehicles to the national guard, to programmes helping migrants return voluntarily to their countries of origin, to job schemes for young Tunisians in coastal governorates.

According to the report:

- equipment deliveries worth 42 million euros were documented in detail, but the auditors could not confirm how the boats and vehicles were used after handover;
- a voluntary return programme reported 6,900 departures over two years, yet there was no system for checking that consent had been freely given;
- two employment projects in Sfax and Mahdia missed their targets by more than half, partly because funds were released a year late;
- the human rights risk assessment prepared before the memorandum was signed was never updated, despite reports of migrants being left in desert areas near the Algerian and Libyan borders.

> "We are not saying the money was lost. We are saying the Commission cannot show us where it made a difference," said Annelies de Graaf, the auditor who led the review team.

## Reactions in Parliament

The report arrives weeks before a vote in the Parliament's civil liberties committee on an own-initiative report about the external dimension of migration policy. Several MEPs said they would use it to push for a binding monitoring clause in future partnerships, including those under discussion with Mauritania and Egypt.

"This is the template the Commission wants to copy across the region, and its own auditors are telling us the dashboard has no instruments on it," said Lucía Ferrándiz, a Spanish MEP on the committee.

Others defended the approach. Supporters of the memorandum point out that crossings from Tunisia to Italy fell steeply after 2023, and argue that cooperation with Tunis was a central reason. They also note that the audit does not allege fraud.

## Tunisia's response and conditions on the ground

Tunisian officials have long objected to what they describe as European attempts to turn the country into the continent's border guard. A foreign ministry spokesman said the audit reflected "a European debate about European procedures" and insisted that Tunisia had met all its reporting obligations.

Humanitarian organisations working around Sfax, where thousands of migrants from sub-Saharan Africa have lived in informal camps among olive groves, said conditions had not improved. A worker with a medical charity, who asked not to be named because her organisation operates under a government permit, described repeated evictions, limited access to clinics and a shortage of clean water during the summer months.

The Commission has three months to tell the Parliament what it intends to do. Officials said a new monitoring contract, using third-party auditors with field access, was being prepared but had not yet been agreed with the Tunisian side.`,
  },
  {
    slug: "eu-joint-interceptor-order-delay-ukraine",
    title: "Joint EU order for air-defence interceptors slips as factories serve national contracts first",
    standfirst:
      "The first missiles bought through a common procurement scheme for Ukraine will arrive at least five months late, a progress report shows, because the buyers' own national orders are ahead in the queue.",
    authors: ["clara-vermeulen", "marta-kowalczyk"],
    categories: ["defence", "ukraine"],
    tags: ["defence-industry", "nato", "drones"],
    publishedAt: "2026-09-29T06:00:00Z",
    access: { kind: "level", level: 1 },
    hero: {
      image: "/images/heroes/eu-joint-interceptor-order-delay-ukraine.svg",
      alt: "Abstract olive-grey map with a dashed flight path and a circular coverage ring",
      caption: "Interceptor production lines are booked until the second quarter of 2027.",
      credit,
    },
    readAlso: ["europe-ammunition-explosives-bottleneck"],
    body: `The first interceptor missiles bought jointly by a group of EU member states for Ukraine's air defences will arrive at least five months late, according to a progress report circulated to defence ministries this month, raising new doubts about whether Europe's push for common procurement can deliver at wartime speed.

The order, placed in late 2025 by a consortium of nine countries with EU co-financing, covers several hundred short and medium-range interceptors for systems already in Ukrainian service. Deliveries were due to begin in August. The report, seen by The Meridian Desk, now projects January at the earliest.

No technical fault is blamed. Instead, the report describes a queue: manufacturers have scheduled the joint order behind national contracts signed earlier by individual governments, several of them members of the same consortium.

## A queue of the buyers' own making

Production lines for the relevant missile types are fully booked until the second quarter of 2027, the document says. Of the 2,300 interceptors due to be delivered to all customers in 2026, fewer than 400 are earmarked for Ukraine, either directly or through the joint scheme.

The rest are destined for national stockpiles in Europe, the replacement of missiles already sent to Ukraine, and export customers in the Middle East and Asia. Four of the consortium's members have national orders ahead of the joint one.

> "Capitals signed the joint order with one hand and jumped the queue with the other," said Rasmus Holm, a defence-industrial analyst at a Copenhagen research institute.

Industry representatives reject the suggestion that Ukraine is being deprioritised. Contracts are fulfilled in the order they are signed, they say, and the joint order came late because nine buyers took eight months to agree on specifications and payment terms.

## What could speed things up

The report sets out four options for ministers, none of them free:

1. persuade governments with earlier national orders to swap delivery slots with the consortium, accepting delays to their own stockpiles;
2. fund a second shift at two final-assembly sites, estimated at 180 million euros and four months to recruit and train staff;
3. buy interceptors from non-European producers for immediate delivery, which several member states oppose on industrial policy grounds;
4. accept the delay and steer funding towards cheaper counter-drone systems for Ukraine in the meantime.

Diplomats said the first option was raised informally at a meeting of defence ministers in September. Two governments signalled they were willing to swap slots; two others declined, citing their own air-defence gaps on NATO's eastern flank.

"There is no spare air defence in Europe, only choices about whose sky gets thinner," said Katarzyna Sowińska, a former Polish defence ministry official who now advises members of the European Parliament's security and defence committee.

## The view from Kyiv

Ukrainian officials have grown used to the gap between European pledges and deliveries. An air force spokesperson said the military was rationing interceptor stocks, reserving the most capable missiles for ballistic threats and relying on mobile fire groups and interceptor drones against slower targets.

Ukraine has also scaled up its own production of interceptor drones, which cost a small fraction of a missile and have been used with growing success against long-range attack drones. Several European governments now finance that production directly, an approach that bypasses the queue entirely but cannot replace missiles against faster threats such as cruise and ballistic missiles.

The consortium's steering committee meets again in November, when manufacturers are due to present revised delivery schedules.`,
  },
  {
    slug: "eufor-althea-bosnia-mandate-renewal",
    title: "EUFOR's Bosnia mission heads into its renewal vote with a thinner force and a louder debate",
    standfirst:
      "As the UN Security Council prepares to vote on extending the EU-led peacekeeping mission, European capitals are quietly planning for the possibility that the mandate is blocked.",
    authors: ["tomas-lindqvist"],
    categories: ["western-balkans", "defence"],
    tags: ["peacekeeping", "eu-council", "nato"],
    publishedAt: "2026-10-07T07:00:00Z",
    access: { kind: "public" },
    hero: {
      image: "/images/heroes/eufor-althea-bosnia-mandate-renewal.svg",
      alt: "Abstract green-grey relief map with a dashed route between a few marker circles",
      caption: "EUFOR Althea has operated in Bosnia and Herzegovina since 2004.",
      credit,
    },
    body: `The European Union's military mission in Bosnia and Herzegovina faces its annual mandate renewal at the UN Security Council next month amid unusual uncertainty, with diplomats preparing for the possibility that the vote could be delayed or blocked for the first time since the mission began in 2004.

EUFOR Althea, which took over from a NATO-led stabilisation force, currently numbers around 1,350 personnel from more than 20 countries. Its authorisation is renewed each November by a Security Council resolution that has usually passed with little drama.

This year, several Council members have signalled unhappiness with the draft text, and officials in Brussels are working through contingency plans.

## What the mission does

EUFOR's daily work is modest. It supports the Bosnian armed forces with training, monitors the storage and disposal of surplus weapons and ammunition, and keeps a reserve that can be reinforced from outside the country if security deteriorates. It was last reinforced in 2022, when member states sent extra troops amid fears of spillover from the war in Ukraine.

Its political weight is larger than its size. For many Bosnians, the presence of an international force is reassurance that the country's fragile post-war settlement will not be tested by violence.

> "EUFOR is a smoke detector more than a fire brigade, and nobody wants to find out what happens when you take out the battery," said Amra Hadžić, a security researcher at a Sarajevo policy institute.

## The fallback options

European officials say they have examined three scenarios in case the resolution fails:

- continuing the mission on the basis of an invitation from Bosnia's state-level authorities, which would require agreement among the three members of the presidency and could itself be contested;
- shifting the reassurance role to NATO's headquarters in Sarajevo, which has a separate legal basis but a much smaller footprint;
- relying on an over-the-horizon reserve based in neighbouring EU countries, able to deploy within days.

None is seen as attractive. An invitation-based presence would lose the UN cover that many contributing countries need for domestic political reasons. A larger NATO role would be contentious with Bosnian Serb leaders, who oppose alliance membership. And an over-the-horizon force would, by definition, not be there.

"Every alternative is weaker than the status quo, which is exactly why the status quo is being used as leverage," said Tobias Reinholt, a former political adviser to the mission who now teaches at a German university.

## Europe's wider Balkan stakes

The debate comes as the EU tries to revive enlargement momentum in the region. Montenegro and Albania have closed several negotiating chapters this year, while Bosnia and Herzegovina, given a conditional green light to open talks in 2024, has yet to hold its first intergovernmental conference because of stalled judicial and electoral reforms.

Diplomats say any disruption to EUFOR would damage the bloc's credibility in a region where Russia, China, Turkey and the Gulf states have all expanded their influence. Several member states have indicated privately that they could send extra troops at short notice if needed.

A senior EU official involved in the planning said the goal was simply to avoid drama. "The best outcome is a boring vote, and most of our work right now is about making it boring," the official said, speaking on condition of anonymity.

The Security Council is expected to vote in the first week of November.`,
  },
  {
    slug: "eastern-libya-crete-crossings-surge",
    title: "Crossings from eastern Libya to Crete more than double as routes shift east",
    standfirst:
      "The route from the Tobruk area to southern Greece has become one of the fastest-growing in the Mediterranean, overwhelming reception on Crete and exposing gaps in search-and-rescue coverage.",
    authors: ["youssef-haddad"],
    categories: ["migration", "libya"],
    tags: ["border-management", "humanitarian", "maritime-security"],
    publishedAt: "2026-10-14T06:30:00Z",
    access: { kind: "level", level: 0 },
    hero: {
      image: "/images/heroes/eastern-libya-crete-crossings-surge.svg",
      alt: "Abstract teal sea chart with a dashed crossing route over open water",
      caption: "Most boats on the route land first on Gavdos, south of Crete.",
      credit,
    },
    readAlso: ["libya-coast-guard-training-mission-review", "tunisia-migration-funds-court-of-auditors"],
    body: `Crossings from eastern Libya to the Greek island of Crete have more than doubled this year, according to figures compiled by EU agencies and Greek authorities, making the route one of the fastest-growing in the Mediterranean and straining search-and-rescue arrangements in the waters between the two countries.

Between January and September, 14,300 people arrived on Crete and the small neighbouring island of Gavdos after setting off from the area around Tobruk, compared with 6,100 in the same period last year. Most were from Egypt, Bangladesh, Sudan and Pakistan, according to preliminary registration data.

The rise contrasts with a decline in departures from western Libya and Tunisia towards Italy, where stepped-up coastguard patrols and cooperation agreements have reduced crossings.

<!-- paywall -->

## Why the route has shifted

Researchers and officials point to several causes. Smuggling networks in eastern Libya face fewer obstacles than those in the west, and the eastern authorities have responded less consistently to European requests. The war in Sudan has pushed large numbers of people north into Libya, where many work in the east for months before attempting the crossing.

Egyptians account for a large share of arrivals. Many travel legally to eastern Libya for work and then pay smugglers between 3,000 and 5,000 dollars for a place on a fishing boat to Crete, according to interviews with new arrivals carried out by aid organisations.

> "The route exists because the distance is short, the boats are cheap and the Libyan side of the coast is barely watched," said Eleni Papadaki, a researcher at a migration studies centre in Athens.

## Search and rescue under strain

Much of the route crosses waters where responsibility is split between Greece and Libyan authorities with very limited capacity. The Greek coastguard has increased patrols south of Crete, and Frontex has deployed additional surveillance aircraft.

Coastguard and humanitarian data indicate that at least 190 people died or went missing on the route in the first nine months of the year. Aid groups say the true figure is probably higher, since some boats vanish without any distress call.

An internal Greek assessment lists the main pressures:

- a single reception facility on Crete with capacity for 400 people, routinely holding more than three times that number;
- long delays in transferring arrivals to the mainland, where asylum claims are processed;
- minimal medical capacity on Gavdos, where many boats land first;
- a shortage of interpreters for languages spoken by arrivals from Sudan and South Asia.

## The political response

Athens has pressed the EU for help, including money for reception and a stronger role for European agencies off the Libyan coast. It has also opened contacts with the eastern Libyan authorities, whose cooperation European governments have long treated with caution for fear of legitimising the eastern-based command.

A senior Greek official said cooperation would focus on preventing departures and dismantling smuggling networks. Human rights organisations warned that any arrangement modelled on those with western Libya could expose people returned to Libya to abuse in detention.

"Europe keeps pushing the problem from one stretch of coast to the next, and each time it acts surprised," said Nikos Kalogeropoulos, who coordinates a legal aid organisation in Heraklion.

The Commission said it was preparing a support package for Greece and would put the route on the agenda of the next meeting of interior ministers.`,
  },
  {
    slug: "inside-geneva-talks-unified-libyan-budget",
    title: "Inside the Geneva talks on a single Libyan budget",
    standfirst:
      "For six weeks, finance officials from Libya's rival administrations have met quietly under UN auspices. Draft documents and interviews show how close they have come to a deal, and which lines keep pulling them apart.",
    authors: ["youssef-haddad"],
    categories: ["libya", "diplomacy"],
    tags: ["sanctions", "eu-council", "elections"],
    publishedAt: "2026-10-20T05:30:00Z",
    updatedAt: "2026-10-21T14:00:00Z",
    access: { kind: "level", level: 1, ccaps: ["dossier_libya"] },
    hero: {
      image: "/images/heroes/inside-geneva-talks-unified-libyan-budget.svg",
      alt: "Abstract ochre map of a coastline with a dashed line connecting several points",
      caption: "The talks have been kept away from the political leaders whose rivalry sank earlier attempts.",
      credit,
    },
    readAlso: ["libya-coast-guard-training-mission-review", "southern-libya-municipal-elections-fezzan"],
    body: `On the fourth floor of a conference hotel near Geneva's lakefront, finance officials from Libya's two rival administrations have spent the past six weeks doing something they had not done in years: reading the same spreadsheet.

The talks, facilitated by the UN Support Mission in Libya and financed by the EU and three member states, aim to produce a single development budget for 2027, to be executed by the Central Bank of Libya and audited by a joint committee. Neither side has publicly acknowledged the format. This account is based on interviews with eleven participants and observers, and on draft documents reviewed by The Meridian Desk.

Agreement is not yet in sight. But the drafts show the delegations have narrowed their differences on most ministries, leaving a small number of politically loaded items unresolved.

<!-- paywall -->

## The numbers on the table

The latest draft, dated 9 October, sets total development spending at 38.5 billion Libyan dinars, with a further 12 billion dinars ring-fenced for reconstruction in Derna and other areas devastated by the 2023 floods. Public-sector salaries, which consume most of the state's spending, are handled separately and were never part of the Geneva mandate.

The eastern delegation wants reconstruction money channelled through a fund controlled from Benghazi. The Tripoli team wants it administered by line ministries, with every disbursement visible to the Audit Bureau. A compromise text, still in square brackets, would split the fund into regional windows overseen by a six-member joint board.

The disputed items in the 9 October draft are:

- governance of the reconstruction fund, worth 12 billion dinars;
- a 2.1 billion dinar allocation for "security sector development", which each side suspects would finance the other's armed units;
- fuel subsidy reform, which both teams accept in principle but neither wants to announce before municipal elections in the west;
- a clause allowing the Central Bank to freeze transfers to any ministry that fails to file quarterly accounts.

## European money and European pressure

The EU's cash contribution is modest: about 4 million euros for technical support, venue costs and a team of public finance experts seconded from member-state treasuries. Its leverage lies elsewhere. Several participants said European diplomats had linked future budget support to the adoption of a unified framework, and had hinted that officials who obstruct it could be considered for listing under the EU's Libya sanctions regime.

> "Everyone in the room knows the sanctions file exists, and nobody ever mentions it," said Karim Ben Saad, a Libyan public-finance economist who has advised both delegations.

A UN official involved in the process was wary of that approach. "If a budget becomes a test of loyalty to Brussels, it will fail the day the foreigners leave the room," said Ingrid Solheim, a senior economic affairs officer at the UN mission.

## Why this round is different

Earlier attempts at a unified budget collapsed at the signature stage, most recently in 2024. Participants cited three things that set the current effort apart. The Central Bank, reshaped after the 2024 dispute over its governorship, has agreed to publish monthly spending data broken down by region. Oil revenues are running above forecast, which makes compromise cheaper for both sides. And the talks have been insulated from the political leaders whose rivalry sank previous rounds, at least until a text is ready.

Participants acknowledged that the last feature could become a weakness once the draft is finally put before those leaders. No date has been set for that meeting. The next technical round is scheduled for mid-November, when the delegations are expected to return to the reconstruction fund first.`,
  },
  {
    slug: "moldova-winter-gas-transnistria",
    title: "Moldova enters winter with full gas storage and a fragile arrangement for Transnistria",
    standfirst:
      "Chișinău has secured supplies through European markets, but the breakaway region's energy arrangements remain both a point of leverage and a humanitarian risk.",
    authors: ["marta-kowalczyk"],
    categories: ["energy-security", "eastern-europe"],
    tags: ["energy", "eu-council", "elections"],
    publishedAt: "2026-11-03T08:00:00Z",
    access: { kind: "public" },
    hero: {
      image: "/images/heroes/moldova-winter-gas-transnistria.svg",
      alt: "Abstract amber-toned map with a winding boundary line and a dashed transmission route",
      caption: "The Dniester separates Moldova's right bank from the breakaway Transnistrian region.",
      credit,
    },
    body: `Moldova begins the heating season with its gas supply contracts fully booked and a new electricity link to Romania in operation, a marked change from two winters ago, when the end of Russian gas transit through Ukraine left the country scrambling.

The government in Chișinău has contracted enough gas for the winter through European markets, stored mostly in Romanian and Ukrainian facilities. Officials say the territory it controls on the right bank of the Dniester no longer depends on any single supplier.

The situation in the breakaway region of Transnistria, on the left bank, is far less settled. Its energy supply rests on arrangements that could unravel with little warning, with consequences for both sides of the river.

## The Transnistria question

Transnistria has been outside Chișinău's control since a short war in the early 1990s and still hosts a small contingent of Russian troops. For decades it received Russian gas in effect for free, using it to run a large power plant that supplied much of Moldova's electricity.

When transit through Ukraine stopped in January 2025, Transnistria faced severe shortages. Residents endured weeks of rolling blackouts and unheated flats, and many factories closed. Supplies were eventually restored through intermediary arrangements that remain politically sensitive and financially opaque.

Officials in Chișinău say they have offered to help the region buy gas at market prices, on condition of transparency and gradual integration of its energy sector. The authorities in Tiraspol have so far preferred arrangements that preserve their autonomy.

> "Energy is the strongest lever Chișinău has ever held over Tiraspol, and the one it is most reluctant to pull, because ordinary people freeze first," said Natalia Rusu, an energy analyst at a Chișinău think tank.

## Preparing for the worst

The government has drawn up contingency plans in case the Transnistrian plant cuts supplies to the right bank or the region's own gas arrangements fail. They include:

- higher electricity imports from Romania through the new high-voltage line between Vulcănești and Chișinău;
- a reserve of emergency heating fuel for schools, hospitals and other public buildings;
- humanitarian support for residents of Transnistria, coordinated with the EU and UN agencies, should a crisis develop there.

The EU has provided grants and loans for Moldova's energy transition, and energy ministers reviewed the country's winter preparations at their October meeting. European officials presented Moldova's progress as evidence of the value of tying the country more closely into EU markets.

## Energy and the road to membership

Energy has shaped Moldovan politics in recent years. Opposition parties accused the government of mishandling the 2025 crisis, while ministers argued that Moscow had used gas to influence voters. The governing pro-European party kept its parliamentary majority in the elections of September 2025.

Moldova is negotiating to join the EU, and energy market integration is one of the areas where it has made the most progress. The unresolved status of Transnistria, by contrast, remains one of the hardest questions in the accession process, and one on which the member states have yet to agree a common approach.

"Moldova can now manage a cold winter. What it cannot manage alone is a frozen conflict that keeps producing emergencies," said Viorel Găină, a former Moldovan deputy energy minister.`,
  },
  {
    slug: "poland-counter-drone-border-trials",
    title: "Poland's counter-drone trials on the eastern border expose gaps in spotting small aircraft",
    standfirst:
      "Test results show sensor networks caught nearly all large drones but missed a third of small, low-flying ones, as Warsaw presses allies to fund a wider 'drone wall'.",
    authors: ["clara-vermeulen", "marta-kowalczyk"],
    categories: ["defence", "eastern-europe"],
    tags: ["drones", "border-management", "cyber"],
    publishedAt: "2026-11-10T07:00:00Z",
    updatedAt: "2026-11-12T08:30:00Z",
    access: { kind: "level", level: 2 },
    hero: {
      image: "/images/heroes/poland-counter-drone-border-trials.svg",
      alt: "Abstract olive-grey border map with a detection ring and a dashed flight path",
      caption: "The trials covered a 40-kilometre stretch of the border in the Podlaskie region.",
      credit,
    },
    readAlso: ["eu-joint-interceptor-order-delay-ukraine"],
    body: `A series of counter-drone trials along Poland's border with Belarus this summer detected almost every large drone flown through the test area but missed about a third of small, low-flying models, according to a summary of the results prepared for the Polish defence ministry and seen by The Meridian Desk.

The trials, held over six weeks in July and August in the Podlaskie region, were designed to inform the next phase of East Shield, Poland's multi-year programme to fortify its eastern frontier. They have been followed closely in the Baltic states and Finland, which are building their own networks and have pressed the EU to co-finance what several governments now call a "drone wall".

The results suggest detection works well in some conditions and poorly in others, and that the hardest problems are organisational rather than technical.

## What the trials found

The test area covered a 40-kilometre stretch of the border. Organisers flew 286 sorties with drones of various sizes across it, watched by a mix of radar, acoustic, radio-frequency and optical sensors from seven European suppliers.

Key results from the summary:

- drones with a wingspan above two metres were detected on 97% of sorties;
- small quadcopters flying below 50 metres were detected on only 64% of sorties, falling to 51% at night in rain;
- radio-frequency sensors worked well against commercial drones but were blind to those flying pre-programmed routes with no control link;
- the average time from first detection to an alert reaching the responsible border guard or army unit was 4 minutes 20 seconds, against a target of 90 seconds.

That last figure worried officials most. The summary attributes the delay mainly to information passing between separate institutions, namely the border guard, the territorial defence forces and the air force, whose systems do not yet share a common operating picture.

> "The sensors did their job reasonably well. It is in the handover between organisations that we lose the minutes that matter," said Colonel Tomasz Wróbel, who oversaw part of the trials for the Polish armed forces.

## Jamming, spoofing and the cyber dimension

The trials included scenarios in which testers tried to interfere with the network itself. In two of them, simulated jamming cut the data link between remote sensors and the command post for more than ten minutes. In another, testers injected false tracks into one supplier's software through an unsecured maintenance interface, a flaw that has since been fixed.

As a result, the ministry will require every supplier in the next phase to pass penetration testing by military cyber units before any equipment is deployed.

"Any network that can see a drone can also be blinded or fooled. Building one without assuming that means building a target," said Agnieszka Lis, who researches electronic warfare at a Warsaw think tank.

## Who pays for the wall

Poland has committed around 10 billion zloty to East Shield through 2028. Warsaw and its neighbours argue that protecting the EU's external border against hybrid threats is a shared European interest that should qualify for EU defence funding.

The Commission has signalled openness, and counter-drone protection of the eastern flank features among the flagship projects in its defence readiness planning. But several southern and western member states are wary of committing large sums to one stretch of frontier while their own priorities, such as maritime surveillance in the Mediterranean, attract less attention.

The ministry plans a second round of trials in the spring over a larger area, this time integrated with the army's new air-defence command system.`,
  },
  {
    slug: "european-parliament-arms-export-transparency-vote",
    title: "European Parliament backs tougher reporting on arms exports in a close vote",
    standfirst:
      "A non-binding resolution calls for an EU-wide database of export licences and a consultation rule for contested sales. Governments, which keep the final say, are unlikely to adopt all of it.",
    authors: ["tomas-lindqvist", "clara-vermeulen"],
    categories: ["defence", "diplomacy"],
    tags: ["european-parliament", "arms-exports", "defence-industry"],
    publishedAt: "2026-11-19T13:45:00Z",
    updatedAt: "2026-11-20T09:00:00Z",
    access: { kind: "public" },
    hero: {
      image: "/images/heroes/european-parliament-arms-export-transparency-vote.svg",
      alt: "Abstract olive-grey chart with a faint grid and a dashed line linking several points",
      caption: "The resolution passed by 312 votes to 281, with 47 abstentions.",
      credit,
    },
    body: `The European Parliament on Wednesday adopted a resolution calling for the EU to publish detailed, regularly updated data on arms export licences granted by member states, in a vote that split the main political groups and exposed deep differences over the bloc's new ambitions as a defence power.

The text passed by 312 votes to 281, with 47 abstentions. It is not legally binding: decisions on arms exports remain with national governments under the EU's common position, which sets shared criteria but leaves their application to capitals.

Supporters said the vote sent a clear signal at a moment when Europe is spending unprecedented sums on its defence industry. Opponents argued that heavier reporting would slow the exports that keep European production lines running.

## What the resolution asks for

The text, drafted in the foreign affairs committee, makes four main demands:

1. a single online database, maintained by the European External Action Service, listing every licence granted or refused by member states and updated quarterly, instead of the current annual report that often appears two years late;
2. a consultation rule, under which a government planning to approve a sale that another member state has refused for similar equipment and a similar destination must first consult the refusing government and explain its reasoning;
3. an annual plenary debate on the report, attended by the High Representative;
4. clearer rules on the re-export of components, reflecting concern that European parts end up in weapons used in conflicts such as those in Sudan and Myanmar.

> "European taxpayers are financing a defence-industrial expansion on a historic scale, and they are entitled to know where its products go," said Ilse Mertens, the Belgian MEP who drafted the text.

## Why the vote was so close

The result reflected an unusual coalition. Most Greens, Socialists and members of the Left backed the resolution, joined by some Liberals and a handful of centre-right members from the Nordic countries. Most of the centre-right European People's Party and the two groups on the right opposed it.

Several opponents said the timing was wrong. European firms, they argued, compete with American, South Korean and Turkish companies for export contracts that help pay for expanded capacity, and additional transparency requirements would handicap them.

"Exports keep production lines warm between European orders. Make exports harder and you make Europe's own rearmament more expensive," said Gerhard Brandstätter, an Austrian centre-right MEP who sits on the security and defence committee.

## What happens next

Because the resolution is non-binding, its effect depends on whether governments take up its proposals. The Council working party on conventional arms exports is revising the user's guide to the common position, and some delegations have said they are open to faster reporting. Others, notably those with the largest defence industries, have resisted any step that could be read as shifting decisions away from capitals.

A diplomat from one member state said the quarterly database was the proposal most likely to survive, because it does not change who decides. The consultation rule, the diplomat said, had no realistic chance in its current form.

Researchers who track arms transfers said even partial progress would matter. "The annual report is so slow that by the time it appears, the weapons have often already been used," said Lena Hoffmeister, who studies export controls at a German peace research institute.`,
  },
];
