// Surnames: a list of frequent family names across common languages (written from general
// knowledge) and the endings that mark a word as a family name in many languages (-ović, -ski,
// -sson, -inen …). A surname alone is weak evidence; person.ts uses it next to another name-like
// word or after a context cue. Names that are common English words or brands (Brown, White, Ford,
// Green, Young, Sachs…) are left out.

import { nameKey } from './gazetteer.ts';

const LIST = `
smith johnson williams jones miller davis garcia rodriguez wilson martinez anderson taylor thomas hernandez moore
martin jackson thompson lopez lee gonzalez harris clark lewis robinson walker perez allen sanchez wright scott torres
nguyen hill flores adams nelson baker campbell mitchell carter roberts gomez phillips evans turner diaz parker cruz
edwards collins reyes stewart morris morales murphy cook rogers gutierrez ortiz morgan cooper peterson ramos kim cox
ward richardson watson brooks chavez wood bennett gray mendoza ruiz hughes price alvarez castillo sanders patel myers
jimenez powell jenkins perry russell sullivan fisher henderson coleman simmons patterson jordan reynolds hamilton
graham wallace gibson dominguez vasquez vazquez jensen hansen nielsen pedersen andersen larsen sorensen rasmussen
petersen christensen johansson karlsson nilsson eriksson larsson olsson persson svensson gustafsson pettersson jonsson
lindberg lindqvist lindgren berg bergstrom holm nyberg lundqvist magnusson olsen johansen haugen hagen kristiansen
halvorsen jakobsen mueller muller schmidt schneider fischer weber meyer wagner becker schulz hoffmann schafer koch
bauer richter klein wolf schroder neumann schwarz zimmermann braun kruger hofmann hartmann lange schmitt werner krause
meier lehmann kohler herrmann konig walter kaiser fuchs peters lang scholz moller weiss jung hahn vogel friedrich
keller gunther frank berger winkler roth beck lorenz baumann albrecht schuster simon dubois durand lefebvre leroy
moreau laurent girard bonnet dupont lambert fontaine rousseau vincent muller lefevre faure andre mercier blanc guerin
boyer garnier chevalier francois legrand gauthier perrin robin clement morin nicolas henry roussel mathieu gautier
masson marchand duval denis dumont marie lemaire noel meyer rossi russo ferrari esposito bianchi romano colombo ricci
marino greco bruno gallo conti costa giordano mancini rizzo lombardi moretti barbieri fontana santoro mariani rinaldi
caruso ferrara galli martini leone longo gentile martinelli vitale lombardo serra coppola desantis marchetti parisi
villa conte ferraro ferri fabbri bianco marini grasso valentini messina sala gatti pellegrini palumbo sanna farina
rizzi monti cattaneo morelli amato silvestri mazza testa grassi pellegrino carbone giuliani benedetti barone rossetti
caputo montanari guerra palmieri bernardi martino fiore ferretti bellini basile riva donati piras vitali battaglia
sartori neri silva santos oliveira souza sousa rodrigues ferreira alves pereira lima gomes ribeiro carvalho almeida
lopes soares fernandes vieira barbosa rocha dias nascimento andrade moreira nunes marques machado mendes freitas
cardoso ramos goncalves teixeira correia martins araujo pinto cavalcanti monteiro moura coelho azevedo fernandez
gonzales sanchez romero navarro torres dominguez gil vazquez serrano blanco molina delgado castro ortega rubio marin
sanz iglesias nunez medina garrido cortes castillo santana guerrero lozano cano prieto mendez calvo cruz gallego vidal
leon herrera marquez pena cabrera flores campos vega fuentes carrasco diez caballero reyes aguilar pascual herrero
montero gimenez hidalgo lorenzo ibanez ferrer duran santiago benitez mora vicente arias vargas carmona crespo roman
pastor soto saez velasco moya soler parra esteban bravo gallardo rojas nowak kowalski wisniewski wojcik kowalczyk
kaminski lewandowski zielinski szymanski wozniak dabrowski kozlowski jankowski mazur kwiatkowski krawczyk kaczmarek
piotrowski grabowski novak svoboda novotny dvorak cerny prochazka kucera vesely horak nemec pokorny hajek kral jelinek
ivanov smirnov kuznetsov popov vasiliev petrov sokolov mikhailov novikov fedorov morozov volkov alekseev lebedev
semenov egorov pavlov kozlov stepanov nikolaev orlov andreev makarov nikitin zakharov shevchenko kovalenko bondarenko
tkachenko kravchenko horvath kovacs toth szabo nagy kiss molnar nemeth farkas balogh papp takacs juhasz lakatos
meszaros olah simon racz fekete korhonen virtanen makinen nieminen makela hamalainen laine heikkinen koskinen jarvinen
lehtonen lehtinen saarinen salminen heinonen niemi heikkila kinnunen salonen turunen salo laitinen tuominen rantanen
karjalainen jokinen mattila savolainen lahtinen ahonen papadopoulos papadakis georgiou nikolaou dimitriou konstantinou
ioannou yilmaz kaya demir sahin celik yildiz yildirim ozturk aydin ozdemir arslan dogan kilic aslan cetin kara koc
kurt ozkan de jong jansen de vries van den berg bakker janssen visser smit meijer de boer mulder de groot bos vos
peters hendriks dekker brouwer dijkstra vermeulen maes jacobs mertens willems claes goossens wouters de smet wang li
zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao zheng liang xie tang sato suzuki takahashi
tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki yamaguchi matsumoto inoue kimura hayashi
shimizu yamazaki mori abe ikeda hashimoto ishikawa ogawa okada nishimura kim lee park choi jung kang cho yoon jang lim
han shin seo kwon hwang ahn song yoo hong jeon tran le pham hoang phan vu vo dang bui do ho ngo duong ly sharma verma
gupta singh kumar yadav reddy rao iyer nair menon pillai mehta shah joshi desai chopra kapoor malhotra agarwal bhat
banerjee chatterjee mukherjee das khan ahmed ali hussain rahman hossain chowdhury akhtar qureshi siddiqui malik sheikh
okafor okonkwo adeyemi ogunleye okoro eze nwosu mensah boateng asante owusu osei mwangi kamau otieno odhiambo ndlovu
dlamini nkosi mokoena khumalo zulu banda phiri mutua kariuki haddad khoury hassan mansour nasser saleh murphy kelly
sullivan walsh byrne ryan oconnor doyle mccarthy gallagher doherty kennedy lynch murray quinn moore mcdonald macdonald
campbell stewart mackenzie robertson fraser maclean mclean varga szilagyi torok feher balazs gal szucs kocsis pinter
fodor szalai sipos lukacs gulyas biro kiraly katona laszlo jakab bogdan sandor boros fazekas kelemen antal somogyi
orosz fulop veres budai vincze hegedus deak balint illes vass szoke fabian voros lengyel bognar jonas szekeres hajdu
tamm saar sepp magi kask kukk rebane ilves parn koppel kuusk lepik kaasik luik vaher poder lohmus teder kallas
raudsepp jarv pihlak mand horvat kovacic krajnc zupancic potocnik kovac mlakar vidmar golob bozic kralj korosec zupan
bizjak hribar kotnik kavcic rozman kastelic oblak zagar kolar kosir klemencic zajc medved pirc zorko hocevar jerman
kranjc pusnik breznik rupnik vidic pappas vlachos makris oikonomou karagiannis papageorgiou christodoulou athanasiou
vasileiou papanikolaou jorgensen madsen kristensen thomsen christiansen poulsen mortensen bakken dahl solberg eide
nygard saether brekke ruud koivisto lehto virta aalto hiltunen lindstrom forsberg sandberg engstrom lundgren lundberg
holmberg nystrom bjork berglund hedlund sjoberg eklund wallin lindholm aberg pospisil ruzicka benes sedlacek dolezal
zeman navratil cermak vanek blazek kriz kovar bartos vlcek polak musil kopecky simek konecny stepanek kadlec soukup
mazurek zajac krol wieczorek jablonski majewski olszewski jaworski malinowski pawlak witkowski walczak stepien gorski
rutkowski michalski ostrowski szewczyk tomaszewski pietrzak marciniak wrobel zalewski jakubowski
`;

export const SURNAMES: ReadonlySet<string> = new Set(LIST.split(/\s+/).filter((w) => w.length > 1));

/** Endings that mark a family name: Slavic, Nordic, Baltic, Finnish, Greek, Armenian, Georgian, Romanian, Italian, Spanish. */
const SHAPE =
  /(?:ović|ević|ovic|evic|ić|ski|ska|sky|ská|cki|cka|ová|owa|ewicz|owicz|enko|chuk|czuk|ova|eva|ov|ev|sson|ssen|sen|dóttir|dottir|inen|nen|poulos|poulou|akis|idis|yan|dze|shvili|escu|eanu|elli|etti|cci|ez|ič|czyk|iak|ský|ný|ký|vý|lý|rý|tý|gren|lund|ila|ilä|opoulou|iou|aiou|idou|mann|berg|ström|qvist|kvist|gaard|gård)$/u;
/** Places and words that happen to have such an ending. */
const NOT_SURNAMES = new Set(
  'manila tequila lesson geneva moldova casanova villanova whisky husky sensen essen nissen hausmann superman iceberg heidelberg nuremberg hamburg luxemburg'.split(
    ' ',
  ),
);

/** True for a known family name. */
export function isKnownSurname(word: string): boolean {
  return SURNAMES.has(nameKey(word));
}

/** True when the word has a family-name ending and is long enough that the ending means something. */
export function hasSurnameShape(word: string): boolean {
  const w = word.toLowerCase();
  // "-sen" also ends German plural nouns ("Russen", "Hosen"): only longer words count.
  if (w.endsWith('sen') && !w.endsWith('ssen') && w.length < 7) return false;
  return w.length >= 6 && SHAPE.test(w) && !NOT_SURNAMES.has(w);
}
