import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createTextView } from '../../normalize/view.ts';
import { createPiiDetector } from './index.ts';

const det = createPiiDetector({ entities: ['person', 'street_address'] });
const found = (text: string): [string, string][] =>
  det.detect({ view: createTextView(text), stage: 'input', ctx: {} }).map((d) => [d.type, text.slice(d.start, d.end)]);
const persons = (text: string): string[] =>
  found(text)
    .filter(([t]) => t === 'person')
    .map(([, s]) => s);
const addresses = (text: string): string[] =>
  found(text)
    .filter(([t]) => t === 'street_address')
    .map(([, s]) => s);

describe('person names', () => {
  it('finds a name with a middle initial, a particle or an apostrophe', () => {
    assert.deepEqual(persons('The keynote is by Hanne I. Kreutzmann this year.'), ['Hanne I. Kreutzmann']);
    assert.deepEqual(persons('We met Ludwig van Beethoven in the garden.'), ['Ludwig van Beethoven']);
    assert.deepEqual(persons('Send it to Siobhan O’Connell.'), ['Siobhan O’Connell']);
  });

  it('finds unknown first names next to a surname, by list or by its ending', () => {
    assert.deepEqual(persons('Tilly Nicholson joined the board.'), ['Tilly Nicholson']);
    assert.deepEqual(persons('Wisława Szczepańska won the prize.'), ['Wisława Szczepańska']);
    assert.deepEqual(persons('Amadeo Vitorović gave a talk.'), ['Amadeo Vitorović']);
  });

  it('finds names no list knows after a context cue', () => {
    assert.deepEqual(persons("What's your last name? Turgeon"), ['Turgeon']);
    assert.deepEqual(persons('The film was directed by Liviana Palerma.'), ['Liviana Palerma']);
    assert.deepEqual(persons('Producer Kwaku Ofori explained the idea.'), ['Kwaku Ofori']);
    assert.deepEqual(persons('Please ask Mrs. Okonjo about it.'), ['Okonjo']);
    assert.deepEqual(persons("It was Hakuba's kid who called."), ['Hakuba']);
  });

  it('keeps finding a name where it recurs and in a list of names', () => {
    assert.deepEqual(persons('Alvir worked for Alvir D. Pušaver.'), ['Alvir', 'Alvir D. Pušaver']);
    assert.deepEqual(persons('They had 3: Hannah, Derek and Anna.'), ['Hannah', 'Derek', 'Anna']);
  });

  it('reads a signature line above contact details and lower-case introductions', () => {
    assert.deepEqual(persons('Quentin Marlowe\n\nSales lead\nPhone: 555 201 3344'), ['Quentin Marlowe']);
    assert.deepEqual(persons('hi, my name is lena andersson and i lost my card'), ['lena andersson']);
    assert.deepEqual(persons('please call maria okonjo tomorrow'), ['maria okonjo']);
    assert.deepEqual(persons('i saw anna running home, then sara quickly left'), []);
  });

  it('reads greetings, sign-offs and upper-case names the lists know', () => {
    assert.deepEqual(persons('Hi Ekow, the parcel is here.'), ['Ekow']);
    assert.deepEqual(persons('See you soon.\nBest,\nMarguerite Okafor'), ['Marguerite Okafor']);
    assert.deepEqual(persons('BENEFICIARY: JOHN SMITH'), ['JOHN SMITH']);
    assert.deepEqual(persons('The PIA and NASA teams met; Oh, and Hey Oh, take it!'), []);
  });

  it('does not take ordinary capitalised words, titles, products or places for names', () => {
    for (const t of [
      'See you on Monday at the New York Times office.',
      'The Apple Watch and the Google Pixel are on sale in March.',
      'Dear Friends, the James Webb Space Telescope launched.',
      'North Carolina and South Dakota border other states.',
      'Question Answering with Graph Neural Networks',
      '- name: Build\n  run: npm test',
      'He replied, “Very well.”',
      'The Italian Restaurant opened near the Central Station.',
      'We drove from Santa Clara to Lake Victoria and on to Sierra Leone.',
    ])
      assert.deepEqual(persons(t), [], t);
  });
});

describe('street addresses', () => {
  it('reads continental formats with the street word before, inside or after the name', () => {
    assert.deepEqual(addresses('Office: Rua do Arenque 1634, Goiânia'), ['Rua do Arenque 1634, Goiânia']);
    assert.deepEqual(addresses('It is at Mellemvej 32 now.'), ['Mellemvej 32']);
    assert.deepEqual(addresses('Ring at Trenerys gate 232 please.'), ['Trenerys gate 232']);
    assert.deepEqual(addresses('The office is at Király u. 15.'), ['Király u. 15']);
  });

  it('reads French order, PO boxes and postcodes of several countries', () => {
    assert.deepEqual(addresses('Écrivez au 12, rue de la Paix à Paris.'), ['12, rue de la Paix']);
    assert.deepEqual(addresses('Bitte an Postfach 1234 senden'), ['Postfach 1234']);
    assert.deepEqual(addresses('Flat 3, 12 High Street\nLondon SW1A 1AA'), ['12 High Street\nLondon SW1A 1AA']);
    assert.deepEqual(addresses('1600 Pennsylvania Avenue, Washington, DC 20500-0003'), [
      '1600 Pennsylvania Avenue, Washington, DC 20500-0003',
    ]);
  });

  it('reads ordinal street names, unit/number pairs, Spanish C/ and Dutch particles', () => {
    assert.deepEqual(addresses('Meet at 350 5th Avenue, New York, NY 10118 at noon'), [
      '350 5th Avenue, New York, NY 10118',
    ]);
    assert.deepEqual(addresses('Unit: 1/23 Smith Street, Fitzroy VIC 3065'), ['1/23 Smith Street, Fitzroy VIC 3065']);
    assert.deepEqual(addresses('Vivo en C/ Mayor 5, Madrid'), ['C/ Mayor 5, Madrid']);
    assert.deepEqual(addresses('Laan van Meerdervoort 10, Den Haag'), ['Laan van Meerdervoort 10, Den Haag']);
    assert.deepEqual(addresses('In 2019 5th Avenue stores closed early.'), []);
  });

  it('takes the clause after an address cue when it holds a number', () => {
    assert.deepEqual(addresses('Tosh lives at 172 Maneeži 75, Saareküla'), ['172 Maneeži 75, Saareküla']);
    assert.deepEqual(addresses('eva lives at 255 hersnapvej 18, københavn k'), ['255 hersnapvej 18, københavn k']);
    assert.deepEqual(addresses('Please ship it to 88 Quay Road. Thanks!'), ['88 Quay Road']);
  });

  it('keeps a multi-line postal block together', () => {
    const t = '> Lina Artemova\n> 2224 Trenerys gate 232\n> Apt. 342\n> TRONDHEIM\n> Norway 64389';
    assert.deepEqual(addresses(t), ['2224 Trenerys gate 232\n> Apt. 342\n> TRONDHEIM\n> Norway 64389']);
    assert.deepEqual(persons(t), ['Lina Artemova']);
  });

  it('leaves numbered lists, tables and product specs alone', () => {
    for (const t of [
      '1. Question Answering\n2. Robust Question Answering',
      'Ship Security\t75\nEngineering\t80\nNavigation\t85',
      'Murder on the Orient Express by Agatha Christie\n9. The Name of the Rose',
      'Chapter 3 covers the committee 5 times.',
      'Am I 18 or older? Im Jahr 2020 war es so.',
      'we grew by 15000 in its mission year',
    ])
      assert.deepEqual(addresses(t), [], t);
  });
});
