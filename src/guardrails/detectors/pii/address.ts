// Street addresses by pattern: "<number> <Name…> <street suffix>", continental "<Name>straße 12",
// unit/box lines ("Apt. 5", "PO Box 12", "PSC 1234, Box 5678"). Heuristic; recall is reported.

import type { Finding } from '../finder.ts';

const SUFFIX =
  'Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Circle|Cir|Highway|Hwy|Parkway|Pkwy|Square|Sq|Trail|Crescent|Close|Row|Plaza|Alley|Pike|Loop|Walk|Gardens|Park|Hill|Hills|Ridge|Heights|Forges?|Mills?|Junction|Crossing|Station|Ports?|Points?|Springs?|Harbor|Estates?|Fields?|Meadows?|Island|Landing|Manor|Mission|Pass|Route|Shores?|Summit|Valley|View|Village|Vista|Wells?|Creek|Grove|Lake|Brook|Bridge|Burgs?|Camp|Canyon|Center|Cliffs?|Common|Corners?|Cove|Dale|Dam|Divide|Expressway|Falls?|Ferry|Flats?|Ford|Fork|Fort|Freeway|Glen|Green|Haven|Hollow|Inlet|Isle|Knolls?|Lodge|Mall|Mount|Mountain|Neck|Orchard|Oval|Plains?|Prairie|Radial|Ranch|Rapids?|Rest|Shoals?|Skyway|Spur|Stream|Throughway|Trace|Track|Turnpike|Underpass|Union|Viaduct|Ville';
const UNIT = '(?:,?\\s*(?:Apt|Apartment|Suite|Ste|Unit|Fl|Floor|Room|#)\\.?\\s*[\\w-]+)?';
const WORD = "\\p{Lu}[\\p{L}'’.-]*";

const US_STYLE = new RegExp(`\\b\\d{1,6}[A-Za-z]?\\s(?:${WORD}\\s){1,4}(?:${SUFFIX})\\b\\.?${UNIT}`, 'gu');
const CONTINENTAL = new RegExp(
  `(?<![\\p{L}])(?:\\p{Lu}[\\p{L}'’-]*(?:straße|strasse|str\\.|weg|gasse|platz|allee|katu|tie|kuja|polku|gatan|vägen|gränd|gade|vej|veien|vegen|gata|laan|straat|plein|utca|ulica|ulice|cesta)|(?:Rua|Rue|Calle|Carrer|Via|Viale|Avenida|Av\\.|Avenue|Piazza|Largo|Travessa|Plaza|Ulica|ul\\.|Boulevard|Bd|Chemin|Allée|Quai)(?:\\s(?:d[aeoiu]s?|de la|del|della|di|do|du|la|le|les|\\p{Lu}[\\p{L}'’-]*)){1,4}),?\\s\\d{1,5}[A-Za-z]?\\b${UNIT}`,
  'gu',
);
const BOX =
  /\b(?:P\.?\s?O\.?\s?Box|PSC|Unit|CMR)\s\d{1,6},?\s(?:Box\s\d{1,6})?|\b(?:APO|FPO|DPO)\s(?:AA|AE|AP)\s\d{5}\b/gi;
const UNIT_ONLY = /\b(?:Apt|Apartment|Suite|Ste)\.?\s\d{1,5}[A-Za-z]?\b/g;

function collect(re: RegExp, text: string, score: number, out: Finding[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const s = m[0].replace(/[\s,]+$/, '');
    out.push({ type: 'street_address', start: m.index, end: m.index + s.length, score });
  }
}

export function findAddresses(text: string): Finding[] {
  const out: Finding[] = [];
  collect(US_STYLE, text, 0.7, out);
  collect(CONTINENTAL, text, 0.65, out);
  collect(BOX, text, 0.6, out);
  collect(UNIT_ONLY, text, 0.55, out);
  return out;
}
