// Street addresses by pattern, weight-free. A street core is found first: "<number> <Name…> <street
// type>" (US/UK), a street word before or after the name with a house number (de/nl/nordic/fr/es/
// it/pt/pl/hu…: "Hauptstraße 12", "Trenerys gate 23", "Rua do Sol 5", "Király u. 15."), a building
// number on both sides of a name ("172 Maneeži 75"), PO boxes and unit lines. After an address cue
// ("lives at", "my address is", "ship to", "corner of") the value is taken even without a street
// word when it holds a number. Each core then grows over what follows on the same and the next
// lines while that still looks like an address (unit, city, region code, postcode, country), so a
// multi-line postal block is one span. Heuristic; recall is reported by `guard eval`.

import type { Finding } from '../finder.ts';

const SUFFIX =
  'Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Circle|Cir|Highway|Hwy|Parkway|Pkwy|Square|Sq|Trail|Crescent|Close|Row|Plaza|Alley|Pike|Loop|Walk|Gardens|Park|Hill|Hills|Ridge|Heights|Forges?|Mills?|Junction|Crossing|Station|Ports?|Points?|Springs?|Harbor|Estates?|Fields?|Meadows?|Island|Landing|Manor|Mission|Pass|Route|Shores?|Summit|Valley|View|Village|Vista|Wells?|Creek|Grove|Lake|Brook|Bridge|Burgs?|Camp|Canyon|Center|Cliffs?|Common|Corners?|Coves?|Dale|Dam|Divide|Expressway|Falls?|Ferry|Flats?|Ford|Fork|Fort|Freeway|Gateway|Glen|Green|Haven|Hollow|Inlet|Isle|Knolls?|Lodge|Mall|Mews|Mount|Mountain|Neck|Orchard|Oval|Parks|Plains?|Prairie|Radial|Ranch|Rapids?|Rest|Shoals?|Skyway|Spur|Stream|Throughway|Trace|Track|Turnpike|Underpass|Union|Viaduct|Ville|Wharf|Str|str|gate|vej|veien|vei|katu|utca|út|tér|trg|Sokak|Caddesi';
const UNIT = '(?:,?\\s*(?:Apt|Apartment|Suite|Ste|Unit|Fl|Floor|Flat|Room|#)\\.?\\s*[\\w-]+)?';
const WORD = "\\p{Lu}[\\p{L}\\p{M}'’.-]*";
const NAMEW = "\\p{Lu}[\\p{L}\\p{M}'’-]*";
// Street words written into the name ("Hauptstraße", "Mellemvej", "Puruntie", "Achterberghove").
const GLUED =
  'straße|strasse|str\\.|weg|gasse|platz|allee|damm|ufer|steig|pfad|graben|markt|chaussee|katu|ntie|kuja|polku|kaari|rinne|raitti|gatan|vägen|gränd|gade|vej|vænget|stræde|veien|vegen|gata|braut|vegur|stígur|laan|straat|plein|gracht|kade|singel|dreef|hove|utca|ulica|ulice|cesta|iela|gatve|väljak';
// Street words standing before the name ("Rua …", "Calle …", "ul. …").
const BEFORE =
  'Rua|Rue|Calle|Carrer|Camino|Paseo|Ronda|Rambla|Carretera|Via|Viale|Corso|Vicolo|Avenida|Av\\.|Avda\\.|Avenue|Piazza|Piazzale|Largo|Travessa|Alameda|Praça|Plaza|Ulica|ul\\.|Boulevard|Bd|Chemin|Allée|Impasse|Quai|Cours|Route|Strada|Calea|Aleea|Bulevardul|Odos|Odós|Borgo|Contrada|Località|Lungomare|Vía|Passeig|Avinguda|C/|Laan';
// Street words standing after the name as a separate word ("Trenerys gate", "Király u.", "Passauer Strasse").
const AFTER_WORD =
  'gate|gata|gade|vej|veien|vei|vegen|tie|katu|u\\.|utca|út|útja|tér|kapu|köz|sor|trg|ulica|cesta|Str\\.|str\\.|Strasse|Straße|Weg|Gasse|Platz|Allee|straat|laan|Str|St\\.|Sokak|Sokağı|Caddesi|Cd\\.|Sk\\.';
const PARTICLE = "d[aeoiu]s?|de la|del|della|di|do|du|la|le|les|na|am|an|der|den|van|von|ten|ter|dos|das|al|el|d'";

const US_STYLE = new RegExp(
  `\\b\\d{1,6}[A-Za-z]?(?:[-/]\\d{1,5}[A-Za-z]?)?\\s(?:(?:${WORD}|\\d{1,3}(?:st|nd|rd|th))\\s){1,4}(?:${SUFFIX})\\b\\.?${UNIT}`,
  'gu',
);
const CONTINENTAL = new RegExp(
  `(?<![\\p{L}])(?:${NAMEW}(?:${GLUED})|(?:${BEFORE})(?:[ \\t](?:${PARTICLE}|${NAMEW}|\\d{1,4}[ \\t](?:de[ \\t])?${NAMEW})){1,5}|(?:${NAMEW}[ \\t]){1,3}(?:${AFTER_WORD})),?[ \\t](?:n[º°o]\\.?\\s?|núm\\.?\\s?|Nr\\.?\\s?)?\\d{1,5}[A-Za-z]?\\b(?![.)]\\s*\\p{Lu}\\p{Ll}|\\.\\p{L})\\.?${UNIT}`,
  'gu',
);
// French order: "12, rue de la Paix", "5 bis avenue Victor Hugo".
const FRENCH = new RegExp(
  `\\b\\d{1,4}(?:\\s?(?:bis|ter))?,?\\s(?:rue|avenue|av\\.|boulevard|bd|chemin|impasse|place|allée|quai|route|cours|square|passage|voie|rond-point)\\s(?:(?:de la|de l'|du|des|d'|de|la|le|les|l')\\s?)?${NAMEW}(?:\\s(?:${NAMEW}|de|du|des|la|le|d'))*`,
  'gu',
);
// "172 Maneeži 75": a building number, a capitalised name, a house number, then the end of a clause.
const NUMBERED = new RegExp(
  `\\b\\d{1,6}\\s(?:${NAMEW}\\s){1,3}\\d{1,5}[A-Za-z]?(?=\\s*(?:,|\\n|$|Apt|Suite|Unit))`,
  'gu',
);
const YEAR_LEAD = /\b(?:in|since|by|until|from|during|before|after|of)\s$/i;
// What must stand before a NUMBERED match: a line start, a label colon or "at/is/to/of".
const NUMBERED_LEAD = /(?:^|[\n>:][ \t]*|\b(?:at|is|to|of)\s)$/;
const GLUED_END = new RegExp(`(?:${GLUED})$`, 'iu');
const AFTER_ONLY = new RegExp(`^(?:${AFTER_WORD})$`, 'iu');
const BEFORE_ANY = new RegExp(`(?<![\\p{L}])(?:${BEFORE})[ \\t]`, 'iu');
// A house number after a space: CONTINENTAL can only end there, so it only runs near one.
const HOUSE_NUMBER = /[ \t](?:n[º°o]\.?\s?|núm\.?\s?|Nr\.?\s?)?\d/gu;

// All-lower-case texts ("eva lives at 255 hersnapvej 18"): the same shapes without capitals.
const caseless = (re: RegExp): RegExp => new RegExp(re.source.replaceAll('\\p{Lu}', '\\p{L}'), 'giu');
const US_STYLE_LC = caseless(US_STYLE);
const CONTINENTAL_LC = caseless(CONTINENTAL);
const BOX =
  /\b(?:P\.?\s?O\.?\s?Box|Postbox|Post Box|Postfach|Postboks|Apartado(?: de correos)?|Caixa Postal|Casilla|PSC|Unit|CMR)\s\d{1,6},?\s(?:Box\s\d{1,6})?|\b(?:APO|FPO|DPO)\s(?:AA|AE|AP)\s\d{5}\b/gi;
const UNIT_ONLY = /\b(?:Apt|Apartment|Suite|Ste)\.?\s\d{1,5}[A-Za-z]?\b/gi;

// After these cues the next clause is an address when it holds a number near its start.
const CUE =
  /\b(?:address(?:es)?(?:\s(?:is|was|to))?(?:,\s(?:here they are|it is))?|lives?\sat|living\sat|located\sat|moved\sto|move\sto|send\s(?:[\w-]+\s){0,3}to|deliver(?:ed)?\s(?:[\w-]+\s){0,2}to|ship(?:ped)?\s(?:[\w-]+\s){0,2}to|return(?:ed)?\s(?:[\w-]+\s){0,2}to|mail(?:ed)?\s(?:[\w-]+\s){0,2}to|arrived\sat|stop\sat|meet\s(?:me|us)\sat|office\sis\sat|corner\sof)\s*[:?]?\s*(?:it(?:\sis|'s)\s)?(?:the\scorner\sof\s)?/giu;

// What may follow a street core inside the same address: units, city and region, postcode, country.
const TAIL_TOKEN =
  /^(?:[,;]?[ \t]*(?:\r?\n[ \t>]*)?)(?:(?:Apt|Apartment|Suite|Ste|Unit|Fl|Floor|Room|Box|PO Box|#)\.?\s*[\w-]+|\d{5}-\d{3,4}(?!\d)|[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b|[A-Z]\d[A-Z]\s?\d[A-Z]\d\b|\d{2,3}[- ]\d{2,3}(?!\d)|\d{3,6}(?![\d.:/-])|\p{Lu}[\p{L}\p{M}'’.-]*(?![\p{L}:])|(?:d[aeoiu]s?|del|de la|la|le|na|am|an|der|sur|en|nan)(?=\s)|\p{Lu}{2,3}\b)/u;

// Capitalised words that open the next sentence rather than continue an address.
const NOT_TAIL =
  /^(?:The|This|That|These|Those|There|Here|I|I'm|We|You|He|She|It|They|My|Our|Your|His|Her|Their|Please|Thanks|Thank|If|But|And|Or|So|Then|Also|Is|Are|Was|Can|Could|Would|Will|What|When|Where|Why|How|Who|Hi|Hello|Dear|Regards|Best|Let|Call|Phone|Tel|Email|E-mail|Website|Mobile|Fax|Name)$/;

const ABBREV = /\b(?:St|Str|Ave|Rd|Dr|Blvd|Ln|Ct|Pl|Sq|Hwy|Pkwy|Av|Avda|ul|Cd|Sk)\.$/;

// Without capitals a street name is only told from prose by having no function words in it.
const PROSE =
  /\b(?:in|its|the|of|a|an|to|for|and|or|with|on|at|by|is|are|was|were|per|more|than|from|as|our|my|your|their|this|that|times|years|days)\b/;

function collect(
  re: RegExp,
  text: string,
  score: number,
  out: Finding[],
  keep: (m: RegExpExecArray) => boolean = () => true,
): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!keep(m)) continue;
    const s = m[0].replace(/[\s,]+$/, '');
    out.push({ type: 'street_address', start: m.index, end: m.index + s.length, score });
  }
}

/** Grows a span over the address parts after it (at most three more lines and 140 characters). */
/**
 * CONTINENTAL is costly to try at every capitalised word, and every match ends in a house number:
 * run it on the stretch of text before each number only (from a word start, up to 90 characters).
 */
function collectNearNumbers(re: RegExp, text: string, score: number, out: Finding[], caseless: boolean): void {
  HOUSE_NUMBER.lastIndex = 0;
  let done = 0;
  for (let m = HOUSE_NUMBER.exec(text); m; m = HOUSE_NUMBER.exec(text)) {
    if (m.index < done) continue;
    let from = Math.max(done, m.index - 90);
    if (from > 0) from = text.slice(from, m.index).search(/\s/) + from + 1;
    const to = Math.min(text.length, m.index + 40);
    // Cheap gate: the word before the number carries a street word, or a street word opens the stretch.
    const prev = /[^\s,]*,?$/.exec(text.slice(from, m.index))?.[0].replace(/,$/, '') ?? '';
    if (!GLUED_END.test(prev) && !AFTER_ONLY.test(prev) && !BEFORE_ANY.test(text.slice(from, m.index))) continue;
    const part: Finding[] = [];
    collect(re, text.slice(from, to), score, part, (x) => !caseless || !PROSE.test(x[0]));
    for (const f of part) out.push({ ...f, start: f.start + from, end: f.end + from });
    done = m.index + 1;
  }
}

function extend(text: string, end: number): number {
  let e = end;
  let lines = 0;
  while (e - end < 140) {
    const m = TAIL_TOKEN.exec(text.slice(e, e + 80));
    if (!m) break;
    if (m[0].includes('\n') && ++lines > 3) break;
    // A blank line ends the block.
    if (/\n[ \t>]*\n/.test(m[0])) break;
    if (NOT_TAIL.test(m[0].replace(/^[\s,;>]+/, ''))) break;
    e += m[0].length;
  }
  return e;
}

/** A house or building number just before the span belongs to it ("450 Præstevænget 15"). */
function leadingNumber(text: string, start: number): number {
  const m = /(?:^|[\s>:])(\d{1,6}\s)$/.exec(text.slice(Math.max(0, start - 8), start));
  return m ? start - m[1].length : start;
}

/** The value after an address cue, when it holds a number early on (or names a street corner). */
function cued(text: string, out: Finding[]): void {
  const lower = !/\p{Lu}/u.test(text);
  CUE.lastIndex = 0;
  for (let m = CUE.exec(text); m; m = CUE.exec(text)) {
    const start = m.index + m[0].length;
    const rest = text.slice(start, start + 160);
    const corner = /corner of\s*$/i.test(m[0]);
    if (!/^(?:\d|\p{Lu})/u.test(rest) && !(lower && /^\d/.test(rest))) continue;
    if (!corner && !/^[^.!?\n]{0,40}?\d/u.test(rest)) continue;
    // The clause ends at sentence punctuation (not an abbreviation's dot), a blank line or a prose word.
    const stop = lower
      ? /[!?;]|\.(?:\s|$)|\n\s*\n|\n\s*[\p{L} ]+:|\s(?:for|in case|last|please|and then|so|but|if|when|because)\b/u
      : /[!?;]|(?<!\b(?:St|Str|Ave|Rd|Dr|Blvd|Apt|u|ul|No|Nr|Av|Avda|Cd|Sk|[A-Z]))\.(?:\s|$)|\n\s*\n|\n\s*[\p{L} ]+:|\s(?!(?:and|de|do|da|dos|das|del|la|le|du|di|na|am|an|der|nan)\b)\p{Ll}{2,}/u;
    const cut = stop.exec(rest);
    let len = cut ? cut.index : rest.length;
    len = Math.min(len, 120);
    const s = rest.slice(0, len).replace(/[\s,]+$/, '');
    if (s.length < 4) continue;
    out.push({ type: 'street_address', start, end: start + s.length, score: 0.7 });
  }
}

/** Overlapping or touching address spans become one. */
function merge(fs: Finding[]): Finding[] {
  fs.sort((a, b) => a.start - b.start);
  const out: Finding[] = [];
  for (const f of fs) {
    const last = out[out.length - 1];
    if (last && f.start <= last.end + 1) {
      last.end = Math.max(last.end, f.end);
      last.score = Math.max(last.score, f.score);
    } else out.push({ ...f });
  }
  return out;
}

export function findAddresses(text: string): Finding[] {
  if (!/\d/.test(text)) return [];
  const cores: Finding[] = [];
  const lower = !/\p{Lu}/u.test(text);
  const prose = (m: RegExpExecArray): boolean => !lower || !PROSE.test(m[0]);
  // "in 2019 5th Avenue …": a year, not a house number.
  const notYear = (m: RegExpExecArray): boolean =>
    !(/^(?:1[89]|20)\d\d\s/.test(m[0]) && YEAR_LEAD.test(text.slice(Math.max(0, m.index - 8), m.index)));
  collect(lower ? US_STYLE_LC : US_STYLE, text, 0.7, cores, (m) => prose(m) && notYear(m));
  collectNearNumbers(lower ? CONTINENTAL_LC : CONTINENTAL, text, 0.65, cores, lower);
  collect(FRENCH, text, 0.65, cores);
  collect(NUMBERED, text, 0.6, cores, (m) => NUMBERED_LEAD.test(text.slice(Math.max(0, m.index - 8), m.index)));
  collect(BOX, text, 0.6, cores);
  collect(UNIT_ONLY, text, 0.55, cores);
  cued(text, cores);
  for (const f of cores) {
    f.start = leadingNumber(text, f.start);
    f.end = extend(text, f.end);
    // A final dot is the sentence's unless it ends an abbreviation ("Baker St.").
    if (text[f.end - 1] === '.' && !ABBREV.test(text.slice(Math.max(0, f.end - 6), f.end))) f.end--;
  }
  return merge(cores);
}
