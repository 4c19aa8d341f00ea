import type { SeedArticle } from "./types";

/*
 * The demo newsroom's French pieces: one translation of an English piece (the two name each
 * other with hreflang) and two written in French. Original text, like the rest of the demo.
 */
const credit = "Illustration : The Meridian Desk";

export const articlesFr: SeedArticle[] = [
  {
    slug: "eufor-althea-bosnie-renouvellement-mandat",
    title: "Bosnie : EUFOR Althea aborde le vote sur son mandat avec moins de troupes et plus de doutes",
    standfirst:
      "Alors que le Conseil de sécurité de l'ONU s'apprête à voter la prolongation de la mission de l'UE, les capitales européennes préparent discrètement l'hypothèse d'un blocage.",
    authors: ["tomas-lindqvist"],
    categories: ["western-balkans", "defence"],
    tags: ["peacekeeping", "eu-council", "nato"],
    publishedAt: "2026-10-07T09:00:00Z",
    access: { kind: "public" },
    language: "fr",
    translationOf: "eufor-althea-bosnia-mandate-renewal",
    hero: {
      image: "/images/heroes/eufor-althea-bosnia-mandate-renewal.svg",
      alt: "Carte en relief vert-gris, abstraite, avec un itinéraire en pointillés entre quelques repères",
      caption: "EUFOR Althea est déployée en Bosnie-Herzégovine depuis 2004.",
      credit,
    },
    body: `La mission militaire de l'Union européenne en Bosnie-Herzégovine doit voir son mandat renouvelé le mois prochain au Conseil de sécurité des Nations unies, dans un climat d'incertitude inhabituel : des diplomates se préparent à un vote retardé, voire bloqué, pour la première fois depuis le lancement de la mission en 2004.

EUFOR Althea, qui a pris le relais d'une force de stabilisation de l'OTAN, compte aujourd'hui environ 1 350 militaires venus de plus de vingt pays. Son autorisation est prolongée chaque mois de novembre par une résolution qui, d'ordinaire, passe sans histoire.

Cette année, plusieurs membres du Conseil ont fait savoir que le projet de texte ne leur convenait pas, et Bruxelles travaille à des plans de repli.

## Ce que fait la mission

Le quotidien d'EUFOR est modeste. Elle forme les forces armées bosniennes, surveille le stockage et la destruction des armes et munitions excédentaires, et garde une réserve qui peut être renforcée depuis l'extérieur du pays si la sécurité se dégrade. Elle l'a été pour la dernière fois en 2022, quand des États membres ont envoyé des renforts par crainte de répercussions de la guerre en Ukraine.

Son poids politique dépasse sa taille. Pour beaucoup de Bosniens, la présence d'une force internationale garantit que le fragile règlement d'après-guerre ne sera pas mis à l'épreuve par la violence.

> « EUFOR tient plus du détecteur de fumée que des pompiers, et personne ne veut savoir ce qui se passe quand on retire la pile », résume Amra Hadžić, chercheuse en sécurité dans un institut de Sarajevo.

## Les options de repli

Selon des responsables européens, trois scénarios ont été étudiés en cas d'échec de la résolution :

- maintenir la mission à l'invitation des autorités de l'État bosnien, ce qui suppose l'accord des trois membres de la présidence et pourrait lui-même être contesté ;
- confier le rôle de réassurance au quartier général de l'OTAN à Sarajevo, qui dispose d'une base juridique distincte mais d'une présence bien plus réduite ;
- s'appuyer sur une réserve stationnée dans les pays voisins de l'UE, capable de se déployer en quelques jours.

Aucune ne séduit. Une présence sur invitation perdrait la couverture onusienne dont de nombreux pays contributeurs ont besoin pour des raisons de politique intérieure. Un rôle accru de l'OTAN heurterait les dirigeants serbes de Bosnie, opposés à l'adhésion à l'Alliance. Et une force « au-delà de l'horizon » ne serait, par définition, pas sur place.

## Les enjeux balkaniques de l'Europe

Le débat intervient au moment où l'UE tente de relancer l'élargissement dans la région. Un haut responsable européen associé à la planification résume l'objectif : « Le meilleur résultat, c'est un vote ennuyeux, et l'essentiel de notre travail consiste à le rendre ennuyeux. »

Le Conseil de sécurité devrait se prononcer durant la première semaine de novembre.`,
  },
  {
    slug: "mauritanie-partenaire-discret-frontieres-ue",
    title: "La Mauritanie, partenaire discret de l'Europe sur la route atlantique",
    standfirst:
      "Deux ans après la signature d'un partenariat migratoire, Nouakchott contrôle davantage ses côtes. Les départs vers les Canaries ont reculé, mais les organisations humanitaires s'inquiètent des conditions d'expulsion.",
    authors: ["youssef-haddad"],
    categories: ["sahel", "migration"],
    tags: ["border-management", "humanitarian"],
    publishedAt: "2026-09-10T06:30:00Z",
    access: { kind: "level", level: 1 },
    language: "fr",
    hero: {
      image: "/images/heroes/sahel-coastal-states-peacekeeping-gap.svg",
      alt: "Carte abstraite d'une côte ocre, avec des points reliés par des lignes fines",
      caption: "Nouadhibou, point de départ de nombreuses pirogues vers l'archipel des Canaries.",
      credit,
    },
    body: `Sur le port de pêche de Nouadhibou, les pirogues ne partent plus aussi facilement qu'il y a deux ans. Les garde-côtes mauritaniens patrouillent désormais de nuit, avec des vedettes financées en partie par l'Union européenne, et les départs vers les Canaries ont nettement diminué depuis le début de l'année, selon les chiffres communiqués par le ministère espagnol de l'Intérieur.

Pour Bruxelles, la Mauritanie est devenue un partenaire central sur la route atlantique, l'une des plus meurtrières vers l'Europe. Le partenariat signé en 2024 prévoyait plus de 200 millions d'euros d'aide, dont une partie consacrée à la gestion des frontières.

Les responsables européens y voient la preuve qu'une coopération patiente fonctionne mieux que les annonces spectaculaires. Les organisations de défense des droits humains, elles, décrivent une réalité plus sombre.

<!-- paywall -->

## Des expulsions vers le désert

Plusieurs associations actives à Nouakchott affirment avoir recueilli des dizaines de témoignages de migrants ouest-africains arrêtés en ville puis conduits en bus jusqu'à la frontière malienne, parfois sans eau ni nourriture. Les autorités mauritaniennes contestent ces récits et assurent que les reconduites se font « dans le respect de la dignité des personnes ».

La Commission européenne indique avoir demandé des précisions et rappelle que ses financements sont assortis d'exigences en matière de droits fondamentaux. Un fonctionnaire européen reconnaît toutefois, sous couvert d'anonymat, que « le suivi sur le terrain reste limité » : l'UE ne dispose que de quelques agents pour contrôler l'usage des fonds.

## Une économie sous pression

La coopération migratoire s'inscrit dans une relation plus large. La Mauritanie exportera bientôt du gaz issu du gisement qu'elle partage avec le Sénégal, et plusieurs États membres s'intéressent à son potentiel en hydrogène vert. Nouakchott le sait et négocie en conséquence.

« La Mauritanie n'est pas un simple sous-traitant de la politique migratoire européenne, elle a ses propres priorités, à commencer par la stabilité de sa frontière avec le Mali », observe Mariem Ould Cheikh, économiste dans un centre de recherche de la capitale.

Le prochain bilan du partenariat est attendu au Conseil des affaires étrangères de décembre.`,
  },
  {
    slug: "achats-communs-defense-europeenne-bilan",
    title: "Achats communs de défense : l'Europe dépense ensemble, mais livre encore séparément",
    standfirst:
      "Le programme européen de soutien aux acquisitions conjointes a financé ses premiers contrats. Les industriels saluent la visibilité, les armées attendent toujours les livraisons.",
    authors: ["clara-vermeulen"],
    categories: ["defence", "policy"],
    tags: ["defence-industry", "eu-council"],
    publishedAt: "2026-10-28T06:00:00Z",
    access: { kind: "level", level: 2 },
    language: "fr",
    hero: {
      image: "/images/heroes/ammunition-output-155mm-bottlenecks.svg",
      alt: "Graphique abstrait de barres verticales de hauteurs inégales sur fond sombre",
      caption: "Une ligne d'assemblage de munitions dans une usine européenne.",
      credit,
    },
    body: `Il a fallu près de deux ans de négociations pour que les États membres acceptent de financer ensemble une partie de leurs achats d'armement. Les premiers contrats soutenus par le programme européen d'acquisitions conjointes sont désormais signés : munitions d'artillerie, systèmes de défense aérienne de courte portée et véhicules blindés.

À Bruxelles, on parle d'un tournant. Pour la première fois, le budget commun sert à encourager des commandes groupées plutôt qu'à financer la seule recherche. L'idée est simple : en commandant ensemble, les armées obtiennent de meilleurs prix et les industriels la visibilité nécessaire pour investir.

Sur le terrain, le bilan est plus nuancé.

<!-- paywall -->

## Des commandes groupées, des livraisons dispersées

Les contrats signés regroupent en moyenne trois à quatre pays, selon les chiffres présentés aux ministres de la Défense. Mais chaque armée conserve ses propres spécifications : calibres identiques, certes, mais emballages, marquages et procédures de réception différents. Un industriel belge résume : « On signe un contrat, puis on en exécute quatre. »

Les délais restent longs. Pour les munitions de 155 mm, les premières livraisons issues des commandes conjointes ne sont pas attendues avant la fin de l'année prochaine, faute de capacités suffisantes en poudre et en explosifs.

## La question du « acheter européen »

Le programme réserve ses financements aux produits dont une part importante de la valeur est réalisée en Europe. Plusieurs États du nord et de l'est de l'Union auraient préféré plus de souplesse pour acheter rapidement sur étagère, y compris auprès de fournisseurs américains ou sud-coréens.

« Nous voulons une industrie européenne forte, mais pas au prix de trous dans notre défense aérienne pendant trois ans », a déclaré un diplomate d'un pays balte.

La Commission prépare une évaluation du programme pour le printemps. Elle devrait proposer d'harmoniser les procédures de réception, première étape vers des livraisons vraiment communes.`,
  },
];
