import type { SeedAuthor } from "./types";

export const authors: SeedAuthor[] = [
  {
    slug: "clara-vermeulen",
    name: "Clara Vermeulen",
    roleLine: "Defence correspondent, Brussels",
    bio: "Clara Vermeulen covers NATO, EU defence policy and the European arms industry from Brussels. Before joining The Meridian Desk she spent six years reporting on military procurement and force planning for a Flemish daily. She is especially interested in the gap between what governments announce and what factories actually deliver.",
    photo: "/images/authors/clara-vermeulen.svg",
  },
  {
    slug: "youssef-haddad",
    name: "Youssef Haddad",
    roleLine: "North Africa editor",
    bio: "Youssef Haddad leads The Meridian Desk's coverage of Libya, Tunisia and the wider Maghreb, with a focus on migration, energy and the politics of armed groups. He has reported from Tripoli, Benghazi, Sfax and the Fezzan for more than a decade. He works in Arabic, French and English.",
    photo: "/images/authors/youssef-haddad.svg",
  },
  {
    slug: "marta-kowalczyk",
    name: "Marta Kowalczyk",
    roleLine: "Eastern Europe correspondent, Warsaw",
    bio: "Marta Kowalczyk reports on Ukraine, Moldova, Belarus and the Baltic region from Warsaw. She previously covered the Polish parliament and spent two years as a freelance reporter based in Kyiv and Odesa. Her work centres on energy, hybrid threats and the security of the EU's eastern border.",
    photo: "/images/authors/marta-kowalczyk.svg",
  },
  {
    slug: "tomas-lindqvist",
    name: "Tomás Lindqvist",
    roleLine: "Diplomatic editor",
    bio: "Tomás Lindqvist follows EU foreign ministers, sanctions negotiations and enlargement in the Western Balkans. He joined The Meridian Desk from a Stockholm foreign affairs weekly and has covered every European Council summit since 2015. He is the author of a book on how sanctions packages are negotiated behind closed doors.",
    photo: "/images/authors/tomas-lindqvist.svg",
  },
];
