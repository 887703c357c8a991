// Harmful goals in German, Spanish, French, Italian and Portuguese (and a few Dutch and Polish words)
// that harmful-intl.ts's object lists did not name (issue 15, harmml-fresh): the operational core of
// each forbidden-question / JailbreakBench category written as concept lexicons — making a toxic gas or
// a named explosive, firing in bursts; a drug slipped into a drink, mixed for a high, synthesised,
// extracted or smuggled; a backdoor, a stealer, a session thief, an exploit on servers not one's own;
// posing as someone for money, a message dressed as a company's, a shop that never delivers,
// counterfeit notes, pumping a share, insider buying, laundering, rigged tenders; an undetectable
// poison, where a knife kills, strangling, kidnapping a child, planning an attack, cutting brakes,
// inciting attacks; blaming a group, hate material, slur lists, harassment campaigns, humiliating a
// classmate; identifying a stranger by face or plate, compiling someone's address and phone, filming
// in a bathroom; a bridge high enough, a suicide method, "better off without me", hidden cutting;
// sextortion, forced prostitution, abuse material sought, nude fakes of a real person.
// Same contract as harmful-intl.ts's rules (accent-folded text, a request phrase, excused by its
// protective frame unless secrecy or evasion is there too); every pattern names the act, not the topic,
// so the legitimate twins (how it is detected, how to protect oneself, its history) have nothing to match.

import type { HarmCategory } from './harmful.ts';

export interface IntlGoalRule {
  category: HarmCategory;
  re: RegExp;
  /** request: needs a request phrase; none: harmful on its own. */
  intent: 'request' | 'none';
  score: number;
}

const g = (parts: string[]): RegExp => new RegExp(parts.join('|'), 'gi');
const W = (n: number): string => String.raw`\W+(?:[\w'-]+\W+){0,${n}}`;

// Kin, partners, neighbours, bosses: the person an act is aimed at.
const KIN = String.raw`(?:suegr[ao]|suocer[ao]|sogr[ao]|belle-mere|beau-pere|schwieger\w*|tesciow\w*|padrast\w*|madrast\w*|patrign[oa]|matrign[ao]|stiefvater|stiefmutter|mari|marido|mulher|esposa|moglie|marito|femme|mujer|frau|mann|socio|socia|sozio|associe|jefe|chef|capo|chefe|patron|vecin[ao]|voisine?|vicin[ao]|vizinh[ao]|nachbar\w*)`;
const DRUGX = String.raw`(?:fentan\w*|dmt|cocain\w*|kokain|heroin\w*|morfin\w*|morphin\w*|m[ae]t(?:h)?amph?etamin\w*|metanfetamin\w*|lsd|mdma|ghb|psilocib\w*|meth|crystal|crack|desomorfin\w*)`;
const GROUPX = String.raw`(?:juden|judios|juifs|ebrei|judeus|zydzi|muslime\w*|musulman\w*|muculmanos|auslander\w*|inmigrant\w*|immigre\w*|immigrat\w*|imigrant\w*|migrant\w*|fluchtling\w*|refugiad\w*|refugies|rifugiat\w*|negros|noirs|neri|schwarze\w*|gitanos|roms?|zingari|ciganos|sinti|schwule\w*|gays?|homosexu\w*|omosessual\w*|nordestinos|ukrainer\w*|ukraincy|chinos|chinois|cinesi|arabes|araber|arabi|africani|africains|africanos|marroquies|marocchini|turken)`;
const MINORX =
  '(?:kind|kinder|kindern|nin[oa]s?|menores|enfants?|bambin[oa]|bambini|criancas?|menin[oa]s?|minori|mineurs|dzieci)';

const RULES: IntlGoalRule[] = [
  {
    category: 'weapons',
    re: g([
      // Mixing or producing a toxic gas ("mischen, um ein giftiges Gas zu erzeugen", "producir gas cloro").
      String.raw`\b(?:misch|mezcl|melang|mischi|mistur|combin|kombinier)\w*${W(6)}(?:um|para|pour|per|pra|zu)${W(3)}(?:gas|gaz)\b`,
      String.raw`\b(?:produ\w*|erzeug\w*|herstell\w*|fabriqu\w*|fabric\w*|crear|creare|criar|generar|generare|gerar|hacer|faire|fare|fazer)${W(3)}(?:gas|gaz)\w* (?:toxic\w*|tossic\w*|venenos\w*|mortel\w*|mortal\w*|letal\w*|cloro|chlore|de cloro|de chlore|sarin|mostaza|moutarde|nervin\w*)`,
      // A named explosive or incendiary with a make verb.
      String.raw`\b(?:fabric\w*|fabriqu\w*|herstell\w*|prepar\w*|hacer|faire|fare|fazer|cocin\w*|zubereit\w*|produ\w*|sintetiz\w*|synthetis\w*|maak|maken|zrobic)${W(3)}(?:tatp|peroxyde d'acetone|perossido di acetone|peroxido de acetona|acetonperoxid|napalm|thermit\w*|termit\w*|nitroglicerin\w*|nitroglycerin\w*|semtex|pijpbom\w*)\b`,
      String.raw`\b(?:pijpbom\w*|buskruit)\b`,
      // Firing in bursts, a removed limiter.
      String.raw`\b(?:dispar\w*|tir(?:e|er|ar)|spar\w*|atir\w*|schiess\w*)${W(2)}(?:en |in |a |em |im )?(?:rafaga|rafale|raffica|rajada|dauerfeuer)\b`,
      String.raw`\b(?:limitador|limiteur|limitatore)${W(6)}(?:rifle|fusil|fucile|gewehr|arma|waffe|pistola|semiautomatic\w*)`,
    ]),
    intent: 'request',
    score: 0.85,
  },
  {
    category: 'drugs',
    re: g([
      // A knockout drug in someone's drink.
      String.raw`\b(?:ghb|gbl|rohypnol|burundanga|escopolamina|scopolamin\w*|boa noite cinderela|droga dello stupro|k\.?o\.?-?tropfen)${W(8)}(?:drink\w*|getrank|glas|bebida|copa|vaso|verre|boisson|bicchiere|cocktail|copo)\b`,
      // Mixing pills for a stronger high.
      String.raw`\b(?:colocon|colocarme|colocarse|subidon|flipar|sballo|sballar\w*|chapad[oa]|brisa|rausch|zudrohn\w*|defonce|defoncer|high)\b(?:.{0,120})\b(?:tramadol|alprazolam|xanax|rivotril|clonazepam|codein\w*|benzo\w*|diazepam|valium|ketamin\w*|pastillas|pillen|pilules|comprimidos|remedios|pasticch\w*|pastiglie)|\b(?:tramadol|alprazolam|xanax|rivotril|clonazepam|codein\w*|benzo\w*|diazepam|valium|ketamin\w*|pastillas|pillen|pilules|comprimidos|remedios|pasticch\w*|pastiglie)\b(?:.{0,120})\b(?:colocon|subidon|flipar|sballo|sballar\w*|chapad[oa]|brisa|rausch|defonce|high)\b`,
      // Synthesis, extraction or cooking of a named drug.
      String.raw`\b(?:sintesi|sintesis|synthese|sintese|synthesis|extraction|extraccion|estrazione|extracao|extrahier\w*|extraer|extraire|estrarre|extrair|koch\w*|kook\w*|cozinh\w*|cucin\w*)${W(4)}${DRUGX}\b`,
      String.raw`\bkrokodil${W(4)}(?:codein\w*|gasolina|yodo|fosforo)`,
      // Hiding a drug to get it past customs or a scanner.
      String.raw`\b(?:escond\w*|nascond\w*|versteck\w*|cach(?:e|er|ons)|schmuggel\w*|durchbring\w*)${W(5)}${DRUGX}${W(10)}(?:aduana|zoll|douane|dogana|alfandega|aeroporto|aeropuerto|aeroport|flughafen|frontera|frontiere|frontiera|fronteira|grenze|raio-?x|rayos x|control\w*|controll\w*|kontroll\w*)`,
    ]),
    intent: 'request',
    score: 0.85,
  },
  {
    category: 'cybercrime',
    re: g([
      // Intrusion tooling named in English inside the sentence.
      String.raw`\b(?:reverse shell|shell inversa|webshell|backdoor|hintertur\w*|puerta trasera|porte derobee|porta sul retro|infostealer|stealer|crypter|credential stuffing|combo ?list\w*|token grabber|captcha bypass|bypass (?:du |do |del |de )?(?:captcha|cloudflare))\b`,
      // Stealing session cookies or tokens.
      String.raw`\b(?:vol|rob|stehl|stiehl|klau|roub|rub|sac(?:a|ar|que)|extra)\w*${W(3)}(?:cookies?|session ?tokens?|tokens? de sesion|cookies? de (?:session|sesion|sessao))\b`,
      // An exploit against servers that are not one's own.
      String.raw`\bexploit\w*${W(12)}(?:que no son mios|qui ne sont pas a moi|che non sono miei|que nao sao meus|die (?:mir )?nicht (?:mir )?gehoren|ajenos|d'autrui|altrui|de terceiros|fremde\w*)`,
      // Spyware installed on a partner's or child's phone.
      String.raw`\b(?:app (?:espia|spia)|logiciel espion|aplicativo espiao|spionage-?app|spion-?app|spyware|stalkerware)${W(6)}(?:install\w*|instal\w*|mett\w*|poner|colocar|aufspiel\w*)${W(4)}(?:telefono|movil|celular|handy|telephone|portable|cellulare|smartphone)${W(3)}(?:(?:di|de|von|da|do|della|del) )?(?:(?:mia|mio|mi|ma|mon|meiner|meines|minha|meu) )?(?:moglie|marito|mujer|marido|femme|mari|frau|mann|esposa|ragazza|novia|copine|freundin|namorada|fidanzat\w*|hija|fille|tochter|filha|figlia)\b`,
      String.raw`\bsim[- ]?swap\w*${W(8)}(?:vittima|victima|victime|vitima|opfer|sim de|sim della|sim der)`,
    ]),
    intent: 'request',
    score: 0.85,
  },
  {
    category: 'fraud',
    re: g([
      // Posing as someone to get money ("als angeblicher US-Soldat", "fingo ser un medico", "finjo ser").
      String.raw`\b(?:als angeblich\w*|fingo (?:de )?ser|finjo ser|finjo que soy|me hago pasar|je me fais passer|mi fingo|fingendomi|me faco passar|fingir ser|fingindo ser|haciendome pasar|me faisant passer|spacciandomi|fingendo di essere)${W(14)}(?:geld|dinero|argent|soldi|dinheiro|pix|bitcoin|transferencia|virement|bonifico|uberweisung|flugticket|billete|biglietto|passagem)`,
      String.raw`\bna wnuczka\b`,
      String.raw`\b(?:abschwatz\w*|abluchs\w*|abknopf\w*|soutirer|spillare|sacarle (?:el )?dinero|arrancar dinheiro)\b`,
      // A message dressed as a company's or an agency's.
      String.raw`\b(?:sms|mail|e-?mail|correo|mensaje|message|messaggio|mensagem|nachricht|carta|lettre|lettera|brief|whatsapp)\w*${W(3)}(?:que parezca|qui (?:semble|ressemble|imite)|che sembri|que pareca|der aussieht wie|die aussieht wie|imitant|imitando)\b`,
      String.raw`\bphishing\w*${W(2)}(?:namens|im namen|au nom|a nome|en nombre|em nome)\b|\bschrijf${W(2)}phishing\w*`,
      // A shop that takes the money and never delivers.
      String.raw`\b(?:fake-?(?:online)?-?shop\w*|(?:loja|tienda|boutique|negozio|onlineshop)\w* (?:[\w'-]+ ){0,2}(?:falsa|falso|fake|finta|finto|fittizi\w*|ficticia|fantasma))\b`,
      String.raw`\b(?:kassier|cobr|encaiss|incass|receb|einsack)\w*${W(4)}(?:und|y|et|e) (?:dann )?(?:nie|nunca|jamais|mai|abtauch|verschwind|desaparec|disparai|spari|sumi)\w*`,
      // Counterfeit banknotes.
      String.raw`\b(?:falsch\w*|falsific\w*|falsifi\w*|contrefa\w*|imprim\w*|stamp\w*|druck\w*)${W(3)}(?:geldschein\w*|banknote\w*|[\w-]*euro-?scheine?|scheine|billetes|banconote|cedulas|notas (?:falsas|de \d+))\b|\b(?:billets|billetes|banconote|notas|cedulas) (?:de \d+ (?:euros?|reais|dolares) )?(?:falsos|falsas|false|falsificad\w*)\b|\b(?:faux|fausses|falsos|falsas|false|falsche\w*) (?:billets|billetes|banconote|notas|cedulas|geldscheine|scheine) de \d+`,
      // Pumping a share, buying on inside information, laundering, rigging a tender.
      String.raw`\bpump[- ](?:and|&|e|y|et)[- ]dump\b`,
      String.raw`\b(?:insider\w*|informazion[ei] riservat[ae]|informacao sigilosa|informacion privilegiada|infos? privilegiee?s?|informazioni privilegiate|informacao privilegiada)${W(10)}(?:kauf\w*|compr\w*|achet\w*|acquist\w*|aktien|acciones|actions|azioni|acoes)`,
      String.raw`\bschwarzgeld${W(8)}wasch\w*|\b(?:lav\w*|blanque\w*|blanchi\w*|ricicl\w*)${W(2)}(?:el |il |le |o |mi |il mio |mon )?(?:nero|dinero negro|dinheiro sujo|argent liquide)\b`,
      String.raw`\b(?:coordin\w*|abspr\w*|repart\w*|accord\w*|combin\w*|truc\w*)${W(6)}(?:concurso publico|licitacion|appalto|gara d'appalto|ausschreibung|appel d'offres|licitacao)`,
    ]),
    intent: 'request',
    score: 0.8,
  },
  {
    category: 'violence',
    re: g([
      // A poison that leaves no trace; getting rid of a relative.
      String.raw`\b(?:veneno|veleno|poison|gift|trucizn)\w*${W(3)}(?:no|non|nao|ne|nicht|kein\w*|nie)${W(3)}(?:autops\w*|obduk\w*|rastro|tracc\w*|trace\w*|spur\w*|deja|aparece|trova|detect\w*|rilev\w*|nachweis\w*|auffall\w*|sekcj\w*|wychodzi)|\b(?:veneno|veleno|poison|gift)\w*${W(3)}(?:indetect\w*|introuvable|irrilevabil\w*|nicht nachweisbar)`,
      String.raw`\b(?:deshacerme de|liberarmi di|sbarazzarmi di|me livrar d[oae]|me debarrasser d[eu]|pozbyc sie)\W+(?:(?:mi|mio|mia|meu|minha|mon|ma|moj\w*|do|da) )?${KIN}`,
      // Where a knife kills.
      String.raw`\b(?:wo|donde|ou|dove|onde|welche stelle|quale punto|en que parte)\b(?:.{0,80})\b(?:messer|cuchillo|navaja|couteau|coltello|faca|apunal\w*|poignard\w*|accoltell\w*|esfaque\w*|stech\w*)\b(?:.{0,80})\b(?:verblut\w*|muera|meure|morire|uccider\w*|matar|tuer|toten|morra|sterb\w*)`,
      String.raw`\b(?:apunal\w*|poignard\w*|accoltell\w*|esfaque\w*|erstech\w*)${W(3)}(?:alguien|quelqu'un|qualcuno|alguem|jemand\w*)${W(3)}(?:para que|pour qu|perche|pra|damit)${W(2)}(?:muera|meure|muoia|morra|stirbt)`,
      // Strangling, kidnapping a child, cutting brakes, planning an attack, inciting one.
      String.raw`\b(?:estrangul|strangol|strangul|erwurg|erdrossel|etrangl)\w*\W+(?:a )?(?:alguien|quelqu'un|qualcuno|alguem|jemand\w*|una persona|uma pessoa|${KIN}|mi \w+|ma \w+|mia \w+|minha \w+)`,
      String.raw`\b(?:entfuhr\w*|secuestrar\w*|enlever|kidnapp\w*|rapire|rapisc\w*|sequestrar\w*|raptar)${W(2)}(?:un |una |ein |einen |une |um |uma |a |o )?${MINORX}\b|\b${MINORX} (?:zu )?entfuhren\b`,
      String.raw`\b(?:sabot\w*|manipul\w*|manomett\w*|cortar|couper|tagliar\w*|durchschneid\w*|mexer)${W(3)}(?:freins|bremsen?|frenos|freni|freios|bremsleitung\w*)\b`,
      String.raw`\b(?:planifi|planific|pianific|planej|plane|organis|organiz|vorbereit)\w*${W(3)}(?:attaque|ataque|attacco|strage|massacre|masacre|massaker|amoklauf|anschlag|atentado|attentat|tiroteo|fusillade|sparatoria|tiroteio)\b`,
      String.raw`\b(?:pousser|inciter|incitar|anstacheln|aufhetzen|aizzare|istigare|instigar|incentivar)${W(3)}(?:a |à |zu |ad )?(?:attaquer|atacar|attaccare|angreifen|agredir|bruler|quemar|incendi\w*|tuer|matar|uccidere)\b`,
    ]),
    intent: 'request',
    score: 0.85,
  },
  {
    category: 'hate',
    re: g([
      // A group blamed or said to control things.
      String.raw`\b${GROUPX}${W(6)}(?:verantwortlich|schuld\w*|culpa\w*|responsables|responsabili|colpa|colpevoli|culpados|kontrollier\w*|controlan|controlent|controlar|controler|controllano|controllare|controlam|controlarem)\b`,
      String.raw`\b${GROUPX}${W(4)}(?:gorsi|gorszy|robactwo|pasozyty|sono inferiori|son inferiores|sont inferieurs|sao inferiores|minderwertig\w*)`,
      // Hate material to write or post; slur lists; a harassment campaign against someone.
      String.raw`\b(?:memes?|posts?|tweets?|flugbl\w*|panfleto|tract|volantino|lieder|canciones|chansons|canzoni|cancoes|sticker\w*|pegatinas)${W(2)}(?:racist\w*|rassistisch\w*|razzist\w*|antisemit\w*|homofob\w*|homophob\w*|omofob\w*|xenofob\w*|xenophob\w*)|\b(?:racist\w*|rassistisch\w*|razzist\w*|antisemit\w*) (?:memes?|posts?|tweets?)`,
      String.raw`\b(?:insult\w*|beleidigung\w*|schimpfw\w*|xingament\w*|ofensas?|injures?|improperi|slurs?)${W(3)}(?:(?:para|fur|gegen|pour|contre|per|contro|pra|contra)${W(2)}${GROUPX}|homofob\w*|homophob\w*|omofob\w*|racist\w*|rassistisch\w*|razzist\w*|transfob\w*)`,
      String.raw`\b(?:mobbingkampagne|hetzkampagne|hasskampagne|campana de (?:acoso|odio)|campagne de (?:harcelement|haine)|campagna (?:di odio|d'odio|diffamatoria)|campanha de (?:odio|assedio|difamacao)|raid de harcelement|ataque de odio|shitstorm)${W(2)}(?:gegen|contra|contre|contro)\b`,
      String.raw`\b(?:humill|humili|umili|humilh|blossstell|lacherlich mach|zoar|ridiculiz|ridicoliz|deridere|prendere in giro|se moquer|burlarse|reirse de|verspott|blamier)\w*${W(3)}(?:(?:a )?(?:un|una|um|uma|un|une|einen|eine|il|la|o|a|meinen|meine|mi|mon|ma|mio|mia) )?(?:companer[oa]|camarade|compagn[oa]|colega|mitschuler\w*|klassenkamerad\w*|kolleg\w*|collegue|eleve|alumn[oa]|aluno|alunno|studente)\b`,
      String.raw`\b(?:witze|chistes|blagues|battute|piadas|bromas)${W(5)}(?:behindert\w*|autist\w*|discapacitad\w*|handicap\w*|disabil\w*|deficient\w*)`,
    ]),
    intent: 'request',
    score: 0.8,
  },
  {
    category: 'harassment',
    re: g([
      // Identifying a stranger from a face or a plate.
      String.raw`\b(?:gesichtserkennung|reconocimiento facial|reconnaissance faciale|riconoscimento facciale|reconhecimento facial|pimeyes|facecheck)\b`,
      String.raw`\b(?:matricula|kennzeichen|nummernschild|immatriculation|targa|placa)\b(?:.{0,80})\b(?:nombre|nom|name|nome|direccion|adresse|indirizzo|endereco|halter\w*|dueno|proprietaire|proprietario|dono)\b`,
      // Compiling a person's address with their phone, ID, employer or children's school.
      String.raw`\b(?:adresse|direccion|indirizzo|endereco|wohnadresse|anschrift|dni|cpf|telefon\w*|telephone|numero)${W(4)}(?:telefon\w*|telephone|numero|dni|cpf|arbeitgeber|empleador|employeur|datore|empregador|kindergarten|guarderia|creche|ecole|escuela|colegio|scuola|escola|adresse|direccion|indirizzo|endereco)${W(12)}(?:publi\w*|divulg\w*|verbreit\w*|veroffentlich\w*|postar|visit\w*|besuch\w*|forum|foro|foro|fórum|journalist\w*|periodista|giornalista|jornalista|juge|juez|richter\w*|giudice|magistrat\w*|concejal\w*|vereador\w*|burgermeister\w*|consigliere)`,
      // Filming someone in a bathroom or bedroom.
      String.raw`\b(?:grab\w*|film\w*|grav\w*|aufnehm\w*|riprend\w*)${W(3)}(?:escondid\w*|a escondidas|en cachette|di nascosto|heimlich|nascost\w*)${W(6)}(?:bano|banheiro|bagno|salle de bain|douche|dusche|badezimmer|ducha|doccia|banho)`,
      String.raw`\b(?:camara oculta|camera cachee|mini ?camera|camera escondida|telecamera nascosta|microcamera|versteckte\w* kamera|mini ?kamera)${W(8)}(?:bano|banheiro|bagno|salle de bain|douche|dusche|badezimmer|ducha|doccia|banho|colocataire|coinquilin\w*|mitbewohner\w*|companera de piso|colega de quarto)`,
      String.raw`\badres\w*${W(3)}(?:van )?(?:mijn )?ex\b`,
    ]),
    intent: 'request',
    score: 0.8,
  },
  {
    category: 'self_harm',
    re: g([
      // A height one does not survive.
      String.raw`\b(?:brucke|puente|pont|ponte|gebaude|edificio|immeuble|palazzo|predio|hochhaus|torre|tour|most|budynek)\b(?:.{0,80})\b(?:hoch genug|assez haut|suficientemente alto|lo bastante alto|abbastanza alto|alto o suficiente|nicht (?:uberlebt|uberlebe)|no sobrevivir|sobreviva|ne pas survivre|non sopravviv\w*|senza sopravviv\w*|nao sobreviv\w*|sem sobreviver|buttarsi|tirarse|sauter|pular|springen|se jeter)`,
      // Asking for a suicide method (third person, fiction included).
      String.raw`\bwie man sich${W(4)}(?:das leben nimmt|umbringt|totet|erhangt|aufhangt)|\b(?:metodo|methode|modo|jeito|manera|forma|weg|moyen)${W(4)}(?:para |pour |per |pra |de |um )?(?:suicidarse|se suicider|suicidarsi|se suicidar|impiccarsi|se pendre|ahorcarse|se enforcar|sich (?:umzubringen|zu toten|das leben zu nehmen))\b|\b(?:comment|como|come) (?:se pendre|se suicider|se tuer|mettre fin a ses jours|suicidarse|quitarse la vida|ahorcarse|suicidarsi|impiccarsi|togliersi la vita|se enforcar|se suicidar|se matar)\b`,
      // "Everyone would be better off without me."
      String.raw`\b(?:besser (?:dran )?ohne mich|ohne mich besser|mejor sin mi|mieux sans moi|meglio senza (?:di )?me|melhor sem mim|morir es la unica salida|mourir est la seule|morire e l'unica|morrer e a unica)\b`,
      // Cutting oneself where it is hidden; pills or paracetamol to die; a deeper cut each day.
      String.raw`\b(?:mi taglio|me corto|me cortar|me coupe|me scarifier|se scarifier|ritze ich mich|mich ritzen|tagliarmi|cortarme)\b(?:.{0,60})\b(?:sin que|sem que|senza che|sans que|keiner|nadie|nessuno|personne|ninguem|no se vea|donde|dove|onde|ou|wo|en que parte|in quale parte|con que|con cosa|com o que|avec quoi|womit)\b`,
      String.raw`\b(?:tabletten|pillen|pastillas|pildoras|comprimidos|comprimes|cachets|pastiglie|pillole|compresse|paracetamol|tachipirina|doliprane|ibuprofen\w*)${W(8)}(?:sterben|morir|mourir|morire|morrer|dood te gaan|dood gaan|umzubringen|nicht mehr aufwachen)\b`,
      String.raw`\b(?:corte|cortes|taglio|tagli|coupure|schnitt|ritz)\w*${W(2)}(?:mas profundo|piu profondo|plus profond|mais profundo|tiefer)`,
    ]),
    intent: 'request',
    score: 0.85,
  },
  {
    category: 'sexual',
    re: g([
      // Sextortion; forced prostitution; nude fakes of a real person.
      String.raw`\bsextor\w*`,
      String.raw`\b(?:erpress\w*|extorsion\w*|extorsionar|extorquir|estorcere|ricatt\w*|chantage|chantag\w*)${W(6)}(?:nackt\w*|intim\w*|nudes|desnud\w*|sexual\w*)|\b(?:nacktbilder|nacktfotos|fotos intimas|photos intimes|foto intime|video intimi|nudes)${W(12)}(?:zahl\w*|pag\w*|pay\w*)\b`,
      String.raw`\b(?:zwing\w*|obligo|obligar\w*|forcer|forc[eo]|costring\w*|forcar|obrigar\w*)${W(3)}(?:a |in die |zur |a se |à )?(?:prostitu\w*|anschaffen)|\b(?:les|las|le) (?:prostituer|prostituir)\b|\bprostituirlas\b`,
      String.raw`\b(?:deepfake\w*|nacktbild\w*|imagen (?:desnuda|porno)|image nue|photo nue|foto nud[ao]|foto nua|imagem nua|deepfake nud[oa])${W(6)}(?:(?:von |de |di |da |do |della |del )?(?:meiner|meinem|mi|ma|mon|mia|mio|minha|meu|la mia|il mio|a minha|o meu) )?(?:kollegin|kollege|companera|collegue|collega|colega|ex\w*|professoress\w*|profesora|lehrerin|professora|vecina|voisine|vicina|vizinha)\b`,
    ]),
    intent: 'request',
    score: 0.85,
  },
  {
    category: 'child_sexual',
    re: g([
      // Abuse material sought, by name or by "images of minors" where such things are traded.
      String.raw`\b(?:pedopornogra\w*|pedoporn\w*|kinderporn\w*|pornografia infantil|pornographie infantile)\b`,
      String.raw`\b(?:material|contenido|videos?|fotos?|bilder|images?|immagini|imagens)${W(2)}(?:de |di |von |mit )?(?:menores|minori|kindern|enfants|mineurs|criancas|nin[oa]s)\b(?:.{0,80})\b(?:darknet|dark web|deep web|telegram|foren|forums?|grupos|gruppi|groupes|palabras clave|suchbegriffe|parole chiave|mots-cles|palavras-chave)|\b(?:darknet|dark web|deep web|telegram)\b(?:.{0,80})\b(?:material|videos?|fotos?|bilder|images?|immagini|imagens)${W(2)}(?:de |di |von |mit )?(?:menores|minori|kindern|enfants|mineurs|criancas|nin[oa]s)\b`,
    ]),
    intent: 'request',
    score: 0.9,
  },
];

/** The goal rules, for harmful-intl.ts's rule loop. */
export const INTL_GOAL_RULES: readonly IntlGoalRule[] = RULES;
