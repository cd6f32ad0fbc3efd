import { describe, expect, it } from 'vitest';
import { pickMessages } from '@/components/i18n-client-messages';
import { loadMessages } from '@/i18n/messages';

describe('the strings sent to the browser', () => {
  it('are only the parts asked for, in their nesting', async () => {
    const messages = await loadMessages('fi');
    const picked = pickMessages(messages, ['ui', 'cart.addButton', 'catalog.availability', 'catalog.colours']);
    expect(Object.keys(picked).sort()).toEqual(['cart', 'catalog', 'ui']);
    expect(picked.ui).toEqual(messages.ui);
    expect(Object.keys(picked.cart)).toEqual(['addButton']);
    expect(picked.cart.addButton).toEqual(messages.cart.addButton);
    expect(Object.keys(picked.catalog).sort()).toEqual(['availability', 'colours']);
  });

  it('give a whole namespace when both it and a part of it are asked for, without changing the messages', async () => {
    const messages = await loadMessages('fi');
    const before = JSON.stringify(messages);
    const picked = pickMessages(messages, ['auth.signOut', 'auth', 'forms.unexpected']);
    expect(picked.auth).toEqual(messages.auth);
    expect(picked.forms).toEqual({ unexpected: messages.forms.unexpected });
    expect(JSON.stringify(messages)).toBe(before);
  });
});
