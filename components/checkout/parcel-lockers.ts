// Suggestions for the parcel locker field (demo data: the shopper may type any locker).
export const PARCEL_LOCKER_SUGGESTIONS = [
  'Pakettiautomaatti K-Market Kortepohja, Jyväskylä',
  'Pakettiautomaatti Prisma Seppä, Jyväskylä',
  'Pakettiautomaatti Jyväskylän matkakeskus',
  'Pakettiautomaatti S-market Hervanta, Tampere',
  'Pakettiautomaatti K-Citymarket Lielahti, Tampere',
  'Pakettiautomaatti Tampereen rautatieasema',
] as const;
