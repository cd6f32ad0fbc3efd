// The demo shop's assortment: categories in the order the shop shows them, and the tags
// (interests, "customer tribes") that products and stories share.
import { books } from './books';
import { coffeeAndTea } from './coffee-and-tea';
import { gifts } from './gifts';
import { home } from './home';
import { kids } from './kids';
import { kitchen } from './kitchen';
import { outdoor } from './outdoor';
import type { CategorySeed } from './types';
import { wellbeing } from './wellbeing';

export const CATEGORIES: CategorySeed[] = [coffeeAndTea, kitchen, home, outdoor, kids, books, gifts, wellbeing];

export const TAGS = [
  { slug: 'kahvi', nameFi: 'Kahvi', nameEn: 'Coffee' },
  { slug: 'tee', nameFi: 'Tee', nameEn: 'Tea' },
  { slug: 'ulkoilu', nameFi: 'Ulkoilu', nameEn: 'Outdoors' },
  { slug: 'lapset', nameFi: 'Lapset', nameEn: 'Kids' },
  { slug: 'kotimainen', nameFi: 'Kotimainen', nameEn: 'Made in Finland' },
  { slug: 'luomu', nameFi: 'Luomu', nameEn: 'Organic' },
  { slug: 'lahjaidea', nameFi: 'Lahjaidea', nameEn: 'Gift idea' },
  { slug: 'lukeminen', nameFi: 'Lukeminen', nameEn: 'Reading' },
  { slug: 'hyvinvointi', nameFi: 'Hyvinvointi', nameEn: 'Wellbeing' },
  { slug: 'myymala', nameFi: 'Myymälässä', nameEn: 'In store' },
];
