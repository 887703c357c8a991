// A first-name gazetteer across common languages (European, Slavic, Nordic, East and South Asian,
// African), written from general knowledge. Names that are also ordinary English words, places or
// brands (Will, May, Mark, Grace, Iris, Florence, Mercedes …) are left out on purpose: they would
// cost more precision than they add recall.

const NAMES = `
aaron abby abdul abigail adam adrian ahmed aisha alan albert alejandro alex alexander alexandra alexei alfred ali
alice alicia alina alison amanda amelia amir amit amy ana anastasia andrea andreas andrei andrew andrzej angela angelo
anita ann anna anne annika anthony antoine anton antonio anya arjun arthur ashley astrid barbara beatriz ben benjamin
bernard bianca bjorn boris brandon brenda brian bruno camille carl carla carlos carmen carol caroline catherine
cecilia charles charlotte chen chloe chris christian christina christine christopher claire clara claudia colin craig
cristina dalia damian daniel daniela danielle daria david deborah denis dennis diana diego dimitri dmitri dominik
donald dorothy douglas duncan dylan edward elena eleni elif elijah elisa elizabeth ella ellen emil emilia emilie emily
emma enrique eric erik erika ethan eva evelyn fabian fatima federico felix fernando filip fiona florian francesca
francesco francisco franz freya gabriel gabriela gary george georg gerhard giorgos giovanni giulia giuseppe gregory
greta guillaume gustav hana hannah harold harry heather heinz helen helena henrik henry hiroshi hugo ian igor ines
ingrid irina isaac isabel isabella isabelle ivan jack jacob jacqueline jakob james jan jana jane janet janos jason
javier jean jennifer jens jeremy jessica joan joanna joao johann johannes john jonas jonathan jorge jose josef joseph
joshua juan julia julian julie juliet julien justin kai kamila karen karin karl katarina kate katharina katherine
kathleen katja keith kenneth kevin kim klaus kristina kumar lars laura lauren lea leah lena leo leon leonardo liam
lily linda lisa liu lorenzo louis louise lucas lucia luis luka lukas madison magdalena maja malik manuel marco marek
margaret maria mariana marie marina mario marta martha martin martina mary matteo matthew matthias maxim maximilian
megan mehmet melanie melissa mia michael michaela michal michel michelle miguel mikhail milan milena mohamed mohammed
monica monika nadia nancy natalia natasha nathan nicholas nicola nicolas nicole niels nikolai nikos nina noah nora
olga oliver olivia omar oscar pablo paolo patricia patrick paul paula pavel pedro peter petra philip philipp pierre
piotr rachel rafael rahul rajesh ramon raphael raymond rebecca richard robert roberto rodrigo ronald rosa ruth ryan
sabine samantha samuel sandra sanjay sara sarah sean sebastian sergei sergio sharon simon sofia sophia sophie stefan
stefanie stephanie stephen steven susan svetlana sven tamara tanja tatiana teresa thomas tim timothy tobias tomas
tomasz victor viktor vincent vladimir walter wei wolfgang xavier yan yuki yusuf zoe zoltan agnieszka anders birgit
eino elina ferenc gunnar hannu istvan jukka kaija krisztian laszlo leena matti mikko pekka sirkka szabina tuula zsofia
aleksandr anastasiya dmitry ekaterina natalya oksana yulia bogdan mateusz katarzyna jiri petr sarka tereza hiro
takashi yuto sakura haruto aiko mei xin jun hao priya anjali deepak vikram ravi suresh fatma ayse mustafa hassan
hussein leila yasmin ibrahim khalid karim noor hyejin jiwoo minjun seojun jisoo yuna haruki kenji takumi yui hina riku
sota akira naoki kazuki satoshi keiko yoko tomoko akiko hiroko megumi ayumi mariko tomomi kaori nobuko shinji daisuke
ryota kaito minh thanh linh huong tuan duc anh nguyen quang wen jing xiaoming lei hui ying zhen zhang chinedu chiamaka
emeka ngozi oluwaseun olumide adebayo ayodele folake yetunde kwame kofi ama akosua yaw kwabena abena amara zainab musa
aliyu abubakar tunde uche ikenna obinna chidi nnamdi thabo sipho themba lerato nomvula zanele kagiso wanjiru njeri
kamau otieno achieng amani baraka juma neema halima asha jabari imani sadia rashid tariq bilal imran faisal hamza
usman ayesha sana zara farah parveen rohan aarav vivaan aditya arnav ishaan kavya ananya diya pooja neha sunita anil
vijay manoj sunil ramesh ganesh meera shreya rajeev naveen siddharth aaliyah abel adele adriana agnes agustin aidan
aileen alba albin alberto aldo aleksander alessandra alessandro alessia alexia alfonso alfredo alicja allison alma
alonso alvaro amadeo amalia amelie amparo anais anastasios andre andres andreea angelica angelika angelina anik anke
annabel annette annie antonia antonella antonin apolline ariana ariane arianna armando arnaud arne arvid asa aslak
aurelie axel barbora bartosz bastian beata beatrice beatrix belen benedikt benoit bente berit bernd bertrand birgitta
bjarne blanca bogdana borja branka brigitte britt brittany brooke bruna caitlin caitlyn camila camilla candela carina
carlota casper cathrine caterina cedric celia celine cesar chiara christa christelle christiane christoph christoffer
cindy claudio clemens clementine connor constanza corinna cornelia cristian cristiano cynthia dagmar dagny damiano
dana daniele danuta dario darius debora delphine denise desiree dieter dolores domenico dominika dominique dora dorota
dorothea edgar edith edoardo eduardo edvard eero eija eleanor elias eliska elise elisabeth elisabetta eliza elke elsa
elzbieta emanuele emilio emmanuel enzo erlend ernesto ernst esteban estelle ester esther estrella ewa ewelina fabio
fabrice fanny felipe felicitas felicity fernanda filippo finn flavia flavio florencia franziska frederik frederikke
frida friedrich gabriele gaetano gaspard gerard gerardo gergely gianluca gilbert gilles gina giorgia giorgio giovanna
gisela gonzalo gorana graciela gudrun guido gunilla gunther gustavo halina halvard hanne hannes harald hedda hedwig
heike heinrich heidi heli helga helmut henri henriette herbert hilde hildegard hugues ida ignacio ilaria ilona ilse
imke inga inge ingeborg iria irene irma isabela isidro iva ivana ivo iwona jacek jacques jakub janina jaroslav
jaroslaw jasmin jasper jeanne jerome jesper jette joachim joakim jocelyn joel johanna jolanta jonatan jordi josefa
josefina josep josiane jozef jozsef judith juliana julieta juliette jurgen justyna jutta kaja kalle karel karina
karolina kasper katalin katrin katrine kerstin kjell kristian kristin kristof kristoffer krzysztof kurt ladislav lara
larissa lasse laurent laurentiu leif lene leonie leopold leszek letizia liesbeth liisa lilian liliana lina linnea
lionel liv livia lorena lotte luc luca lucie luciana luciano lucio ludovic ludwig luigi luisa lydia mads maddalena
magali magnus maia malgorzata malin manon manuela marcel marcela marcelo marcin marcus margarita margit margot mariam
marianne maribel marit marius marjorie markus marlene marthe martine marzena massimo mateo mathias mathieu mathilde
matilda maurice mauricio maurizio merete mette micaela michele mihai mika mikael milos mirela miriam mirjam nadine
naomi natalie nathalie nathaniel nico nicolai nicoletta niklas nikola nils noemi norbert odile olaf ole olivier
orsolya oskar ottavio otto pasquale patricie patrik paulina pauline pawel peder penelope petter philippe pia pierluigi
pietro pilar przemyslaw quentin rafaela raffaele ragnar ragnhild raimund rainer raquel reinhard remy renata renate
rene riccardo rikke rita roberta rocio rodolfo roger roland rolf romain romina ronja rosalia ruta sabrina salvatore
sandrine sanna sebastien selma severin silje silvia silvio simona simone sinead siobhan slawomir snezana solveig sonia
sonja soren stanislav stanislaw stefania stefano steffen stein stig susanne svenja sylvain sylvia sylvie szymon teodor
terri thea theo therese thibault thierry thijs tiago tilly tina tommaso torben tore torsten tove trine ulla ulrich
ulrike ursula uwe valentin valentina valeria valerie vanessa vasco vera veronica veronika viktoria vilma vincenzo
vivien vojtech volker waltraud wiebke wilhelm willem wiktor witold wojciech wouter yannick yolanda yvonne zbigniew
zdenek zofia zuzana zygmunt aleksandra alexey andrey anatoly arkady artem darya egor evgeny fedor galina gennady
grigory ilya inna kirill konstantin ksenia larisa lev lyudmila nadezhda nikita oleg polina ruslan semyon taras timur
valery vasily vitaly vladislav yaroslav yekaterina yelena yevgeny yuri yury zhanna levente marton miklos nandor sandor
tamas zsolt zsuzsanna aniko erzsebet eszter gabor gyorgy ildiko judit reka ilkka juha kalevi marja matias onni paivi
pirjo raili riitta sari seppo tapio tuomas veikko aino eeva helmi kaarina kerttu maija minna noora outi satu tiina
tuija bjork einar erlendur gudmundur gunnhildur hafdis helgi ingibjorg jon kristjan olafur sigridur sigurdur marija
mojca urska spela natasa mateja franc janez marko matej miha rok ziga jure tadej blaz gregor primoz andrej bojan dusan
goran zoran dragan stjepan tomislav kresimir darko zlatko zdravko vesna snjezana jasna jelena mirjana ljiljana dijana
sanja lucija lana ema margret sigrun arni thorunn ragnheidur hildur eyrun birna asta hrafn haraldur pall kjartan
snorri hallgrimur tonu jaan priit peeter toomas kalev tiit urmas mari kadri liis kristi triin piret helle marje siim
rasmus kaspar mihkel kertu grete giorgi nino tamar davit levan irakli nika salome ketevan tamta zurab lasha otar
vakhtang mamuka shota gela eka natia sopho tinatin georgios dimitrios konstantinos ioannis nikolaos panagiotis
vasileios christos athanasios evangelos aikaterini vasiliki angeliki dimitra paraskevi despina eirini kalliopi stavros
spyros theodoros yiannis kostas panos vasilis thanos alexandros efthymios kirsten inger jytte birthe pernille signe
freja poul knud henning preben morten mikkel jorgen flemming nikolaj sigurd eirik espen hakon oystein sigrid kjersti
hege haruka yuka misaki nanami ayaka sayaka asuka rina emi yumi yusuke kenta takuya tatsuya hiroki ryo kazuya masato
tomoya daiki yuta hayato kosuke bence mate balazs gergo attila csaba imre bela karoly lajos tibor gyula mihaly antal
krisztina gabriella fanni lili boglarka virag agata zuzanna oliwia wiktoria krystyna grazyna jadwiga tadeusz jerzy
henryk ryszard kazimierz marian grzegorz lukasz kamil antoni dawid bartlomiej rafal patryk hubert miroslav frantisek
vaclav ondrej lenka katerina alena jaroslava marketa kristyna klara cornelis hendrik pieter gerrit jacobus dirk kees
joost bram daan ruben stijn maarten jeroen sander bart koen sanne femke lieke fleur saskia marieke anouk annemarie
wilhelmina geertruida alejandra ximena raul ricardo emiliano guilherme thiago matheus vinicius henrique caio vitor
murilo heitor leticia aline luana thais isadora heloisa maite franco davide giuseppina carmela ginevra federica paola
ludovica benedetta alain christophe francois stephane frederic maxime alexandre jules francoise monique oceane margaux
justine elodie amandine audrey virginie laetitia gaelle solene maelle gunter werner horst manfred ralf jorg anja
frieda kimberly courtney kelly erin jamie lindsey erica kristen shannon holly kathryn whitney tara casey shelby kyle
jeffrey zachary dustin tyler bradley derek cody jesse shawn bryan jared shane phillip jerry brett derrick trevor corey
logan owen caleb evan gavin landon isaiah wyatt grayson jaxon asher ezra nolan easton colton dominic tristan bryson
brayden kayden jayden aiden jace ava scarlett layla lillian zoey mila aubrey addison luna stella ellie bella lucy
kinsley madelyn adeline sadie hailey kaylee aubree eliana peyton gianna vivian reagan mackenzie madeline brielle
delilah isla rylee josephine hadley kylie adalynn annabelle brianna raelynn leilani jasmine lyla adalyn arya norah
khloe lilly aliyah arabella molly laila mya teagan amaya paige adaline alaina alani blakely londyn mckenzie gracie
betty shirley doris mildred frances gloria phyllis norma beverly carolyn marilyn janice diane joyce donna cheryl kathy
debra pamela peggy wendy tammy lori kristy stacy tracy tracey wanda rhonda sheila connie lorraine bonnie lois theresa
eileen colleen maureen bridget aoife niamh ciara roisin orla caoimhe eimear cian oisin darragh eoin padraig
seamus declan fergus ronan kieran cormac brendan dermot rory niall shaun callum hamish alistair euan ewan iain murdo
morag kirsty eilidh catriona mhairi ailsa hans kayla
`;

/** Lower-cased, accents folded ("Miklós" is looked up as "miklos"). */
export const FIRST_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean));

const ASCII = /^[\x20-\x7e]*$/;

/** The gazetteer key of a word: lower case without accents. */
export function nameKey(word: string): string {
  if (ASCII.test(word)) return word.toLowerCase();
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[øØ]/g, 'o')
    .replace(/[æÆ]/g, 'ae')
    .replace(/ł/g, 'l')
    .replace(/ß/g, 'ss')
    .toLowerCase();
}
