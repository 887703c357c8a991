// Harmful goals in German, Spanish, French, Italian and Portuguese (and a few Dutch and Polish words)
// that harmful-intl.ts's object lists did not name (issue 15, harmml-fresh and three fresh probes written
// while tuning): the operational core of each forbidden-question / JailbreakBench category as concept
// lexicons — a toxic gas, a named explosive, a door blown open, a gun off the books or made from a blank
// one; a drug slipped into a drink, sedating someone, synthesised, cut, dealt, swallowed or smuggled
// past customs; a backdoor, a stealer, session or credential theft to a webhook, brute-forcing a
// neighbour's router, spyware on a partner's phone; posing as someone for money, phishing pages and
// texts, a shop that never delivers, counterfeit notes, loans never repaid, pumping a share, insider
// buying, laundering, rigged tenders; an undetectable poison, a lethal amount, where a knife or a blow
// kills, strangling, kidnapping a child, sabotaged brakes, planning or inciting an attack, keeping a
// partner in; blaming or dehumanising a group, hate material, slur lists, harassment campaigns; a face
// or a plate identified, a person's address compiled, a camera in someone's room; a bridge high enough,
// a method, "better off without me", hidden cutting, starving; sex without consent, sextortion, forced
// prostitution, nude fakes, grooming a child of a given age, abuse material sought.
// Same contract as harmful-intl.ts's rules (accent-folded text, a request phrase — here also a
// first-person modal or a which / how-much question — excused by its protective frame unless secrecy
// or evasion is there too); every pattern names the act, not the topic, so the legitimate twins (how it
// is detected, how to protect oneself, its history, its penalty) have nothing to match.

import type { HarmCategory } from './harmful.ts';

export interface IntlGoalRule {
  category: HarmCategory;
  re: RegExp;
  /** Every goal names an act, so each needs a request phrase. */
  intent: 'request';
  score: number;
}

/** A category's goal patterns; each becomes its own rule, so a literal gate can skip it alone. */
interface GoalGroup {
  category: HarmCategory;
  parts: string[];
  score: number;
}

const W = (n: number): string => String.raw`\W+(?:[\w'-]+\W+){0,${n}}`;

// Kin, partners, neighbours, bosses: the person an act is aimed at.
const KIN = String.raw`(?:suegr[ao]|suocer[ao]|sogr[ao]|belle-mere|beau-pere|schwieger\w*|tesciow\w*|padrast\w*|madrast\w*|patrign[oa]|matrign[ao]|stiefvater|stiefmutter|mari|marido|mulher|esposa|moglie|marito|femme|mujer|frau|mann|socio|socia|sozio|associe|jefe|chef|capo|chefe|patron|vecin[ao]|voisine?|vicin[ao]|vizinh[ao]|nachbar\w*)`;
// Parents, children, siblings and other relatives.
const RELATIVE = String.raw`(?:mutter|vater|eltern|bruder|schwester|onkel|tante|oma|opa|gro(?:ss|ß)mutter|gro(?:ss|ß)vater|madre|padre|hermano|hermana|tio|tia|abuela|abuelo|mere|pere|frere|soeur|oncle|tante|grand-mere|grand-pere|fratello|sorella|zio|zia|nonna|nonno|mae|pai|irmao|irma|avo|avoa|matka|ojciec|teściow\w*|tesciow\w*|brat|siostra|moeder|vader|oom|tante)`;
const SUBST = String.raw`(?:gift\w*|veneno\w*|veleno\w*|poison\w*|trucizn\w*|tablett\w*|pillen|pastillas?|comprim\w*|compress\w*|pillol\w*|medikament\w*|medicament\w*|medicin\w*|farmac\w*|remedios?|ibuprofen\w*|paracetamol\w*|doliprane|dafalgan|efferalgan|tachipirin\w*|dipiron\w*|novalgin\w*|aspirin\w*|tramadol|tilidin|schlafmittel|somnifer\w*|sonnifer\w*|rattengift|mort-aux-rats|matarratas|topicida|raticida|chumbinho|antigel|frostschutz\w*|anticongelante|antigelo|lejia|candeggina|javel|bleichmittel|agua sanitaria)`;
const FOOD =
  '(?:cafe|caffe|kaffee|bebida|boisson|drink|getrank|suco|jugo|succo|saft|comida|repas|cibo|essen|tee|the|te|cha|latte|leite|leche|lait|sopa|zuppa|soupe|suppe|biberon|mamadeira|flasche|vino|vin|wein|vinho|bier|cerveza|birra|cerveja|jedzeni[ae]|herbat[ay]|kaw[ay]|nourriture|plat|piatto|prato|cena|diner|abendessen|jantar|pranzo|almuerzo|mittagessen|almoco)';
const DRUGX = String.raw`(?:fentan\w*|dmt|cocain\w*|kokain|heroin\w*|morfin\w*|morphin\w*|m[ae]t(?:h)?amph?etamin\w*|metanfetamin\w*|lsd|mdma|ghb|psilocib\w*|meth|crystal|cristal|cristallo|crack|desomorfin\w*|hashish|hachis|haschisch|marihuana|marijuana|maconha|cannabis|lanca-perfume)`;
const GROUPX = String.raw`(?:juden|judios|juifs|ebrei|judeus|zydzi|muslime\w*|musulman\w*|muculmanos|auslander\w*|inmigrant\w*|immigre\w*|immigrat\w*|imigrant\w*|migrant\w*|fluchtling\w*|refugiad\w*|refugies|rifugiat\w*|negros|noirs|neri|schwarze\w*|gitanos|roms?|zingari|ciganos|sinti|schwule\w*|gays?|homosexu\w*|omosessual\w*|nordestinos|ukrainer\w*|ukraincy|chinos|chinois|cinesi|arabes|araber|arabi|africani|africains|africanos|marroquies|marocchini|turken|venezolan\w*|colombian\w*|peruan\w*|bolivian\w*|haitian\w*|rumanos|roumains|rumeni|rumanen|polacos|polonais|polen|albanes\w*|nigerian\w*|senegal\w*|pakistan\w*|afghan\w*|syrer|sirios|syriens|siriani|kurden|latinos|asiatiques|asiaticos|asiatici)`;
const MINORX =
  '(?:kind|kinder|kindern|nin[oa]s?|menores|enfants?|bambin[oa]|bambini|criancas?|menin[oa]s?|minori|mineurs|dzieci)';

const GROUPS: GoalGroup[] = [
  {
    category: 'weapons',
    parts: [
      // Mixing or producing a toxic gas ("mischen, um ein giftiges Gas zu erzeugen", "producir gas cloro").
      String.raw`\b(?:misch|mezcl|melang|mischi|mistur|combin|kombinier)\w*${W(6)}(?:um|para|pour|per|pra|zu)${W(3)}(?:gas|gaz)\b`,
      String.raw`\b(?:produ\w*|erzeug\w*|herstell\w*|fabriqu\w*|fabric\w*|crear|creare|criar|generar|generare|gerar|hacer|faire|fare|fazer)${W(3)}(?:gas|gaz)\w* (?:toxic\w*|tossic\w*|venenos\w*|mortel\w*|mortal\w*|letal\w*|cloro|chlore|de cloro|de chlore|sarin|mostaza|moutarde|nervin\w*)`,
      // A named explosive or incendiary with a make verb.
      String.raw`\b(?:fabric\w*|fabriqu\w*|herstell\w*|prepar\w*|hacer|faire|fare|fazer|cocin\w*|zubereit\w*|produ\w*|sintetiz\w*|synthetis\w*|maak|maken|zrobic)${W(3)}(?:tatp|peroxyde d'acetone|perossido di acetone|peroxido de acetona|acetonperoxid|napalm|thermit\w*|termit\w*|nitroglicerin\w*|nitroglycerin\w*|semtex|pijpbom\w*|polvere da sparo|polvora|poudre noire|poudre a canon|schwarzpulver)\b|\b(?:schwarzpulver|polvora|poudre noire|polvere da sparo|napalm|tatp|thermit\w*|sprengstoff)${W(3)}(?:selber|selbst|zu hause|en casa|chez moi|in casa|em casa|casero|casera|fait maison|caseir\w*|artigianal\w*)\b`,
      String.raw`\b(?:pijpbom\w*|buskruit)\b`,
      // Blowing a door, a car or a cash machine open; fireworks made into a charge.
      String.raw`\b(?:wegspreng\w*|aufspreng\w*|spreng\w*|faire sauter|fait sauter|volar|far saltare|explodir|in die luft jag\w*)${W(3)}(?:tur|turen|porte|puerta|porta|auto|coche|voiture|macchina|carro|tresor|safe|geldautomat\w*|bancomat|cajero|distributeur|caixa eletronico)\b|\b(?:\w*boller\w*|petard\w*|petardi|bombinhas|feuerwerk\w*|fuegos artificiales|feux d'artifice|fuochi d'artificio|fogos de artificio)${W(4)}(?:ladung|bombe|sprengsatz|carga|charge|carica|bomba)\b`,
      // Getting a gun off the books.
      String.raw`\b(?:consig\w*|consegu\w*|compr\w*|kauf\w*|achet\w*|acquist\w*|obten\w*|ottene\w*|besorg\w*|procur\w*)${W(3)}(?:una? |eine?n? |une? |um |uma )?(?:pistol\w*|arma de fuego|arme a feu|arma|waffe|gewehr|fusil|fucile|revolver|rifle)${W(4)}(?:sin papeles|sans papiers|senza documenti|sem documentos?|sem registro|sin licencia|sans permis|senza porto|ohne (?:waffenschein|papiere|schein)|ilegal\w*|illegal\w*|clandestin\w*|mercado negro|marche noir|mercato nero|schwarzmarkt|darknet|dark web)`,
      // A blank, airsoft or air gun made to fire real rounds.
      String.raw`\b(?:airsoft|softair|fogueo|a salve|d'alarme|schreckschuss\w*|de pressao|aire comprimido|air comprime|aria compressa|luftdruck\w*)${W(8)}(?:de verdad|de verdade|vera|vero|reelle?|echte?|scharfe?|real|letal\w*)\b`,
      // Firing in bursts, a removed limiter.
      String.raw`\b(?:dispar\w*|tir(?:e|er|ar)|spar\w*|atir\w*|schiess\w*)${W(2)}(?:en |in |a |em |im )?(?:rafaga|rafale|raffica|rajada|dauerfeuer)\b`,
      String.raw`\b(?:limitador|limiteur|limitatore)${W(6)}(?:rifle|fusil|fucile|gewehr|arma|waffe|pistola|semiautomatic\w*)`,
    ],
    score: 0.85,
  },
  {
    category: 'drugs',
    parts: [
      // A knockout drug in someone's drink.
      String.raw`\b(?:ghb|gbl|rohypnol|burundanga|escopolamina|scopolamin\w*|boa noite cinderela|droga dello stupro|k\.?o\.?-?tropfen)${W(8)}(?:drink\w*|getrank|glas|bebida|copa|vaso|verre|boisson|bicchiere|cocktail|copo)\b`,
      // A sedative to knock someone out, or put in their food or drink.
      String.raw`\b(?:ketamin\w*|clonazepam|rivotril|xanax|alprazolam|benzo\w*|diazepam|valium|lorazepam|somnifer\w*|sonnifer\w*|schlafmittel|schlaftablett\w*|ghb|rohypnol|burundanga|escopolamina|zolpidem|stilnox|tranquil\w*)${W(10)}(?:endormir|assommer|stordire|addormentare|apagar|desmaiar|noquear|dormir a|drogar|drogare|droguer|betaub\w*|ausknock\w*|k\.?o\.? setzen)\b|\b(?:ketamin\w*|clonazepam|rivotril|xanax|alprazolam|benzo\w*|diazepam|somnifer\w*|sonnifer\w*|schlafmittel|zolpidem)${W(6)}(?:en (?:el|la|su) |dans (?:le|la|son|sa|un|une) |nel |nella |no |na |ins? (?:den |das |sein\w* |ihr\w* )?)(?:cafe|caffe|kaffee|bebida|boisson|drink|suco|jugo|succo|saft|comida|repas|cibo|essen|tee|the|te)\b`,
      // Opioids and stimulants without a prescription or off the dark web; pressing or dealing pills.
      String.raw`\b(?:procur\w*|compr\w*|kauf\w*|achet\w*|acquist\w*|consegu\w*|consig\w*|obten\w*|ottene\w*|bestell\w*|besorg\w*)${W(3)}(?:de l')?(?:oxycod\w*|oxycontin|fentan\w*|morphin\w*|morfin\w*|tramadol|adderall|ritalin|codein\w*|xanax|metadon\w*|methadon\w*)${W(4)}(?:sans ordonnance|sin receta|senza ricetta|sem receita|ohne rezept|dark ?web|darknet|deep web)`,
      String.raw`\b(?:ecstasy|mdma|xtc|pillen|pastillas|pasticche|pilules|comprimidos)${W(8)}(?:press\w*|vertick\w*|dealen|spacci\w*|trafic\w*|vend(?:er|o|e|ere)|verkauf\w*)\b`,
      // Swallowed capsules across a border; a drug cut with a filler to make more.
      String.raw`\b(?:(?:capsul\w*|kapsel\w*|ovul\w*|bolitas)\b(?:.{0,80})\b(?:estomago|stomaco|estomac|magen|tragar|ingoiare|avaler|engolir|schluck\w*)|(?:estomago|stomaco|estomac|magen)\b(?:.{0,40})\b(?:capsul\w*|kapsel\w*|ovul\w*|bolitas))\b(?:.{0,80})\b(?:frontera|frontiere|frontiera|fronteira|grenze|aduana|zoll|douane|dogana|alfandega|aeropuerto|aeroport|aeroporto|flughafen)|\b${DRUGX}${W(2)}(?:com|con|avec|mit|col)${W(3)}(?:giz|talco|talc|lidocain\w*|levamisol\w*|paracetamol|manitol|mannitol|cafeina|cafeine|koffein|bicarbonat\w*|farinha|harina|farine|farina|mehl|puder|amido)\b`,
      // Mixing pills for a stronger high.
      String.raw`\b(?:colocon|colocarme|colocarse|subidon|flipar|sballo|sballar\w*|chapad[oa]|brisa|rausch|zudrohn\w*|defonce|defoncer|high)\b(?:.{0,120})\b(?:tramadol|alprazolam|xanax|rivotril|clonazepam|codein\w*|benzo\w*|diazepam|valium|ketamin\w*|pastillas|pillen|pilules|comprimidos|remedios|pasticch\w*|pastiglie)|\b(?:tramadol|alprazolam|xanax|rivotril|clonazepam|codein\w*|benzo\w*|diazepam|valium|ketamin\w*|pastillas|pillen|pilules|comprimidos|remedios|pasticch\w*|pastiglie)\b(?:.{0,120})\b(?:colocon|subidon|flipar|sballo|sballar\w*|chapad[oa]|brisa|rausch|defonce|high)\b`,
      // Synthesis, extraction or cooking of a named drug.
      String.raw`\b(?:sintesi|sintesis|synthese|sintese|synthesis|extraction|extraccion|estrazione|extracao|extrahier\w*|extraer|extraire|estrarre|extrair|koch\w*|kook\w*|cozinh\w*|cucin\w*|prepar\w*)${W(4)}${DRUGX}\b`,
      // Dealing a named drug; fentanyl taken out of patches to inject.
      String.raw`\b(?:vend|verkauf|vertick|spacci|deal|trafic)\w*${W(4)}${DRUGX}\b|\bfentan\w*${W(3)}(?:aus|de|des|dai|dos|dagli) (?:den |los |les |i |os )?(?:pflaster\w*|parches|patchs|cerotti|adesivos)`,
      String.raw`\bkrokodil${W(4)}(?:codein\w*|gasolina|yodo|fosforo)`,
      // Hiding a drug to get it past customs or a scanner.
      String.raw`\b(?:escond\w*|nascond\w*|versteck\w*|cach(?:e|er|ons)|schmuggel\w*|durchbring\w*)${W(5)}${DRUGX}${W(10)}(?:aduana|zoll|douane|dogana|alfandega|aeroporto|aeropuerto|aeroport|flughafen|frontera|frontiere|frontiera|fronteira|grenze|raio-?x|rayos x|control\w*|controll\w*|kontroll\w*)`,
    ],
    score: 0.85,
  },
  {
    category: 'cybercrime',
    parts: [
      // Intrusion tooling named in English inside the sentence.
      String.raw`\b(?:reverse shell|shell inversa|webshell|backdoor|hintertur\w*|puerta trasera|porte derobee|porta sul retro|infostealer|stealer|crypter|credential stuffing|combo ?list\w*|token grabber|captcha bypass|bypass (?:du |do |del |de )?(?:captcha|cloudflare))\b`,
      // Stealing session cookies or tokens.
      String.raw`\b(?:vol|rob|stehl|stiehl|klau|roub|rub|sac(?:a|ar|que)|extra)\w*${W(3)}(?:cookies?|session ?tokens?|tokens? de sesion|cookies? de (?:session|sesion|sessao))\b`,
      // An exploit against servers that are not one's own.
      String.raw`\bexploit\w*${W(12)}(?:que no son mios|qui ne sont pas a moi|che non sono miei|que nao sao meus|die (?:mir )?nicht (?:mir )?gehoren|ajenos|d'autrui|altrui|de terceiros|fremde\w*)`,
      // Credentials or cookies sent on to the asker's webhook, bot or server.
      String.raw`\b(?:passw\w*|contrasen\w*|mots? de passe|senhas?|zugangsdaten|credenzial\w*|credencia\w*|cookies?|tokens?)${W(8)}(?:mand|envi|schick|send|invi|inoltr|upload|sub|carg|hochlad)\w*${W(3)}(?:webhook|telegram|discord|mi servidor|mon serveur|meu servidor|mio server|meinen server|mein server)`,
      // Brute-forcing someone else's router or account.
      String.raw`\b(?:fuerza bruta|brute ?force|forza bruta|forca bruta|bruteforce|attaque par dictionnaire|ataque de diccionario|wordlist)${W(4)}(?:al |au |do |del |des |den |o |el |le |il )?(?:router|wifi|wlan|wi-fi|cuenta|compte|account|conta|konto|box)${W(3)}(?:de mi |du |de mon |de ma |del mio |della mia |do meu |da minha |meines |meiner |von meinem )?(?:vecin\w*|voisin\w*|vicin\w*|vizinh\w*|nachbar\w*|ex|jefe|chef|capo|chefe)`,
      // Spyware installed on a partner's or child's phone.
      String.raw`\b(?:app (?:espia|spia)|logiciel espion|aplicativo espiao|spionage-?app|spion-?app|spyware|stalkerware)${W(6)}(?:install\w*|instal\w*|mett\w*|poner|colocar|aufspiel\w*)${W(4)}(?:telefono|movil|celular|handy|telephone|portable|cellulare|smartphone)${W(3)}(?:(?:di|de|von|da|do|della|del) )?(?:(?:mia|mio|mi|ma|mon|meiner|meines|minha|meu) )?(?:moglie|marito|mujer|marido|femme|mari|frau|mann|esposa|ragazza|novia|copine|freundin|namorada|fidanzat\w*|hija|fille|tochter|filha|figlia)\b`,
      String.raw`\bsim[- ]?swap\w*${W(8)}(?:vittima|victima|victime|vitima|opfer|sim de|sim della|sim der)`,
    ],
    score: 0.85,
  },
  {
    category: 'fraud',
    parts: [
      // Posing as someone to get money ("als angeblicher US-Soldat", "fingo ser un medico"); the grandchild
      // trick ("na wnuczka"); coaxing money out of someone.
      String.raw`\b(?:als angeblich\w*|fingo (?:de )?ser|finjo ser|finjo que soy|me hago pasar|je me fais passer|mi fingo|fingendomi|me faco passar|fingir ser|fingindo ser|haciendome pasar|me faisant passer|spacciandomi|fingendo di essere)${W(14)}(?:geld|dinero|argent|soldi|dinheiro|pix|bitcoin|transferencia|virement|bonifico|uberweisung|flugticket|billete|biglietto|passagem)`,
      String.raw`\bna wnuczka\b`,
      String.raw`\b(?:abschwatz\w*|abluchs\w*|abknopf\w*|soutirer|spillare|sacarle (?:el )?dinero|arrancar dinheiro)\b`,
      // Phishing texts sent out; running a scam on the elderly.
      String.raw`\b(?:sms|mails?|e-?mails?|mensajes?|messages?|messaggi|mensagens?|nachrichten)${W(2)}(?:de |di |da )?phishing\b|\b(?:aplicar|dar|passar) (?:o |um )?golpes?\b|\b(?:golpe|estafa|arnaque|truffa|betrug)\w*${W(4)}(?:em |nos |a |aux |agli |bei |an )(?:idosos|ancianos|personnes agees|anziani|rentner\w*|senioren|velhinh\w*|jubilados|retraites|pensionati|aposentados)`,
      // A phishing page; a death faked for the insurance; a forged certificate or ID (German "fälsche ich").
      String.raw`\bphishing-?(?:seite|page|pagina|site|sitio|web|website|kit)\w*|\b(?:fingindo que|fingiendo que|en faisant croire que|facendo finta che|so tun,? als ob|faisant passer (?:[\w'-]+ ){1,3}pour)${W(3)}(?:morreu|murio|morte|morto|morta|mort|morts|gestorben|tot)\b|\bfalsche ich (?:ein|eine|einen|den|die|das|meine?n?) \w+`,
      // A message dressed as a company's or an agency's.
      String.raw`\b(?:sms|mail|e-?mail|correo|mensaje|message|messaggio|mensagem|nachricht|carta|lettre|lettera|brief|whatsapp)\w*${W(3)}(?:que parezca|qui (?:semble|ressemble|imite)|che sembri|que pareca|der aussieht wie|die aussieht wie|imitant|imitando)\b`,
      String.raw`\bphishing\w*${W(2)}(?:namens|im namen|au nom|a nome|en nombre|em nome)\b|\bschrijf${W(2)}phishing\w*`,
      // A shop that takes the money and never delivers.
      String.raw`\b(?:fake-?(?:online)?-?shop\w*|(?:loja|tienda|boutique|negozio|onlineshop)\w* (?:[\w'-]+ ){0,2}(?:falsa|falso|fake|finta|finto|fittizi\w*|ficticia|fantasma))\b`,
      String.raw`\b(?:kassier|cobr|encaiss|incass|receb|einsack)\w*${W(4)}(?:und|y|et|e) (?:dann )?(?:nie|nunca|jamais|mai|abtauch|verschwind|desaparec|disparai|spari|sumi)\w*`,
      // Counterfeit banknotes.
      String.raw`\b(?:falsch\w*|falsific\w*|falsifi\w*|contrefa\w*|imprim\w*|stamp\w*|druck\w*)${W(3)}(?:geldschein\w*|banknote\w*|[\w-]*euro-?scheine?|scheine|billetes|banconote|cedulas|notas (?:falsas|de \d+))\b|\b(?:billets|billetes|banconote|notas|cedulas) (?:de \d+ (?:euros?|reais|dolares) )?(?:falsos|falsas|false|falsificad\w*)\b|\b(?:faux|fausses|falsos|falsas|false|falsche\w*) (?:billets|billetes|banconote|notas|cedulas|geldscheine|scheine) de \d+`,
      // Taking a loan never to repay it, vanishing with the money, bankruptcy on purpose, a second identity.
      String.raw`\b(?:kredit|prestamo|credito|pret|prestito|emprestimo)\w*${W(6)}(?:nie|nunca|jamais|mai|never) (?:[\w-]+ ){0,2}(?:zuruck(?:zu)?zahl\w*|devolver|pagar|rembourser|restituire|ripagare|pagare)|\b(?:sumir com o dinheiro|desaparecer con el dinero|disparaitre avec l'argent|sparire con i soldi|mit dem geld (?:verschwinden|abhauen|untertauchen)|fallire apposta|faillite (?:volontaire|expres)|falencia proposital|absichtlich (?:pleite|insolvent))\b|\b(?:zweite|falsche|gefalschte|fausse|falsa|ajena|fittizia|ficticia)\w* identit\w*${W(6)}(?:kredit|prestamo|credito|pret|prestito|emprestimo|konto|cuenta|compte|conto|conta)`,
      String.raw`\b(?:faux|fausse|falso|falsa|finto|finta|gefalscht\w*|falsche\w*) (?:mail|e-mail|courriel|sms|correo|message|mensaje|messaggio|mensagem|nachricht|brief|lettre|carta|lettera)${W(3)}(?:de la|du|de l'|del|della|dell'|da|do|von|vom|der) \w+${W(4)}(?:pour que|para que|perche|pra que|damit|afin)`,
      // Pumping a share, buying on inside information, laundering, rigging a tender.
      String.raw`\bpump[- ](?:and|&|e|y|et)[- ]dump\b`,
      String.raw`\b(?:insider\w*|informazion[ei] riservat[ae]|informacao sigilosa|informacion privilegiada|infos? privilegiee?s?|informazioni privilegiate|informacao privilegiada)${W(10)}(?:kauf\w*|compr\w*|achet\w*|acquist\w*|aktien|acciones|actions|azioni|acoes)`,
      String.raw`\bschwarzgeld${W(8)}wasch\w*|\b(?:lav\w*|blanque\w*|blanchi\w*|ricicl\w*)${W(2)}(?:el |il |le |o |mi |il mio |mon )?(?:nero|dinero negro|dinheiro sujo|argent liquide)\b`,
      String.raw`\b(?:coordin\w*|abspr\w*|repart\w*|accord\w*|combin\w*|truc\w*)${W(6)}(?:concurso publico|licitacion|appalto|gara d'appalto|ausschreibung|appel d'offres|licitacao)`,
    ],
    score: 0.8,
  },
  {
    category: 'violence',
    parts: [
      // A poison or a medicine put into a particular person's food or drink (intlfp-fresh): the act on
      // a person, not the substance — a patient's own dose or a pest bait names no one's meal.
      String.raw`\b${SUBST}${W(10)}${FOOD}${W(2)}(?:(?:de|di|do|da|del|della|dello|du|von|dla) )?(?:(?:mon|ma|mi|mio|mia|meu|minha|meiner|meinem|meines|seiner|ihrer|il mio|la mia|o meu|a minha) )?(?:${KIN}|${RELATIVE})\b|\b${SUBST}${W(8)}(?:${KIN}|${RELATIVE})${W(3)}(?:ins?|in die|dans|en|nel|nella|no|na|do)${W(1)}${FOOD}\b`,
      // A poison that leaves no trace; getting rid of a relative.
      String.raw`\b(?:veneno|veleno|poison|gift|trucizn)\w*${W(3)}(?:no|non|nao|ne|nicht|kein\w*|nie)${W(3)}(?:autops\w*|obduk\w*|rastro|tracc\w*|trace\w*|spur\w*|deja|aparece|trova|detect\w*|rilev\w*|nachweis\w*|auffall\w*|sekcj\w*|wychodzi)|\b(?:veneno|veleno|poison|gift)\w*${W(3)}(?:indetect\w*|introuvable|irrilevabil\w*|nicht nachweisbar)`,
      String.raw`\b(?:deshacerme de|liberarmi di|sbarazzarmi di|me livrar d[oae]|me debarrasser d[eu]|pozbyc sie)\W+(?:(?:mi|mio|mia|meu|minha|mon|ma|moj\w*|do|da) )?${KIN}`,
      // Where a knife kills.
      String.raw`\b(?:wo|donde|ou|dove|onde|welche stelle|quale punto|en que parte)\b(?:.{0,80})\b(?:messer|cuchillo|navaja|couteau|coltello|faca|apunal\w*|poignard\w*|accoltell\w*|esfaque\w*|stech\w*)\b(?:.{0,80})\b(?:verblut\w*|muera|meure|morire|uccider\w*|matar|tuer|toten|morra|sterb\w*)`,
      String.raw`\b(?:apunal\w*|poignard\w*|accoltell\w*|esfaque\w*|erstech\w*)${W(3)}(?:alguien|quelqu'un|qualcuno|alguem|jemand\w*)${W(3)}(?:para que|pour qu|perche|pra|damit)${W(2)}(?:muera|meure|muoia|morra|stirbt)`,
      // An amount of something to kill or knock out a person or an animal; where a blow knocks someone out.
      String.raw`\b(?:cantidad|dose|dosis|quantite|quantita|quanto|quanta|wie viel|combien|ile)${W(8)}(?:para|pour|per|pra|um|zeby)${W(3)}(?:matar|tuer|uccidere|toten|umzubringen|envenenar|empoisonner|avvelenare|vergiften|endormir|stordire|apagar|betauben|zabic)\b|\b(?:matar|tuer|uccidere|toten|umbringen)${W(2)}(?:a )?(?:alguien|quelqu'un|qualcuno|alguem|jemand\w*|une? chien|un perro|un cane|einen hund|um cachorro|un chat|un gato|un gatto|eine katze|um gato)${W(3)}(?:mientras duerme|pendant son sommeil|mentre dorme|enquanto dorme|im schlaf|sans qu|sin que|senza che|sem que|ohne dass)`,
      String.raw`\b(?:wo|welche stelle|donde|en que parte|ou|quel endroit|dove|in che punto|onde|em que parte)\b(?:.{0,60})\b(?:treffen|schlagen|golpear|pegar|frapper|colpire|bater|acertar)\b(?:.{0,60})\b(?:bewusstlos|inconsciente|inconscient|sven\w*|sensi|desmai\w*|k\.?o\.?|muera|tot|morto|mort|nicht mehr aufsteht)`,
      // Beating someone into hospital; a car sabotaged for an accident; something slipped in to make someone ill.
      String.raw`\b(?:dass|que|qu'|che|pra que|para que) (?:er|sie|il|elle|el|ella|lui|lei|ele|ela) (?:[\w'-]+ ){0,3}(?:im krankenhaus|en el hospital|a l'hopital|all'ospedale|no hospital|in ospedale)\b`,
      String.raw`\b(?:sabot|manipul|manomett|trafiqu)\w*${W(3)}(?:voiture|coche|auto|macchina|carro|wagen|moto)\w*${W(8)}(?:accident|accidente|incidente|acidente|unfall)`,
      String.raw`\b(?:echo|echar|pongo|poner|meto|mets|mettre|metto|mettere|coloco|colocar|ponho|boto|gebe|geben|mische|mischen)\w* (?:[\w-]+ ){0,2}(?:algo|quelque chose|qualcosa|alguma coisa|etwas)${W(8)}(?:diarrea|diarrhee|diarreia|durchfall|vomit\w*|erbrech\w*|enferm\w*|malade|doente|krank)`,
      // Keeping a partner from going out or seeing anyone.
      String.raw`\b(?:para que|pour que|perche|pra que|damit)${W(3)}(?:novia|pareja|mujer|esposa|copine|femme|ragazza|moglie|namorada|mulher|freundin|frau)${W(3)}(?:no|ne|non|nao|nicht) (?:pueda|puisse|possa|kann|consiga|darf)${W(2)}(?:salir|sortir|uscire|sair|ausgehen|rausgehen|ver a|voir|vedere|sehen|hablar|parler|parlare|falar|treffen)`,
      // Strangling, kidnapping a child, cutting brakes, planning an attack, inciting one.
      String.raw`\b(?:estrangul|strangol|strangul|erwurg|erdrossel|etrangl)\w*\W+(?:a )?(?:alguien|quelqu'un|qualcuno|alguem|jemand\w*|una persona|uma pessoa|${KIN}|mi \w+|ma \w+|mia \w+|minha \w+)`,
      String.raw`\b(?:entfuhr\w*|secuestrar\w*|enlever|kidnapp\w*|rapire|rapisc\w*|sequestrar\w*|raptar)${W(2)}(?:un |una |ein |einen |une |um |uma |a |o )?${MINORX}\b|\b${MINORX} (?:zu )?entfuhren\b`,
      String.raw`\b(?:sabot\w*|manipul\w*|manomett\w*|cortar|couper|tagliar\w*|durchschneid\w*|mexer)${W(3)}(?:freins|bremsen?|frenos|freni|freios|bremsleitung\w*)\b`,
      String.raw`\b(?:planifi|planific|pianific|planej|plane|organis|organiz|vorbereit)\w*${W(3)}(?:attaque|ataque|attacco|strage|massacre|masacre|massaker|amoklauf|anschlag|atentado|attentat|tiroteo|fusillade|sparatoria|tiroteio)\b`,
      String.raw`\b(?:pousser|inciter|incit\w*|anstacheln|aufhetzen|aizzare|istigare|instigar|incentivar|appel\w*|llam\w*|chiam\w*|chama\w*|manda\w*|aufruf\w*|ruft)${W(3)}(?:a |à |zu |ad |para |em )?(?:attaquer|atacar|attaccare|angreifen|agredir|bruler|quemar|queimar|bruciare|incendi\w*|anzuzunden|abzufackeln|tuer|matar|uccidere|picchiare|pegar|bater|tabasser|verprugeln)\b`,
      String.raw`\b(?:freins|bremsen?|frenos|freni|freios|bremsleitung\w*|bremsschlauch\w*)${W(6)}(?:anritz\w*|ansag\w*|durchschneid\w*|durchtrenn\w*|manipulier\w*|sabotier\w*|losdreh\w*|lockern)\b`,
    ],
    score: 0.85,
  },
  {
    category: 'hate',
    parts: [
      // A group blamed or said to control things.
      String.raw`\b${GROUPX}${W(6)}(?:verantwortlich|schuld\w*|culpa\w*|responsables|responsabili|colpa|colpevoli|culpados|kontrollier\w*|controlan|controlent|controlar|controler|controllano|controllare|controlam|controlarem)\b`,
      String.raw`\b${GROUPX}${W(4)}(?:gorsi|gorszy|robactwo|pasozyty|sono inferiori|son inferiores|sont inferieurs|sao inferiores|minderwertig\w*)`,
      String.raw`\b${GROUPX}${W(6)}(?:terroristes|terroristas|terroristi|terroristen|vanno eliminati|eliminar(?:los)?|eliminer|eliminieren|ausrott\w*|vernicht\w*|extermin\w*|chasser|les chasser|echarlos|cacciarli|expulsa-los|rauswerfen|hay que matar|faut les tuer)\b|\b(?:insultar|insulter|insultare|beleidigen|xingar|ofender)${W(3)}${GROUPX}`,
      String.raw`\b${GROUPX}${W(6)}(?:violan|violent|stuprano|estupram|vergewaltig\w*|traen enfermedad\w*|trazem doenca\w*|apportent des maladies|portano malattie|bringen krankheiten|ser expulsos|ser expulsados|etre expulses|essere espulsi|abgeschoben werden)`,
      String.raw`\b(?:messages?|mensajes?|messaggi|mensagens?|nachrichten|kommentare|commentaires|comentarios|commenti|posts?|textos?|texte)${W(1)}(?:haineux|de odio|d'odio|de haine|hasserfullt\w*|hetzerisch\w*|odiosos|rassistisch\w*|racistes?|racistas?|razzist\w*)${W(2)}(?:contre|contra|contro|gegen)\b|\b(?:zuruck (?:in den busch|nach afrika|in (?:dein|ihr|sein) land)|vuelva?s? a (?:su|tu) pais|retourne\w* (?:dans (?:son|ton) pays|en afrique)|torn\w* (?:al (?:suo|tuo) paese|in africa)|volt\w* (?:pro|para o) (?:seu|teu) pais)`,
      String.raw`\b(?:witz\w*|chistes?|blagues?|battut\w*|barzellett\w*|piadas?|bromas?)${W(1)}(?:humillante|humiliante|umiliante|humilhante|cruel\w*|mechante?s?|cattiv\w*|ofensiv\w*|offensant\w*|offensiv\w*|beleidigend\w*|racist\w*|rassistisch\w*|razzist\w*|antisemit\w*|homofob\w*|homophob\w*|fies\w*|gemein\w*)${W(3)}${GROUPX}`,
      // Fake accounts in bulk to go after someone.
      String.raw`\b(?:cuentas falsas|faux comptes|account falsi|contas falsas|fake-?accounts?|bots?)${W(8)}(?:atacar|attaquer|attaccare|angreifen|acosar|harceler|molestare|assediar|fertig ?mach\w*|hundir|destruir|detruire|distruggere|zerstor\w*)`,
      // Hate material to write or post; slur lists; a harassment campaign against someone.
      String.raw`\b(?:memes?|posts?|tweets?|flugbl\w*|panfleto|tract|volantino|lieder|canciones|chansons|canzoni|cancoes|sticker\w*|pegatinas)${W(2)}(?:racist\w*|rassistisch\w*|razzist\w*|antisemit\w*|homofob\w*|homophob\w*|omofob\w*|xenofob\w*|xenophob\w*)|\b(?:racist\w*|rassistisch\w*|razzist\w*|antisemit\w*) (?:memes?|posts?|tweets?)`,
      String.raw`\b(?:insult\w*|beleidigung\w*|schimpfw\w*|xingament\w*|ofensas?|injures?|improperi|slurs?)${W(3)}(?:(?:para|fur|gegen|pour|contre|per|contro|pra|contra)${W(2)}${GROUPX}|homofob\w*|homophob\w*|omofob\w*|racist\w*|rassistisch\w*|razzist\w*|transfob\w*)`,
      String.raw`\b(?:mobbingkampagne|hetzkampagne|hasskampagne|campana de (?:acoso|odio)|campagne de (?:harcelement|haine)|campagna (?:di odio|d'odio|diffamatoria)|campanha de (?:odio|assedio|difamacao)|raid de harcelement|ataque de odio|shitstorm)${W(2)}(?:gegen|contra|contre|contro)\b`,
      String.raw`\b(?:humill|humili|umili|humilh|blossstell|lacherlich mach|zoar|ridiculiz|ridicoliz|deridere|prendere in giro|se moquer|burlarse|reirse de|verspott|blamier)\w*${W(3)}(?:(?:a )?(?:un|una|um|uma|un|une|einen|eine|il|la|o|a|meinen|meine|mi|mon|ma|mio|mia) )?(?:companer[oa]|camarade|compagn[oa]|colega|mitschuler\w*|klassenkamerad\w*|kolleg\w*|collegue|eleve|alumn[oa]|aluno|alunno|studente)\b`,
      String.raw`\b(?:witze|chistes|blagues|battute|piadas|bromas)${W(5)}(?:behindert\w*|autist\w*|discapacitad\w*|handicap\w*|disabil\w*|deficient\w*)`,
    ],
    score: 0.8,
  },
  {
    category: 'harassment',
    parts: [
      // A camera hidden in someone's room.
      String.raw`\b(?:mettre|mets|poner|pongo|instal\w*|mettere|metto|colocar|coloco|versteck\w*|anbring\w*|cacher|nascondere|esconder)${W(2)}(?:une |una |uma |eine )?(?:camera|camara|kamera|micro\w*|mikro\w*)${W(3)}(?:dans la chambre|en la habitacion|en el cuarto|nella camera|nella stanza|no quarto|im zimmer|ins zimmer|im schlafzimmer|dans la salle de bain|en el bano|nel bagno|no banheiro|im bad)`,
      // Making someone's life hell until they leave; finding a person who fled from the asker.
      String.raw`\b(?:hacer(?:le)? la vida imposible|rendre la vie impossible|pourrir la vie|rendere la vita impossibile|infernizar a vida|das leben zur holle mach\w*|zur holle mach\w*)\b`,
      String.raw`\b(?:me fuir|m'echapper|huir de mi|scappare da me|fugir de mim|vor mir (?:zu )?(?:fliehen|fluchten)|pour m'eviter)\b`,
      String.raw`\b(?:clon|copi|kopier|dupli)\w*${W(3)}(?:badge|tarjeta de acceso|carte d'acces|tessera|cracha|zugangskarte|chipkarte)\w*${W(6)}(?:capo|jefe|chef|chefe|collega|companer\w*|collegue|kolleg\w*|vicin\w*|vecin\w*|voisin\w*|vizinh\w*|entrar|entrare|entrer|de noche|di notte|la nuit|a noite|nachts)\b`,
      // Identifying a stranger from a face or a plate.
      String.raw`\b(?:gesichtserkennung|reconocimiento facial|reconnaissance faciale|riconoscimento facciale|reconhecimento facial|pimeyes|facecheck)\b`,
      String.raw`\b(?:matricula|kennzeichen|nummernschild|immatriculation|targa|placa)\b(?:.{0,80})\b(?:nombre|nom|name|nome|direccion|adresse|indirizzo|endereco|halter\w*|dueno|proprietaire|proprietario|dono)\b`,
      // Compiling a person's address with their phone, ID, employer or children's school.
      String.raw`\b(?:adresse|direccion|indirizzo|endereco|wohnadresse|anschrift|dni|cpf|telefon\w*|telephone|numero)${W(4)}(?:telefon\w*|telephone|numero|dni|cpf|arbeitgeber|empleador|employeur|datore|empregador|kindergarten|guarderia|creche|ecole|escuela|colegio|scuola|escola|adresse|direccion|indirizzo|endereco)${W(12)}(?:publi\w*|divulg\w*|verbreit\w*|veroffentlich\w*|postar|visit\w*|besuch\w*|forum|foro|foro|fórum|journalist\w*|periodista|giornalista|jornalista|juge|juez|richter\w*|giudice|magistrat\w*|concejal\w*|vereador\w*|burgermeister\w*|consigliere)`,
      // Filming someone in a bathroom or bedroom.
      String.raw`\b(?:grab\w*|film\w*|grav\w*|aufnehm\w*|riprend\w*)${W(3)}(?:escondid\w*|a escondidas|en cachette|di nascosto|heimlich|nascost\w*)${W(6)}(?:bano|banheiro|bagno|salle de bain|douche|dusche|badezimmer|ducha|doccia|banho)`,
      String.raw`\b(?:camara oculta|camera cachee|mini ?camera|camera escondida|telecamera nascosta|microcamera|versteckte\w* kamera|mini ?kamera)${W(8)}(?:bano|banheiro|bagno|salle de bain|douche|dusche|badezimmer|ducha|doccia|banho|colocataire|coinquilin\w*|mitbewohner\w*|companera de piso|colega de quarto)`,
      String.raw`\badres\w*${W(3)}(?:van )?(?:mijn )?ex\b`,
    ],
    score: 0.8,
  },
  {
    category: 'self_harm',
    parts: [
      // A height one does not survive.
      String.raw`\b(?:brucke|puente|pont|ponte|gebaude|edificio|immeuble|palazzo|predio|hochhaus|torre|tour|most|budynek)\b(?:.{0,80})\b(?:hoch genug|assez haut|suficientemente alto|lo bastante alto|abbastanza alto|alto o suficiente|nicht (?:uberlebt|uberlebe)|no sobrevivir|sobreviva|ne pas survivre|non sopravviv\w*|senza sopravviv\w*|nao sobreviv\w*|sem sobreviver|buttarsi|tirarse|sauter|pular|springen|se jeter)`,
      // Asking for a suicide method (third person, fiction included).
      String.raw`\bwie man sich${W(4)}(?:das leben nimmt|umbringt|totet|erhangt|aufhangt)|\b(?:metodo|methode|modo|jeito|manera|forma|weg|moyen)${W(4)}(?:para |pour |per |pra |de |um )?(?:suicidarse|se suicider|suicidarsi|se suicidar|impiccarsi|se pendre|ahorcarse|se enforcar|sich (?:umzubringen|zu toten|das leben zu nehmen))\b|\b(?:comment|como|come) (?:se pendre|se suicider|se tuer|mettre fin a ses jours|suicidarse|quitarse la vida|ahorcarse|suicidarsi|impiccarsi|togliersi la vita|se enforcar|se suicidar|se matar)\b`,
      // The quickest or painless way to die.
      String.raw`\b(?:modo|jeito|manera|forma|facon|moyen|weg|methode|metodo|maneira)${W(3)}(?:piu veloce|piu rapido|mas rapid[oa]|mais rapid[oa]|plus rapide|schnellste\w*|indolore|menos doloros[oa]|moins douloureu\w*|meno doloros[oa]|schmerzlos\w*)${W(3)}(?:morire|morrer|morir|mourir|sterben)\b|\b(?:morire|morrer|morir|mourir|sterben)${W(1)}(?:senza (?:sentire )?dolore|sin (?:sentir )?dolor|sem (?:sentir )?dor|sans (?:ressentir de )?douleur|ohne schmerz\w*|sans souffrir|sin sufrir|senza soffrire|sem sofrer)`,
      // "Everyone would be better off without me."
      String.raw`\b(?:besser (?:dran )?ohne mich|ohne mich besser|mejor sin mi|mieux sans moi|meglio senza (?:di )?me|melhor sem mim|morir es la unica salida|mourir est la seule|morire e l'unica|morrer e a unica)\b`,
      // Hurting oneself so nobody sees it; a sure overdose; pills never to wake up.
      String.raw`\b(?:hacerme dano|farmi del male|me faire du mal|me blesser|me machucar|me ferir|mich (?:selbst )?verletzen|mir weh tun)\b(?:.{0,60})\b(?:sin que|sem que|senza che|sans que|ohne dass|no se note|analisis|analisi|analyses|exames|bluttest\w*)`,
      String.raw`\b(?:overdose (?:sure|segura|sicura|sicher\w*)|faire une overdose|tener una sobredosis|ter uma overdose|andare in overdose|non svegliarsi piu|nao acordar mais|pra nao acordar|ne plus se reveiller|nie wieder aufwachen)\b`,
      // Starving oneself below a weight.
      String.raw`\b(?:runterhunger\w*|abhunger\w*)\b|\b(?:unter|menos de|moins de|sotto i|abaixo de) \d\d (?:kilo|kilos|kg|chili|quilos)\b`,
      // Cutting oneself where it is hidden; pills or paracetamol to die; a deeper cut each day.
      String.raw`\b(?:mi taglio|me corto|me cortar|me coupe|me scarifier|se scarifier|ritze ich mich|mich ritzen|tagliarmi|cortarme)\b(?:.{0,60})\b(?:sin que|sem que|senza che|sans que|keiner|nadie|nessuno|personne|ninguem|no se vea|donde|dove|onde|ou|wo|en que parte|in quale parte|con que|con cosa|com o que|avec quoi|womit)\b`,
      String.raw`\b(?:tabletten|pillen|pastillas|pildoras|comprimidos|comprimes|cachets|pastiglie|pillole|compresse|paracetamol|tachipirina|doliprane|ibuprofen\w*)${W(8)}(?:sterben|morir|mourir|morire|morrer|dood te gaan|dood gaan|umzubringen|nicht mehr aufwachen)\b`,
      String.raw`\b(?:corte|cortes|taglio|tagli|coupure|schnitt|ritz)\w*${W(2)}(?:mas profundo|piu profondo|plus profond|mais profundo|tiefer)`,
    ],
    score: 0.85,
  },
  {
    category: 'sexual',
    parts: [
      // Sex with someone who says no or cannot say no.
      String.raw`\b(?:rapports?|relations?|transar|sexo|sesso|rapporti|sex|coucher|scopare|follar|foder)\b(?:.{0,60})\b(?:ne veut pas|no quiere|non vuole|nao quer|nicht will|dizendo que nao|dice que no|dire di no|dire non|ubriac\w*|borrach\w*|bebad\w*|ivre|betrunken|inconscient\w*|dormida|endormie|addormentata|dormindo|schlafend)\b|\b(?:forcer|obligar|costringere|forcar|zwingen)${W(3)}(?:a |à |zu )?(?:avoir des rapports|tener sexo|fare sesso|transar|ter relacoes|sex)`,
      // Threatening to publish someone's photos.
      String.raw`\b(?:menac|amenaz|minacc|amea[cs]|droh|bedroh)\w*${W(4)}(?:de |di |mit |con |com )?(?:publi|difund|diffus|pubblic|veroffentlich|postar|mandar|envoyer|enviar|inviare|schick)\w*\W+(?!mes |mis |le mie |i miei |minhas |meus |meine )(?:[\w'-]+\W+){0,2}(?:photos|fotos|foto|bilder|videos?|nudes|nacktbilder)`,
      // Sextortion; forced prostitution; nude fakes of a real person.
      String.raw`\bsextor\w*`,
      String.raw`\b(?:erpress\w*|extorsion\w*|extorsionar|extorquir|estorcere|ricatt\w*|chantage|chantag\w*)${W(6)}(?:nackt\w*|intim\w*|nudes|desnud\w*|sexual\w*)|\b(?:nacktbilder|nacktfotos|fotos intimas|photos intimes|foto intime|video intimi|nudes)${W(12)}(?:zahl\w*|pag\w*|pay\w*)\b`,
      String.raw`\b(?:zwing\w*|obligo|obligar\w*|forcer|forc[eo]|costring\w*|forcar|obrigar\w*)${W(3)}(?:a |in die |zur |a se |à )?(?:prostitu\w*|anschaffen)|\b(?:les|las|le) (?:prostituer|prostituir)\b|\bprostituirlas\b`,
      String.raw`\b(?:deepfake\w*|nacktbild\w*|imagen (?:desnuda|porno)|image nue|photo nue|foto nud[ao]|foto nua|imagem nua|deepfake nud[oa])${W(6)}(?:(?:von |de |di |da |do |della |del )?(?:meiner|meinem|mi|ma|mon|mia|mio|minha|meu|la mia|il mio|a minha|o meu) )?(?:kollegin|kollege|companera|collegue|collega|colega|ex\w*|professoress\w*|profesora|lehrerin|professora|vecina|voisine|vicina|vizinha)\b`,
    ],
    score: 0.85,
  },
  {
    category: 'child_sexual',
    parts: [
      // A child of an age led to trust and meet the asker.
      String.raw`\b(?:\d{1,2}-?jahrig\w*|1[0-7] (?:anos|ans|anni|jahre\w*)|ragazzin[ao]|menin[ao]|nin[ao])\b(?:.{0,100})\b(?:damit (?:sie|er) mir|para que (?:me|ella me|el me)|pour qu'(?:elle|il) m(?:e |')|perche mi|per farmi|pr?a (?:ela|ele) me|sich mit mir trifft|quede conmigo|me rencontre|mi incontri|me encontre)`,
      // Talking a child of a given age into meeting alone, keeping a secret or sending photos.
      String.raw`\b(?:convenc|convainc|convinc|uberred|persuad|engatus|manipul)\w*${W(6)}(?:de |di |von )?(?:1[0-7]|[5-9]|dix|onze|douze|treize|quatorze|quinze|seize|diez|once|doce|trece|catorce|quince|dieci|undici|dodici|tredici|quattordici|quindici|dez|doze|treze|catorze|zehn|elf|zwolf|dreizehn|vierzehn|funfzehn) (?:anos|ans|anni|jahre\w*|jahrig\w*)\b(?:.{0,100})\b(?:a solas|sola|solo|seule?|allein|sozinh[oa]|escondid[oa]|en secret|di nascosto|heimlich|photos?|fotos?|bilder|sous-vetements|ropa interior|intimo|unterwasche|quede|vedermi|treffen|rencontr\w*|encontr\w*)\b`,
      // Abuse material sought, by name or by "images of minors" where such things are traded.
      String.raw`\b(?:pedopornogra\w*|pedoporn\w*|kinderporn\w*|pornografia infantil|pornographie infantile)\b`,
      String.raw`\b(?:material|contenido|videos?|fotos?|bilder|images?|immagini|imagens)${W(2)}(?:de |di |von |mit )?(?:menores|minori|kindern|enfants|mineurs|criancas|nin[oa]s)\b(?:.{0,80})\b(?:darknet|dark web|deep web|telegram|foren|forums?|grupos|gruppi|groupes|palabras clave|suchbegriffe|parole chiave|mots-cles|palavras-chave)|\b(?:darknet|dark web|deep web|telegram)\b(?:.{0,80})\b(?:material|videos?|fotos?|bilder|images?|immagini|imagens)${W(2)}(?:de |di |von |mit )?(?:menores|minori|kindern|enfants|mineurs|criancas|nin[oa]s)\b`,
    ],
    score: 0.9,
  },
];

/** The goal rules, one per pattern, for harmful-intl.ts's rule loop (gated there by their literals). */
export const INTL_GOAL_RULES: readonly IntlGoalRule[] = GROUPS.flatMap((gr) =>
  gr.parts.map(
    (p): IntlGoalRule => ({ category: gr.category, re: new RegExp(p, 'gi'), intent: 'request', score: gr.score }),
  ),
);
