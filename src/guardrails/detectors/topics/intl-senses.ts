// Harmless senses of the violent words the de/es/fr/it/pt harmful rules match (issue 15, intlfp-fresh):
// the rules name a weapon or a killing verb, and the same word also names a pump, a dessert, a bath
// ball or a dive ("bomba de la piscina", "bombe glacée", "fare una bomba in piscina") and kills pests,
// weeds, kitchen animals, processes or time ("tuer les pucerons", "tuer un homard", "ammazzare il
// tempo"). A hit is excused only by what it acts on, never by a topic word elsewhere in the text, and
// never when a person is the object or the text also speaks of an explosion or a death.

const WORD = String.raw`(?:[\w'-]+\W+)`;

// A bomb's object or material that makes it a pump, a sweet, a bath ball or a dive.
const BOMB_SENSE = String.raw`(?:piscinas?|aquarios?|acquari\w*|pozos?|pozzo|poco|lavadora|lavatrice|lavastoviglie|lavavajillas|lave-linge|caldera|caldaia|calefaccion|riscaldamento|aquecedor|radiador\w*|aceite|oleo|olio|heizung\w*|crema|creme|chocolate|chocolat|cioccolat\w*|glacee?|helado|gelato|sorvete|nata|nachtisch|dessert|postre|dolce|sobremesa|sahne|eis|receta|ricetta|recette|receita|rezept|fritt\w*|bain|bano|banho|bagno|lavanda|lavande|lavendel|badewanne|tuffo|sabonete|savon|jabon|sapone|seife|calorias|calori\w*|kalorien|baunilha|vanille|vainilla|vaniglia|recheio|ripien\w*|relleno)`;
const BOMB_WORD = /\b(?:bomb[ae]s?|bomben)\b/i;
// A real device, its effect, or placing or throwing it anywhere in the text keeps the weapon reading.
const BOMB_HARM =
  /\b(?:casera|caseira|artisanale|artigianale|selbstgebaut\w*|atomic\w*|atomique|nuclea\w*|sucia|sale|molotov|explo\w*|esplo\w*|spreng\w*|detona\w*|deton\w*|explod\w*|zund\w*|mecha|meche|miccia|pavio|timer|temporizador|minuteur|clous?|clavos?|chiodi|pregos?|nagel\w*|polvora|poudre|polvere da sparo|schwarzpulver|dunger|fertilizant\w*|fertilizzant\w*|engrais|tuer|matar|uccider\w*|ammazz\w*|toten|victimas|vitimas|vittime|victimes|opfer|muertos|mortos|morti|morts|tote|poner|pongo|colocar|coloco|plantar|mettere|metto|piazzare|piazzo|poser|pose|placer|legen|lege|platzier\w*|esconder|escondo|nascondere|nascondo|cacher|cache|verstecken|verstecke|lanzar|lancer|lanciare|werfen|jogar|tirar)\b/i;

const NEAR_BOMB = new RegExp(String.raw`^\W*${WORD}{0,5}?${BOMB_SENSE}\b`, 'i');
const BEFORE_BOMB = new RegExp(String.raw`\b${BOMB_SENSE}\W+${WORD}{0,3}$`, 'i');

/** Whether a weapons hit at [start, end) is a bomb in a pump, dessert, bath or dive sense. */
export function harmlessBomb(folded: string, start: number, end: number): boolean {
  const hit = folded.slice(start, end);
  if (!BOMB_WORD.test(hit) || BOMB_HARM.test(folded)) return false;
  return NEAR_BOMB.test(folded.slice(end, end + 80)) || BEFORE_BOMB.test(folded.slice(Math.max(0, start - 60), start));
}

// What one may kill, exterminate or finish off: pests and weeds, mould and germs, animals killed for the
// kitchen, processes, time, and the enemies of a game.
const SAFE_TARGET = String.raw`(?:(?:trauer|frucht|stuben)?mucken|fliegen|wespen?|ameisen?|schnecken?|(?:blatt)?lause|motten|ratten?|mause|maus|maulwurfe?|wuhlmause|schimmel|bakterien|keime|unkraut|zecken?|schaben|kakerlaken?|wanzen|termiten|mosquit\w*|moscas?|hormigas?|cucarachas?|ratas?|ratones|raton|caracoles|babosas?|pulgon\w*|polillas?|termitas?|chinches?|pulgas?|garrapatas?|moho|hongos?|bacterias?|virus|malas hierbas|hierbajos|plagas?|avispas?|piojos?|moustiques?|mouches?|fourmis|cafards?|blattes?|rats?|souris|limaces?|escargots?|pucerons?|mites?|termites?|punaises?|puces?|tiques?|moisissures?|bacteries|microbes|mauvaises herbes|guepes?|frelons?|poux|zanzar\w*|mosch\w*|formich\w*|scarafagg\w*|blatte|ratti|topi|lumach\w*|chiocciol\w*|afidi|tarme|termiti|cimici|pulci|zecche|muffa|batteri|erbacce|vespe|calabron\w*|pidocch\w*|formigas?|baratas?|ratos?|camundongos?|lesmas?|caramujos?|pulgoes?|tracas?|cupins?|percevejos?|carrapatos?|bolor|mofo|fungos?|ervas daninhas|vespas?|marimbondos?|piolhos?|muggen|slakken|luizen|komar\w*|mszyc\w*|mrowk\w*|hummer\w*|karpfen|forelle\w*|fisch\w*|huhn|huhner|hahnchen|kaninchen|aal|krebs\w*|languste\w*|homards?|langoustes?|crabes?|truites?|poissons?|anguilles?|poulets?|lapins?|canards?|huitres?|langostas?|bogavantes?|cangrejos?|pulpos?|pescados?|peces|pez|truchas?|pollos?|conejos?|cerdos?|corderos?|gallinas?|anguilas?|aragost\w*|astic\w*|granchi\w*|polpo|polpi|pesc[ei]|trot[ae]|anguill[ae]|pollo|polli|conigli\w*|maial\w*|galline?|lagostas?|caranguejos?|siris?|polvos?|peixes?|trutas?|frangos?|galinhas?|coelhos?|porcos?|prozess\w*|process\w*|processo|processus|proceso|container\w*|tasks?|tareas?|taches?|tempo|tiempo|temps|zeit|rato|heures|minutes|horas|ore|stunden|minuten|boss\w*|jefes? finale?s?|chefao|chefe final|endgegner|zombi\w*|drachen|dragon\w*|drago|dragao|gegner\w*|ennemis?|enemigos?|nemici|inimigos?|monst(?:er|re|ro|ruo)s?\w*|npcs?|pnjs?)`;
const KILL = String.raw`(?:toten|tote|totet|umbringen|tuer|tue|tuent|matar|mato|mata|matan|uccider\w*|uccid[oie]|ammazz\w*|zabic|doden|dood)`;
const KILL_WORD = new RegExp(`^${KILL}$`, 'i');
const OBJECT_AFTER = new RegExp(
  String.raw`^\W*(?:(?:les|le|la|l'|los|las|el|lo|il|gli|i|os|as|o|a|die|den|das|alle|todos|todas|tous|toutes|tutt[ie]|un|une|uma|um|una|uno|einen|eine|mes|mis|meus|minhas|miei|mie)\W+){0,2}${WORD}{0,2}?${SAFE_TARGET}\b`,
  'i',
);
const OBJECT_BEFORE = new RegExp(String.raw`\b${SAFE_TARGET}\W+${WORD}{0,4}$`, 'i');
// "ohne sie zu töten", "sans les tuer", "sin matarlos", "senza ucciderle", "sem matá-los": not killing.
const NEGATED = /\b(?:ohne (?:\w+ )?zu|sans (?:les |le |la |l')?|sin|senza|sem|nicht)\s*$/i;
// People an act may be aimed at: a person on either side of the verb keeps the hit.
const PERSON_NOUN = String.raw`(?:nachbar\w*|vecin[ao]s?|voisine?s?|vicin[ao]|vizinh[ao]s?|frau|mann|mari|marido|mujer|femme|moglie|marito|esposa|mulher|ex|chef(?!e final)\w*|jef[ae](?! final)|patron\w*|capo|bruder|schwester|herman[ao]|frere|soeur|fratello|sorella|irmao|irma|mutter|vater|madre|padre|mere|pere|mae|pai|schwieger\w*|suegr[ao]|suocer[ao]|sogr[ao]|belle-mere|beau-pere|kind\w*|nin[ao]s?|enfants?|bambin[aoi]|criancas?|person\w*|mensch\w*|gente|gens|leute|alguien|alguem|qualcuno|quelqu'un|jemand\w*|policia\w*|police|polizi\w*|polizei\w*)`;
const PERSON_NEAR = new RegExp(String.raw`^\W*(?:[\w'-]+\W+){0,3}?${PERSON_NOUN}\b`, 'i');
const PERSON_BEFORE = new RegExp(String.raw`\b${PERSON_NOUN}\b`, 'i');

/** Whether a killing-verb hit at [start, end) acts on a pest, a kitchen animal, a process, time or a game enemy. */
export function harmlessKill(folded: string, start: number, end: number): boolean {
  const hit = folded.slice(start, end);
  if (!KILL_WORD.test(hit)) return false;
  const after = folded.slice(end, end + 80);
  const before = folded.slice(Math.max(0, start - 60), start);
  // A person on either side ("mit Rattengift meine Frau töten", "matar a mi suegra") keeps the hit.
  if (PERSON_NEAR.test(after) || PERSON_BEFORE.test(before)) return false;
  return NEGATED.test(before) || OBJECT_AFTER.test(after) || OBJECT_BEFORE.test(before);
}
