// Three upcoming evenings in the stores, always in the future: in 7, 14 and 30 days at 18:00
// Helsinki time. Each has pages in Finnish and English and the products it will feature.
import { type ContentContext, type ContentGroupSeed, insertContentGroup } from './content';
import { newId } from './ids';
import type { SeededStores } from './stores';
import { helsinkiTimeInDays } from './time';
import type { SeedDb } from './types';

type EventSeed = ContentGroupSeed & {
  store: string;
  inDays: number;
  durationMinutes: number;
  capacity: number;
  featured: string[];
};

const grid = (title: string, productSlugs: string[]) => ({ type: 'productGrid' as const, title, productSlugs });

const COFFEE = ['pihlajan-aamupaahto', 'etiopia-yirgacheffe', 'kolumbia-huila-kofeiiniton', 'keraaminen-suodatinteline'];
const KNITTING = ['pieni-neulekirja', 'villasukat', 'merinovillapipo'];
const OUTDOOR = ['paivareppu-20', 'termospullo-05', 'visakoivuinen-kuksa', 'keski-suomen-retkikohteet', 'otsalamppu-300'];

export const EVENTS: EventSeed[] = [
  {
    key: 'kahvimaistelu',
    store: 'jyvaskyla',
    inDays: 7,
    durationMinutes: 120,
    capacity: 20,
    featured: COFFEE,
    shape: 'cup',
    tags: ['kahvi', 'myymala'],
    fi: {
      slug: 'kahvimaistelu-syksyn-paahdot',
      title: 'Kahvimaistelu: syksyn paahdot',
      excerpt: 'Maistetaan Paahtimo Kajon uudet paahdot paahtajan kanssa Kauppakadun myymälässä.',
      body: [
        { type: 'text', html: '<p>Paahtaja Kaisa Kajo tuo mukanaan kolme syksyn paahtoa ja kertoo, mistä niiden maut syntyvät. Haudutamme kahvit käsin, ja saat vinkit omaan keittiöösi.</p>' },
        { type: 'text', html: '<p>Maistelu on maksuton, mutta paikkoja on rajoitetusti: ilmoittaudu alta.</p>' },
        grid('Illan kahvit', COFFEE),
      ],
    },
    en: {
      slug: 'coffee-tasting-autumn-roasts',
      title: 'Coffee tasting: the autumn roasts',
      excerpt: 'Taste Paahtimo Kajo’s new roasts with the roaster at our Kauppakatu store.',
      body: [
        { type: 'text', html: '<p>Roaster Kaisa Kajo brings three autumn roasts and tells where their flavours come from. We brew them by hand, and you take home tips for your own kitchen.</p>' },
        { type: 'text', html: '<p>The tasting is free, but places are limited: sign up below.</p>' },
        grid('The evening’s coffees', COFFEE),
      ],
    },
  },
  {
    key: 'neuleilta',
    store: 'tampere',
    inDays: 14,
    durationMinutes: 150,
    capacity: 12,
    featured: KNITTING,
    shape: 'star',
    tags: ['kotimainen', 'myymala'],
    fi: {
      slug: 'neuleilta-ensimmaiset-villasukat',
      title: 'Neuleilta: ensimmäiset villasukkasi',
      excerpt: 'Aloitetaan yhdessä villasukat Hämeenkadun myymälässä. Lankaa, puikot ja teetä on tarjolla.',
      body: [
        { type: 'text', html: '<p>Neulomo Langan Liisa opastaa silmukoiden luomisesta kantapäähän. Sopii täysin aloittelijoille ja niille, joilta taito on päässyt unohtumaan.</p>' },
        { type: 'text', html: '<p>Osallistujat saavat illan ajan 15 %:n alennuksen langoista ja neulekirjoista.</p>' },
        grid('Illan tarvikkeet', KNITTING),
      ],
    },
    en: {
      slug: 'knitting-night-first-wool-socks',
      title: 'Knitting night: your first wool socks',
      excerpt: 'Cast on a pair of wool socks together at our Hämeenkatu store. Yarn, needles and tea provided.',
      body: [
        { type: 'text', html: '<p>Liisa from Neulomo Lanka guides you from casting on to turning the heel. Perfect for complete beginners and for those whose skills have faded.</p>' },
        { type: 'text', html: '<p>Participants get 15 % off yarn and knitting books for the evening.</p>' },
        grid('For the evening', KNITTING),
      ],
    },
  },
  {
    key: 'retki-ilta',
    store: 'jyvaskyla',
    inDays: 30,
    durationMinutes: 90,
    capacity: 40,
    featured: OUTDOOR,
    shape: 'mountain',
    tags: ['ulkoilu', 'myymala'],
    fi: {
      slug: 'retki-ilta-talviretkeily',
      title: 'Retki-ilta: talviretkeily lähimetsissä',
      excerpt: 'Mitä reppuun talven päiväretkelle, ja minne Jyväskylästä pääsee bussilla? Retkiopas kertoo.',
      body: [
        { type: 'text', html: '<p>Retkeilykirjailija Matti Mäntylä kertoo parhaat talviset päiväretkikohteet Jyväskylän lähellä ja käy läpi, mitä reppuun kannattaa pakata, kun päivä on lyhyt ja pakkasta riittää.</p>' },
        { type: 'quote', text: 'Talviretki ei vaadi erikoisvarusteita. Se vaatii lämpimät juomat ja kunnon sukat.', cite: 'Matti Mäntylä' },
        grid('Pakkaa mukaan', OUTDOOR),
      ],
    },
    en: {
      slug: 'outdoor-evening-winter-hiking',
      title: 'Outdoor evening: winter hiking near town',
      excerpt: 'What to pack for a winter day hike, and where can you get by bus from Jyväskylä? A guide tells all.',
      body: [
        { type: 'text', html: '<p>Outdoor writer Matti Mäntylä shares the best winter day trips near Jyväskylä and what to pack when the day is short and the frost is hard.</p>' },
        { type: 'quote', text: 'A winter hike needs no special gear. It needs hot drinks and proper socks.', cite: 'Matti Mäntylä' },
        grid('Pack these', OUTDOOR),
      ],
    },
  },
];

export async function seedEvents(
  db: SeedDb,
  context: ContentContext,
  stores: SeededStores,
  productIds: Map<string, string>,
): Promise<number> {
  for (const event of EVENTS) {
    const startsAt = helsinkiTimeInDays(event.inDays, 18);
    const id = newId('event', event.store, String(event.inDays));
    await db.event.create({
      data: {
        id,
        storeId: stores[event.store].id,
        startsAt,
        endsAt: new Date(startsAt.getTime() + event.durationMinutes * 60_000),
        capacity: event.capacity,
      },
    });
    await db.eventFeaturedProduct.createMany({
      data: event.featured.map((slug, position) => ({ eventId: id, productId: productIds.get(slug)!, position })),
    });
    await insertContentGroup(db, context, event, { type: 'EVENT', publishedAt: new Date(), eventId: id });
  }
  return EVENTS.length;
}
