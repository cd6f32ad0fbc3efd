// The shape of the message catalogs, from the Finnish files (Finnish is the source language).
import type account from '../messages/fi/account.json';
import type admin from '../messages/fi/admin.json';
import type auth from '../messages/fi/auth.json';
import type catalog from '../messages/fi/catalog.json';
import type cart from '../messages/fi/cart.json';
import type checkout from '../messages/fi/checkout.json';
import type orders from '../messages/fi/orders.json';
import type common from '../messages/fi/common.json';
import type email from '../messages/fi/email.json';
import type errors from '../messages/fi/errors.json';
import type forms from '../messages/fi/forms.json';
import type header from '../messages/fi/header.json';
import type home from '../messages/fi/home.json';
import type store from '../messages/fi/store.json';
import type ui from '../messages/fi/ui.json';

export type Messages = {
  account: typeof account;
  admin: typeof admin;
  auth: typeof auth;
  common: typeof common;
  orders: typeof orders;
  checkout: typeof checkout;
  cart: typeof cart;
  catalog: typeof catalog;
  email: typeof email;
  errors: typeof errors;
  forms: typeof forms;
  header: typeof header;
  home: typeof home;
  store: typeof store;
  ui: typeof ui;
};
