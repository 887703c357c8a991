// A writer asking how to tell a scene of their own story (issue 15, intlfp-fresh): "In meinem Thriller
// vergiftet der Butler den Lord. Wie beschreibe ich die Verhöre?", "dans ma BD une sorcière empoisonne
// une pomme, comment dessiner la scène ?". The violent verb belongs to a character; the request is for
// craft (describe, write, draw, build suspense). The frame holds only with the writer's own story named,
// a craft verb asked for, and no method (which poison, how much, the steps, concrete or explicit detail,
// realism, a character teaching or explaining it) or real-life turn ("kein Roman", "en la vida real")
// in the text — fiction wrappers that ask for the method are jailbreaks (wild-fresh).

const STORY =
  /\b(?:(?:in )?(?:meine[mnr]?|unsere[mnr]?) (?:[\w-]+ )?(?:roman|krimi|thriller|geschichte|erzahlung|kurzgeschichte|drehbuch|comic|hörspiel|horspiel|serie|theaterstuck|fantasyroman)|(?:en )?(?:mi|nuestra|nuestro) (?:[\w-]+ )?(?:novela|cuento|relato|guion|comic|historieta|serie|obra)|(?:dans )?(?:mon|ma|notre) (?:[\w-]+ )?(?:roman|polar|bd|bande dessinee|nouvelle|histoire|scenario|piece|serie|conte)|(?:nel |nella )?(?:mio|mia|nostro|nostra) (?:[\w-]+ )?(?:romanzo|giallo|racconto|fumetto|sceneggiatura|serie|storia|fiaba)|(?:no |na )?(?:meu|minha|nosso|nossa) (?:[\w-]+ )?(?:romance|conto|livro|roteiro|quadrinho|hq|serie|historia|novela))\b/i;
const CRAFT =
  /\b(?:beschreib\w*|schreib\w*|erzahl\w*|darstell\w*|zeichne\w*|spannung|describ\w*|escrib\w*|narr\w*|dibuj\w*|suspense|suspenso|tension|decri\w*|ecri\w*|raconte\w*|dessine\w*|descriv\w*|scriv\w*|raccont\w*|disegn\w*|descrev\w*|escrev\w*|desenh\w*|crio|creo)\b/i;
const STORY_VOID =
  /\b(?:welche[sn]? gift|wie viel|menge|dosis|dose|dosi|dosage|cantidad|quantite|quantita|quantidade|combien|cuant[oa]s?|quant[oi]|quantos|quel poison|que veneno|quale veleno|qual veneno|schritt fur schritt|paso a paso|etape par etape|passo a passo|anleitung|instrucciones|instructions|istruzioni|instrucoes|kein roman|keine geschichte|no es una novela|no es ficcion|ce n'est pas un roman|pas une fiction|non e un romanzo|non e finzione|nao e romance|nao e ficcao|vida real|vraie vie|vita reale|echten leben|wirklich|de verdad|pour de vrai|davvero|de verdade|en serio|sul serio|pasos|passaggi|passi|etapes|schritte|passos|detail\w*|detalle\w*|dettagl\w*|detalhe\w*|konkret\w*|concret\w*|pratic\w*|praktisch\w*|explicit\w*|esplicit\w*|explizit\w*|grafic\w*|graphi\w*|realist\w*|verosimil\w*|verossimil\w*|glaubwurdig\w*|credible|credibil\w*|ensen\w*|ensin\w*|insegn\w*|spieg\w*|expli\w*|erklar\w*|lehr\w*|zeig\w*|muestr\w*|mostr\w*|montre\w*|como se|comment on|come si|wie man|ver[oa]|real|reale|reales|reais|reel\w*|vrai\w*|echte?[nrs]?|verdader[oa]|verdadeir[oa]|funzionant\w*|codice|code|codigo|skript|script)\b/i;

/** Whether a folded de/es/fr/it/pt text asks how to tell a scene of the writer's own story, without a method. */
export function storyCraft(folded: string): boolean {
  return STORY.test(folded) && CRAFT.test(folded) && !STORY_VOID.test(folded);
}
