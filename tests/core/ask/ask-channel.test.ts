import { describe, expect, it } from 'vitest';
import { askChannel } from '../../../src/core/ask/ask-channel.ts';
import { askMail, askPayload, mailtoHref, type AskFields } from '../../../src/core/ask/ask-message.ts';

const chat = { kind: 'chat', label: { '*': 'Chat' }, href: 'https://example.com/chat' };
const mail = { kind: 'email', label: { '*': 'Mail' }, href: 'mailto:support@example.com?subject=Help' };

describe('the channel a question is sent through', () => {
  it('is the endpoint, else Netlify Forms, else the ask e-mail, else the first mailto: contact', () => {
    expect(askChannel({ ask: { endpoint: 'https://forms.example.com/f/1', netlify: false }, contact: [mail] })).toEqual({ kind: 'endpoint', endpoint: 'https://forms.example.com/f/1' });
    expect(askChannel({ ask: { netlify: true }, contact: [mail] })).toEqual({ kind: 'netlify', formName: 'ask' });
    expect(askChannel({ ask: { netlify: false, email: 'ask@example.com' }, contact: [mail] })).toEqual({ kind: 'mailto', address: 'ask@example.com' });
    expect(askChannel({ contact: [chat, mail] })).toEqual({ kind: 'mailto', address: 'support@example.com' });
  });

  it('is none when nothing is configured and no contact channel is an e-mail', () => {
    expect(askChannel({ contact: [chat] })).toEqual({ kind: 'none' });
  });
});

const fields: AskFields = { question: '  Where is my order? ', details: 'Ordered on Monday.\nNo e-mail since.', topic: 'orders', product: '', email: 'ana@example.com', lang: 'en', page: '/ask/' };

describe('a question handed on', () => {
  it('posts the form’s fields by name, trimmed, as strings', () => {
    expect(askPayload(fields)).toEqual({ question: 'Where is my order?', details: 'Ordered on Monday.\nNo e-mail since.', topic: 'orders', product: '', email: 'ana@example.com', lang: 'en', page: '/ask/' });
  });

  it('opens an e-mail with the question as subject and every detail in the body', () => {
    const labels = { details: 'Details', topic: 'Topic', product: 'Product', page: 'Asked on' };
    const message = askMail(fields, labels, { topic: 'Orders', pageUrl: 'https://help.example.com/ask/' });
    expect(message).toEqual({ subject: 'Where is my order?', body: 'Where is my order?\n\nDetails:\nOrdered on Monday.\nNo e-mail since.\n\nTopic: Orders\nAsked on: https://help.example.com/ask/' });
    const href = mailtoHref('support@example.com', message);
    expect(href.startsWith('mailto:support@example.com?subject=Where%20is%20my%20order%3F&body=')).toBe(true);
    expect(decodeURIComponent(new URL(href).searchParams.get('body') ?? '')).toContain('Monday.\r\nNo e-mail since.');
  });

  it('shortens a long question in the subject line only', () => {
    const long = 'word '.repeat(60).trim();
    const message = askMail({ ...fields, question: long, details: '' }, { details: '', topic: '', product: '', page: 'Asked on' }, { pageUrl: '/ask/' });
    expect(message.subject).toHaveLength(120);
    expect(message.subject.endsWith('…')).toBe(true);
    expect(message.body.startsWith(long)).toBe(true);
  });
});
