// A small first-name gazetteer across common languages. Names that are also ordinary English words
// (Will, May, Mark, Grace, Bill …) are left out on purpose: they would cost more precision than
// they add recall.

const NAMES = `
aaron abby abdul abigail adam adrian ahmed aisha alan albert alejandro alex alexander alexandra alexei alfred ali alice
alicia alina alison amanda amelia amir amit amy ana anastasia andrea andreas andrei andrew andrzej angela angelo anita
ann anna anne annika anthony antoine anton antonio anya arjun arthur ashley astrid barbara beatriz ben benjamin bernard
bianca bjorn boris brandon brenda brian bruno camille carl carla carlos carmen carol caroline catherine cecilia charles
charlotte chen chloe chris christian christina christine christopher claire clara claudia colin craig cristina dalia
damian daniel daniela danielle daria david deborah denis dennis diana diego dimitri dmitri dominik donald dorothy
douglas duncan dylan edward elena eleni elif elijah elisa elizabeth ella ellen emil emilia emilie emily emma enrique
eric erik erika ethan eva evelyn fabian fatima federico felix fernando filip fiona florian francesca francesco
francisco franz freya gabriel gabriela gary george georg georgia gerhard giorgos giovanni giulia giuseppe gregory greta
guillaume gustav hana hannah hans harold harry heather heinz helen helena henrik henry hiroshi hugo ian igor ines
ingrid irina isaac isabel isabella isabelle ivan jack jacob jacqueline jakob james jan jana jane janet janos jason
javier jean jennifer jens jeremy jessica joan joanna joao johann johannes john jonas jonathan jorge jose josef joseph
joshua juan julia julian julie juliet julien justin kai kamila karen karin karl katarina kate katharina katherine
kathleen katja kayla keith kenneth kevin kim klaus kristina kumar lars laura lauren lea leah lena leo leon leonardo
liam lily linda lisa liu lorenzo louis louise lucas lucia luis luka lukas madison magdalena maja malik manuel marco
marek margaret maria mariana marie marina mario marta martha martin martina mary maria matteo matthew matthias maxim
maximilian megan mehmet melanie melissa mia michael michaela michal michel michelle miguel mikhail milan milena mohamed
mohammed monica monika nadia nancy natalia natasha nathan nicholas nicola nicolas nicole niels nikolai nikos nina noah
nora olga oliver olivia omar oscar pablo paolo patricia patrick paul paula pavel pedro peter petra philip philipp
pierre piotr rachel rafael rahul rajesh ramon raphael raymond rebecca richard robert roberto rodrigo roman ronald
rosa ruth ryan sabine samantha samuel sandra sanjay sara sarah sean sebastian sergei sergio sharon simon sofia sophia
sophie stefan stefanie stephanie stephen steven susan svetlana sven tamara tanja tatiana teresa thomas tim timothy
tobias tomas tomasz victor victoria viktor vincent vladimir walter wei wolfgang xavier yan yuki yusuf zoe zoltan
agnieszka anders annika birgit eino elina emilia ferenc gunnar hannu istvan jukka kaija krisztian laszlo leena matti
mikko pekka sirkka szabina tuula zsofia aleksandr anastasiya dmitry ekaterina natalya oksana yulia bogdan mateusz
katarzyna jiri petr sarka tereza lukas jana hiro takashi yuto sakura haruto aiko mei xin jun hao priya anjali deepak
vikram ravi suresh fatma ayse mustafa hassan hussein leila yasmin ibrahim khalid karim noor
`;

export const FIRST_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean));
