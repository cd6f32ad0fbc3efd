// Stories and guides in the shop's own voice. The ideas behind them: the shop is media (a story
// you can buy from), the store is a stage (come and touch), and click & collect.
import { type ContentContext, type ContentGroupSeed, insertContentGroup } from './content';
import type { SeedDb } from './types';

const DAY = 24 * 60 * 60 * 1000;

export const STORIES: (ContentGroupSeed & { type: 'STORY' | 'GUIDE'; daysAgo: number })[] = [
  {
    key: 'kuuselan-verstaalla',
    type: 'STORY',
    daysAgo: 3,
    shape: 'house',
    tags: ['kotimainen', 'ulkoilu'],
    fi: {
      slug: 'kuuselan-verstaalla',
      title: 'Puuseppä Kuuselan verstaalla',
      excerpt: 'Kävimme Laukaassa katsomassa, miten visakoivusta syntyy kuksa – ja miksi siihen menee kolme viikkoa.',
      body: [
        { type: 'text', html: '<p>Eero Kuuselan verstas on vanhassa navetassa Laukaan kirkonkylän laidalla. Sisällä tuoksuu koivu ja pellavaöljy, ja hyllyillä kuivuu kymmeniä puolivalmiita kuksia.</p>' },
        { type: 'heading', text: 'Hitaasti kuivattu kestää' },
        { type: 'text', html: '<p>Visakoivun aihio kuivuu viikkoja ennen kuin siihen tartutaan taltalla. Kiireellä tehty kuksa halkeaa ensimmäisellä retkellä, Eero sanoo. Siksi kuksia ei voi tilata sata kerralla, ja siksi jokainen on vähän erilainen.</p>' },
        { type: 'quote', text: 'Hyvä kuksa tummuu käytössä. Se kertoo, missä sen omistaja on ollut.', cite: 'Eero Kuusela' },
        { type: 'text', html: '<p>Myymme Eeron töitä molemmissa myymälöissä ja verkossa. Tule pitelemään kuksaa kädessä, tai tilaa se noudettavaksi lähimmästä myymälästä.</p>' },
        { type: 'productGrid', title: 'Kuuselan verstaalta', productSlugs: ['visakoivuinen-kuksa', 'lasten-kuksa', 'puuottimet-3-kpl', 'puupalikat-40'] },
      ],
    },
    en: {
      slug: 'at-the-kuusela-workshop',
      title: 'At the Kuusela woodworking shop',
      excerpt: 'We went to Laukaa to see how a kuksa cup is carved from curly birch, and why it takes three weeks.',
      body: [
        { type: 'text', html: '<p>Eero Kuusela works in an old cowshed at the edge of Laukaa village. It smells of birch and linseed oil, and dozens of half-finished cups are drying on the shelves.</p>' },
        { type: 'heading', text: 'Dried slowly, made to last' },
        { type: 'text', html: '<p>A curly birch blank dries for weeks before the chisel touches it. A rushed kuksa cracks on its first trip, Eero says. That is why we cannot order a hundred at once, and why each one is a little different.</p>' },
        { type: 'quote', text: 'A good kuksa darkens with use. It tells where its owner has been.', cite: 'Eero Kuusela' },
        { type: 'text', html: '<p>We sell Eero’s work in both our stores and online. Come and hold one in your hand, or order it for pickup at the store nearest to you.</p>' },
        { type: 'productGrid', title: 'From the Kuusela workshop', productSlugs: ['visakoivuinen-kuksa', 'lasten-kuksa', 'puuottimet-3-kpl', 'puupalikat-40'] },
      ],
    },
  },
  {
    key: 'myymala-on-nayttamo',
    type: 'STORY',
    daysAgo: 10,
    shape: 'star',
    tags: ['myymala'],
    fi: {
      slug: 'myymala-on-nayttamo',
      title: 'Miksi myymälämme on enemmän kuin kauppa',
      excerpt: 'Verkosta saa tavaran. Myymälästä saa kokemuksen: villan tunnun, kahvin tuoksun ja ihmiset.',
      body: [
        { type: 'text', html: '<p>Ostamme itsekin paljon verkosta. Silti moni asiakas kertoo tulevansa Kauppakadulle tai Hämeenkadulle "vain katsomaan" – ja viipyy puoli tuntia.</p>' },
        { type: 'heading', text: 'Koske, maista, kysy' },
        { type: 'text', html: '<p>Myymälä on paikka, jossa huovan voi kietoa harteille, kahvia maistaa ennen kuin ostaa pussillisen ja kysyä myyjältä, miksi tämä reppu eikä tuo. Järjestämme iltaisin maistelu-, neule- ja retki-iltoja, joihin voi ilmoittautua verkossa.</p>' },
        { type: 'productCard', productSlug: 'villahuopa-pihlaja' },
        { type: 'text', html: '<p>Ja kun jokin jää mieleen vasta kotona, sen voi tilata verkosta ja hakea seuraavalla käynnillä. Samat hinnat, sama varasto, samat ihmiset.</p>' },
        { type: 'callToAction', text: 'Katso tulevat tapahtumat', href: '/events' },
      ],
    },
    en: {
      slug: 'the-store-is-a-stage',
      title: 'Why our stores are more than shops',
      excerpt: 'Online you get the thing. In the store you get the experience: the feel of wool, the smell of coffee, and people.',
      body: [
        { type: 'text', html: '<p>We buy a lot online ourselves. Still, many customers tell us they drop in on Kauppakatu or Hämeenkatu "just to look", and stay for half an hour.</p>' },
        { type: 'heading', text: 'Touch, taste, ask' },
        { type: 'text', html: '<p>A store is where you can wrap a blanket around your shoulders, taste a coffee before buying a bag, and ask why this backpack and not that one. In the evenings we host tastings, knitting nights and outdoor evenings you can sign up for online.</p>' },
        { type: 'productCard', productSlug: 'villahuopa-pihlaja' },
        { type: 'text', html: '<p>And when something only comes back to mind at home, you can order it online and pick it up next time. Same prices, same stock, same people.</p>' },
        { type: 'callToAction', text: 'See upcoming events', href: '/events' },
      ],
    },
  },
  {
    key: 'nouda-myymalasta',
    type: 'GUIDE',
    daysAgo: 20,
    shape: 'gift',
    tags: ['myymala'],
    fi: {
      slug: 'nouda-myymalasta',
      title: 'Näin noudat verkkotilauksen myymälästä',
      excerpt: 'Tilaa verkosta, hae myymälästä ilman toimituskuluja. Näin se toimii.',
      body: [
        { type: 'heading', text: '1. Valitse noutomyymälä' },
        { type: 'text', html: '<p>Tuotesivulla näet, onko tuotetta Jyväskylän tai Tampereen myymälässä. Valitse kassalla toimitustavaksi nouto ja myymälä, josta haluat hakea tilauksen.</p>' },
        { type: 'heading', text: '2. Odota viestiä' },
        { type: 'text', html: '<p>Keräämme tilauksen yleensä tunnin sisällä aukioloaikana. Saat sähköpostin, kun tilaus on valmis noudettavaksi, ja siinä on noutokoodisi.</p>' },
        { type: 'heading', text: '3. Näytä koodi kassalla' },
        { type: 'text', html: '<p>Tilaus odottaa sinua seitsemän päivää. Jos et ehdi, kerro meille – voimme siirtää sen toiseen myymälään tai perua sen. Voit palauttaa verkkotilauksen mihin tahansa myymäläämme 30 päivän sisällä.</p>' },
        { type: 'callToAction', text: 'Katso myymälät ja aukioloajat', href: '/stores' },
      ],
    },
    en: {
      slug: 'click-and-collect',
      title: 'How to pick up an online order in store',
      excerpt: 'Order online, collect in store with no delivery fee. Here is how.',
      body: [
        { type: 'heading', text: '1. Choose a pickup store' },
        { type: 'text', html: '<p>The product page tells you whether the item is in stock in Jyväskylä or Tampere. At checkout, choose pickup and the store you want to collect from.</p>' },
        { type: 'heading', text: '2. Wait for our message' },
        { type: 'text', html: '<p>We usually pick the order within an hour during opening hours. You get an e-mail with your pickup code when it is ready.</p>' },
        { type: 'heading', text: '3. Show the code at the till' },
        { type: 'text', html: '<p>Your order waits for seven days. If you cannot make it, tell us: we can move it to the other store or cancel it. Online orders can be returned to any of our stores within 30 days.</p>' },
        { type: 'callToAction', text: 'See our stores and opening hours', href: '/stores' },
      ],
    },
  },
  {
    key: 'suodatinkahvi-kotona',
    type: 'GUIDE',
    daysAgo: 35,
    shape: 'cup',
    tags: ['kahvi'],
    fi: {
      slug: 'suodatinkahvi-kotona',
      title: 'Opas: käsin haudutettu suodatinkahvi',
      excerpt: 'Neljä asiaa, joilla arkikahvi paranee: tuoreet pavut, oikea jauhatus, hyvä vesi ja kärsivällisyys.',
      body: [
        { type: 'text', html: '<p>Käsin haudutus kuulostaa vaativalta, mutta tarvitset vain suodatintelineen, pussin ja vedenkeittimen. Tässä talon resepti yhteen isoon mukiin.</p>' },
        { type: 'heading', text: 'Resepti' },
        { type: 'text', html: '<p>18 grammaa keskikarkeaksi jauhettua kahvia, 300 grammaa 94-asteista vettä. Kaada ensin vähän vettä ja anna kahvin "kukkia" puoli minuuttia, sitten loput rauhallisina kierroksina. Koko haudutus kestää noin kolme minuuttia.</p>' },
        { type: 'heading', text: 'Mitä tarvitset' },
        { type: 'productGrid', productSlugs: ['keraaminen-suodatinteline', 'kahvinsuodatinpussit-4', 'joutsen-vedenkeitin', 'pihlajan-aamupaahto'] },
        { type: 'text', html: '<p>Suodatinpussit ja pavut kannattaa tilata kestotilauksena: ne tulevat silloin, kun edelliset loppuvat.</p>' },
      ],
    },
    en: {
      slug: 'pour-over-coffee-at-home',
      title: 'Guide: pour-over coffee at home',
      excerpt: 'Four things that make everyday coffee better: fresh beans, the right grind, good water and patience.',
      body: [
        { type: 'text', html: '<p>Pour-over sounds demanding, but all you need is a dripper, a filter and a kettle. Here is our house recipe for one large mug.</p>' },
        { type: 'heading', text: 'The recipe' },
        { type: 'text', html: '<p>18 grams of medium-ground coffee, 300 grams of water at 94 °C. Pour a little water first and let the coffee bloom for half a minute, then pour the rest in slow circles. The whole brew takes about three minutes.</p>' },
        { type: 'heading', text: 'What you need' },
        { type: 'productGrid', productSlugs: ['keraaminen-suodatinteline', 'kahvinsuodatinpussit-4', 'joutsen-vedenkeitin', 'pihlajan-aamupaahto'] },
        { type: 'text', html: '<p>Filters and beans are worth a subscription: they arrive just as the last ones run out.</p>' },
      ],
    },
  },
];

export async function seedStories(db: SeedDb, context: ContentContext): Promise<number> {
  for (const story of STORIES) {
    await insertContentGroup(db, context, story, {
      type: story.type,
      publishedAt: new Date(Date.now() - story.daysAgo * DAY),
    });
  }
  return STORIES.length * 2;
}
